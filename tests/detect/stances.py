"""Stances used by the detector tests: the shipped ones, the corpus one, and inline ones."""

from __future__ import annotations

from pathlib import Path

from monitor.detect import Stance, load_stances, parse_stance

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "config" / "stances"
CORPUS = ROOT / "tests" / "corpus"

# Stances nobody tuned the detector on: another actor, another target, a tank system.
EXTRA = [
    {"id": "jp-arms-ukraine", "title": "Japan · Ukraine · weapons", "initial": "refrains",
     "actor": {"names": ["Japan", "Tokyo"], "adjectives": ["Japanese"], "speakers": ["Fumio Kishida", "Kishida"]},
     "target": {"names": ["Ukraine", "Kyiv"], "adjectives": ["Ukrainian"]},
     "object": {"names": ["weapons", "arms"]}},
    {"id": "de-arms-israel", "title": "Germany · Israel · weapons", "initial": "supplies",
     "actor": {"names": ["Germany", "Berlin"], "adjectives": ["German"], "speakers": ["Scholz", "Merz"]},
     "target": {"names": ["Israel"], "adjectives": ["Israeli"]},
     "object": {"kind": "weapons"}},
    {"id": "us-abrams-ukraine", "title": "United States · Ukraine · Abrams tanks", "initial": "refrains",
     "actor": {"names": ["United States", "US", "Washington", "Pentagon"], "adjectives": ["American"],
               "speakers": ["Biden", "Lloyd Austin"]},
     "target": {"names": ["Ukraine", "Kyiv"], "adjectives": ["Ukrainian"]},
     "object": {"names": ["Abrams", "M1 Abrams", "M1A1"]}},
]


def all_stances() -> dict[str, Stance]:
    stances = {s.id: s for s in load_stances(SHIPPED)}
    stances.update({s.id: s for s in load_stances(CORPUS / "stances")})
    stances.update({s.id: s for s in (parse_stance(d, source="tests/detect/stances.py") for d in EXTRA)})
    return stances
