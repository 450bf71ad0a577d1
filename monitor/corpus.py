"""Labelled corpora (see GUIDELINES.md): load the cases, read them, score the detector."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from monitor.detect import STATES, Stance, read
from monitor.errors import InputError
from monitor.evaluate import Case, Report, score
from monitor.sources import files

LABELS = (*STATES, "none")


def evaluate_corpus(folder: Path, stances: Sequence[Stance]) -> tuple[Report, list[InputError]]:
    """Read every labelled article of `folder` for its stance; bad rows are reported, not fatal."""
    manifest = folder / files.MANIFEST
    if not manifest.is_file():
        raise InputError(f"{folder}: no {files.MANIFEST}: a labelled corpus needs one")
    entries, failures = files.read_manifest(manifest, labelled=True)
    known = {s.id: s for s in stances}
    cases: list[Case] = []
    for entry in entries:
        where = f"{manifest}: {entry.path.name}"
        stance_id, gold = entry.row.get("stance", ""), entry.row.get("state", "")
        if stance_id not in known:
            failures.append(InputError(f"{where}: unknown stance {stance_id!r} (known: {', '.join(sorted(known))})"))
            continue
        if gold not in LABELS:
            failures.append(InputError(f"{where}: state {gold!r} is not one of {', '.join(LABELS)}"))
            continue
        try:
            document = files.load(entry)
        except InputError as exc:
            failures.append(exc)
            continue
        cases.append(Case(name=entry.path.name, gold=gold, reading=read(document.text, known[stance_id])))
    return score(cases), failures
