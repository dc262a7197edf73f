"""GUI tests of the agenda, agreements, follow-ups, closing and school settings."""
