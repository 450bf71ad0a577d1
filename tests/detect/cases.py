"""One runner for the tables of reading cases: (stance id, text, expected state)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

import pytest

from monitor.detect import Stance, read

from .stances import all_stances

Case = tuple[str, str, str]


def reading_tests(cases: Sequence[Case], *, minimum: int,
                  stances: Mapping[str, Stance] | None = None) -> tuple[Callable[..., None], Callable[[], None]]:
    """The two tests of a table: each case reads as expected, with evidence unless `none`;
    and the table still holds at least `minimum` cases (none was lost in an edit)."""
    by_id = stances if stances is not None else all_stances()

    @pytest.mark.parametrize(("stance", "text", "expected"), cases, ids=[c[1][:60] for c in cases])
    def test_reads(stance: str, text: str, expected: str) -> None:
        reading = read(text, by_id[stance])
        detail = "\n".join(f"  {e.state}: {e.rule} | {e.text}" for e in reading.evidence)
        assert reading.state == expected, f"{text!r}\n got {reading.state}\n{detail}"
        if expected != "none":
            assert reading.evidence, "a reading other than none needs evidence"

    def test_enough_cases() -> None:
        assert len(cases) >= minimum

    return test_reads, test_enough_cases
