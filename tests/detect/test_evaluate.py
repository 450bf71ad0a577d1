"""Scoring: accuracy, per-state precision and recall, confusion, misses with evidence."""

from __future__ import annotations

import pytest

from monitor.detect import Evidence, Reading
from monitor.evaluate import Case, format_report, score


def reading(state: str, rule: str = "rule") -> Reading:
    evidence = () if state == "none" else (Evidence("Seoul sent arms.", state, 0, 16, rule),)
    return Reading("kr-arms-ukraine", state, 0.9, evidence)


def test_scores() -> None:
    report = score([
        Case("a", "supplies", reading("supplies")),
        Case("b", "none", reading("supplies", "supply: sent")),
        ("c", "refrains", reading("refrains")),  # plain tuples are accepted
        Case("d", "reconsider", reading("refrains")),
    ])
    assert report.total == 4 and report.correct == 2 and report.accuracy == 0.5
    per = {s.state: s for s in report.per_state}
    assert per["supplies"].precision == 0.5 and per["supplies"].recall == 1.0
    assert per["refrains"].precision == 0.5 and per["reconsider"].recall == 0.0
    assert per["reconsider"].precision is None  # never predicted
    assert report.confusion["none"]["supplies"] == 1
    assert [c.name for c in report.misses] == ["b", "d"]
    assert [c.name for c in report.false_supplies] == ["b"]


def test_text_report_shows_misses_with_evidence() -> None:
    report = score([Case("b.txt", "none", reading("supplies", "supply: sent"))])
    text = format_report(report)
    assert "accuracy 0.000 (0/1)" in text
    assert "false 'supplies' readings: 1" in text
    assert "b.txt: gold none, read supplies" in text
    assert "supply: sent" in text and "Seoul sent arms." in text


def test_json_form() -> None:
    data = score([Case("a", "none", reading("none"))]).as_dict()
    assert data["accuracy"] == 1.0 and data["misses"] == [] and data["false_supplies"] == 0
    assert set(data["per_state"]) == {"refrains", "reconsider", "supplies", "none"}


def test_empty_and_bad_labels() -> None:
    assert score([]).accuracy == 0.0
    with pytest.raises(ValueError, match="maybe"):
        score([Case("x", "maybe", reading("none"))])
