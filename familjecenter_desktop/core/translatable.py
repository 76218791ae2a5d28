"""Marking user-visible text outside the UI package for Qt's translation system.

Packages below the UI never import Qt. Where they need to name something the user
will read (a bundle category, an import problem), they mark the English source text
with ``QT_TRANSLATE_NOOP(context, text)``. ``pyside6-lupdate`` collects these marks
into the ``.ts`` files, and the UI translates the text with the same context.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate's name
    """Return ``text`` unchanged; the call only marks it for translation."""
    del context
    return text
