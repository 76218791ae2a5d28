"""The one helper that runs database work, imports and printing off the GUI thread.

A job is a plain callable. It runs in a thread pool; its result or its error comes
back on the GUI thread, to the callbacks given with the job. Reads run side by
side; writes go through a pool of one thread, because SQLite has one writer.

A job submitted under a ``key`` supersedes every earlier job with the same key:
when an older search finishes after a newer one was asked for, its result is
dropped. Tests wait with ``worker.wait_idle()`` or ``qtbot.waitUntil(worker.is_idle)``.
"""

from __future__ import annotations

import itertools
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDeadlineTimer,
    QObject,
    QRunnable,
    QThreadPool,
    Signal,
    Slot,
)
from PySide6.QtCore import Qt as _Qt

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[str], None]


@dataclass
class _Job:
    key: str | None
    on_done: Done | None
    on_error: Failed | None
    label: str


class _Runnable(QRunnable):
    """Runs one job and hands the outcome to the worker's queued signal."""

    def __init__(self, worker: Worker, job_id: int, fn: Callable[[], Any]) -> None:
        super().__init__()
        self._worker = worker
        self._job_id = job_id
        self._fn = fn

    def run(self) -> None:
        started = time.perf_counter()
        try:
            outcome = (True, self._fn())
        except Exception as exc:  # reported on the GUI thread, never lost
            outcome = (False, exc)
        try:
            self._worker._finished.emit(self._job_id, *outcome)
        except RuntimeError:
            # The worker was deleted while the job ran (the window closed).
            log.debug("job %d finished after its worker was deleted", self._job_id)
        log.debug("job %d ran %.3f s", self._job_id, time.perf_counter() - started)


def error_message(exc: BaseException) -> str:
    """A plain-language sentence for the person at the screen."""
    translate = QCoreApplication.translate
    context = getattr(exc, "translation_context", None)
    if context is not None:  # a lower layer's marked template (a StorageError)
        return translate(context, exc.template).format(**exc.values)
    describe = getattr(exc, "describe", None)
    if callable(describe):
        return str(describe())
    if isinstance(exc, ValueError) and str(exc):
        return str(exc)
    if isinstance(exc, FileNotFoundError):
        return translate("Worker", "The file was not found: %1").replace(
            "%1", str(exc.filename or exc)
        )
    if isinstance(exc, PermissionError):
        return translate(
            "Worker", "There is no permission to use the file: %1"
        ).replace("%1", str(exc.filename or exc))
    if isinstance(exc, OSError):
        return translate("Worker", "A file could not be read or written: %1").replace(
            "%1", exc.strerror or str(exc)
        )
    return translate(
        "Worker",
        "Something went wrong and the task was not finished. "
        "The details were written to the log file.",
    )


class Worker(QObject):
    """Runs callables off the GUI thread and reports back on it."""

    # Emitted when a job without its own error callback fails: a plain message.
    failed = Signal(str)
    # Emitted when the first job starts (True) and when the last one ends (False).
    busy_changed = Signal(bool)

    _finished = Signal(int, bool, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reads = QThreadPool(self)
        self._reads.setMaxThreadCount(2)
        self._writes = QThreadPool(self)
        self._writes.setMaxThreadCount(1)
        self._ids = itertools.count(1)
        self._jobs: dict[int, _Job] = {}
        self._latest: dict[str, int] = {}
        self._finished.connect(self._deliver, _Qt.ConnectionType.QueuedConnection)

    def submit(
        self,
        fn: Callable[[], Any],
        on_done: Done | None = None,
        on_error: Failed | None = None,
        *,
        key: str | None = None,
        write: bool = False,
        label: str = "job",
    ) -> int:
        """Run ``fn`` off the GUI thread; return the job's number."""
        job_id = next(self._ids)
        self._jobs[job_id] = _Job(key, on_done, on_error, label)
        if key is not None:
            self._latest[key] = job_id
        if len(self._jobs) == 1:
            self.busy_changed.emit(True)

        pool = self._writes if write else self._reads
        pool.start(_Runnable(self, job_id, fn))
        log.debug("job %d (%s) submitted", job_id, label)
        return job_id

    def is_idle(self) -> bool:
        """True when no job is running or waiting to report."""
        return not self._jobs

    def wait_idle(self, timeout_ms: int = 10_000) -> bool:
        """Block until every job has run and reported; for tests and shutdown."""
        deadline = QDeadlineTimer(timeout_ms)
        while self._jobs and not deadline.hasExpired():
            self._reads.waitForDone(50)
            self._writes.waitForDone(50)
            QCoreApplication.processEvents()
        return not self._jobs

    def shutdown(self, timeout_ms: int = 10_000) -> None:
        """Let running jobs end and drop what they report; call before quitting."""
        for job in self._jobs.values():
            job.on_done = None
            job.on_error = None
        self._reads.clear()
        self._writes.clear()
        self._reads.waitForDone(timeout_ms)
        self._writes.waitForDone(timeout_ms)

    @Slot(int, bool, object)
    def _deliver(self, job_id: int, ok: bool, payload: object) -> None:
        job = self._jobs.pop(job_id, None)
        if not self._jobs:
            self.busy_changed.emit(False)
        if job is None:
            return
        if job.key is not None and self._latest.get(job.key) != job_id:
            log.debug("job %d (%s) superseded; result dropped", job_id, job.label)
            return

        if ok:
            if job.on_done is not None:
                job.on_done(payload)
            return

        assert isinstance(payload, BaseException)
        log.error(
            "job %d (%s) failed: %s",
            job_id,
            job.label,
            type(payload).__name__,
            exc_info=payload,
        )
        message = error_message(payload)
        if job.on_error is not None:
            job.on_error(message)
        else:
            self.failed.emit(message)
