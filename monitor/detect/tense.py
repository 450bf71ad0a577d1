"""When a clause speaks of: a future supply, a perfect, a finished review or the story's background."""

from __future__ import annotations

from monitor.detect.polarity import PREDICATES, op_of
from monitor.detect.tagging import Unit

IRREGULAR_PARTICIPLES = frozenset({"sent", "given", "sold", "lent", "held", "withheld", "bought", "made", "built",
                                   "shown", "taken", "brought", "led", "dealt"})
_MONTHS_OR_YEAR = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                             "october", "november", "december"})


def _reported_or_aux(units: list[Unit], i: int) -> bool:
    """The verb at `i` is not a bare simple past: an auxiliary, modal or negation sits before it."""
    return i > 0 and bool(units[i - 1].tags & {"AUX", "HAS", "HAD", "FUT", "MODAL", "NEG"})


def is_perfect(units: list[Unit], i: int) -> bool:
    """Is "had" at i an auxiliary ("had long refused", "had been weighing")?"""
    for unit in units[i + 1:i + 4]:
        if unit.tags & {"ADV", "NEG", "HIST"} or unit.low == "long":
            continue
        return unit.low == "been" or unit.low.endswith(("ed", "en")) or unit.low in IRREGULAR_PARTICIPLES \
            or bool(unit.tags & {"SUP", "REFU", "CONS", "COMMIT", "DECIDE", "END"})
    return False


def is_future(units: list[Unit], ops: list[tuple[str, int, float]]) -> bool:
    """Is the supply verb in the future ("will send", "would send", "is set to send")?"""
    supply = next((i for op, i, level in ops if level == 0 and op in ("SUP", "SUPN", "RECV")), None)
    if supply is None:
        return False
    if supply > 0 and units[supply - 1].tags & {"HAS", "HAD"} and \
            (supply < 2 or units[supply - 2].low not in ("will", "'ll", "shall", "would")):
        return False  # "the Gripens promised by Sweden have arrived": a perfect, done, not a promise
    window = units[max(0, supply - 4):supply]
    return any(u.low in ("will", "'ll", "shall", "would") or
               ("COMMIT" in u.tags and not (k + 1 < len(units) and units[k + 1].low == "by"))
               for k, u in enumerate(window, start=max(0, supply - 4)))


def is_background(units: list[Unit], ops: list[tuple[str, int, float]]) -> bool:
    """Past perfect, "previously", "for years" with a simple past: the story's background."""
    decisive = max((level for op, _, level in ops if op in PREDICATES | {"NEG", "MODAL"}), default=0)
    tags = {op for op, _, level in ops if level == decisive}
    reported = any(op == "REPORT" and level > decisive for op, _, level in ops)
    if "HIST" in tags or ("HAD" in tags and not reported):
        return True  # "said it had decided not to" reports the present: backshift, not history
    if "DUR" in tags and "HAS" not in tags:
        return True
    if _dated_past_halt(units, ops, decisive):
        return True
    return _leading_history(units)


def _dated_past_halt(units: list[Unit], ops: list[tuple[str, int, float]], decisive: float) -> bool:
    """ "Spain paused weapons deliveries in February": a dated simple-past stop is background."""
    verbs = [i for op, i, level in ops if level == decisive and op in ("END", "REFU")]
    if not verbs or _reported_or_aux(units, verbs[0]) or not units[verbs[0]].low.endswith("ed"):
        return False
    return any(units[k].low in ("in", "since") and units[k + 1].low in _MONTHS_OR_YEAR or
               units[k].low in ("in", "since") and units[k + 1].low.isdigit() and len(units[k + 1].low) == 4
               for k in range(verbs[0] + 1, len(units) - 1))


def _leading_history(units: list[Unit]) -> bool:
    """The sentence opens on history: a history word, or "In 2022," before the clause."""
    if not units:
        return False
    first = units[0]
    if "HIST" in first.tags and "SUB" not in first.tags:
        return True
    if first.low in ("in", "back", "by") and len(units) > 2 and units[1].low.isdigit() and len(units[1].low) == 4:
        return units[2].low == ","
    return False


def finished_review(units: list[Unit], fired: set[int]) -> bool:
    """A weighing verb in the perfect, followed by "and concluded/decided/found …"."""
    for i in fired:
        if op_of(units[i]) != "CONS" or i == 0 or not units[i - 1].tags & {"HAS", "HAD"}:
            continue
        for j in range(i + 1, min(len(units) - 1, i + 6)):
            if units[j].tags & {"COMMA", "HARD", "SUB", "REL"}:
                break
            nxt = units[j + 1]
            if "CONJ" in units[j].tags and nxt.low.endswith("ed") and not nxt.tags & {"CONS", "AUX"}:
                return True
    return False
