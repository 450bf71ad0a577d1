"""Scoring the detector against gold labels: pure functions, no file reading.

    report = score([Case("d01.txt", "refrains", reading), ...])
    print(report.format())

Precision on `supplies` is reported on its own line: an alert that something was supplied
when nothing was is the costliest mistake the monitor can make.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, NamedTuple

from monitor.detect import STATES, Reading

LABELS: tuple[str, ...] = (*STATES, "none")


class Case(NamedTuple):
    """One labelled article and what the detector read in it."""

    name: str
    gold: str
    reading: Reading


@dataclass(frozen=True)
class StateScore:
    state: str
    precision: float | None  # None when the detector never said this state
    recall: float | None  # None when no article has this gold label
    support: int  # articles with this gold label
    predicted: int  # articles the detector gave this state


@dataclass(frozen=True)
class Report:
    total: int
    correct: int
    per_state: tuple[StateScore, ...]
    confusion: dict[str, dict[str, int]]  # gold → predicted → count
    misses: tuple[Case, ...]

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0

    @property
    def false_supplies(self) -> tuple[Case, ...]:
        """Articles read as `supplies` whose label says nothing was supplied."""
        return tuple(c for c in self.misses if c.reading.state == "supplies")

    def as_dict(self) -> dict[str, Any]:
        return {
            "total": self.total,
            "correct": self.correct,
            "accuracy": round(self.accuracy, 4),
            "false_supplies": len(self.false_supplies),
            "per_state": {s.state: {"precision": s.precision, "recall": s.recall, "support": s.support,
                                    "predicted": s.predicted} for s in self.per_state},
            "confusion": self.confusion,
            "misses": [
                {"name": c.name, "gold": c.gold, "got": c.reading.state, "confidence": c.reading.confidence,
                 "evidence": [{"text": e.text, "state": e.state, "start": e.start, "end": e.end, "rule": e.rule}
                              for e in c.reading.evidence]}
                for c in self.misses
            ],
        }

    def format(self) -> str:
        return format_report(self)


def score(cases: Iterable[Case | tuple[str, str, Reading]]) -> Report:
    """Accuracy, per-state precision and recall, confusion matrix and misses."""
    items = [c if isinstance(c, Case) else Case(*c) for c in cases]
    for case in items:
        if case.gold not in LABELS:
            raise ValueError(f"{case.name}: gold label {case.gold!r} is not one of {', '.join(LABELS)}")
    confusion = {gold: {got: 0 for got in LABELS} for gold in LABELS}
    for case in items:
        confusion[case.gold][case.reading.state] += 1
    per_state = tuple(_state_score(state, confusion) for state in LABELS)
    misses = tuple(c for c in items if c.reading.state != c.gold)
    return Report(len(items), len(items) - len(misses), per_state, confusion, misses)


def _state_score(state: str, confusion: dict[str, dict[str, int]]) -> StateScore:
    hits = confusion[state][state]
    support = sum(confusion[state].values())
    predicted = sum(row[state] for row in confusion.values())
    return StateScore(
        state,
        precision=hits / predicted if predicted else None,
        recall=hits / support if support else None,
        support=support,
        predicted=predicted,
    )


def format_report(report: Report) -> str:
    """A plain-text report: headline numbers, per-state table, confusion matrix, misses."""
    lines = [
        f"accuracy {report.accuracy:.3f} ({report.correct}/{report.total})",
        f"false 'supplies' readings: {len(report.false_supplies)}",
        "",
        f"{'state':<12}{'precision':>10}{'recall':>8}{'gold':>6}{'read':>6}",
    ]
    for s in report.per_state:
        lines.append(f"{s.state:<12}{_pct(s.precision):>10}{_pct(s.recall):>8}{s.support:>6}{s.predicted:>6}")
    lines += ["", "confusion (rows: gold, columns: read)", f"{'':<12}" + "".join(f"{g:>11}" for g in LABELS)]
    for gold in LABELS:
        lines.append(f"{gold:<12}" + "".join(f"{report.confusion[gold][got]:>11}" for got in LABELS))
    if report.misses:
        lines += ["", f"misses ({len(report.misses)})"]
        for case in report.misses:
            lines.append(f"- {case.name}: gold {case.gold}, read {case.reading.state} "
                         f"(confidence {case.reading.confidence:.2f})")
            for e in case.reading.evidence:
                lines.append(f"    [{e.state}] {e.rule}")
                lines.append(f"      {e.start}-{e.end}: {_shorten(e.text, 160)}")
            if not case.reading.evidence:
                lines.append("    (no evidence: nothing in the article was read as a position)")
    return "\n".join(lines)


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def _shorten(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
