"""Practising: a separate practice vault in its own, clearly marked window, with a guide."""
