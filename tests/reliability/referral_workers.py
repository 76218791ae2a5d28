"""Code that runs in the child processes of the reliability tests.

Imported by name in the children (``multiprocessing`` spawn and forkserver),
so it lives in a plain module beside the tests. Every child opens the workspace
itself and works only through the application's functions: ``open_workspace``,
``create_referral``, ``set_follow_up``, ``get_referral``. A change is reported
to the parent only after the function returned, that is after its commit.
"""

from __future__ import annotations

import json
import logging
import random
import sys
from dataclasses import asdict
from datetime import date, timedelta
from pathlib import Path

log = logging.getLogger(__name__)


def warm_up() -> None:
    """Import and configure what a child needs, once, in the forkserver."""
    from sqlalchemy.orm import configure_mappers

    import familjecenter_desktop.referrals.records  # noqa: F401
    import familjecenter_desktop.workspace  # noqa: F401

    configure_mappers()


# Follow-up dates are unique per (worker, attempt): a date names one update.
FIRST_DATE = date(2027, 1, 1)


def follow_up_date(worker: int, attempt: int) -> date:
    return FIRST_DATE + timedelta(days=worker * 10_000 + attempt)


def _open(data_dir: str, database_url: str | None, login: tuple | None = None):
    """The workspace as the application opens it (an encrypted store: logged in)."""
    from familjecenter_desktop.workspace import Credentials, open_workspace

    return open_workspace(
        Path(data_dir),
        database_url=database_url,
        load_demo=False,
        credentials=Credentials(*login) if login else None,
    )


def _actor(fields: dict):
    from familjecenter_desktop.referrals.permissions import Actor

    return Actor(**fields)


def actor_fields(actor) -> dict:
    return asdict(actor)


def _values(service_id: int, tag: str):
    from familjecenter_desktop.referrals.validation import ReferralInput

    return ReferralInput(
        kind="referral_with_consent",
        family_ref=f"TT-{tag}",
        family_names="Testi Testinen",
        phones=["040 123 4567"],
        receiver_service_id=service_id,
        reasons=["parenthood"],
    )


def record_until_killed(
    data_dir: str,
    database_url: str | None,
    actor: dict,
    service_id: int,
    out,
    seed,
    login: tuple | None = None,
) -> None:
    """Record referrals (and move every third one's follow-up) until killed.

    ``R`` goes to ``out`` (a pipe) once the workspace is open; after each
    confirmed save one line: ``C id`` for a new referral, ``F id date`` for a
    confirmed follow-up change.
    """
    from familjecenter_desktop.referrals import records

    rng = random.Random(seed)
    workspace = _open(data_dir, database_url, login)
    who = _actor(actor)
    out.send_bytes(b"R\n")  # the workspace is open
    number = 0
    while True:
        number += 1
        view = records.create_referral(
            workspace, who, _values(service_id, f"{seed}-{number}")
        )
        out.send_bytes(f"C {view.id}\n".encode())
        if number % 3 == 0:
            when = FIRST_DATE + timedelta(days=rng.randrange(3650))
            moved = records.set_follow_up(workspace, who, view.id, view.version, when)
            out.send_bytes(f"F {moved.id} {when.isoformat()}\n".encode())


def concurrent_worker(
    data_dir: str,
    database_url: str | None,
    actor: dict,
    service_id: int,
    shared_ids: list[int],
    creates: int,
    updates: int,
    worker: int,
    start,
    out,
) -> None:
    """Create referrals and move the shared referrals' follow-up, all at once.

    Each update reads the referral, then changes it with the version it read; a
    ConflictError (someone else changed it in between) is counted and the update
    is tried again on the fresh version. Any other error is counted by type and
    ends the worker. The summary goes to ``out`` as JSON.
    """
    from familjecenter_desktop.referrals import records
    from familjecenter_desktop.referrals.errors import ConflictError

    rng = random.Random(worker)
    summary = {
        "worker": worker,
        "created": [],
        "updated": [],
        "conflicts": 0,
        "errors": {},
    }
    workspace = _open(data_dir, database_url)
    who = _actor(actor)
    start.wait()
    try:
        plan = ["create"] * creates + ["update"] * updates
        rng.shuffle(plan)
        attempt = 0
        for step in plan:
            if step == "create":
                tag = f"W{worker}-{len(summary['created'])}"
                view = _counted(
                    summary,
                    lambda tag=tag: records.create_referral(
                        workspace, who, _values(service_id, tag)
                    ),
                )
                if view is not None:
                    summary["created"].append(view.id)
                continue
            attempt += 1
            referral_id = rng.choice(shared_ids)
            when = follow_up_date(worker, attempt)
            while True:
                current = records.get_referral(workspace, who, referral_id)
                try:
                    records.set_follow_up(
                        workspace, who, referral_id, current.version, when
                    )
                except ConflictError:
                    summary["conflicts"] += 1
                    continue
                except Exception as error:
                    _count(summary, error)
                    raise
                summary["updated"].append([referral_id, when.isoformat()])
                break
    finally:
        workspace.close()
        out.send(json.dumps(summary))


def _counted(summary: dict, action):
    """Run ``action``; any error is counted for the summary, then raised."""
    try:
        return action()
    except Exception as error:
        _count(summary, error)
        raise


def _count(summary: dict, error: Exception) -> None:
    name = type(error).__name__ + ": " + str(error).splitlines()[0][:120]
    summary["errors"][name] = summary["errors"].get(name, 0) + 1
    print(f"worker error {name}", file=sys.stderr)
