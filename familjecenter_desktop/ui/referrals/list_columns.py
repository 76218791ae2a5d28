"""Column widths of the referral list: fitted to the texts, or as the user set them.

Every column but the receiver is as wide as its header and its rows need (in
the language shown), up to a limit; the receiver, the longest text, takes the
rest of the width. Once the user drags a column, that width is theirs: it is
kept in the window state of the settings (``referral_list/column_widths``) and
comes back after a restart, never narrower than the header of the language
shown.
"""

from __future__ import annotations

import json
import logging

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QHeaderView, QTableView

from familjecenter_desktop.core.settings import Settings

log = logging.getLogger(__name__)

WIDTHS_KEY = "referral_list/column_widths"
# A fitted column is never wider than this (a long family reference, a name).
MAX_FITTED = 260
SAVE_DELAY_MS = 400


class ColumnSizer(QObject):
    """Sizes the columns of ``table`` (named by ``columns``); ``stretch`` fills."""

    def __init__(
        self, table: QTableView, columns: tuple[str, ...], stretch: str
    ) -> None:
        super().__init__(table)
        self.table = table
        self.columns = columns
        self.stretch = columns.index(stretch)
        self.settings: Settings | None = None
        self.user_widths: dict[str, int] = {}
        self._fitting = False
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save)

        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(40)
        for number in range(len(columns)):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if number == self.stretch
                else QHeaderView.ResizeMode.Interactive
            )
            header.setSectionResizeMode(number, mode)
        header.sectionResized.connect(self._resized)

    # --- the settings -----------------------------------------------------------

    def keep_in(self, settings: Settings) -> None:
        """Read the user's widths from ``settings`` and save changes there."""
        if settings is self.settings:
            return
        self.settings = settings
        self.user_widths = self._stored(settings)
        self.fit()

    def _stored(self, settings: Settings) -> dict[str, int]:
        raw = settings.window_state(WIDTHS_KEY)
        if not raw:
            return {}
        try:
            widths = json.loads(raw)
        except ValueError:
            log.warning("stored referral column widths unreadable; fitted instead")
            return {}
        if not isinstance(widths, dict):
            return {}
        return {
            name: width
            for name, width in widths.items()
            if name in self.columns and isinstance(width, int) and width > 0
        }

    def flush(self) -> None:
        """Save now if a drag is still waiting to be saved (the window closes)."""
        if self._save_timer.isActive():
            self.save()

    def save(self) -> None:
        """Write the user's widths now (normally a moment after a drag)."""
        self._save_timer.stop()
        if self.settings is None:
            return
        try:
            self.settings.set_window_state(WIDTHS_KEY, json.dumps(self.user_widths))
        except OSError:
            log.exception("could not save the referral column widths")

    # --- sizing -----------------------------------------------------------------

    def fit(self) -> None:
        """Size each column: the user's width, else header and rows (up to a limit).

        No column is made narrower than its header in the language shown, so a
        width chosen in Finnish still shows the whole Swedish header.
        """
        header = self.table.horizontalHeader()
        self._fitting = True
        try:
            for number, name in enumerate(self.columns):
                if number == self.stretch:
                    continue
                needed = header.sectionSizeHint(number)
                if name in self.user_widths:
                    width = max(self.user_widths[name], needed)
                else:
                    rows = min(self.table.sizeHintForColumn(number), MAX_FITTED)
                    width = max(needed, rows)
                header.resizeSection(number, width)
        finally:
            self._fitting = False

    def _resized(self, number: int, _old: int, new: int) -> None:
        if self._fitting or number == self.stretch or new <= 0:
            return
        self.user_widths[self.columns[number]] = new
        self._save_timer.start()
