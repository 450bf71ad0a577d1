"""Endpoint config: validation errors name the file and key, never a secret value."""

from __future__ import annotations

import logging
import re
import tomllib
from typing import Any

import pytest

from monitor.alerts import endpoints as endpoints_module
from monitor.alerts.endpoints import Endpoint, parse_endpoints, subscribers
from monitor.alerts.signing import Secret, generate_secret
from monitor.errors import ConfigError

SOURCE = "config/shiftwatch.toml"
SECRET = generate_secret()
ENV = {"OPS_SECRET": SECRET, "CHAT_URL": "slack://TokenA/TokenB/TokenC"}


def one(**overrides: Any) -> dict[str, Any]:
    item: dict[str, Any] = {
        "name": "ops",
        "url": "https://hooks.example.org/shiftwatch",
        "secret_env": "OPS_SECRET",
    }
    item.update(overrides)
    return {k: v for k, v in item.items() if v is not None}


def parse(*items: dict[str, Any], environ: dict[str, str] = ENV) -> list[Endpoint]:
    return parse_endpoints({"endpoints": list(items)}, SOURCE, environ)


def test_minimal_endpoint_and_defaults() -> None:
    (endpoint,) = parse(one())
    assert endpoint == Endpoint(
        name="ops", url="https://hooks.example.org/shiftwatch", secret_env="OPS_SECRET"
    )
    assert endpoint.timeout == 15.0 and endpoint.kind == "webhook"
    assert endpoint.stances == endpoint.types == endpoint.states == ()


def test_no_endpoints_is_fine() -> None:
    assert parse_endpoints({}, SOURCE, ENV) == []


def test_the_documented_example_parses(monkeypatch: pytest.MonkeyPatch) -> None:
    """The example in the module docstring is real config (docs that are tested)."""
    monkeypatch.setattr(endpoints_module, "apprise_available", lambda: True)
    doc = endpoints_module.__doc__ or ""
    example = "\n".join(
        line[4:] for line in doc.split("Example::", 1)[1].splitlines() if line.startswith("    ")
    )
    environ = {"SHIFTWATCH_OPS_SECRET": SECRET, "SHIFTWATCH_CHAT_APPRISE_URL": "json://localhost"}
    ops, chat = parse_endpoints(tomllib.loads(example), SOURCE, environ)
    assert ops.timeout == 10.0
    assert ops.stances == ("kr-ukraine-weapons",)
    assert ops.types == ("transition",) and ops.states == ("supplies",)
    assert chat.kind == "apprise" and chat.url == ""


def test_filters_become_tuples_without_repeats() -> None:
    (endpoint,) = parse(one(stances=["a", "b", "a"], types=["transition"], states=[]))
    assert endpoint.stances == ("a", "b")
    assert endpoint.types == ("transition",)
    assert endpoint.states == ()


def error_for(*items: dict[str, Any], environ: dict[str, str] = ENV) -> str:
    with pytest.raises(ConfigError) as caught:
        parse(*items, environ=environ)
    return str(caught.value)


