"""Signatures as a receiver checks them, with the reference ``standardwebhooks`` package."""

from __future__ import annotations

import base64
import json
import pickle
import time
from datetime import datetime, timezone

import pytest
from standardwebhooks import Webhook
from standardwebhooks.webhooks import WebhookVerificationError

from monitor.alerts import signing
from monitor.alerts.signing import Secret, generate_secret, headers, parse_secret, sign
from monitor.errors import ConfigError

BODY = json.dumps({"type": "transition", "id": "alrt_1", "stance": "kr-ua", "seq": 3}).encode()


def test_known_vector_from_the_reference_test_suite() -> None:
    secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
    got = sign(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, b'{"test": 2432232314}')
    assert got == "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="


def test_matches_reference_signer_and_key_decoding() -> None:
    secret = generate_secret()
    ts = 1700000000
    expected = Webhook(secret).sign("msg_1", datetime.fromtimestamp(ts, tz=timezone.utc), BODY.decode())
    assert sign(secret, "msg_1", ts, BODY) == expected
    assert parse_secret(secret) == Webhook(secret)._whsecret


def test_receiver_verifies_headers() -> None:
    secret = generate_secret()
    sent = headers(secret, "msg_2Kx", int(time.time()), BODY)
    assert set(sent) == {"webhook-id", "webhook-timestamp", "webhook-signature"}
    assert sent["webhook-signature"].startswith("v1,")
    assert Webhook(secret).verify(BODY, sent) == json.loads(BODY)


def test_non_ascii_body_verifies() -> None:
    secret = generate_secret()
    body = json.dumps({"evidence": "Сеул «не исключает» поставки"}, ensure_ascii=False).encode()
    Webhook(secret).verify(body, headers(secret, "msg_u", int(time.time()), body))


@pytest.mark.parametrize(
    "tamper",
    [
        pytest.param(lambda b, h: (b.replace(b"3", b"4"), h), id="body"),
        pytest.param(lambda b, h: (b + b" ", h), id="trailing-space"),
        pytest.param(lambda b, h: (b, {**h, "webhook-id": "msg_other"}), id="id"),
        pytest.param(
            lambda b, h: (b, {**h, "webhook-timestamp": str(int(h["webhook-timestamp"]) + 1)}),
            id="timestamp",
        ),
    ],
)
def test_tampering_is_rejected(tamper) -> None:  # type: ignore[no-untyped-def]
    secret = generate_secret()
    body, sent = tamper(BODY, headers(secret, "msg_t", int(time.time()), BODY))
    with pytest.raises(WebhookVerificationError):
        Webhook(secret).verify(body, sent)


@pytest.mark.parametrize("offset, message", [(-600, "too old"), (600, "too new")])
def test_stale_or_future_timestamp_is_rejected(offset: int, message: str) -> None:
    secret = generate_secret()
    sent = headers(secret, "msg_s", int(time.time()) + offset, BODY)
    with pytest.raises(WebhookVerificationError, match=message):
        Webhook(secret).verify(BODY, sent)


def test_other_secret_is_rejected() -> None:
    sent = headers(generate_secret(), "msg_w", int(time.time()), BODY)
    with pytest.raises(WebhookVerificationError):
        Webhook(generate_secret()).verify(BODY, sent)


def test_unpadded_secret_is_accepted_like_the_reference() -> None:
    padded = "whsec_" + base64.b64encode(bytes(range(25))).decode()
    assert padded.endswith("=")
    unpadded = padded.rstrip("=")
    assert parse_secret(unpadded) == parse_secret(padded) == Webhook(unpadded)._whsecret


def test_surrounding_whitespace_is_ignored() -> None:
    secret = generate_secret()
    assert parse_secret(f"  {secret}\n") == parse_secret(secret)


BAD_SECRETS = {
    "empty": ("", "is empty"),
    "no prefix": (base64.b64encode(b"k" * 32).decode(), "must start with 'whsec_'"),
    "not base64": ("whsec_!!!not*base64!!!", "not standard base64"),
    "url-safe base64": ("whsec_" + "-_" * 16, "not standard base64"),
    "too short": ("whsec_" + base64.b64encode(b"k" * 16).decode(), "24 to 64 bytes, got 16"),
    "too long": ("whsec_" + base64.b64encode(b"k" * 65).decode(), "24 to 64 bytes, got 65"),
    "bad length": ("whsec_" + "A" * 33, "not standard base64"),
}


@pytest.mark.parametrize("value, message", BAD_SECRETS.values(), ids=BAD_SECRETS.keys())
def test_bad_secret_errors_name_the_problem_not_the_value(value: str, message: str) -> None:
    with pytest.raises(ConfigError) as caught:
        parse_secret(value, what="env SHIFTWATCH_X")
    text = str(caught.value)
    assert text.startswith("env SHIFTWATCH_X: ")
    assert message in text
    if value:
        assert value not in text
        assert value.removeprefix("whsec_") not in text


@pytest.mark.parametrize("msg_id", ["", "msg.1", "msg 1", "msg\n1", "msg\u00e91", "x" * 256])
def test_bad_message_ids_are_refused(msg_id: str) -> None:
    with pytest.raises(ValueError, match="webhook id"):
        sign(generate_secret(), msg_id, 1, BODY)


@pytest.mark.parametrize("timestamp", [-1, 1.5, True, "1"])
def test_bad_timestamps_are_refused(timestamp: object) -> None:
    with pytest.raises(ValueError, match="timestamp"):
        sign(generate_secret(), "msg_1", timestamp, BODY)  # type: ignore[arg-type]


def test_body_must_be_bytes() -> None:
    with pytest.raises(TypeError):
        sign(generate_secret(), "msg_1", 1, BODY.decode())  # type: ignore[arg-type]


def test_secret_wrapper_never_shows_its_value() -> None:
    value = generate_secret()
    wrapped = Secret(value)
    for shown in (repr(wrapped), str(wrapped), f"{wrapped}", f"{wrapped!r}", repr([wrapped])):
        assert value not in shown
        assert value.removeprefix("whsec_") not in shown
    assert wrapped.reveal() == value
    assert wrapped == Secret(value) and wrapped != Secret(generate_secret())
    assert sign(wrapped, "msg_1", 1, BODY) == sign(value, "msg_1", 1, BODY)
    with pytest.raises(TypeError):
        pickle.dumps(wrapped)
    with pytest.raises((AttributeError, TypeError)):
        vars(wrapped)


def test_generated_secrets_have_spec_size() -> None:
    assert len(parse_secret(generate_secret())) == 32
    assert len(parse_secret(generate_secret(24))) == signing.MIN_SECRET_BYTES
    with pytest.raises(ValueError):
        generate_secret(8)
