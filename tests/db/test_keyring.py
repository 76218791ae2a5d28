"""The key ring: the database key wrapped per account, never stored in clear."""

from __future__ import annotations

import json

import pytest

from familjecenter_desktop.db.keyring import KeyRing, KeyRingError, new_key

PASSWORD = "salasana-123456"


def test_each_account_unlocks_the_same_key_and_the_file_holds_no_key(tmp_path):
    """Two accounts' wraps open the same key; the key's bytes are not in the file."""
    ring = KeyRing.in_folder(tmp_path)
    key = new_key()
    ring.create(key, "admin", PASSWORD)
    ring.add(key, "nurse", "toinen-salasana-9")

    raw = ring.path.read_bytes()
    assert ring.unlock("admin", PASSWORD) == key
    assert ring.unlock("nurse", "toinen-salasana-9") == key
    assert key not in raw and key.hex().encode() not in raw
    assert ring.usernames() == ["admin", "nurse"]


def test_wrong_password_and_unknown_user_get_the_same_refusal(tmp_path):
    """A wrong password and an unknown user name both say the same thing."""
    ring = KeyRing.in_folder(tmp_path)
    ring.create(new_key(), "admin", PASSWORD)

    messages = []
    for user, password in (("admin", "vaara-salasana-1"), ("nobody", PASSWORD)):
        with pytest.raises(KeyRingError) as caught:
            ring.unlock(user, password)
        messages.append(caught.value.message)
    assert messages == ["Wrong user name or password."] * 2


def test_password_change_rewraps_and_the_old_password_stops_working(tmp_path):
    """Re-wrapping for a new password keeps the key and retires the old password."""
    ring = KeyRing.in_folder(tmp_path)
    key = new_key()
    ring.create(key, "admin", PASSWORD)

    ring.add(key, "admin", "uusi-salasana-77")

    assert ring.unlock("admin", "uusi-salasana-77") == key
    with pytest.raises(KeyRingError):
        ring.unlock("admin", PASSWORD)


def test_removed_wrap_and_swapped_wraps_do_not_open(tmp_path):
    """A removed account cannot unlock; a wrap copied onto another name fails."""
    ring = KeyRing.in_folder(tmp_path)
    key = new_key()
    ring.create(key, "admin", PASSWORD)
    ring.add(key, "nurse", PASSWORD)
    assert ring.remove("nurse") is True

    with pytest.raises(KeyRingError):
        ring.unlock("nurse", PASSWORD)
    content = json.loads(ring.path.read_text())
    content["wraps"]["intruder"] = content["wraps"]["admin"]
    ring.path.write_text(json.dumps(content))
    with pytest.raises(KeyRingError):
        ring.unlock("intruder", PASSWORD)
    assert ring.unlock("admin", PASSWORD) == key


@pytest.mark.parametrize("content", ["", "{", "[]", '{"format": 1}', '{"format": 9}'])
def test_a_damaged_key_ring_is_named(tmp_path, content):
    """A file that is not a key ring gives a message naming it."""
    ring = KeyRing.in_folder(tmp_path)
    ring.path.write_text(content)

    with pytest.raises(KeyRingError, match="keyring.json"):
        ring.unlock("admin", PASSWORD)
