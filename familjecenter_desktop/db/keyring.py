"""The key ring: the database key, wrapped once for each staff account.

The database key is 32 random bytes and is never written in clear. For each
account the key ring file holds it encrypted (AES-256-GCM) under a key derived
from that account's password with Argon2id, each with its own salt. Unlocking
derives the password key and opens the wrap; a wrong password fails the GCM tag.
A password change re-wraps the same key (the data is not re-encrypted); a
closed account's wrap is removed. The file is replaced atomically.
"""

from __future__ import annotations

import base64
import json
import logging
import os
import secrets
import tempfile
from dataclasses import dataclass
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from familjecenter_desktop.core.translatable import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

KEYRING_FILE = "keyring.json"
KEY_BYTES = 32
FORMAT = 1
# Argon2id for the password key: 64 MiB, 3 passes (OWASP's second option, raised).
KDF = {"time_cost": 3, "memory_cost": 65536, "parallelism": 1}


class KeyRingError(Exception):
    """The key ring refused: ``message`` is for the person at the screen."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


WRONG_LOGIN = QT_TRANSLATE_NOOP("storage", "Wrong user name or password.")
DAMAGED = QT_TRANSLATE_NOOP(
    "storage", "The key ring file {path} is damaged or not a key ring."
)


def new_key() -> bytes:
    """A fresh random database key."""
    return secrets.token_bytes(KEY_BYTES)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _password_key(password: str, salt: bytes, kdf: dict) -> bytes:
    return hash_secret_raw(
        password.encode("utf-8"),
        salt,
        time_cost=int(kdf["time_cost"]),
        memory_cost=int(kdf["memory_cost"]),
        parallelism=int(kdf["parallelism"]),
        hash_len=32,
        type=Type.ID,
    )


def _aad(ring_id: str, username: str) -> bytes:
    # Binds a wrap to its ring and its account: wraps cannot be swapped.
    return f"familjecenter-keyring/{FORMAT}/{ring_id}/{username}".encode()


@dataclass
class KeyRing:
    """The key ring file of one data folder."""

    path: Path

    @classmethod
    def in_folder(cls, data: Path) -> KeyRing:
        return cls(Path(data) / KEYRING_FILE)

    def exists(self) -> bool:
        return self.path.exists()

    # --- reading and writing ------------------------------------------------

    def _load(self) -> dict:
        try:
            content = json.loads(self.path.read_text(encoding="utf-8"))
            if content.get("format") != FORMAT or not isinstance(
                content.get("wraps"), dict
            ):
                raise ValueError("not a key ring")
            return content
        except (OSError, ValueError, AttributeError) as exc:
            log.error("key ring unreadable: %s", type(exc).__name__)
            raise KeyRingError(DAMAGED.format(path=self.path)) from exc

    def _save(self, content: dict) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".keyring-")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(content, handle, indent=1, sort_keys=True)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def usernames(self) -> list[str]:
        return sorted(self._load()["wraps"])

    # --- the operations -------------------------------------------------------

    def create(self, key: bytes, username: str, password: str) -> None:
        """Start a ring for ``key`` with its first wrap; refused if one exists."""
        if self.exists():
            raise FileExistsError(self.path)
        content = {"format": FORMAT, "ring_id": secrets.token_hex(8), "wraps": {}}
        content["wraps"][username] = self._wrap(content, key, username, password)
        self._save(content)
        log.info("key ring created")

    def unlock(self, username: str, password: str) -> bytes:
        """The database key for this account's password; else KeyRingError."""
        content = self._load()
        wrap = content["wraps"].get(username.strip())
        if wrap is None:
            _password_key(password, b"\0" * 16, KDF)  # same work: no name probing
            raise KeyRingError(WRONG_LOGIN)
        try:
            secret = _password_key(password, _unb64(wrap["salt"]), wrap["kdf"])
            return AESGCM(secret).decrypt(
                _unb64(wrap["nonce"]),
                _unb64(wrap["wrapped"]),
                _aad(content["ring_id"], username.strip()),
            )
        except InvalidTag:
            log.info("key ring: wrong password for an account")
            raise KeyRingError(WRONG_LOGIN) from None
        except (KeyError, ValueError, TypeError) as exc:
            raise KeyRingError(DAMAGED.format(path=self.path)) from exc

    def add(self, key: bytes, username: str, password: str) -> None:
        """Wrap ``key`` for an account (new account or changed password)."""
        content = self._load()
        content["wraps"][username] = self._wrap(content, key, username, password)
        self._save(content)
        log.info("key ring: wrap written for an account")

    def remove(self, username: str) -> bool:
        """Drop an account's wrap (closed account); True if there was one."""
        content = self._load()
        if content["wraps"].pop(username, None) is None:
            return False
        self._save(content)
        log.info("key ring: wrap removed for a closed account")
        return True

    def _wrap(self, content: dict, key: bytes, username: str, password: str) -> dict:
        if len(key) != KEY_BYTES:
            raise ValueError("the database key has the wrong length")
        salt = secrets.token_bytes(16)
        nonce = secrets.token_bytes(12)
        secret = _password_key(password, salt, KDF)
        wrapped = AESGCM(secret).encrypt(nonce, key, _aad(content["ring_id"], username))
        return {
            "kdf": {"name": "argon2id", **KDF},
            "salt": _b64(salt),
            "nonce": _b64(nonce),
            "wrapped": _b64(wrapped),
        }