@pytest.mark.parametrize(
    "item, expected",
    [
        (one(url="ftp://example.org/x"), "endpoints[0].url: must be http or https"),
        (one(url="example.org/hook"), "endpoints[0].url: must be http or https"),
        (one(url=None), "endpoints[0].url: required for a webhook endpoint"),
        (one(url=42), "endpoints[0].url: required for a webhook endpoint"),
        (one(url="https:///hook"), "endpoints[0].url: has no host"),
        (one(url="https://example.org:99999/"), "endpoints[0].url: has an invalid port"),
        (one(url="https://u:p@example.org/"), "endpoints[0].url: must not contain user:password@"),
        (one(url="https://example.org/a b"), "endpoints[0].url: must not contain spaces"),
        (one(name=None), "endpoints[0].name: required"),
        (one(name="has space"), "endpoints[0].name: required"),
        (one(kind="sms"), "endpoints[0].kind: must be one of webhook, apprise"),
        (one(secret_env=None), "endpoints[0].secret_env: required"),
        (one(secret_env="NOT-A-NAME"), "endpoints[0].secret_env: required"),
        (one(secret_env="UNSET_VAR"), "endpoints[0].secret_env: environment variable UNSET_VAR is not set"),
        (one(timeout=0), "endpoints[0].timeout: must be a number of seconds in (0, 300]"),
        (one(timeout=-5), "endpoints[0].timeout: must be"),
        (one(timeout="15"), "endpoints[0].timeout: must be"),
        (one(timeout=True), "endpoints[0].timeout: must be"),
        (one(timeout=float("nan")), "endpoints[0].timeout: must be"),
        (one(timeout=3600), "endpoints[0].timeout: must be"),
        (one(stances="kr-ua"), "endpoints[0].stances: must be a list of non-empty strings"),
        (one(types=[""]), "endpoints[0].types: must be a list of non-empty strings"),
        (one(states=[1]), "endpoints[0].states: must be a list of non-empty strings"),
        (one(stance=["kr-ua"]), "endpoints[0].stance: unknown key (expected one of"),
        ("ops", "endpoints[0]: must be a table"),
    ],
)
def test_errors_name_source_key_and_problem(item: Any, expected: str) -> None:
    assert error_for(item).startswith(f"{SOURCE}: {expected}")


def test_error_index_points_at_the_bad_endpoint() -> None:
    message = error_for(one(), one(name="b", url="gopher://x"))
    assert message == f"{SOURCE}: endpoints[1].url: must be http or https"


def test_duplicate_names_are_refused() -> None:
    assert error_for(one(), one()) == f"{SOURCE}: endpoints[1].name: duplicate endpoint name 'ops'"


def test_endpoints_must_be_an_array_of_tables() -> None:
    with pytest.raises(ConfigError, match=re.escape(f"{SOURCE}: endpoints: must be an array")):
        parse_endpoints({"endpoints": {"name": "ops"}}, SOURCE, ENV)


def test_invalid_secret_in_env_names_the_variable_not_the_value() -> None:
    bad = "whsec_tooshort"
    message = error_for(one(), environ={"OPS_SECRET": bad})
    assert message.startswith(f"{SOURCE}: endpoints[0].secret_env: environment variable OPS_SECRET: ")
    assert bad not in message and "tooshort" not in message


def test_empty_env_var_counts_as_unset() -> None:
    message = error_for(one(), environ={"OPS_SECRET": "  "})
    assert message.endswith("environment variable OPS_SECRET is not set")


@pytest.mark.parametrize("key", ["secret", "token", "password", "apprise_url"])
def test_secret_in_config_file_is_refused_without_echoing_it(key: str) -> None:
    message = error_for(one(**{key: SECRET}))
    assert message.startswith(f"{SOURCE}: endpoints[0].{key}: secrets must not be in the config file")
    assert SECRET not in message and SECRET.removeprefix("whsec_") not in message


