"""Alembic environment: runs on the engine the application hands over."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from familjecenter_desktop.db import (
    models,  # noqa: F401 - registers tables
    pgtrigram,
)
from familjecenter_desktop.db.base import Base

config = context.config
target_metadata = Base.metadata


def run() -> None:
    engine = config.attributes.get("engine")
    if engine is None:
        engine = create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.begin() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
            include_object=pgtrigram.include_object,
        )
        context.run_migrations()


run()
