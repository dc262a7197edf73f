"""GUI tests of the figures page and the practice case."""
