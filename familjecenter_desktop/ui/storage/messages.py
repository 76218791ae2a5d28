"""Translating the storage messages marked with QT_TRANSLATE_NOOP("storage", …)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

log = logging.getLogger(__name__)

CONTEXT = "storage"


def storage_text(error: BaseException) -> str:
    """The error in the UI language (a ``StorageError``), else its text."""
    template = getattr(error, "template", None)
    if template is None:
        return str(error)
    values = getattr(error, "values", {})
    return QCoreApplication.translate(CONTEXT, template).format(**values)
