"""The same schema and the same data round trip on SQLite and on PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from familjecenter_desktop.db import models, pgtrigram
from familjecenter_desktop.db.base import Base
from familjecenter_desktop.db.engine import make_engine, session_factory
from familjecenter_desktop.db.migrate import current_revision, head_revision, upgrade


def test_migrations_reach_head_and_match_models(database_url):
    """Upgrading an empty database gives exactly the tables the models declare."""
    engine = make_engine(database_url)

    upgrade(engine)

    assert current_revision(engine) == head_revision()
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"include_object": pgtrigram.include_object}
        )
        differences = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert differences == []


def test_timestamps_and_texts_round_trip(database_url):
    """A time stamp comes back aware in UTC and a localised text comes back whole."""
    engine = make_engine(database_url)
    upgrade(engine)
    sessions = session_factory(engine)
    moment = datetime(2026, 3, 29, 3, 30, tzinfo=timezone(timedelta(hours=3)))

    with sessions() as session:
        service = models.Service(
            name={"fi": "Perheneuvola", "sv": "Familjerådgivning", "ar": "استشارة"},
            source_modified=moment,
        )
        session.add(service)
        session.commit()
        service_id = service.id

    with sessions() as session:
        loaded = session.get(models.Service, service_id)
        assert loaded is not None
        assert loaded.source_modified == moment
        assert loaded.source_modified.tzinfo is not None
        assert loaded.source_modified.utcoffset() == timedelta(0)
        assert loaded.source_modified == moment.astimezone(UTC)
        assert loaded.name["ar"] == "استشارة"
    engine.dispose()
