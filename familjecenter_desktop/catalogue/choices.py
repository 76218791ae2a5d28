"""The filter panel's choice lists as plain data, and the language names.

No database code, so the look-up view can be built before the database layer
has loaded; ``catalogue/options.py`` fills the lists from the catalogue.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from familjecenter_desktop.core.translatable import QT_TRANSLATE_NOOP

# Names of the languages services are offered in, for when no code list has them.
LANGUAGE_NAMES = {
    "fi": QT_TRANSLATE_NOOP("Language", "Finnish"),
    "sv": QT_TRANSLATE_NOOP("Language", "Swedish"),
    "en": QT_TRANSLATE_NOOP("Language", "English"),
    "se": QT_TRANSLATE_NOOP("Language", "Northern Sami"),
    "ru": QT_TRANSLATE_NOOP("Language", "Russian"),
    "et": QT_TRANSLATE_NOOP("Language", "Estonian"),
    "ar": QT_TRANSLATE_NOOP("Language", "Arabic"),
    "so": QT_TRANSLATE_NOOP("Language", "Somali"),
    "uk": QT_TRANSLATE_NOOP("Language", "Ukrainian"),
    "fa": QT_TRANSLATE_NOOP("Language", "Persian"),
    "ku": QT_TRANSLATE_NOOP("Language", "Kurdish"),
    "zh": QT_TRANSLATE_NOOP("Language", "Chinese"),
    "sq": QT_TRANSLATE_NOOP("Language", "Albanian"),
    "de": QT_TRANSLATE_NOOP("Language", "German"),
    "fr": QT_TRANSLATE_NOOP("Language", "French"),
    "es": QT_TRANSLATE_NOOP("Language", "Spanish"),
}
LANGUAGE_CONTEXT = "Language"


@dataclass(frozen=True)
class Option:
    """One choice: the key the search takes and the name the reader sees.

    ``translatable`` marks a name that is an English source text the UI still
    passes through Qt's translation (context ``LANGUAGE_CONTEXT``).
    """

    key: str
    name: str
    translatable: bool = False


@dataclass(frozen=True)
class FilterOptions:
    """Every choice list of the filter panel."""

    categories: list[Option] = field(default_factory=list)
    tasks: list[Option] = field(default_factory=list)
    target_groups: list[Option] = field(default_factory=list)
    municipalities: list[Option] = field(default_factory=list)
    languages: list[Option] = field(default_factory=list)
