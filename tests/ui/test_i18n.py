"""Translations: every language loads, nothing is left unfinished, .qm up to date."""

from __future__ import annotations

import importlib.util
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication

from familjecenter_desktop.ui.i18n import I18N_DIR, UI_LANGUAGES, Translations

PROJECT = I18N_DIR.parents[1]


def load_build_script():
    spec = importlib.util.spec_from_file_location(
        "build_translations", PROJECT / "packaging" / "build_translations.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("lang", UI_LANGUAGES)
def test_every_shipped_language_loads(qapp, lang):
    """Each UI language has a main translation that Qt accepts."""
    translations = Translations()

    loaded = translations.install(lang)

    assert f"main_{lang}.qm" in loaded
    translations.install("en")


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_no_message_is_left_untranslated(lang):
    """Finnish and Swedish .ts files have no unfinished or empty translation."""
    problems = []
    for ts in sorted(I18N_DIR.glob(f"*_{lang}.ts")):
        for context in ET.parse(ts).getroot().iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                translation = message.find("translation")
                forms = [f.text for f in translation.iter("numerusform")]
                texts = forms if message.get("numerus") == "yes" else [translation.text]
                unfinished = translation.get("type") in ("unfinished", "vanished")
                if unfinished or not all(t and t.strip() for t in texts):
                    problems.append(f"{ts.name}: {name}: {message.findtext('source')}")

    assert problems == []


def test_committed_qm_files_match_the_ts_sources(tmp_path):
    """Compiling the .ts files again gives exactly the committed .qm files."""
    build = load_build_script()

    fresh = build.compile_all(I18N_DIR, tmp_path)

    assert fresh
    for qm in fresh:
        committed = I18N_DIR / qm.name
        assert committed.exists(), f"{qm.name} is not committed"
        assert committed.read_bytes() == qm.read_bytes(), f"{qm.name} is out of date"


def test_marks_outside_the_ui_are_translated(qapp):
    """A QT_TRANSLATE_NOOP mark in catalogue code is translated at run time."""
    translations = Translations()

    translations.install("sv")
    swedish = QCoreApplication.translate("Language", "Finnish")
    translations.install("en")

    assert swedish == "finska"
