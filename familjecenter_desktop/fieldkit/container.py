"""The kit file: a fixed header in clear, then the payload encrypted with AES-GCM.

The header names the format, the kind of kit (field or return), the site it
belongs to, the kit's id, the key-derivation parameters, the salt and nonce, a
passphrase check value and the length of the encrypted part, followed by its
SHA-256. It holds no personal data. The key comes from the worker's passphrase
through Argon2id; the header is the associated data of the encryption, so a
change to any byte of the file is found. Each failure is told apart: not a kit,
unknown format, cut short, altered, wrong passphrase, another site.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
import struct
import time
import unicodedata
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from familjecenter_desktop.core.translatable import QT_TRANSLATE_NOOP
from familjecenter_desktop.fieldkit import errors
from familjecenter_desktop.fieldkit.errors import refused

log = logging.getLogger(__name__)

MAGIC = b"FCKIT\r\n\x1a"
FORMAT = 1
FIELD, RETURN = 1, 2
_LAYOUT = struct.Struct(">8sHBB16s16s16sQIII16s12s16sQ")
HEADER_SIZE = _LAYOUT.size + 32
_CHECK_LABEL = b"familjecenter field kit passphrase check"
MIN_PASSPHRASE = 12
# Bounds on what a header may ask of the key derivation (memory in KiB).
MAX_MEMORY_KIB = 1024 * 1024
MAX_TIME_COST = 20
MAX_PARALLELISM = 8


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost: passes, memory in KiB, lanes."""

    time_cost: int = 3
    memory_kib: int = 64 * 1024
    parallelism: int = 1


DEFAULT_KDF = KdfParams()


@dataclass(frozen=True)
class KitHeader:
    """What the clear header says (no personal data)."""

    format: int
    kind: int
    site_id: str
    kit_id: str
    origin_kit_id: str | None
    made_at: datetime
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    check: bytes
    length: int


def check_passphrase(passphrase: str) -> str | None:
    """A message saying why the passphrase is too weak for a kit, or None."""
    if len(passphrase) < MIN_PASSPHRASE:
        return QT_TRANSLATE_NOOP(
            "fieldkit", "The passphrase must have at least 12 characters."
        )
    if len(set(passphrase)) < 6:
        return QT_TRANSLATE_NOOP(
            "fieldkit", "Choose a less predictable passphrase (more different letters)."
        )
    return None


def _secret(passphrase: str) -> bytes:
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_keys(passphrase: str, salt: bytes, kdf: KdfParams) -> tuple[bytes, bytes]:
    """The encryption key and the check key, from the passphrase by Argon2id."""
    raw = hash_secret_raw(
        _secret(passphrase),
        salt,
        time_cost=kdf.time_cost,
        memory_cost=kdf.memory_kib,
        parallelism=kdf.parallelism,
        hash_len=64,
        type=Type.ID,
    )
    return raw[:32], raw[32:]


def _check_value(check_key: bytes) -> bytes:
    return hmac.new(check_key, _CHECK_LABEL, hashlib.sha256).digest()[:16]


def _pack(header: KitHeader) -> bytes:
    body = _LAYOUT.pack(
        MAGIC,
        header.format,
        header.kind,
        0,
        bytes.fromhex(header.site_id),
        bytes.fromhex(header.kit_id),
        bytes.fromhex(header.origin_kit_id or "00" * 16),
        int(header.made_at.timestamp()),
        header.kdf.time_cost,
        header.kdf.memory_kib,
        header.kdf.parallelism,
        header.salt,
        header.nonce,
        header.check,
        header.length,
    )
    return body + hashlib.sha256(body).digest()


