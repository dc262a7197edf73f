"""Retention: the list of cases to destroy and deleting cases (administrators)."""
