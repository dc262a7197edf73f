"""Alembic migrations of the vault database, run from code on every unlock."""
