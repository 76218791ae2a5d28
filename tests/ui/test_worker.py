"""The background helper: results and errors come back on the GUI thread."""

from __future__ import annotations

import threading

from familjecenter_desktop.ui.worker import Worker, error_message


def test_result_arrives_on_the_gui_thread(qtbot):
    """A job runs on another thread and its result is delivered on the GUI thread."""
    worker = Worker()
    seen = {}

    def job():
        seen["job_thread"] = threading.get_ident()
        return 42

    def done(value):
        seen["value"] = value
        seen["done_thread"] = threading.get_ident()

    worker.submit(job, done)
    assert worker.wait_idle()

    assert seen["value"] == 42
    assert seen["done_thread"] == threading.get_ident()
    assert seen["job_thread"] != threading.get_ident()


def test_failure_is_reported_in_plain_language(qtbot):
    """A failing job without its own handler emits ``failed`` with a sentence."""
    worker = Worker()

    def job():
        raise RuntimeError("database is locked at 0x7f")

    with qtbot.waitSignal(worker.failed, timeout=5000) as blocker:
        worker.submit(job)

    message = blocker.args[0]
    assert "log file" in message
    assert "0x7f" not in message


def test_failure_goes_to_the_job_error_handler(qtbot):
    """A job's own error handler gets the message; a ValueError's text is kept."""
    worker = Worker()
    errors = []

    def job():
        raise ValueError("services/a.json, record 3: field 'serviceNames' is missing")

    worker.submit(job, on_error=errors.append)
    assert worker.wait_idle()

    assert errors == ["services/a.json, record 3: field 'serviceNames' is missing"]


def test_a_newer_job_with_the_same_key_supersedes_an_older_one(qtbot):
    """Only the latest search's result is delivered; the older one is dropped."""
    worker = Worker()
    release = threading.Event()
    delivered = []

    worker.submit(lambda: release.wait(5) and "old", delivered.append, key="search")
    worker.submit(lambda: "new", delivered.append, key="search")
    release.set()
    assert worker.wait_idle()

    assert delivered == ["new"]


def test_busy_state_follows_the_jobs(qtbot):
    """``busy_changed`` says True when work starts and False when all is done."""
    worker = Worker()
    states = []
    worker.busy_changed.connect(states.append)

    worker.submit(lambda: 1)
    worker.submit(lambda: 2, write=True)
    assert worker.wait_idle()

    assert states[0] is True and states[-1] is False
    assert worker.is_idle()


def test_missing_file_message_names_the_file(qtbot):
    """A file that is not there is named in the message."""
    exc = FileNotFoundError(2, "No such file", "/tmp/none/services.json")

    message = error_message(exc)

    assert "/tmp/none/services.json" in message
