"""SQLAlchemy 2 models, queries and Alembic migrations of the vault database."""
