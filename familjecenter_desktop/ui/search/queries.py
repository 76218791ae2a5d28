"""The catalogue reads the look-up view runs through the worker, one session each.

Each function takes the open workspace and returns plain data; none is called on
the GUI thread. The catalogue's database modules are imported inside them, so
they load on the worker thread and the window is on screen before they are.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from familjecenter_desktop.catalogue.choices import FilterOptions
    from familjecenter_desktop.catalogue.searchrequest import SearchRequest
    from familjecenter_desktop.catalogue.shown import ServiceDetail, ServiceRow
    from familjecenter_desktop.workspace import Workspace

log = logging.getLogger(__name__)


class FoundIds(list):
    """Ranked service ids; ``more`` is True when further services match."""

    more: bool = False


def search_ids(workspace: Workspace, request: SearchRequest) -> FoundIds:
    """The ranked service ids for a request (a search returns the best few hundred)."""
    from familjecenter_desktop.catalogue.search import search

    with workspace.session() as session:
        hits = search(session, request)
    log.debug("search: %d hits", len(hits))
    found = FoundIds(hit.service_id for hit in hits)
    found.more = bool(getattr(hits, "more", False))
    return found


def rows(workspace: Workspace, ids: list[int], lang: str) -> list[ServiceRow]:
    from familjecenter_desktop.catalogue.details import load_service_rows

    with workspace.session() as session:
        return load_service_rows(session, ids, lang)


def detail(workspace: Workspace, service_id: int, lang: str) -> ServiceDetail | None:
    from familjecenter_desktop.catalogue.details import load_service_detail

    with workspace.session() as session:
        return load_service_detail(session, service_id, lang)


def filter_options(workspace: Workspace, lang: str) -> FilterOptions:
    from familjecenter_desktop.catalogue.options import load_filter_options

    with workspace.session() as session:
        return load_filter_options(session, lang)
