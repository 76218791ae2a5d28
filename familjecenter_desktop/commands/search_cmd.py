"""``search TEXT [--json] [--lang fi|sv|en] [--limit N]``: ranked search results.

Uses the same engine as the window (``catalogue.search``) and the same rows
(``catalogue.details.load_service_rows``): id, name in the UI language,
organisation and municipality, as text lines or as a JSON list.
"""

from __future__ import annotations

import argparse
import json
import logging

from familjecenter_desktop.catalogue.details import load_service_rows
from familjecenter_desktop.catalogue.search import SearchRequest, search
from familjecenter_desktop.core.settings import UI_LANGUAGES

log = logging.getLogger(__name__)

DEFAULT_LIMIT = 50
CHUNK = 900


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "search",
        help="search the catalogue and print the ranked services",
        description="Search the catalogue as the window does and print the ranked "
        "services: id, name, organisation, municipality.",
    )
    parser.add_argument("text", metavar="TEXT", help="what to search for")
    parser.add_argument("--json", action="store_true", help="print a JSON list")
    parser.add_argument(
        "--lang",
        choices=sorted(UI_LANGUAGES),
        help="language of the names (default: the UI language setting)",
    )
    parser.add_argument(
        "--limit",
        type=_limit,
        default=DEFAULT_LIMIT,
        help=f"at most N results, 0 for all (default {DEFAULT_LIMIT})",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, workspace) -> int:
    lang = args.lang or workspace.settings.get("ui_language")
    request = SearchRequest(text=args.text, limit=args.limit or None)

    with workspace.session() as session:
        ids = [hit.service_id for hit in search(session, request)]
        rows = []
        for start in range(0, len(ids), CHUNK):
            rows.extend(load_service_rows(session, ids[start : start + CHUNK], lang))
    log.info("search command: %d results", len(rows))

    if args.json:
        records = [
            {
                "id": row.id,
                "name": row.name,
                "organisation": row.organisation,
                "municipality": row.municipality,
            }
            for row in rows
        ]
        print(json.dumps(records, ensure_ascii=False, indent=2))
        return 0

    for row in rows:
        print("\t".join([str(row.id), row.name, row.organisation, row.municipality]))
    if not rows:
        print("no matching services")
    return 0


def _limit(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < 0:
        raise argparse.ArgumentTypeError("the limit must be 0 or more")
    return number
