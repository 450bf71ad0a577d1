"""Stance files: the shipped ones load, the documented examples load, and every mistake is
reported with the file and the key."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from monitor.detect import STATES, Stance, StanceConfigError, load_stance, load_stances
from monitor.errors import ConfigError

from .stances import CORPUS, ROOT, SHIPPED

VALID = """
id = "xx-arms-yy"
title = "X · Y · weapons"
initial = "refrains"
[actor]
names = ["Xland"]
[target]
names = ["Yland"]
"""


def write(tmp_path: Path, text: str, name: str = "stance.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_shipped_stances_load_sorted_by_id() -> None:
    stances = load_stances(SHIPPED)
    assert [s.id for s in stances] == ["kr-arms-ukraine", "us-atacms-ukraine"]
    kr, us = stances
    assert kr.object_kind == "weapons" and us.object_kind == "system"
    assert kr.ladder == STATES and kr.initial == "refrains"
    assert "Seoul" in kr.actor_names and "ATACMS" in us.object_names


def test_corpus_stances_load() -> None:
    ids = [s.id for s in load_stances(CORPUS / "stances")]
    assert "de-taurus-ukraine" in ids


def test_documented_examples_load(tmp_path: Path) -> None:
    """Every TOML block in docs/stances.md is a valid stance: the docs cannot drift."""
    text = (ROOT / "docs" / "stances.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```toml\n(.*?)```", text, re.DOTALL)
    assert len(blocks) >= 2
    for index, block in enumerate(blocks):
        stance = load_stance(write(tmp_path, block, f"doc{index}.toml"))
        assert isinstance(stance, Stance)


def test_defaults(tmp_path: Path) -> None:
    stance = load_stance(write(tmp_path, VALID))
    assert stance.ladder == STATES
    assert stance.object_kind == "weapons"  # no [object]: weapons of any kind
    assert stance.actor_adjectives == () and stance.actor_speakers == ()


def test_object_kind_is_inferred_from_names(tmp_path: Path) -> None:
    generic = load_stance(write(tmp_path, VALID + '[object]\nnames = ["weapons", "Cheonmu"]\n', "a.toml"))
    system = load_stance(write(tmp_path, VALID + '[object]\nnames = ["Leopard 2 tanks"]\n', "b.toml"))
    assert generic.object_kind == "weapons"
    assert system.object_kind == "system"


def test_aliases_are_another_word_for_names(tmp_path: Path) -> None:
    text = VALID.replace('names = ["Xland"]', 'names = ["Xland"]\naliases = ["Xcity", "xland"]') \
        .replace('names = ["Yland"]', 'aliases = ["Yland", "Ycity"]') + '[object]\naliases = ["Xbow"]\n'
    stance = load_stance(write(tmp_path, text))
    assert stance.actor_names == ("Xland", "Xcity") and stance.target_names == ("Yland", "Ycity")
    assert stance.object_names == ("Xbow",) and stance.object_kind == "system"


def test_title_defaults_to_the_id(tmp_path: Path) -> None:
    stance = load_stance(write(tmp_path, VALID.replace('title = "X · Y · weapons"', "")))
    assert stance.title == "xx-arms-yy"


def test_unknown_keys_that_are_no_misspelling_are_ignored_with_a_warning(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    text = 'description = "X arming Y"\n' + VALID.replace('names = ["Yland"]', 'names = ["Yland"]\nregion = "east"')
    path = write(tmp_path, text)
    stance = load_stance(path)
    assert stance.actor_names == ("Xland",) and stance.target_names == ("Yland",)
    warnings = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert any(m.startswith(f"{path}: description: unknown key, ignored") for m in warnings), warnings
    assert any(m.startswith(f"{path}: target.region: unknown key, ignored") for m in warnings), warnings


def test_a_countrys_other_names_join_the_given_ones(tmp_path: Path) -> None:
    text = VALID.replace('names = ["Xland"]', 'names = ["Japan"]').replace('names = ["Yland"]', 'names = ["Ukraine", "kyiv"]')
    stance = load_stance(write(tmp_path, text))
    assert stance.actor_names == ("Japan", "Tokyo", "Kantei")  # the prime minister's office too
    assert stance.target_names[:4] == ("Ukraine", "kyiv", "Kiev", "Bankova")  # given once, in the file's spelling
    assert "Odesa" in stance.target_names and "Osaka" not in stance.actor_names  # where goods arrive: the recipient's


def test_country_adjectives_join_the_given_ones(tmp_path: Path) -> None:
    text = VALID.replace('names = ["Xland"]', 'names = ["Japan", "Tokyo"]').replace(
        'names = ["Yland"]', 'names = ["Ukraine", "Kyiv"]\nadjectives = ["Ukrainian"]')
    stance = load_stance(write(tmp_path, text))
    assert stance.actor_adjectives == ("Japanese",)
    assert stance.target_adjectives == ("Ukrainian",)  # given once, not repeated
    us = load_stance(write(tmp_path, VALID.replace('names = ["Xland"]', 'names = ["US", "United States"]'), "us.toml"))
    assert us.actor_adjectives == ("American",)


def test_initial_may_be_unknown(tmp_path: Path) -> None:
    # a stance whose position nobody knows yet starts at "none", also when the key is left out
    assert load_stance(write(tmp_path, VALID.replace('"refrains"', '"none"'))).initial == "none"
    assert load_stance(write(tmp_path, VALID.replace('initial = "refrains"', ""), "bare.toml")).initial == "none"


@pytest.mark.parametrize(("text", "key", "problem"), [
    (VALID.replace('id = "xx-arms-yy"', ""), "id", "missing"),
    (VALID.replace('"xx-arms-yy"', '"XX arms"'), "id", "lowercase"),
    (VALID.replace('title = "X · Y · weapons"', "title = 3"), "title", "non-empty string"),
    (VALID.replace('"refrains"', '"supplying"'), "initial", "not a ladder state"),
    ('ladder = ["no", "maybe", "yes"]\n' + VALID, "ladder", "must be"),
    (VALID.replace('[actor]\nnames = ["Xland"]', "[actor]\nnames = []"), "actor.names", "non-empty list"),
    (VALID.replace('[actor]\nnames = ["Xland"]', '[actor]\nnames = ["X"]'), "actor.names[0]", "at least 2"),
    (VALID.replace('[actor]\nnames = ["Xland"]', '[actor]\nnmes = ["Xland"]'), "actor.nmes", "did you mean 'names'"),
    (VALID.replace('[actor]\nnames = ["Xland"]', '[actor]\nnames = ["Xland"]\nspeaker = ["Xman"]'), "actor.speaker",
     "did you mean 'speakers'"),
    ('intial = "refrains"\n' + VALID, "intial", "did you mean 'initial'"),
    (VALID.replace('[target]\nnames = ["Yland"]', ""), "target", "missing table"),
    (VALID + '[object]\nkind = "tanks"\n', "object.kind", "one of"),
    (VALID.replace('names = ["Yland"]', 'aliases = "Yland"'), "target.aliases", "non-empty list"),
    (VALID + '[object]\nkind = "system"\n', "object.names", "needs the system"),
    (VALID.replace('names = ["Yland"]', 'names = ["Xland"]'), "target.names", "also an actor name"),
    ("id = [", "invalid TOML", ""),
])
def test_errors_name_file_and_key(tmp_path: Path, text: str, key: str, problem: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(StanceConfigError) as info:
        load_stance(path)
    message = str(info.value)
    assert message.startswith(f"{path}: {key}"), message
    assert problem in message


def test_error_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError):
        load_stance(write(tmp_path, "id = 1"))


def test_duplicate_ids_name_both_files(tmp_path: Path) -> None:
    first = write(tmp_path, VALID, "a.toml")
    second = write(tmp_path, VALID, "b.toml")
    with pytest.raises(StanceConfigError) as info:
        load_stances(tmp_path)
    assert str(second) in str(info.value) and str(first) in str(info.value)


def test_missing_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(StanceConfigError, match="not a folder"):
        load_stances(tmp_path / "nowhere")


def test_unreadable_file_names_it(tmp_path: Path) -> None:
    path = tmp_path / "gone.toml"
    with pytest.raises(StanceConfigError, match=re.escape(str(path))):
        load_stance(path)


@pytest.mark.parametrize("name", ["SAMP/T", "K9/K10", "David's Sling"])
def test_names_with_inner_punctuation_match(name: str) -> None:
    """A system name is found by its first token, whatever punctuation joins its parts."""
    from monitor.detect import parse_stance, read

    stance = parse_stance({"id": "xx-sys-yy", "title": "X · Y · system", "initial": "refrains",
                           "actor": {"names": ["Xland"]}, "target": {"names": ["Yland"]},
                           "object": {"kind": "system", "names": [name]}}, source="inline")
    text = f"Xland news\n\nXland has begun delivering the {name} to Yland, the defence ministry said on Monday."
    assert read(text, stance).state == "supplies"


@pytest.mark.parametrize(("name", "plural"), [("F-35", "F-35s"), ("MiG-29", "MiG-29s"), ("K2", "K2s"),
                                              ("Gripen", "Gripens"), ("Leopard 2", "Leopard 2s")])
def test_plural_of_a_system_name_matches(name: str, plural: str) -> None:
    """ "F-35s" is one token: the plural is looked up as well as the name."""
    from monitor.detect import parse_stance, read

    stance = parse_stance({"id": "xx-sys-yy", "initial": "refrains", "actor": {"names": ["Xland"]},
                           "target": {"names": ["Yland"]}, "object": {"kind": "system", "names": [name]}})
    text = f"Xland news\n\nXland has delivered the first {plural} to Yland, the defence ministry said on Monday."
    assert read(text, stance).state == "supplies"
