"""The steps of one merge at the site, in the caller's transaction.

For each referral: create it (new in the field), take the field's fields (changed
in the field, or the user kept the laptop's version), or keep the site's; in
every case add the field's status events and consents once and take over its
withdrawals, note the step in the history, and move the baseline on.
"""

from __future__ import annotations

import logging

from sqlalchemy import select

from familjecenter_desktop.core.timeutil import utcnow
from familjecenter_desktop.db.models import (
    FieldKitReferral,
    Organisation,
    Referral,
    Service,
)
from familjecenter_desktop.fieldkit.merge_steps import add_field_history, apply_fields
from familjecenter_desktop.fieldkit.referral_data import referral_fields
from familjecenter_desktop.fieldkit.states import (
    BOTH,
    DIVERGED,
    FIELD_CHANGED,
    KEEP_FIELD,
    NEW,
)
from familjecenter_desktop.referrals import audit
from familjecenter_desktop.referrals.records import add_event

log = logging.getLogger(__name__)


class Merger:
    """The steps of one merge, in the caller's transaction."""

    def __init__(self, session, actor, plan, user_ids, tally) -> None:
        self.session = session
        self.actor = actor
        self.plan = plan
        self.user_ids = user_ids
        self.tally = tally
        self.site_ids: dict[str, int] = {}
        self.logged: dict[str, list[tuple[int, str | None]]] = {}
        self.note = f"kit {plan.origin_kit_id[:8]}"

    def _count(self, key: str, n: int = 1) -> None:
        self.tally[key] = self.tally.get(key, 0) + n

    def merge(self, item, site_ref, data: dict, choice: str | None) -> None:
        """Merge one planned referral (a ``merge.PlanItem``)."""
        if site_ref is not None:
            self.site_ids[item.uuid] = site_ref.id
        if item.state == NEW:
            site_ref = self._create(data)
        elif item.state == FIELD_CHANGED:
            self._take_field(site_ref, data, "field_kit_import", "updated", "merged")
        elif item.state == BOTH and choice == KEEP_FIELD:
            self._take_field(
                site_ref, data, "field_kit_kept_field", "kept_field", "kept field"
            )
        elif item.state == BOTH:
            self._keep_site(site_ref, data)
        else:
            return
        self.site_ids[item.uuid] = site_ref.id

    def _missing_receivers(self, values: dict) -> None:
        if values.get("receiver_service_id") is not None and (
            self.session.get(Service, values["receiver_service_id"]) is None
        ):
            values["receiver_service_id"] = None
            self._count("receivers_missing")
        if values.get("receiver_org_id") is not None and (
            self.session.get(Organisation, values["receiver_org_id"]) is None
        ):
            values["receiver_org_id"] = None
            self._count("receivers_missing")

    def _create(self, data: dict) -> Referral:
        values = referral_fields(data)
        self._missing_receivers(values)
        referral = Referral(
            uuid=data["uuid"],
            sender_user_id=self.user_ids.get(data.get("sender_user")),
            **values,
        )
        self.session.add(referral)
        apply_fields(self.session, referral, {})
        self.session.flush()
        added = add_field_history(self.session, referral, data, self.user_ids)
        self._added(added)
        add_event(
            referral,
            self.actor,
            "field_kit_import",
            referral.status,
            referral.status,
            self.note,
        )
        self.session.flush()
        self._baseline(referral, data["version"])
        self._count("created")
        self.logged.setdefault("created", []).append((referral.id, referral.family_key))
        return referral

    def _added(self, added: tuple[int, int, int]) -> None:
        self._count("events_added", added[0])
        self._count("consents_added", added[1])
        self._count("withdrawals", added[2])

    def _take_field(self, referral, data, action, counter, detail) -> None:
        before = referral.status
        values = referral_fields(data)
        self._missing_receivers(values)
        values["sender_user_id"] = self.user_ids.get(data.get("sender_user"))
        apply_fields(self.session, referral, values)
        self._added(add_field_history(self.session, referral, data, self.user_ids))
        add_event(referral, self.actor, action, before, referral.status, self.note)
        referral.updated_at = utcnow()
        self.session.flush()
        self._baseline(referral, data["version"])
        self._count(counter)
        self.logged.setdefault(detail, []).append((referral.id, referral.family_key))

    def _keep_site(self, referral, data) -> None:
        self._added(add_field_history(self.session, referral, data, self.user_ids))
        add_event(
            referral,
            self.actor,
            "field_kit_kept_site",
            referral.status,
            referral.status,
            self.note,
        )
        referral.updated_at = utcnow()
        self.session.flush()
        self._baseline(referral, data["version"], site_version=DIVERGED)
        self._count("kept_site")
        self.logged.setdefault("kept site", []).append(
            (referral.id, referral.family_key)
        )

    def _baseline(self, referral, field_version: int, site_version=None) -> None:
        kit_id = self.plan.origin_kit_id
        row = self.session.scalar(
            select(FieldKitReferral).where(
                FieldKitReferral.kit_id == kit_id,
                FieldKitReferral.referral_uuid == referral.uuid,
            )
        )
        if row is None:
            row = FieldKitReferral(kit_id=kit_id, referral_uuid=referral.uuid)
            self.session.add(row)
        row.site_version = referral.version if site_version is None else site_version
        row.field_version = field_version

    def log_access(self) -> None:
        """One access-log entry per referral merged, naming what was done."""
        kit = self.plan.origin_kit_id[:8]
        for detail, items in self.logged.items():
            action = audit.CREATE if detail == "created" else audit.UPDATE
            audit.append(
                self.session,
                self.actor,
                action,
                items,
                detail=f"field kit {kit}: {detail}",
            )
