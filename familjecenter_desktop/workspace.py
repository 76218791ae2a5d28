"""Opening the application's workspace: folders, settings, logging, database.

Both the window and the command line start here. Opening a workspace resolves the
folders, starts logging, connects to the database (SQLite in the data folder unless
a URL is given), upgrades the schema after a backup copy, and on a first start with
an empty catalogue loads the demo catalogue.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, sessionmaker

from familjecenter_desktop.core.logsetup import configure_logging
from familjecenter_desktop.core.paths import AppPaths, resolve_paths
from familjecenter_desktop.core.settings import Settings
from familjecenter_desktop.db import migrate
from familjecenter_desktop.db.engine import (
    make_engine,
    redacted,
    session_factory,
    sqlite_url,
)
from familjecenter_desktop.db.models import Service

log = logging.getLogger(__name__)


@dataclass
class Workspace:
    """Everything a running application holds open: folders, settings, database."""

    paths: AppPaths
    settings: Settings
    engine: Engine
    database_url: str
    sessions: sessionmaker[Session] = field(repr=False)

    @property
    def database_file(self) -> Path | None:
        """The SQLite file, or None when the database is a server."""
        if self.engine.dialect.name != "sqlite":
            return None
        name = self.engine.url.database
        return Path(name) if name and name != ":memory:" else None

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session that commits on success and rolls back on any error."""
        session = self.sessions()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def close(self) -> None:
        self.engine.dispose()


def open_workspace(
    data_dir: str | Path | None = None,
    database_url: str | None = None,
    load_demo: bool = True,
) -> Workspace:
    """Open (and if needed create and upgrade) the workspace."""
    paths = resolve_paths(data_dir).ensure()
    configure_logging(paths.logs)
    settings = Settings(paths.settings_file)

    url = database_url or sqlite_url(paths.database)
    engine = make_engine(url)
    log.info("opening database %s", redacted(url))
    database = paths.database if database_url is None else None
    migrate.upgrade(engine, database, paths.backups)

    workspace = Workspace(
        paths=paths,
        settings=settings,
        engine=engine,
        database_url=url,
        sessions=session_factory(engine),
    )
    if load_demo and catalogue_is_empty(workspace):
        from familjecenter_desktop.catalogue.demo import load_demo_catalogue

        log.info("empty catalogue: loading the demo catalogue")
        load_demo_catalogue(workspace)
    return workspace


def catalogue_is_empty(workspace: Workspace) -> bool:
    with workspace.session() as session:
        return session.scalar(select(func.count(Service.id))) == 0
