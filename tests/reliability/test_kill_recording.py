"""A process recording referrals is killed (SIGKILL) at random moments, many times.

A child process opens the workspace and records referrals through the real
functions (every third one's follow-up date moved as well), sending each
referral's id only after the save returned. The parent kills it at a random
moment (while opening the database, mid-save, between saves), then opens the
database as the application does and checks: SQLite's integrity check passes,
every referral and follow-up date whose save was confirmed is there, and the
access log's hash chain is intact. The same database file lives through all
the kills. Children are forked from a forkserver that has the application
already imported, so a round takes a fraction of a second. It runs on a plain
SQLite store and on an encrypted one (SQLCipher), which the child and the check
open by logging in, as the application does.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import random
import signal
import time
from datetime import date

import pytest
import referral_workers
from conftest import PASSWORD, make_site
from sqlalchemy import select, text

from familjecenter_desktop.db.models import Referral
from familjecenter_desktop.referrals import accounts, audit
from familjecenter_desktop.workspace import Credentials, NewAdmin, open_workspace

log = logging.getLogger(__name__)

KILLS = 60
# Opening an encrypted store checks a password (Argon2) in the child and in the
# check after each kill, so fewer rounds keep the test's time in bounds.
ENCRYPTED_KILLS = 20
SEED = 20261204
# One kill in five lands anywhere in the first half second (opening the
# database and the schema check included); the others after 0 to 5 confirmed
# saves plus up to 0.1 s (about a few saves' time).
EARLY_SHARE, EARLY_WINDOW = 0.2, 0.5
MAX_SAVES_BEFORE_KILL = 5
RECORDING_WINDOW = 0.1
READY_TIMEOUT = 30


def _confirmed(reader) -> list[str]:
    """Every line the killed child managed to send, whole lines only."""
    data = b""
    while reader.poll():
        try:
            data += reader.recv_bytes()
        except EOFError:
            break
    return data.decode().splitlines()


@pytest.fixture(params=["plain", "encrypted"])
def store(request, tmp_path):
    """A SQLite store with the made-up site: plain, or encrypted (SQLCipher) and
    opened by logging in. Yields (site, login or None, kills)."""
    data_dir = tmp_path / "data"
    if request.param == "plain":
        workspace = open_workspace(data_dir, load_demo=False)
        site = make_site(workspace, data_dir, None)
        workspace.close()
        yield site, None, KILLS
        return
    workspace = open_workspace(
        data_dir, load_demo=False, first_admin=NewAdmin("admin", "Testi", PASSWORD)
    )
    admin = accounts.authenticate(workspace, "admin", PASSWORD)
    site = make_site(workspace, data_dir, None, admin)
    workspace.close()
    yield site, ("nurse", PASSWORD), ENCRYPTED_KILLS


def test_killed_recorder_loses_no_confirmed_referral(store):
    """60 kills (20 encrypted): the store opens, passes integrity_check and holds
    every confirmed save."""
    site, login, kills = store
    data_dir = site.data_dir

    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["referral_workers", "warm_referral_workers"])
    rng = random.Random(SEED)
    created: set[int] = set()
    follow_ups: dict[int, date] = {}
    killed_mid_work = planned_mid_work = 0
    for round_no in range(kills):
        reader, writer = context.Pipe(duplex=False)
        child = context.Process(
            target=referral_workers.record_until_killed,
            args=(
                str(data_dir),
                None,
                referral_workers.actor_fields(site.nurse),
                site.service_id,
                writer,
                SEED + round_no,
                login,
            ),
        )
        child.start()
        writer.close()
        lines: list[str] = []
        if rng.random() < EARLY_SHARE:
            time.sleep(rng.uniform(0, EARLY_WINDOW))
        else:
            # Let the child confirm a random number of saves, then kill it a
            # random moment later: inside the next save or between two.
            saves = rng.randrange(0, MAX_SAVES_BEFORE_KILL + 1)
            while sum(line.startswith("C") for line in lines) < saves:
                assert reader.poll(READY_TIMEOUT), f"round {round_no}: child stuck"
                lines.extend(reader.recv_bytes().decode().splitlines())
            time.sleep(rng.uniform(0, RECORDING_WINDOW))
            planned_mid_work += saves > 0
        if child.is_alive():
            os.kill(child.pid, signal.SIGKILL)
        child.join(timeout=30)
        assert child.exitcode == -signal.SIGKILL, f"round {round_no}: {child.exitcode}"
        lines = [line for line in lines + _confirmed(reader) if line != "R"]
        reader.close()
        killed_mid_work += bool(lines)
        for line in lines:
            kind, referral_id, *rest = line.split()
            if kind == "C":
                created.add(int(referral_id))
            else:
                follow_ups[int(referral_id)] = date.fromisoformat(rest[0])

        again = open_workspace(
            data_dir,
            load_demo=False,
            credentials=Credentials(*login) if login else None,
        )
        try:
            with again.session() as session:
                check = session.execute(text("PRAGMA integrity_check")).scalars().all()
                stored = dict(
                    session.execute(select(Referral.id, Referral.follow_up_on)).all()
                )
            chain = audit.verify_chain(again)
        finally:
            again.close()
        assert check == ["ok"], f"round {round_no}: {check}"
        assert created <= set(stored), f"round {round_no}: lost {created - set(stored)}"
        for referral_id, when in follow_ups.items():
            assert stored[referral_id] == when, f"round {round_no}: {referral_id}"
        assert chain.intact, f"round {round_no}: {chain.problem}"

    log.info(
        "kill test (%s): %d kills survived, %d referrals and %d follow-up changes "
        "confirmed and all present, %d rounds killed after at least one save",
        "encrypted" if login else "plain",
        kills,
        len(created),
        len(follow_ups),
        killed_mid_work,
    )
    # the kills landed while saves were going on, not only before the first
    assert killed_mid_work >= planned_mid_work > kills // 3
