"""Sheets from the catalogue: what the window and the command line call.

``build_catalogue_sheet`` reads the chosen services in the family's language
(with two weeks of opening hours from the print date), takes the site name
and the stale-record limit from the settings, and builds the PDF.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import replace

from familjecenter_desktop.catalogue.details import load_service_rows
from familjecenter_desktop.sheets.adapter import load_sheet_services
from familjecenter_desktop.sheets.build import BuiltSheet, build_sheet
from familjecenter_desktop.sheets.model import SheetOptions
from familjecenter_desktop.workspace import Workspace

log = logging.getLogger(__name__)


def with_settings(options: SheetOptions, workspace: Workspace) -> SheetOptions:
    """``options`` with the site name and stale-record limit of the settings."""
    return replace(
        options,
        site_name=workspace.settings.get("site_name"),
        stale_record_days=workspace.settings.get("stale_record_days"),
    )


def build_catalogue_sheet(
    workspace: Workspace, service_ids: Sequence[int], options: SheetOptions
) -> BuiltSheet:
    """The sheet of ``service_ids`` as the family will get it."""
    options = with_settings(options, workspace)
    with workspace.session() as session:
        services = load_sheet_services(
            session, list(service_ids), options.lang, options.printed_on
        )
    return build_sheet(options, services)


def service_names(
    workspace: Workspace, service_ids: Sequence[int], lang: str
) -> dict[int, str]:
    """The names of services for the basket, in the worker's language."""
    with workspace.session() as session:
        rows = load_service_rows(session, list(service_ids), lang)
    return {row.id: row.name for row in rows}
