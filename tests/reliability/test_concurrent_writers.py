"""Several processes record and update referrals at once; nothing is lost.

Separate OS processes (multiprocessing, spawn) open the same database (one
SQLite file, or one PostgreSQL database) and, started together, each create
referrals and move the follow-up date of a few shared referrals through the
real functions. An update that meets someone else's change gets a conflict and
is tried again on the fresh version. Afterwards every created referral is there
exactly once, every confirmed update is in the history exactly once, each
shared referral's version counts exactly its confirmed updates, and its
follow-up date is the one of its last update; the access log chain is intact.
"""

from __future__ import annotations

import json
import logging
import multiprocessing
from collections import Counter
from datetime import date

import referral_workers
from conftest import make_site
from sqlalchemy import func, select

from familjecenter_desktop.db.models import Referral, ReferralEvent
from familjecenter_desktop.referrals import audit, records
from familjecenter_desktop.workspace import open_workspace

log = logging.getLogger(__name__)

WORKERS = 6
CREATES = 20
UPDATES = 25
SHARED = 3


def test_concurrent_writers_lose_nothing(workspace, tmp_path):
    """6 processes x (20 creates + 25 updates on 3 shared referrals), at once."""
    data_dir = workspace.paths.data
    url = None if workspace.database_file else workspace.database_url
    site = make_site(workspace, data_dir, url)
    shared = [
        records.create_referral(
            workspace, site.nurse, referral_workers._values(site.service_id, f"S{i}")
        ).id
        for i in range(SHARED)
    ]
    workspace.close()

    context = multiprocessing.get_context("spawn")
    start = context.Barrier(WORKERS)
    pipes, processes = [], []
    for worker in range(WORKERS):
        reader, writer = context.Pipe(duplex=False)
        process = context.Process(
            target=referral_workers.concurrent_worker,
            args=(
                str(data_dir),
                url,
                referral_workers.actor_fields(site.nurse),
                site.service_id,
                shared,
                CREATES,
                UPDATES,
                worker,
                start,
                writer,
            ),
        )
        process.start()
        writer.close()
        pipes.append(reader)
        processes.append(process)
    summaries = [json.loads(reader.recv()) for reader in pipes]
    for process in processes:
        process.join(timeout=120)
    exit_codes = [p.exitcode for p in processes]

    again = open_workspace(data_dir, database_url=url, load_demo=False)
    try:
        with again.session() as session:
            ids = Counter(session.scalars(select(Referral.id)))
            versions = dict(
                session.execute(select(Referral.id, Referral.version)).all()
            )
            follow = dict(
                session.execute(select(Referral.id, Referral.follow_up_on)).all()
            )
            history = session.execute(
                select(ReferralEvent.referral_id, ReferralEvent.note)
                .where(ReferralEvent.action == "follow_up")
                .order_by(ReferralEvent.id)
            ).all()
            events = session.scalar(select(func.count(ReferralEvent.id)))
        chain = audit.verify_chain(again)
    finally:
        again.close()

    created = [i for s in summaries for i in s["created"]]
    updated = [tuple(u) for s in summaries for u in s["updated"]]
    conflicts = sum(s["conflicts"] for s in summaries)
    errors = Counter()
    for s in summaries:
        errors.update(s["errors"])
    log.info(
        "concurrency (%s): %d writers, %d referrals created, %d updates confirmed, "
        "%d conflicts retried, errors %s, %d history events",
        again.engine.dialect.name,
        WORKERS,
        len(created),
        len(updated),
        conflicts,
        dict(errors),
        events,
    )

    assert exit_codes == [0] * WORKERS
    assert errors == Counter()
    assert len(created) == WORKERS * CREATES
    assert len(updated) == WORKERS * UPDATES
    # every committed referral exactly once, nothing else
    assert sorted(ids) == sorted([*shared, *created])
    assert set(ids.values()) == {1}
    # every confirmed update exactly once in the history, none invented
    assert Counter(updated) == Counter((r, n) for r, n in history)
    per_referral = Counter(referral_id for referral_id, _ in updated)
    for referral_id in shared:
        # the version counts the creation and each confirmed update: none lost
        assert versions[referral_id] == 1 + per_referral[referral_id]
        notes = [n for r, n in history if r == referral_id]
        if notes:
            assert follow[referral_id] == date.fromisoformat(notes[-1])
    assert chain.intact, chain.problem
