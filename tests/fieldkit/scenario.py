"""A field trip in steps, shared by the merge and window tests."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from familjecenter_desktop.fieldkit.export import export_field_kit
from familjecenter_desktop.fieldkit.files import read_kit
from familjecenter_desktop.fieldkit.open_kit import open_field_kit
from familjecenter_desktop.fieldkit.return_kit import make_return_kit
from familjecenter_desktop.referrals import accounts, records

from .conftest import FAST_KDF, PASSPHRASE, PASSWORD
from .helpers import referral_input


@dataclass
class Trip:
    """One referral changed on both sides, one made in the field, the kits."""

    referral_id: int
    uuid: str
    kit: Path
    back: Path


def conflicting_trip(site, laptop, folder: Path) -> Trip:
    """The note changed in the field, the follow-up date at the site."""
    ws, nurse = site.workspace, site.nurse
    made = records.create_referral(ws, nurse, referral_input(site.service_id))
    kit, back = folder / "kit.fckit", folder / "return.fckit"
    export_field_kit(ws, nurse, PASSPHRASE, kit, with_referrals=True, kdf=FAST_KDF)

    open_field_kit(laptop, read_kit(kit), PASSPHRASE, PASSWORD)
    field_nurse = accounts.authenticate(laptop, "nurse", PASSWORD)
    values = referral_input(site.service_id, note="Kentällä sovittu")
    records.update_referral(laptop, field_nurse, made.id, made.version, values)
    records.create_referral(
        laptop, field_nurse, referral_input(site.service_id, family_ref="UUSI-1")
    )
    make_return_kit(laptop, field_nurse, PASSPHRASE, back, kdf=FAST_KDF)

    values = referral_input(site.service_id, note="Toimistolla sovittu")
    current = records.get_referral(ws, nurse, made.id)
    records.update_referral(ws, nurse, made.id, current.version, values)
    with ws.session() as session:
        from familjecenter_desktop.db.models import Referral

        uuid = session.get(Referral, made.id).uuid
    return Trip(made.id, uuid, kit, back)
