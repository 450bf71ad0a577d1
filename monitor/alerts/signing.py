"""Standard Webhooks signatures: ``v1,`` + base64 HMAC-SHA256 of ``{id}.{timestamp}.{body}``.

Secrets are ``whsec_`` followed by standard base64 of 24 to 64 random bytes, as the
specification recommends. Only the stdlib is used here; the ``standardwebhooks``
package is what receivers (and our tests) use to verify.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import re
import secrets as _secrets

from monitor.errors import ConfigError

SECRET_PREFIX = "whsec_"
MIN_SECRET_BYTES = 24  # the spec: "at least 24 bytes (192 bits)"
MAX_SECRET_BYTES = 64  # the spec: "512 [bits] maximum"
SIGNATURE_VERSION = "v1"

# The signed content is "{id}.{timestamp}.{body}", so an id containing "." could be
# shifted into the timestamp field; the spec forbids it. Printable ASCII only, so the
# id is also a safe header value.
_MSG_ID = re.compile(r"^[!-~]{1,255}$")
_BASE64 = re.compile(r"^[A-Za-z0-9+/]*={0,2}$")


class Secret:
    """A secret value whose ``repr`` and ``str`` never show it; ``reveal()`` does."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        if not isinstance(value, str):
            raise TypeError("Secret value must be a str")
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('**********')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Secret):
            return NotImplemented
        return hmac.compare_digest(self._value.encode(), other._value.encode())

    def __hash__(self) -> int:
        return hash(hashlib.sha256(self._value.encode()).digest())

    def __reduce__(self) -> object:
        # Pickles end up in caches and crash dumps; refuse rather than leak.
        raise TypeError("Secret cannot be pickled")


def _text(secret: str | Secret) -> str:
    return secret.reveal() if isinstance(secret, Secret) else secret


def parse_secret(secret: str | Secret, *, what: str = "webhook secret") -> bytes:
    """Decode a ``whsec_`` secret to its key bytes.

    Raises ConfigError whose message starts with ``what`` (e.g. the env var name) and
    says what is wrong, never what the value is.
    """
    text = _text(secret).strip()  # values read from files often end in a newline
    if not text:
        raise ConfigError(f"{what}: is empty")
    if not text.startswith(SECRET_PREFIX):
        raise ConfigError(f"{what}: must start with '{SECRET_PREFIX}' followed by base64")
    encoded = text[len(SECRET_PREFIX):]
    # Strict standard base64: the reference verifier silently drops characters outside
    # the alphabet (e.g. URL-safe '-' and '_'), which would give it a different key.
    core = encoded.rstrip("=")  # padding is optional, as in the reference verifier
    if not _BASE64.match(encoded) or len(core) % 4 == 1:
        raise ConfigError(f"{what}: the part after '{SECRET_PREFIX}' is not standard base64")
    try:
        key = base64.b64decode(core + "=" * (-len(core) % 4), validate=True)
    except (binascii.Error, ValueError):
        raise ConfigError(
            f"{what}: the part after '{SECRET_PREFIX}' is not standard base64"
        ) from None
    if not MIN_SECRET_BYTES <= len(key) <= MAX_SECRET_BYTES:
        raise ConfigError(
            f"{what}: must decode to {MIN_SECRET_BYTES} to {MAX_SECRET_BYTES} bytes, "
            f"got {len(key)}"
        )
    return key


def generate_secret(nbytes: int = 32) -> str:
    """A fresh ``whsec_`` secret (for operators and tests)."""
    if not MIN_SECRET_BYTES <= nbytes <= MAX_SECRET_BYTES:
        raise ValueError(f"nbytes must be {MIN_SECRET_BYTES}..{MAX_SECRET_BYTES}")
    return SECRET_PREFIX + base64.b64encode(_secrets.token_bytes(nbytes)).decode("ascii")


def check_msg_id(msg_id: str) -> str:
    """Return ``msg_id`` if it is usable as a webhook-id, else raise ValueError."""
    if not isinstance(msg_id, str) or not _MSG_ID.match(msg_id) or "." in msg_id:
        raise ValueError(
            "webhook id must be 1-255 printable ASCII characters without spaces or '.'"
        )
    return msg_id


def _check_timestamp(timestamp: int) -> int:
    if isinstance(timestamp, bool) or not isinstance(timestamp, int) or timestamp < 0:
        raise ValueError("webhook timestamp must be a non-negative integer (Unix seconds)")
    return timestamp


def sign(secret: str | Secret, msg_id: str, timestamp: int, body: bytes) -> str:
    """The ``webhook-signature`` value: ``v1,`` + base64 HMAC-SHA256 of id.timestamp.body."""
    key = parse_secret(secret)
    check_msg_id(msg_id)
    _check_timestamp(timestamp)
    if not isinstance(body, (bytes, bytearray)):
        raise TypeError("body must be bytes: sign exactly what is sent")
    signed = f"{msg_id}.{timestamp}.".encode("ascii") + bytes(body)
    digest = hmac.new(key, signed, hashlib.sha256).digest()
    return f"{SIGNATURE_VERSION},{base64.b64encode(digest).decode('ascii')}"


def headers(secret: str | Secret, msg_id: str, timestamp: int, body: bytes) -> dict[str, str]:
    """The three Standard Webhooks headers for one attempt."""
    return {
        "webhook-id": msg_id,
        "webhook-timestamp": str(timestamp),
        "webhook-signature": sign(secret, msg_id, timestamp, body),
    }
