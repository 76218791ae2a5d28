"""The filter panel's choices: named in the reader's language, only what is used."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from familjecenter_desktop.catalogue.options import load_filter_options

_spec = importlib.util.spec_from_file_location(
    "ui_test_data", Path(__file__).resolve().parents[1] / "ui" / "conftest.py"
)
ui_test_data = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ui_test_data)


def test_options_are_named_in_the_reader_language(workspace):
    """Categories and tasks keep their order and take the reader's language."""
    with workspace.session() as session:
        ui_test_data.build_catalogue(session)

    with workspace.session() as session:
        options = load_filter_options(session, "sv")

    assert [o.key for o in options.categories] == ["social_health", "ngo"]
    assert options.categories[0].name == "Social- och hälsovårdstjänster"
    assert [o.name for o in options.tasks] == [
        "Främja hälsa och välbefinnande",
        "Mötesplats",
    ]
    assert [(o.key, o.name) for o in options.target_groups] == [
        ("KR1.2", "Barnfamiljer")
    ]


def test_only_municipalities_and_languages_in_use_are_offered(workspace):
    """Municipalities come from service locations; languages from the services."""
    with workspace.session() as session:
        ui_test_data.build_catalogue(session)

    with workspace.session() as session:
        options = load_filter_options(session, "fi")

    assert [(o.key, o.name) for o in options.municipalities] == [
        ("529", "Naantali"),
        ("853", "Turku"),
    ]
    assert [o.key for o in options.languages] == ["fi", "sv", "en", "ar"]
    assert all(o.translatable for o in options.languages)


def test_an_empty_catalogue_offers_no_choices(workspace):
    """With nothing imported every list is empty, and nothing fails."""
    with workspace.session() as session:
        options = load_filter_options(session, "fi")

    assert options.categories == [] and options.municipalities == []
    assert options.languages == []
