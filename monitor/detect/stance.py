"""Stances as data: one TOML file per stance, validated up front.

A stance names who acts (`[actor]`), who would receive (`[target]`) and what is at stake
(`[object]`). Only names live in the file; the English the detector reads with (supply
verbs, negators, modal verbs…) lives in `claims.py` and `lexicon.py`. Every error names
the file and the key, so a stance author can fix it without reading code.
"""

from __future__ import annotations

import difflib
import logging
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from collections.abc import Collection
from typing import Any

from monitor.detect.demonyms import adjectives_for, names_for
from monitor.detect.leaders import speakers_for
from monitor.errors import ConfigError

STATES: tuple[str, str, str] = ("refrains", "reconsider", "supplies")
OBJECT_KINDS = ("weapons", "system")
NO_STATE = "none"  # an initial state that is none of the ladder's: not known yet

# Names an author may put in `object.names` to say "any weapon" rather than one system.
GENERIC_OBJECT_NAMES = frozenset({
    "weapons", "weapon", "arms", "armaments", "weaponry", "lethal aid", "lethal weapons",
    "lethal arms", "lethal assistance", "ammunition", "munitions", "military hardware",
})

log = logging.getLogger(__name__)
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_TABLES: dict[str, dict[str, bool]] = {  # table → key → required
    "actor": {"names": True, "aliases": False, "adjectives": False, "speakers": False},
    "target": {"names": True, "aliases": False, "adjectives": False},
    "object": {"names": False, "aliases": False, "kind": False},
}
_TOP = {"id", "title", "initial", "ladder", *_TABLES}


class StanceConfigError(ConfigError):
    """A stance file is invalid; the message reads `<file>: <key>: what is wrong`."""


@dataclass(frozen=True)
class Stance:
    """One tracked position: actor · target · object, and its ladder of states."""

    id: str
    title: str
    initial: str
    ladder: tuple[str, str, str]
    actor_names: tuple[str, ...]
    actor_adjectives: tuple[str, ...] = ()
    actor_speakers: tuple[str, ...] = ()  # people and bodies who speak and act for the actor
    target_names: tuple[str, ...] = ()
    target_adjectives: tuple[str, ...] = ()
    object_kind: str = "weapons"  # "weapons": any weapon; "system": only `object_names`
    object_names: tuple[str, ...] = ()
    source: str = ""  # the file it came from, for messages


