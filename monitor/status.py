"""Read-only views of the store for `shiftwatch status` and the replay summary."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from monitor.store.models import StanceState


def stance_states(session: Session, stance_ids: Sequence[str]) -> list[str]:
    """One block per stance: the global state, then each source's, with the date it was set."""
    rows = session.scalars(select(StanceState).where(StanceState.stance.in_(stance_ids)).order_by(StanceState.stance, StanceState.scope, StanceState.source))
    by_stance: dict[str, list[StanceState]] = {}
    for row in rows:
        by_stance.setdefault(row.stance, []).append(row)
    lines: list[str] = []
    for stance in stance_ids:
        states = by_stance.get(stance, [])
        overall = next((s for s in states if s.scope == "global"), None)
        lines.append(f"{stance}: {overall.state if overall else 'no reading yet'}{_since(overall)}")
        for row in states:
            if row.scope == "source":
                lines.append(f"    {row.source:<28} {row.state}{_since(row)}")
    return lines


def _since(row: StanceState | None) -> str:
    return f" since {row.since.date().isoformat()}" if row is not None and row.since else ""
