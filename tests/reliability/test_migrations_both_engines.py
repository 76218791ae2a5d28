"""Every Alembic revision runs on SQLite and on PostgreSQL, one step at a time,
down to nothing and up again, ending with the schema the models declare."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from familjecenter_desktop.db import migrate, pgtrigram
from familjecenter_desktop.db.base import Base
from familjecenter_desktop.db.engine import make_engine


def _revisions() -> list[str]:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    return [r.revision for r in reversed(list(script.walk_revisions()))]


def _differences(engine) -> list:
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"include_object": pgtrigram.include_object}
        )
        return compare_metadata(context, Base.metadata)


def test_each_revision_up_down_and_up_again(database_url):
    """Step up through every revision, down to base, up to head: models match."""
    engine = make_engine(database_url)
    config = migrate.alembic_config(engine)
    revisions = _revisions()
    reached = []
    for revision in revisions:
        command.upgrade(config, revision)
        reached.append(migrate.current_revision(engine))
    command.downgrade(config, "base")
    at_base = migrate.current_revision(engine)
    command.upgrade(config, "head")
    differences = _differences(engine)
    with engine.connect() as connection:
        trigram = pgtrigram.has_index(connection)
    engine.dispose()

    assert reached == revisions
    assert at_base is None
    assert differences == []
    assert trigram == (engine.dialect.name == "postgresql")
