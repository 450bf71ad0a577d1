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
    {'id': 'uk-stormshadow-ukraine', 'title': 'UK · Ukraine · Storm Shadow', 'initial': 'refrains', 'actor': {'names': ['United Kingdom', 'Britain', 'UK', 'London', 'Downing Street'], 'adjectives': ['British'], 'speakers': ['Rishi Sunak', 'Sunak', 'Ben Wallace', 'Wallace', 'Keir Starmer', 'Starmer']}, 'target': {'names': ['Ukraine', 'Kyiv'], 'adjectives': ['Ukrainian']}, 'object': {'names': ['Storm Shadow', 'Storm Shadows']}},
    {'id': 'il-arms-ukraine', 'title': 'Israel · Ukraine · weapons', 'initial': 'refrains', 'actor': {'names': ['Israel', 'Jerusalem'], 'adjectives': ['Israeli'], 'speakers': ['Benjamin Netanyahu', 'Netanyahu', 'Yoav Gallant', 'Gallant']}, 'target': {'names': ['Ukraine', 'Kyiv'], 'adjectives': ['Ukrainian']}, 'object': {'kind': 'weapons'}},
    {'id': 'de-leopard-ukraine', 'title': 'Germany · Ukraine · Leopard tanks', 'initial': 'refrains', 'actor': {'names': ['Germany', 'Berlin'], 'adjectives': ['German'], 'speakers': ['Olaf Scholz', 'Scholz', 'Boris Pistorius', 'Pistorius']}, 'target': {'names': ['Ukraine', 'Kyiv'], 'adjectives': ['Ukrainian']}, 'object': {'kind': 'system', 'names': ['Leopard', 'Leopard 2', 'Leopard 2A6', 'Leopard 1']}},
    {'id': 'us-f16-taiwan', 'title': 'United States · Taiwan · F-16 jets', 'initial': 'supplies', 'actor': {'names': ['United States', 'US', 'U.S.', 'Washington', 'Pentagon', 'State Department'], 'adjectives': ['American'], 'speakers': ['Biden', 'Antony Blinken', 'Blinken']}, 'target': {'names': ['Taiwan', 'Taipei'], 'adjectives': ['Taiwanese']}, 'object': {'kind': 'system', 'names': ['F-16', 'F-16V', 'F-16 Block 70']}},
    {'id': 'uk-challenger-ukraine', 'title': 'UK · Ukraine · Challenger 2 tanks', 'initial': 'refrains', 'actor': {'names': ['United Kingdom', 'Britain', 'UK', 'London'], 'adjectives': ['British'], 'speakers': ['Rishi Sunak', 'Sunak', 'Ben Wallace', 'Wallace']}, 'target': {'names': ['Ukraine', 'Kyiv'], 'adjectives': ['Ukrainian']}, 'object': {'kind': 'system', 'names': ['Challenger 2', 'Challenger']}},
    {'id': 'pl-mig29-ukraine', 'title': 'Poland · Ukraine · MiG-29 jets', 'initial': 'refrains', 'actor': {'names': ['Poland', 'Warsaw'], 'adjectives': ['Polish'], 'speakers': ['Andrzej Duda', 'Duda', 'Mateusz Morawiecki', 'Morawiecki', 'Mariusz Blaszczak', 'Blaszczak']}, 'target': {'names': ['Ukraine', 'Kyiv'], 'adjectives': ['Ukrainian']}, 'object': {'kind': 'system', 'names': ['MiG-29', 'MiG-29s', 'MiG']}},
    {'id': 'nl-f16-ukraine', 'title': 'Netherlands · Ukraine · F-16 jets', 'initial': 'refrains', 'actor': {'names': ['Netherlands', 'The Hague', 'Dutch government'], 'adjectives': ['Dutch'], 'speakers': ['Mark Rutte', 'Rutte', 'Kajsa Ollongren', 'Ollongren']}, 'target': {'names': ['Ukraine', 'Kyiv'], 'adjectives': ['Ukrainian']}, 'object': {'kind': 'system', 'names': ['F-16', 'F-16s']}},
]


def all_stances() -> dict[str, Stance]:
    stances = {s.id: s for s in load_stances(SHIPPED)}
    stances.update({s.id: s for s in load_stances(CORPUS / "stances")})
    stances.update({s.id: s for s in (parse_stance(d, source="tests/detect/stances.py") for d in EXTRA)})
    return stances

# A system whose stance names carry the class noun ("Archer howitzer"), for "the howitzers" later on.
EXTRA += [
    {'id': 'se-archer-ukraine', 'title': 'Sweden · Ukraine · Archer howitzers', 'initial': 'refrains',
     'actor': {'names': ['Sweden', 'Stockholm', 'Swedish government'], 'adjectives': ['Swedish'],
               'speakers': ['Ulf Kristersson', 'Kristersson', 'Pal Jonson', 'Jonson']},
     'target': {'names': ['Ukraine', 'Kyiv'], 'adjectives': ['Ukrainian']},
     'object': {'kind': 'system', 'names': ['Archer', 'Archer howitzer']}},
]

# A stance whose speakers are listed by full name only ("Nuno Melo"), for a later bare surname.
EXTRA += [
    {'id': 'pt-arms-ukraine', 'title': 'Portugal · Ukraine · weapons', 'initial': 'refrains',
     'actor': {'names': ['Portugal', 'Lisbon'], 'adjectives': ['Portuguese'],
               'speakers': ['Luís Montenegro', 'Nuno Melo']},
     'target': {'names': ['Ukraine', 'Kyiv'], 'adjectives': ['Ukrainian']},
     'object': {'kind': 'weapons'}},
]

# A system named by the unit its ammunition is counted in ("30mm rounds"), for "the rounds" and "5,000 rounds".
EXTRA += [
    {'id': 'no-rounds-ukraine', 'title': 'Norway · Ukraine · 30mm ammunition', 'initial': 'refrains',
     'actor': {'names': ['Norway', 'Oslo', 'Norwegian government'], 'adjectives': ['Norwegian'],
               'speakers': ['Tore Sandvik', 'Sandvik']},
     'target': {'names': ['Ukraine', 'Kyiv'], 'adjectives': ['Ukrainian']},
     'object': {'kind': 'system', 'names': ['30mm ammunition', '30mm rounds', 'CV90 rounds']}},
]

# A fighter named with its class noun ("Gripen fighter"), for "the jets" in an article that never says "Gripen jets".
EXTRA += [
    {'id': 'se-gripen-ukraine', 'title': 'Sweden · Ukraine · Gripen', 'initial': 'refrains',
     'actor': {'names': ['Sweden', 'Stockholm'], 'adjectives': ['Swedish'], 'speakers': ['Pal Jonson', 'Jonson']},
     'target': {'names': ['Ukraine', 'Kyiv'], 'adjectives': ['Ukrainian']},
     'object': {'kind': 'system', 'names': ['Gripen', 'Gripen E', 'Gripen fighter']}},
]
