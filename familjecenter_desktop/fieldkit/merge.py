"""Merging a return kit at the site: new referrals, changes, conflicts, the log.

``plan_import`` opens and checks the kit and sorts each referral: new in the
field, changed in the field only, changed at the site only, unchanged, or
changed on both sides (a conflict, shown with both versions). ``apply_import``
then merges everything in one transaction, with the user's choice for each
conflict: fields come from the chosen version; status events and consents made
in the field are added once whichever version is kept (a withdrawal always
counts); the choice is written to the history and the access log. A baseline per
referral (the versions that last agreed) makes a second import add nothing.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from familjecenter_desktop.core.timeutil import utcnow
from familjecenter_desktop.core.translatable import QT_TRANSLATE_NOOP
from familjecenter_desktop.db.models import (
    FieldKit,
    FieldKitReferral,
    Referral,
    StaffUser,
)
from familjecenter_desktop.fieldkit import container, payload, site
from familjecenter_desktop.fieldkit.accesslog import take_entries
from familjecenter_desktop.fieldkit.errors import (
    KitError,
    MergeChangedError,
    WorkspaceStateError,
)
from familjecenter_desktop.fieldkit.merger import Merger
from familjecenter_desktop.fieldkit.referral_data import (
    referral_data,
    usernames,
)
from familjecenter_desktop.fieldkit.sides import Conflict, side_of
from familjecenter_desktop.fieldkit.states import (  # noqa: F401 - the merge's words
    BOTH,
    FIELD_CHANGED,
    GONE,
    KEEP_FIELD,
    KEEP_SITE,
    NEW,
    SITE_CHANGED,
    UNCHANGED,
)
from familjecenter_desktop.referrals import audit
from familjecenter_desktop.referrals import permissions as perm
from familjecenter_desktop.referrals.listing import visible_clause
from familjecenter_desktop.referrals.permissions import Actor

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PlanItem:
    """One referral of the return kit and what the merge will do with it."""

    uuid: str
    state: str
    referral_id: int | None
    site_version: int | None


@dataclass
class ImportPlan:
    """A checked return kit and what importing it would do."""

    kit_id: str
    origin_kit_id: str
    worker: str
    items: list[PlanItem]
    conflicts: list[Conflict]
    new_log_entries: int
    already_merged: bool
    content: dict = field(repr=False)

    def count(self, state: str) -> int:
        return sum(1 for item in self.items if item.state == state)

    @property
    def has_changes(self) -> bool:
        busy = (NEW, FIELD_CHANGED, BOTH)
        return self.new_log_entries > 0 or any(i.state in busy for i in self.items)


@dataclass(frozen=True)
class ImportReport:
    """What the merge did."""

    created: int = 0
    updated: int = 0
    kept_site: int = 0
    kept_field: int = 0
    unchanged: int = 0
    events_added: int = 0
    consents_added: int = 0
    withdrawals: int = 0
    log_entries: int = 0
    receivers_missing: int = 0


ORIGIN_UNKNOWN = QT_TRANSLATE_NOOP(
    "fieldkit",
    "This return kit belongs to a field kit that this site did not make. It was "
    "refused and nothing was imported.",
)
OTHER_UNIT = QT_TRANSLATE_NOOP(
    "fieldkit",
    "Only staff of the unit that exported the field kit can import it back.",
)
NOT_AT_SITE = QT_TRANSLATE_NOOP(
    "fieldkit",
    "This is a field workspace. Import the return kit at the site it came from.",
)
NOT_VISIBLE = QT_TRANSLATE_NOOP(
    "fieldkit",
    "The return kit holds referral {arg}, which your unit cannot see here. Nothing "
    "was imported.",
)
CHOOSE_ALL = QT_TRANSLATE_NOOP(
    "fieldkit", "Choose which version to keep for every referral changed on both sides."
)
CHANGED_MEANWHILE = QT_TRANSLATE_NOOP(
    "fieldkit",
    "A referral of the kit was changed at the site while you were choosing. "
    "Nothing was imported; import the kit again to see the change.",
)


def _site_and_origin(workspace) -> str:
    with workspace.session() as session:
        if site.opened_kit(session) is not None:
            raise WorkspaceStateError(NOT_AT_SITE)
        return site.site_id(session)


def _check_worker(session: Session, actor: Actor, exported: FieldKit) -> None:
    exporter = session.get(StaffUser, exported.user_id) if exported.user_id else None
    unit = exporter.unit_id if exporter is not None else None
    if actor.user_id != exported.user_id and (unit is None or unit != actor.unit_id):
        raise KitError(OTHER_UNIT)


def _classify(site_ref, base, field_version: int) -> str:
    if site_ref is None:
        return NEW if base is None else GONE
    if base is None:
        return BOTH
    field_changed = field_version != base.field_version
    site_changed = site_ref.version != base.site_version
    if field_changed and site_changed:
        return BOTH
    if field_changed:
        return FIELD_CHANGED
    return SITE_CHANGED if site_changed else UNCHANGED


def _taken_upto(session: Session, origin_kit_id: str) -> int:
    merged = session.scalars(
        select(FieldKit.log_upto).where(
            FieldKit.role == site.MERGED, FieldKit.origin_kit_id == origin_kit_id
        )
    ).all()
    return max(merged, default=0)


def plan_import(
    workspace, actor: Actor, data: bytes, passphrase: str, lang: str = "fi"
) -> ImportPlan:
    """Open and check the return kit; sort its referrals; list the conflicts."""
    perm.require(actor, perm.UPDATE)
    perm.require(actor, perm.CREATE)
    site_id = _site_and_origin(workspace)
    header, plain = container.unseal(
        data, passphrase, kind=container.RETURN, site_id=site_id
    )
    content = payload.from_bytes(plain, payload.RETURN_KEYS)
    if (content["kit_id"], content["origin_kit_id"]) != (
        header.kit_id,
        header.origin_kit_id,
    ) or content["site_id"] != site_id:
        raise KitError(payload.CONTENTS_MISMATCH)

    with workspace.session() as session:
        exported = session.scalar(
            select(FieldKit).where(
                FieldKit.kit_id == header.origin_kit_id, FieldKit.role == site.EXPORTED
            )
        )
        if exported is None:
            raise KitError(ORIGIN_UNKNOWN)
        _check_worker(session, actor, exported)
        items, conflicts = _sort(session, actor, content, lang)
        upto = _taken_upto(session, header.origin_kit_id)
        new_log = sum(1 for e in content["log"] if e["id"] > upto)
        merged_before = session.scalar(
            select(FieldKit.id).where(
                FieldKit.kit_id == header.kit_id, FieldKit.role == site.MERGED
            )
        )
        audit.append(
            session,
            actor,
            audit.VIEW,
            [(c.referral_id, _family_key(session, c.referral_id)) for c in conflicts],
            detail=f"field kit {header.origin_kit_id[:8]} conflict",
        )
    log.info(
        "return kit %s planned: %d referrals, %d conflicts, %d log entries",
        header.kit_id[:8],
        len(items),
        len(conflicts),
        new_log,
    )
    return ImportPlan(
        kit_id=header.kit_id,
        origin_kit_id=header.origin_kit_id,
        worker=str(content.get("worker", "")),
        items=items,
        conflicts=conflicts,
        new_log_entries=new_log,
        already_merged=merged_before is not None,
        content=content,
    )


def _family_key(session: Session, referral_id: int) -> str | None:
    return session.scalar(select(Referral.family_key).where(Referral.id == referral_id))


def _load(session: Session, actor: Actor, uuid: str) -> Referral | None:
    referral = session.scalar(
        select(Referral)
        .where(Referral.uuid == uuid)
        .options(selectinload(Referral.events), selectinload(Referral.consents))
    )
    if referral is None:
        return None
    visible = session.scalar(
        select(Referral.id).where(Referral.id == referral.id, visible_clause(actor))
    )
    if visible is None:
        raise KitError(NOT_VISIBLE, str(referral.id))
    return referral


def _baselines(session: Session, kit_id: str) -> dict[str, FieldKitReferral]:
    rows = session.scalars(
        select(FieldKitReferral).where(FieldKitReferral.kit_id == kit_id)
    )
    return {row.referral_uuid: row for row in rows}


def _sort(session, actor, content, lang) -> tuple[list[PlanItem], list[Conflict]]:
    baselines = _baselines(session, content["origin_kit_id"])
    names = usernames(session)
    items, conflicts = [], []
    for data in content["referrals"]:
        site_ref = _load(session, actor, data["uuid"])
        state = _classify(site_ref, baselines.get(data["uuid"]), data["version"])
        items.append(
            PlanItem(
                data["uuid"],
                state,
                site_ref.id if site_ref else None,
                site_ref.version if site_ref else None,
            )
        )
        if state == BOTH:
            site_side = side_of(session, referral_data(site_ref, names), lang)
            field_side = side_of(session, data, lang)
            conflicts.append(Conflict(data["uuid"], site_ref.id, site_side, field_side))
    return items, conflicts


def apply_import(
    workspace, actor: Actor, plan: ImportPlan, choices: dict[str, str]
) -> ImportReport:
    """Merge the planned kit in one transaction, with a choice for each conflict."""
    perm.require(actor, perm.UPDATE)
    if any(choices.get(c.uuid) not in (KEEP_SITE, KEEP_FIELD) for c in plan.conflicts):
        raise KitError(CHOOSE_ALL)
    by_uuid = {data["uuid"]: data for data in plan.content["referrals"]}
    tally: dict[str, int] = {}
    with workspace.session() as session:
        user_ids = dict(session.execute(select(StaffUser.username, StaffUser.id)).all())
        merger = Merger(session, actor, plan, user_ids, tally)
        for item in plan.items:
            site_ref = _load(session, actor, item.uuid)
            if (site_ref.version if site_ref else None) != item.site_version:
                raise MergeChangedError(CHANGED_MEANWHILE)
            merger.merge(item, site_ref, by_uuid[item.uuid], choices.get(item.uuid))
        upto = _taken_upto(session, plan.origin_kit_id)
        fresh = [e for e in plan.content["log"] if e["id"] > upto]
        tally["log_entries"] = take_entries(
            session, fresh, merger.site_ids, user_ids, plan.origin_kit_id
        )
        session.add(
            FieldKit(
                kit_id=plan.kit_id,
                role=site.MERGED,
                site_id=plan.content["site_id"],
                origin_kit_id=plan.origin_kit_id,
                user_id=actor.user_id,
                username=actor.username,
                at=utcnow(),
                referral_count=len(plan.items),
                log_upto=max([upto] + [e["id"] for e in fresh]),
            )
        )
        merger.log_access()
    report = ImportReport(
        unchanged=plan.count(UNCHANGED) + plan.count(SITE_CHANGED), **tally
    )
    log.info("return kit %s merged: %s", plan.kit_id[:8], report)
    return report
