"""Storage: SQLAlchemy models, the engine, and Alembic migrations."""
