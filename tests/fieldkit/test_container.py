"""The kit file: every flipped byte, a cut, a wrong passphrase is refused by name."""

from __future__ import annotations

import secrets

import pytest

from familjecenter_desktop.fieldkit import container, errors
from familjecenter_desktop.fieldkit.errors import KitRefusedError

from .conftest import FAST_KDF, PASSPHRASE

SITE = secrets.token_hex(16)


def sealed(payload: bytes = b'{"family": "Testi Kenttalainen"}' * 40) -> bytes:
    return container.seal(
        payload,
        PASSPHRASE,
        kind=container.FIELD,
        site_id=SITE,
        kit_id=secrets.token_hex(16),
        kdf=FAST_KDF,
    )


def reason_of(data: bytes, passphrase: str = PASSPHRASE, **kwargs) -> str:
    with pytest.raises(KitRefusedError) as caught:
        container.unseal(data, passphrase, kind=container.FIELD, **kwargs)
    assert caught.value.describe()
    return caught.value.reason


def test_a_sealed_kit_opens_with_its_passphrase():
    """The payload comes back intact and the header names site and kit."""
    payload = "Testi Kenttäläinen".encode() * 10

    header, back = container.unseal(sealed(payload), PASSPHRASE, kind=container.FIELD)

    assert back == payload
    assert header.site_id == SITE and header.kdf == FAST_KDF


def test_nothing_readable_in_clear():
    """Neither the family's name nor the payload's words appear in the file."""
    data = sealed("Testi Kenttäläinen KENTTÄ-1".encode() * 50)

    for needle in ("Kenttäläinen", "KENTTÄ", "Testi"):
        assert needle.encode() not in data
        assert needle.encode("utf-16-le") not in data


def test_every_flipped_header_byte_is_refused_as_altered_or_not_a_kit():
    """Flipping any single bit in the header is found before any decryption."""
    data = sealed()
    found = set()
    for position in range(container.HEADER_SIZE):
        damaged = bytearray(data)
        damaged[position] ^= 0x01
        found.add(reason_of(bytes(damaged)))

    assert found <= {errors.TAMPERED, errors.NOT_A_KIT, errors.UNSUPPORTED}
    assert errors.TAMPERED in found


def test_flipped_bytes_in_the_encrypted_part_are_refused_as_altered():
    """A flip anywhere in the ciphertext or its tag fails the authentication."""
    data = sealed()
    body = len(data) - container.HEADER_SIZE
    positions = {0, 1, body // 3, body // 2, body - 17, body - 16, body - 1}
    for offset in sorted(positions):
        damaged = bytearray(data)
        damaged[container.HEADER_SIZE + offset] ^= 0x80
        assert reason_of(bytes(damaged)) == errors.TAMPERED


@pytest.mark.parametrize("keep", [0.0, 0.5, 0.99])
def test_a_cut_kit_is_refused_as_truncated(keep):
    """A file cut short in the header or the body says how much is missing."""
    data = sealed()
    cut = data[: max(8, int(len(data) * keep))]

    assert reason_of(cut) == errors.TRUNCATED


def test_extra_bytes_at_the_end_are_refused_as_altered():
    """A kit with bytes added after it is not taken as whole."""
    assert reason_of(sealed() + b"\x00") == errors.TAMPERED


def test_a_wrong_passphrase_is_named():
    """The check value tells a wrong passphrase from an altered file."""
    assert reason_of(sealed(), "metsäpolku sininen 43") == errors.WRONG_PASSPHRASE


def test_a_kit_for_another_site_is_refused_before_decrypting():
    """The header's site id must be this site's."""
    assert reason_of(sealed(), site_id=secrets.token_hex(16)) == errors.OTHER_SITE


def test_other_files_are_not_kits():
    """An empty file, a PDF or a zip are refused as not a field kit."""
    for data in (b"", b"%PDF-1.7\n", b"PK\x03\x04" + bytes(300)):
        assert reason_of(data) == errors.NOT_A_KIT


def test_the_wrong_kind_is_named():
    """A field kit is not taken where a return kit is expected."""
    with pytest.raises(KitRefusedError) as caught:
        container.unseal(sealed(), PASSPHRASE, kind=container.RETURN)

    assert caught.value.reason == errors.WRONG_KIND


def test_weak_passphrases_are_refused():
    """Short or repetitive passphrases get a reason; a good one none."""
    assert container.check_passphrase("lyhyt") is not None
    assert container.check_passphrase("aaaaaaaaaaaaaaaa") is not None
    assert container.check_passphrase(PASSPHRASE) is None


def test_default_key_derivation_is_written_and_read():
    """The default Argon2id cost goes into the header and opens the kit again."""
    data = container.seal(
        b"{}", PASSPHRASE, kind=container.RETURN, site_id=SITE, kit_id=SITE
    )

    header = container.read_header(data)

    assert header.kdf == container.DEFAULT_KDF
    assert container.unseal(data, PASSPHRASE, kind=container.RETURN)[1] == b"{}"
