"""``import PATH...``: import PTV Open API JSON files or folders into the catalogue.

Prints what was added, updated, unchanged and skipped (with the reason for each
skip) and exits 1 with the problem (file, record, field) when the input is bad;
nothing is written then. The demo catalogue is not loaded first.
"""

from __future__ import annotations

import argparse
import logging
import sys

from familjecenter_desktop.catalogue.importreport import CatalogueImportError
from familjecenter_desktop.catalogue.mapping import MappingError, load_mapping
from familjecenter_desktop.catalogue.ptv.importer import import_ptv_paths

log = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "import",
        help="import PTV Open API JSON (files or folders) into the catalogue",
        description="Import PTV Open API JSON records: single records, lists, "
        "paging wrappers, or folders of them (searched recursively). "
        "All or nothing: a bad file stops the import and nothing is written.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="file or folder")
    parser.set_defaults(handler=run, load_demo=False)


def run(args: argparse.Namespace, workspace) -> int:
    try:
        load_mapping(workspace.paths.config)
        report = import_ptv_paths(workspace, args.paths)
    except (CatalogueImportError, MappingError) as exc:
        log.warning("import failed: %s", exc)
        print(f"import failed, nothing was imported: {exc}", file=sys.stderr)
        return 1

    for line in report.lines():
        print(line)
    if not report.changed:
        print("nothing new: everything was already up to date")
    return 0
