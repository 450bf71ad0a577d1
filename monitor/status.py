"""Read-only views of the store for `shiftwatch status` and the replay summary."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from monitor.store.models import Article, Delivery, Feed, FeedEntry, Source, StanceState, Worker


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


# -- shiftwatch status -------------------------------------------------------------------------


@dataclass(frozen=True)
class FeedStatus:
    name: str
    url: str
    source: str
    status: str  # active | failing (active, last poll failed) | gone | removed
    interval_s: int
    last_poll_at: datetime | None
    last_success_at: datetime | None
    next_poll_at: datetime | None
    error: str | None
    consecutive_errors: int
    entries_seen: int
    entries_pending: int
    entries_failed: int
    leased_by: str | None


def feed_statuses(session: Session, now: datetime | None = None) -> list[FeedStatus]:
    """Every feed in the store with its polling state, by name."""
    now = now or datetime.now(timezone.utc)
    counts: dict[tuple[int, str], int] = {
        (feed_id, status): n
        for feed_id, status, n in session.execute(
            select(FeedEntry.feed_id, FeedEntry.status, func.count())
            .where(FeedEntry.status != "done").group_by(FeedEntry.feed_id, FeedEntry.status))
    }
    rows = session.execute(select(Feed, Source.name).join(Source, Source.id == Feed.source_id).order_by(Feed.name)).all()
    out: list[FeedStatus] = []
    for feed, source in rows:
        status = feed.status
        if status == "active" and feed.consecutive_errors:
            status = "failing"
        leased = feed.lease_owner if feed.lease_until is not None and feed.lease_until > now else None
        out.append(FeedStatus(
            name=feed.name, url=feed.url, source=source, status=status, interval_s=feed.interval_s,
            last_poll_at=feed.last_poll_at, last_success_at=feed.last_success_at,
            next_poll_at=feed.next_poll_at if feed.status == "active" else None, error=feed.error,
            consecutive_errors=feed.consecutive_errors or 0, entries_seen=feed.entries_seen or 0,
            entries_pending=counts.get((feed.id, "pending"), 0), entries_failed=counts.get((feed.id, "failed"), 0),
            leased_by=leased,
        ))
    return out


def stance_ids(session: Session, configured: Sequence[str] = ()) -> list[str]:
    """The configured stances, then any others the store has states for."""
    stored = session.scalars(select(StanceState.stance).distinct().order_by(StanceState.stance)).all()
    return list(dict.fromkeys([*configured, *stored]))


def stance_report(session: Session, ids: Sequence[str]) -> list[dict[str, Any]]:
    rows = session.scalars(select(StanceState).where(StanceState.stance.in_(ids)).order_by(StanceState.source))
    by_stance: dict[str, list[StanceState]] = {}
    for row in rows:
        by_stance.setdefault(row.stance, []).append(row)
    report = []
    for stance in ids:
        states = by_stance.get(stance, [])
        overall = next((s for s in states if s.scope == "global"), None)
        report.append({
            "stance": stance,
            "state": overall.state if overall else None,
            "since": _iso(overall.since) if overall else None,
            "sources": [{"source": s.source, "state": s.state, "since": _iso(s.since)} for s in states if s.scope == "source"],
        })
    return report


def overview(session: Session, configured_stances: Sequence[str] = (), now: datetime | None = None) -> dict[str, Any]:
    """Everything `shiftwatch status` shows, as plain data (the `--format json` output)."""
    now = now or datetime.now(timezone.utc)
    feeds = feed_statuses(session, now)
    deliveries = dict(session.execute(select(Delivery.status, func.count()).group_by(Delivery.status)).all())
    scheduled = session.scalar(select(func.count()).select_from(Article).where(Article.next_check_at.is_not(None))) or 0
    due = session.scalar(select(func.count()).select_from(Article).where(Article.next_check_at <= now)) or 0
    workers = session.scalars(select(Worker).order_by(Worker.started_at)).all()
    return {
        "now": _iso(now),
        "feeds": [{k: (_iso(v) if isinstance(v, datetime) else v) for k, v in asdict(f).items()} for f in feeds],
        "stances": stance_report(session, stance_ids(session, configured_stances)),
        "revisits": {"scheduled": int(scheduled), "due": int(due)},
        "deliveries": {s: int(deliveries.get(s, 0)) for s in ("pending", "delivered", "dead")},
        "workers": [{"id": w.id, "hostname": w.hostname, "pid": w.pid, "started_at": _iso(w.started_at),
                     "heartbeat_at": _iso(w.heartbeat_at)} for w in workers],
    }


def format_overview(data: dict[str, Any], now: datetime | None = None) -> list[str]:
    """The text of `shiftwatch status`."""
    now = now or datetime.now(timezone.utc)
    lines: list[str] = []
    feeds = data["feeds"]
    by_status: dict[str, int] = {}
    for feed in feeds:
        by_status[feed["status"]] = by_status.get(feed["status"], 0) + 1
    summary = ", ".join(f"{by_status.get(s, 0)} {s}" for s in ("active", "failing", "gone", "removed") if by_status.get(s))
    lines.append(f"Feeds: {len(feeds)}" + (f" ({summary})" if summary else " (none configured or polled yet)"))
    if feeds:
        width = max(12, *(len(f["name"]) for f in feeds))
        lines.append(f"  {'FEED':<{width}}  {'STATUS':<8}  {'LAST POLL':<17}  {'LAST SUCCESS':<17}  "
                     f"{'NEXT POLL':<17}  {'ENTRIES':>7}  ERROR")
        for f in feeds:
            entries = str(f["entries_seen"])
            if f["entries_pending"]:
                entries += f" ({f['entries_pending']} pending)"
            error = ""
            if f["error"]:
                error = _short(f["error"], 100)
                if f["consecutive_errors"] > 1:
                    error += f" ({f['consecutive_errors']} in a row)"
            lines.append(f"  {f['name']:<{width}}  {f['status']:<8}  {_when(f['last_poll_at']):<17}  "
                         f"{_when(f['last_success_at']):<17}  {_when(f['next_poll_at'], none='-'):<17}  "
                         f"{entries:>7}  {error}".rstrip())
    lines.append("")
    lines.append("Stances:")
    if not data["stances"]:
        lines.append("  no stance states yet")
    for stance in data["stances"]:
        since = f" since {stance['since'][:10]}" if stance["since"] else ""
        lines.append(f"  {stance['stance']}: {stance['state'] or 'no reading yet'}{since}")
        for source in stance["sources"]:
            since = f" since {source['since'][:10]}" if source["since"] else ""
            lines.append(f"      {source['source']:<30} {source['state']}{since}")
    lines.append("")
    revisits, deliveries = data["revisits"], data["deliveries"]
    lines.append(f"Revisits: {revisits['scheduled']} scheduled, {revisits['due']} due now")
    lines.append(f"Deliveries: {deliveries['pending']} pending, {deliveries['delivered']} delivered, {deliveries['dead']} dead")
    if data["workers"]:
        for w in data["workers"]:
            beat = _parse(w["heartbeat_at"])
            ago = f"{(now - beat).total_seconds():.0f} s ago" if beat else "never"
            lines.append(f"Worker: {w['id']} (heartbeat {ago})")
    else:
        lines.append("Worker: none running")
    return lines


def _iso(value: datetime | None) -> str | None:
    return value.isoformat(timespec="seconds").replace("+00:00", "Z") if value else None


def _parse(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value.replace("Z", "+00:00")) if value else None


def _when(value: str | None, *, none: str = "never") -> str:
    return value[:16].replace("T", " ") + "Z" if value else none


def _short(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
