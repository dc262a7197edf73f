"""The practice case: a separate vault with a fictional school, and a guided walk-through."""