def load_stance(path: Path) -> Stance:
    """Read and validate one stance file; raises StanceConfigError naming file and key."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise StanceConfigError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise StanceConfigError(f"{path}: not UTF-8 text: {exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise StanceConfigError(f"{path}: invalid TOML: {exc}") from exc
    return parse_stance(data, source=str(path))


def load_stances(directory: Path) -> list[Stance]:
    """Every `*.toml` stance of a folder, sorted by id; a duplicate id names both files."""
    if not directory.is_dir():
        raise StanceConfigError(f"{directory}: not a folder of stance files")
    stances: dict[str, Stance] = {}
    for path in sorted(directory.glob("*.toml")):
        stance = load_stance(path)
        if stance.id in stances:
            raise StanceConfigError(f"{path}: id: {stance.id!r} is already defined in {stances[stance.id].source}")
        stances[stance.id] = stance
    return [stances[key] for key in sorted(stances)]


def parse_stance(data: dict[str, Any], *, source: str = "<stance>") -> Stance:
    """Validate a parsed TOML document into a Stance (no I/O; `source` names it in errors)."""
    def fail(key: str, message: str) -> StanceConfigError:
        return StanceConfigError(f"{source}: {key}: {message}")

    _check_keys(data, _TOP, "", source, fail)
    stance_id = _text(data, "id", fail)
    if not _ID.match(stance_id):
        raise fail("id", f"{stance_id!r} must be lowercase letters, digits and dashes, e.g. 'kr-arms-ukraine'")
    title = _text(data, "title", fail) if "title" in data else stance_id
    ladder = _ladder(data.get("ladder", list(STATES)), fail)
    # "none" (also when the key is left out): nothing is known yet; the first reading sets the state
    initial = _text(data, "initial", fail) if "initial" in data else NO_STATE
    if initial not in ladder and initial != NO_STATE:
        raise fail("initial", f"{initial!r} is not a ladder state ({', '.join(ladder)}) or {NO_STATE!r}")
    tables = {name: _table(data, name, fail, source) for name in _TABLES}
    actor, target, obj = tables["actor"], tables["target"], tables["object"]
    object_names = _names(obj, "object.names", fail, required=False)
    kind = _object_kind(obj, object_names, fail)
    actor_names = names_for(_names(actor, "actor.names", fail))
    target_names = names_for(_names(target, "target.names", fail), places=True)
    stance = Stance(
        id=stance_id, title=title, initial=initial, ladder=ladder,
        actor_names=actor_names,
        actor_adjectives=adjectives_for(actor_names, _names(actor, "actor.adjectives", fail, required=False)),
        actor_speakers=speakers_for(actor_names, _names(actor, "actor.speakers", fail, required=False)),
        target_names=target_names,
        target_adjectives=adjectives_for(target_names, _names(target, "target.adjectives", fail, required=False)),
        object_kind=kind, object_names=object_names, source=source,
    )
    _check_overlap(stance, fail)
    return stance


def _check_keys(data: dict[str, Any], allowed: Collection[str], prefix: str, source: str, fail: Any) -> None:
    """A key that looks like a misspelt known key is an error (`nmes` would silently drop
    names); any other unknown key (`description`, `notes`) is ignored with a warning, so a
    stance written with extra keys of its own still loads."""
    for key in data:
        if key in allowed:
            continue
        guess = difflib.get_close_matches(key, allowed, n=1, cutoff=0.75)
        if guess:
            raise fail(f"{prefix}{key}", f"unknown key; did you mean {guess[0]!r}? (allowed: {', '.join(sorted(allowed))})")
        log.warning("%s: %s%s: unknown key, ignored (allowed: %s)", source, prefix, key, ", ".join(sorted(allowed)))


def _text(data: dict[str, Any], key: str, fail: Any) -> str:
    if key not in data:
        raise fail(key, "missing (required)")
    value = data[key]
    if not isinstance(value, str) or not value.strip():
        raise fail(key, f"must be a non-empty string, got {value!r}")
    return value.strip()


def _ladder(value: Any, fail: Any) -> tuple[str, str, str]:
    # The detector reads exactly these three states; other names would never be produced.
    if not isinstance(value, list) or tuple(value) != STATES:
        raise fail("ladder", f"must be {list(STATES)} (or left out), got {value!r}")
    return STATES


def _table(data: dict[str, Any], name: str, fail: Any, source: str) -> dict[str, Any]:
    if name not in data:
        if name == "object":
            return {}
        raise fail(name, f"missing table [{name}]")
    table = data[name]
    if not isinstance(table, dict):
        raise fail(name, f"must be a table [{name}], got {type(table).__name__}")
    _check_keys(table, _TABLES[name], f"{name}.", source, fail)
    return table


def _names(table: dict[str, Any], key: str, fail: Any, *, required: bool = True) -> tuple[str, ...]:
    """The list at `key`; for `…names`, the table's `aliases` list (another word for it) joins it."""
    table_name, field = key.split(".", 1)
    fields = [f for f in (field, "aliases" if field == "names" else None) if f is not None and f in table]
    if not fields:
        if required:
            raise fail(key, "missing (required): a list of names, e.g. [\"Germany\", \"Berlin\"]")
        return ()
    names: list[str] = []
    for present in fields:
        where = f"{table_name}.{present}"
        value = table[present]
        if not isinstance(value, list) or (required and not value):
            raise fail(where, f"must be a non-empty list of strings, got {value!r}")
        for index, item in enumerate(value):
            if not isinstance(item, str) or len(item.strip()) < 2:
                raise fail(f"{where}[{index}]", f"must be a name of at least 2 characters, got {item!r}")
            name = " ".join(item.split())
            if name.lower() not in {n.lower() for n in names}:
                names.append(name)
    return tuple(names)


def _object_kind(table: dict[str, Any], names: tuple[str, ...], fail: Any) -> str:
    kind = table.get("kind")
    if kind is None:
        # Without an explicit kind: a generic word ("weapons") or no names means any weapon.
        generic = not names or any(n.lower() in GENERIC_OBJECT_NAMES for n in names)
        return "weapons" if generic else "system"
    if kind not in OBJECT_KINDS:
        raise fail("object.kind", f"must be one of {', '.join(OBJECT_KINDS)}, got {kind!r}")
    if kind == "system" and not names:
        raise fail("object.names", "a 'system' stance needs the system's names, e.g. [\"Taurus\"]")
    return str(kind)


def _check_overlap(stance: Stance, fail: Any) -> None:
    actor = {n.lower() for n in (*stance.actor_names, *stance.actor_adjectives, *stance.actor_speakers)}
    for name in (*stance.target_names, *stance.target_adjectives):
        if name.lower() in actor:
            raise fail("target.names", f"{name!r} is also an actor name: actor and target must differ")
