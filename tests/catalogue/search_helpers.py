"""Made-up services for the search tests, created through the models."""

from __future__ import annotations

from familjecenter_desktop.catalogue.search import SearchRequest, search
from familjecenter_desktop.catalogue.searchindex import reindex
from familjecenter_desktop.db.models import Organisation, Service


def add_service(session, name: dict, **fields) -> Service:
    """A service with a name in some languages and any other fields."""
    organisation = fields.pop("organisation", None)
    service = Service(name=name, **fields)
    if organisation is not None:
        service.organisation = Organisation(name=organisation)
    session.add(service)
    session.flush()
    return service


def ids(session, text: str = "", **request) -> list[int]:
    """The ranked ids for ``text`` after re-indexing every service."""
    reindex(session)
    return [hit.service_id for hit in search(session, SearchRequest(text, **request))]