def seal(
    payload: bytes,
    passphrase: str,
    *,
    kind: int,
    site_id: str,
    kit_id: str,
    origin_kit_id: str | None = None,
    kdf: KdfParams = DEFAULT_KDF,
) -> bytes:
    """The kit file: header, then the compressed payload encrypted under it."""
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    key, check_key = derive_keys(passphrase, salt, kdf)
    plain = zlib.compress(payload, 6)
    header = KitHeader(
        format=FORMAT,
        kind=kind,
        site_id=site_id,
        kit_id=kit_id,
        origin_kit_id=origin_kit_id,
        made_at=datetime.fromtimestamp(int(time.time()), UTC),
        kdf=kdf,
        salt=salt,
        nonce=nonce,
        check=_check_value(check_key),
        length=len(plain) + 16,
    )
    packed = _pack(header)
    sealed = AESGCM(key).encrypt(nonce, plain, packed)
    log.info("kit %s sealed: %d bytes encrypted", kit_id[:8], len(sealed))
    return packed + sealed


def read_header(data: bytes) -> KitHeader:
    """The checked header; refused when not a kit, altered, unknown or cut short."""
    if not data.startswith(MAGIC[: min(len(data), len(MAGIC))]) or len(data) < 8:
        raise refused(errors.NOT_A_KIT)
    if len(data) < HEADER_SIZE:
        raise refused(errors.TRUNCATED, str(HEADER_SIZE - len(data)))
    body, digest = data[: _LAYOUT.size], data[_LAYOUT.size : HEADER_SIZE]
    fields = _LAYOUT.unpack(body)
    if not hmac.compare_digest(hashlib.sha256(body).digest(), digest):
        if fields[1] != FORMAT:
            raise refused(errors.UNSUPPORTED, str(fields[1]))
        raise refused(errors.TAMPERED)
    (_, fmt, kind, _flags, site, kit, origin, made, t, m, p) = fields[:11]
    salt, nonce, check, length = fields[11:]
    if fmt != FORMAT:
        raise refused(errors.UNSUPPORTED, str(fmt))
    kdf = KdfParams(t, m, p)
    sane = 1 <= t <= MAX_TIME_COST and 8 * p <= m <= MAX_MEMORY_KIB
    if kind not in (FIELD, RETURN) or not sane or not 1 <= p <= MAX_PARALLELISM:
        raise refused(errors.UNSUPPORTED, str(fmt))
    header = KitHeader(
        format=fmt,
        kind=kind,
        site_id=site.hex(),
        kit_id=kit.hex(),
        origin_kit_id=None if origin == bytes(16) else origin.hex(),
        made_at=datetime.fromtimestamp(made, UTC),
        kdf=kdf,
        salt=salt,
        nonce=nonce,
        check=check,
        length=length,
    )
    available = len(data) - HEADER_SIZE
    if available < length:
        raise refused(errors.TRUNCATED, str(length - available))
    if available > length:
        raise refused(errors.TAMPERED)
    return header


def unseal(
    data: bytes, passphrase: str, *, kind: int, site_id: str | None = None
) -> tuple[KitHeader, bytes]:
    """The header and the payload; refused for every kind of bad kit."""
    header = read_header(data)
    if header.kind != kind:
        message = errors.NOT_RETURN_KIT if kind == RETURN else errors.NOT_FIELD_KIT
        raise errors.KitRefusedError(errors.WRONG_KIND, message)
    if site_id is not None and header.site_id != site_id:
        raise refused(errors.OTHER_SITE, header.site_id[:8])

    key, check_key = derive_keys(passphrase, header.salt, header.kdf)
    if not hmac.compare_digest(_check_value(check_key), header.check):
        raise refused(errors.WRONG_PASSPHRASE)
    try:
        plain = AESGCM(key).decrypt(
            header.nonce, data[HEADER_SIZE:], data[:HEADER_SIZE]
        )
    except InvalidTag:
        raise refused(errors.TAMPERED) from None
    try:
        payload = zlib.decompress(plain)
    except zlib.error:
        raise refused(errors.TAMPERED) from None
    log.info("kit %s opened: %d bytes", header.kit_id[:8], len(payload))
    return header, payload
