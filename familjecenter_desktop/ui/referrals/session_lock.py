"""Locking the session after a pause: no key or mouse input for N minutes."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

log = logging.getLogger(__name__)

ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
}


class InactivityLock(QObject):
    """Emits ``lock_requested`` after ``minutes`` without input (0 turns it off)."""

    # The pause was long enough: hide client data and ask for the password.
    lock_requested = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock_requested)
        self.set_minutes(minutes)

    def set_minutes(self, minutes: int) -> None:
        self.minutes = max(0, minutes)
        self.timer.setInterval(self.minutes * 60_000)

    def start(self) -> None:
        if self.minutes:
            self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY and self.timer.isActive():
            self.timer.start()
        return False