def test_apprise_endpoint(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(endpoints_module, "apprise_available", lambda: True)
    (chat,) = parse({"name": "chat", "kind": "apprise", "secret_env": "CHAT_URL", "types": ["transition"]})
    assert chat.kind == "apprise" and chat.url == "" and chat.secret_env == "CHAT_URL"
    assert chat.load_secret(ENV).reveal() == ENV["CHAT_URL"]
    assert "TokenA" not in repr(chat)


def test_apprise_endpoint_must_not_have_a_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(endpoints_module, "apprise_available", lambda: True)
    message = error_for({"name": "chat", "kind": "apprise", "secret_env": "CHAT_URL", "url": "https://x"})
    assert message.startswith(f"{SOURCE}: endpoints[0].url: not used with kind = 'apprise'")


def test_apprise_configured_but_not_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(endpoints_module, "apprise_available", lambda: False)
    message = error_for({"name": "chat", "kind": "apprise", "secret_env": "CHAT_URL"})
    assert message == (
        f"{SOURCE}: endpoints[0].kind: 'apprise' is configured but not installed; "
        "install the notify extra: pip install 'shiftwatch[notify]'"
    )


def test_plain_http_to_a_remote_host_warns(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="monitor.alerts.endpoints"):
        parse(one(url="http://hooks.example.org/x"), one(name="local", url="http://127.0.0.1:9/x"))
    warnings = [r.getMessage() for r in caplog.records]
    assert warnings == [f"{SOURCE}: endpoints[0].url: plain http sends alerts unencrypted; prefer https"]


def test_load_secret_and_no_secret_in_repr_or_logs(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG):
        (endpoint,) = parse(one())
        secret = endpoint.load_secret(ENV)
    assert isinstance(secret, Secret) and secret.reveal() == SECRET
    for shown in (repr(endpoint), str(endpoint), repr(secret), caplog.text):
        assert SECRET not in shown and SECRET.removeprefix("whsec_") not in shown


def test_load_secret_errors_name_the_variable() -> None:
    endpoint = Endpoint(name="ops", url="https://x.example", secret_env="GONE_VAR")
    with pytest.raises(ConfigError, match="endpoint ops: environment variable GONE_VAR is not set"):
        endpoint.load_secret({})
    with pytest.raises(ConfigError, match="endpoint ops: environment variable GONE_VAR: must start"):
        endpoint.load_secret({"GONE_VAR": "plain-password"})


def test_endpoint_constructor_checks() -> None:
    with pytest.raises(ValueError):
        Endpoint(name="x", url="https://x.example", secret_env="X", kind="sms")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        Endpoint(name="x", url="https://x.example", secret_env="X", timeout=0)
    endpoint = Endpoint(name="x", url="https://x.example", secret_env="X", stances=["a"])  # type: ignore[arg-type]
    assert endpoint.stances == ("a",)
    hash(endpoint)  # frozen and hashable: usable as a dict key


ALL = Endpoint(name="all", url="https://x.example", secret_env="X")
KR = Endpoint(name="kr", url="https://x.example", secret_env="X", stances=("kr-ua",))
TRANSITIONS = Endpoint(name="t", url="https://x.example", secret_env="X", types=("transition",))
SUPPLIES = Endpoint(name="s", url="https://x.example", secret_env="X", states=("supplies",))
NARROW = Endpoint(
    name="n", url="https://x.example", secret_env="X",
    stances=("kr-ua",), types=("transition",), states=("supplies",),
)


@pytest.mark.parametrize(
    "endpoint, alert, wanted",
    [
        (ALL, ("transition", "kr-ua", ("refrains", "reconsider")), True),
        (ALL, ("endpoint.disabled", None, ()), True),
        (KR, ("transition", "kr-ua", ("refrains", "reconsider")), True),
        (KR, ("transition", "jp-ua", ("refrains", "reconsider")), False),
        (KR, ("endpoint.disabled", None, ()), True),  # no stance: the stance filter does not apply
        (TRANSITIONS, ("transition", "kr-ua", ()), True),
        (TRANSITIONS, ("revision", "kr-ua", ()), False),
        (TRANSITIONS, ("endpoint.disabled", None, ()), False),
        (SUPPLIES, ("transition", "kr-ua", ("reconsider", "supplies")), True),
        (SUPPLIES, ("transition", "kr-ua", ("supplies", "reconsider")), True),  # from counts too
        (SUPPLIES, ("transition", "kr-ua", ("refrains", "reconsider")), False),
        (NARROW, ("transition", "kr-ua", ("reconsider", "supplies")), True),
        (NARROW, ("transition", "jp-ua", ("reconsider", "supplies")), False),
        (NARROW, ("revision", "kr-ua", ("reconsider", "supplies")), False),
        (NARROW, ("transition", "kr-ua", ("refrains", "reconsider")), False),
    ],
)
def test_wants(endpoint: Endpoint, alert: tuple[str, str | None, tuple[str, ...]], wanted: bool) -> None:
    assert endpoint.wants(*alert) is wanted


def test_subscribers_keep_config_order() -> None:
    chosen = subscribers([ALL, KR, TRANSITIONS, SUPPLIES], "revision", "jp-ua", ("refrains",))
    assert [e.name for e in chosen] == ["all"]
    chosen = subscribers([ALL, KR, TRANSITIONS, SUPPLIES], "transition", "kr-ua", ("supplies",))
    assert [e.name for e in chosen] == ["all", "kr", "t", "s"]
