"""Read-only queries behind the dashboard pages and the JSON API.

One function per page, each a fixed, small number of indexed SELECTs (never one per row),
bounded by a limit: the store may hold hundreds of thousands of versions. Every function
takes a Session and returns plain frozen dataclasses, which the pages render and the API
serialises as they are: they are also the API's response models, so their field descriptions
(`Field(description=...)`) and docstrings appear in the OpenAPI document, and a field added
here is added to the API.
"""

from __future__ import annotations

from collections import Counter as Tally
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Annotated, Any, Literal

from pydantic import Field
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from monitor import diffing
from monitor.store.models import (
    Alert,
    Article,
    Attempt,
    Delivery,
    Reading,
    Source,
    StanceState,
    Transition,
    Version,
)

NONE = "none"
GLOBAL, SOURCE = "global", "source"
Scope = Literal["global", "source"]
DEFAULT_LADDER: tuple[str, ...] = ("refrains", "reconsider", "supplies")

MAX_POINTS = 2000
MAX_TRANSITIONS = 5000
MAX_PAGE = 200


# -- the stance catalogue: titles and ladders from the configuration ---------------------------

@dataclass(frozen=True)
class StanceMeta:
    """What the configuration says about a stance (the store only knows its id)."""

    id: str
    title: str
    ladder: tuple[str, ...]
    initial: str | None = None


def catalogue(stances: Iterable[Any]) -> dict[str, StanceMeta]:
    """Configured stances (anything with `id`, optionally `title`, `ladder`, `initial`) by id."""
    known: dict[str, StanceMeta] = {}
    for stance in stances:
        ladder = tuple(getattr(stance, "ladder", None) or DEFAULT_LADDER)
        known[stance.id] = StanceMeta(stance.id, getattr(stance, "title", None) or stance.id, ladder,
                                      getattr(stance, "initial", None))
    return known


def _meta(stance_id: str, known: Mapping[str, StanceMeta], seen_states: Iterable[str] = ()) -> StanceMeta:
    if stance_id in known:
        return known[stance_id]
    extra = sorted({s for s in seen_states if s not in DEFAULT_LADDER and s != NONE})
    return StanceMeta(stance_id, stance_id, DEFAULT_LADDER + tuple(extra))


# -- stances page --------------------------------------------------------------------------------

@dataclass(frozen=True)
class SourceState:
    source: str
    state: str
    since: datetime | None


@dataclass(frozen=True)
class StanceSummary:
    id: Annotated[str, Field(description="stance id, as in config/stances/*.toml")]
    title: str
    ladder: Annotated[tuple[str, ...], Field(description="the ordered states")]
    state: Annotated[str | None, Field(description="current global state; null before any reading")]
    since: Annotated[datetime | None, Field(description="publication time of the reading that set the global state")]
    source_counts: Annotated[dict[str, int], Field(
        description="state -> number of sources whose latest report is that state")]
    sources: Annotated[int, Field(description="sources that reported on this stance")]


def stance_summaries(session: Session, known: Mapping[str, StanceMeta]) -> list[StanceSummary]:
    """Every configured or stored stance with its global state and per-state source counts."""
    rows = session.execute(
        select(StanceState.stance, StanceState.scope, StanceState.source, StanceState.state, StanceState.since)
    ).all()
    by_stance: dict[str, list[Any]] = {stance_id: [] for stance_id in known}
    for row in rows:
        by_stance.setdefault(row.stance, []).append(row)
    return [_summary(stance_id, by_stance[stance_id], known) for stance_id in sorted(by_stance)]


def _summary(stance_id: str, rows: Sequence[Any], known: Mapping[str, StanceMeta]) -> StanceSummary:
    meta = _meta(stance_id, known, (r.state for r in rows))
    overall = next((r for r in rows if r.scope == GLOBAL), None)
    per_source = [r for r in rows if r.scope == SOURCE]
    tally = Tally(r.state for r in per_source)
    counts = {state: tally.get(state, 0) for state in meta.ladder}
    counts.update({state: n for state, n in tally.items() if state not in counts})
    return StanceSummary(
        id=stance_id, title=meta.title, ladder=meta.ladder,
        state=overall.state if overall else None, since=overall.since if overall else None,
        source_counts=counts, sources=len(per_source),
    )


# -- stance detail and timeline ------------------------------------------------------------------

@dataclass(frozen=True)
class TransitionRow:
    id: int
    scope: Scope
    source: Annotated[str, Field(description='the source; "" for global moves')]
    from_state: str
    to_state: str
    at: Annotated[datetime, Field(description="publication time of the reading that caused the move")]
    baseline: Annotated[bool, Field(description="set by the seed baseline (no alert)")]
    reading_id: int
    article_id: int
    version: int
    title: str | None


@dataclass(frozen=True)
class StanceDetail:
    summary: StanceSummary
    sources: list[SourceState]
    transitions: Annotated[list[TransitionRow], Field(description="latest moves, newest first")]


def _transition_query() -> Any:
    at = func.coalesce(Transition.published, Transition.created_at)
    return (
        select(Transition.id, Transition.scope, Transition.source, Transition.from_state, Transition.to_state,
               at.label("at"), Transition.baseline, Transition.reading_id, Version.article_id,
               Version.number, func.coalesce(Version.title, Article.title).label("title"))
        .join(Reading, Reading.id == Transition.reading_id)
        .join(Version, Version.id == Reading.version_id)
        .join(Article, Article.id == Version.article_id)
    ), at


def _transition(row: Any) -> TransitionRow:
    return TransitionRow(row.id, row.scope, row.source, row.from_state, row.to_state, row.at, bool(row.baseline),
                         row.reading_id, row.article_id, row.number, row.title)


def stance_detail(session: Session, stance_id: str, known: Mapping[str, StanceMeta], *, limit: int = 50) -> StanceDetail | None:
    """The stance's global and per-source states and its latest transitions; None if unknown."""
    rows = session.execute(
        select(StanceState.stance, StanceState.scope, StanceState.source, StanceState.state, StanceState.since)
        .where(StanceState.stance == stance_id)
    ).all()
    if not rows and stance_id not in known:
        return None
    query, at = _transition_query()
    transitions = session.execute(  # ix_transitions_stance_at
        query.where(Transition.stance == stance_id).order_by(at.desc(), Transition.id.desc()).limit(min(limit, MAX_PAGE))
    ).all()
    sources = sorted((SourceState(r.source, r.state, r.since) for r in rows if r.scope == SOURCE), key=lambda s: s.source.lower())
    return StanceDetail(_summary(stance_id, rows, known), sources, [_transition(t) for t in transitions])


@dataclass(frozen=True)
class Point:
    """One reading of the stance that says something (state is not "none")."""

    reading_id: int
    state: str
    confidence: float
    at: Annotated[datetime, Field(description="publication time of the version (fetch time when undated)")]
    source: str
    article_id: int
    version: int
    title: str | None
    url: str


@dataclass(frozen=True)
class Lane:
    """One row of the chart: the global state or one source's, with its moves in the window."""

    scope: Scope
    source: Annotated[str, Field(description='the source; "" for the global lane')]
    state_at_start: Annotated[str | None, Field(description="state in force when the window opens")]
    transitions: Annotated[list[TransitionRow], Field(description="moves inside the window, oldest first")]


@dataclass(frozen=True)
class Timeline:
    stance: str
    ladder: tuple[str, ...]
    start: datetime | None
    end: datetime | None
    lanes: Annotated[list[Lane], Field(description="global first, then one per source")]
    points: Annotated[list[Point], Field(description="readings that report a state, oldest first")]
    truncated: Annotated[bool, Field(description="more readings in the window than `limit`: the oldest are left out")]


def timeline(
    session: Session,
    stance_id: str,
    known: Mapping[str, StanceMeta],
    *,
    start: datetime | None = None,
    end: datetime | None = None,
    limit: int = 500,
) -> Timeline | None:
    """The stance over time: the newest `limit` readings in [start, end] and each lane's moves.

    Without `start`, the window opens at the oldest reading shown (or the first move), so a
    truncated timeline still starts where its points start.
    """
    detail_rows = session.execute(
        select(StanceState.scope, StanceState.source, StanceState.state).where(StanceState.stance == stance_id)
    ).all()
    if not detail_rows and stance_id not in known:
        return None
    meta = _meta(stance_id, known, (r.state for r in detail_rows))
    limit = max(1, min(limit, MAX_POINTS))
    at = func.coalesce(Version.published, Version.fetched_at)
    says_something = Reading.state.in_(meta.ladder) if stance_id in known else Reading.state != NONE
    # Walk versions newest first on ix_versions_effective (ordered by (time, id), so no sort)
    # and look each one's reading up by (version_id, stance). PostgreSQL finds that plan from
    # its statistics; SQLite (never ANALYZEd here) would rather fetch every reading of the
    # stance through ix_readings_stance and sort them all, tens of milliseconds per 10,000,
    # so there the stance is wrapped in coalesce to keep it off that index.
    sqlite = session.get_bind().dialect.name == "sqlite"
    same_stance = func.coalesce(Reading.stance, "") == stance_id if sqlite else Reading.stance == stance_id
    window = [same_stance, says_something]
    if start is not None:
        window.append(at >= start)
    if end is not None:
        window.append(at <= end)
    rows = session.execute(
        select(Reading.id, Reading.state, Reading.confidence, at.label("at"), Source.name, Version.article_id,
               Version.number, func.coalesce(Version.title, Article.title).label("title"), Article.url)
        .select_from(Version)
        .join(Reading, Reading.version_id == Version.id)
        .join(Article, Article.id == Version.article_id)
        .join(Source, Source.id == Article.source_id)
        .where(*window)
        .order_by(at.desc(), Version.id.desc())
        .limit(limit + 1)
    ).all()
    truncated = len(rows) > limit
    rows = rows[:limit]
    points = [Point(r.id, r.state, r.confidence, r.at, r.name, r.article_id, r.number, r.title, r.url) for r in reversed(rows)]

    query, t_at = _transition_query()
    moves = [Transition.stance == stance_id]  # ix_transitions_stance_at
    window_start = start
    if window_start is None and truncated and points:
        window_start = points[0].at
    if window_start is not None:
        moves.append(t_at >= window_start)
    if end is not None:
        moves.append(t_at <= end)
    inside = [_transition(t) for t in session.execute(
        query.where(*moves).order_by(t_at, Transition.id).limit(MAX_TRANSITIONS)
    ).all()]
    # The state in force when the window opens: what a lane's first move inside it moved
    # from; for a lane without moves since then (and no end), its current state.
    moved: dict[tuple[str, str], list[TransitionRow]] = {}
    for move in inside:
        moved.setdefault((move.scope, move.source), []).append(move)
    before = {key: own[0].from_state for key, own in moved.items()}
    if window_start is not None:
        if end is None:
            current = {(r.scope, r.source): r.state for r in detail_rows}
            before.update({key: state for key, state in current.items() if key not in before})
        elif any((r.scope, r.source) not in before for r in detail_rows):
            before = {**_states_before(session, stance_id, window_start), **before}

    keys = {(GLOBAL, "")} | {(r.scope, r.source) for r in detail_rows} | {(SOURCE, p.source) for p in points}
    keys |= set(moved) | set(before)
    lanes = []
    for scope, source in sorted(keys, key=lambda k: (k[0] != GLOBAL, k[1].lower())):
        lanes.append(Lane(scope, source, before.get((scope, source)) if window_start is not None else None,
                          moved.get((scope, source), [])))

    times = [p.at for p in points] + [t.at for t in inside]
    return Timeline(
        stance=stance_id, ladder=meta.ladder,
        start=window_start if window_start is not None else (min(times) if times else None),
        end=end if end is not None else (max(times) if times else None),
        lanes=lanes, points=points, truncated=truncated,
    )


def parse_moment(value: str | None, name: str, *, end: bool = False) -> datetime | None:
    """A window bound from a query string: an ISO date or date-time, UTC unless it says
    otherwise. A bare date as the `end` of a window includes that whole day."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{name}: {value!r} is not a date (YYYY-MM-DD) or date-time (YYYY-MM-DDTHH:MM:SS)") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    if end and len(value) <= 10:
        moment += timedelta(days=1) - timedelta(microseconds=1)
    return moment


def _states_before(session: Session, stance_id: str, moment: datetime) -> dict[tuple[str, str], str]:
    """Each lane's state at `moment`: the target of its last transition before it."""
    at = func.coalesce(Transition.published, Transition.created_at)
    ranked = (
        select(Transition.scope, Transition.source, Transition.to_state,
               func.row_number().over(partition_by=(Transition.scope, Transition.source),
                                      order_by=(at.desc(), Transition.id.desc())).label("rank"))
        .where(Transition.stance == stance_id, at < moment)
        .subquery()
    )
    rows = session.execute(select(ranked.c.scope, ranked.c.source, ranked.c.to_state).where(ranked.c.rank == 1)).all()
    return {(r.scope, r.source): r.to_state for r in rows}


# -- articles ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ArticleRow:
    id: int
    url: str
    title: str | None
    source: str
    versions: Annotated[int, Field(description="the highest version number")]
    current_version: int
    first_seen_at: datetime
    last_changed_at: datetime


@dataclass(frozen=True)
class ArticlePage:
    items: list[ArticleRow]
    limit: int
    offset: int
    has_more: bool


def articles(
    session: Session,
    *,
    q: str | None = None,
    source: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> ArticlePage:
    """Articles, most recently changed first; `q` searches title and URL, `source` is exact."""
    limit = max(1, min(limit, MAX_PAGE))
    query = (
        select(Article.id, Article.url, Article.title, Source.name, Article.current_version, Article.first_seen_at,
               Article.last_changed_at)
        .join(Source, Source.id == Article.source_id)
    )
    if q:
        query = query.where(or_(Article.title.icontains(q, autoescape=True), Article.url.icontains(q, autoescape=True)))
    if source:
        query = query.where(Source.name == source)
    rows = session.execute(  # ix_articles_last_changed_at
        query.order_by(Article.last_changed_at.desc(), Article.id.desc()).limit(limit + 1).offset(max(0, offset))
    ).all()
    # Version counts for this page only (as a column of the query above, PostgreSQL would
    # compute it for every row an OFFSET skips too).
    ids = [r.id for r in rows[:limit]]
    counts = dict(session.execute(
        select(Version.article_id, func.max(Version.number)).where(Version.article_id.in_(ids)).group_by(Version.article_id)
    ).all()) if ids else {}
    items = [ArticleRow(r.id, r.url, r.title, r.name, counts.get(r.id, 0), r.current_version, r.first_seen_at, r.last_changed_at)
             for r in rows[:limit]]
    return ArticlePage(items, limit, max(0, offset), len(rows) > limit)


@dataclass(frozen=True)
class Evidence:
    text: str
    state: str | None
    start: Annotated[int | None, Field(description="offset into the version's text")]
    end: int | None
    rule: str | None


@dataclass(frozen=True)
class ReadingRow:
    id: int
    stance: str
    state: str
    confidence: float
    evidence: list[Evidence]


@dataclass(frozen=True)
class Passage:
    before: str
    after: str


@dataclass(frozen=True)
class VersionDiff:
    """What changed from version `from_version` to this one (diff-match-patch operations)."""

    from_version: int
    ops: Annotated[list[tuple[int, str]], Field(
        description="diff-match-patch operations: [-1 deleted | 0 equal | 1 inserted, text]")]
    passages: Annotated[list[Passage], Field(description="changed sentences, before and after")]


@dataclass(frozen=True)
class VersionRow:
    id: int
    number: int
    title: str | None
    text: str
    published: datetime | None
    fetched_at: datetime
    content_hash: str
    readings: list[ReadingRow]
    diff: Annotated[VersionDiff | None, Field(description="changes from the previous version; null for the first")]


@dataclass(frozen=True)
class ArticleHistory:
    id: int
    url: str
    title: str | None
    source: str
    current_version: int
    first_seen_at: datetime
    last_checked_at: datetime
    last_changed_at: datetime
    versions: Annotated[list[VersionRow], Field(description="oldest first; a page of `limit` from `offset`")]
    total_versions: int
    limit: int
    offset: int


def article_history(session: Session, article_id: int, *, limit: int = 50, offset: int = 0) -> ArticleHistory | None:
    """An article with its versions (oldest first), each with its readings and its diff."""
    head = session.execute(
        select(Article, Source.name).join(Source, Source.id == Article.source_id).where(Article.id == article_id)
    ).first()
    if head is None:
        return None
    article, source = head
    limit = max(1, min(limit, MAX_PAGE))
    offset = max(0, offset)
    total = session.scalar(select(func.count()).select_from(Version).where(Version.article_id == article_id)) or 0
    # One version before the page as well, so the page's first diff can be checked against it.
    first = max(0, offset - 1)
    versions = session.scalars(
        select(Version).where(Version.article_id == article_id).order_by(Version.number)
        .limit(limit + (offset - first)).offset(first)
    ).all()
    ids = [v.id for v in versions]
    readings: dict[int, list[ReadingRow]] = {}
    if ids:
        for r in session.scalars(select(Reading).where(Reading.version_id.in_(ids)).order_by(Reading.stance)):
            readings.setdefault(r.version_id, []).append(ReadingRow(r.id, r.stance, r.state, r.confidence, _evidence(r.evidence)))
    rows = []
    previous: Version | None = None
    for version in versions:
        if version.number > offset:
            rows.append(VersionRow(
                version.id, version.number, version.title, version.text, version.published, version.fetched_at,
                version.content_hash, readings.get(version.id, []), _version_diff(version, previous),
            ))
        previous = version
    return ArticleHistory(
        article.id, article.url, article.title, source, article.current_version, article.first_seen_at,
        article.last_checked_at, article.last_changed_at, rows, total, limit, offset,
    )


def _version_diff(version: Version, previous: Version | None) -> VersionDiff | None:
    """The diff from the previous version by number.

    The stored diff is against the version that was current at ingest time, which is the
    previous number unless the article had flipped back; then the diff is computed afresh.
    """
    if previous is None:
        return None
    ops = [(int(op), text) for op, text in (version.diff or [])]
    if not ops or "".join(text for op, text in ops if op != diffing.INSERT) != previous.text:
        ops = diffing.diff(previous.text, version.text)
    passages = [Passage(p.before, p.after) for p in diffing.changed_passages(ops)]
    return VersionDiff(previous.number, ops, passages)


def _evidence(raw: Any) -> list[Evidence]:
    items = []
    for entry in raw or []:
        if isinstance(entry, dict):
            items.append(Evidence(str(entry.get("text", "")), entry.get("state"), _int(entry.get("start")),
                                  _int(entry.get("end")), entry.get("rule")))
    return items


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


@dataclass(frozen=True)
class ReadingDetail:
    id: int
    stance: str
    state: str
    confidence: float
    evidence: list[Evidence]
    created_at: datetime
    article_id: int
    url: str
    source: str
    version: int
    title: str | None
    published: datetime | None
    fetched_at: datetime


def reading(session: Session, reading_id: int) -> ReadingDetail | None:
    row = session.execute(
        select(Reading, Version.article_id, Article.url, Source.name, Version.number,
               func.coalesce(Version.title, Article.title).label("title"), Version.published, Version.fetched_at)
        .join(Version, Version.id == Reading.version_id)
        .join(Article, Article.id == Version.article_id)
        .join(Source, Source.id == Article.source_id)
        .where(Reading.id == reading_id)
    ).first()
    if row is None:
        return None
    r = row.Reading
    return ReadingDetail(r.id, r.stance, r.state, r.confidence, _evidence(r.evidence), r.created_at, row.article_id,
                         row.url, row.name, row.number, row.title, row.published, row.fetched_at)


# -- alerts --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class AttemptRow:
    at: datetime
    status_code: int | None
    outcome: str
    error: str | None
    duration_ms: float


@dataclass(frozen=True)
class DeliveryRow:
    endpoint: str
    status: Annotated[str, Field(description="pending | delivered | dead")]
    attempts: int
    next_attempt_at: datetime | None
    delivered_at: datetime | None
    last_error: str | None
    history: Annotated[list[AttemptRow], Field(description="every HTTP attempt, oldest first")]


@dataclass(frozen=True)
class AlertRow:
    id: Annotated[str, Field(description="the webhook-id")]
    type: str
    stance: str | None
    seq: int
    created_at: datetime
    from_state: str | None
    to_state: str | None
    source: str | None
    url: str | None
    title: str | None
    version: int | None
    article_id: Annotated[int | None, Field(description="the alerted article, when it is in the store")]
    payload: Annotated[dict[str, Any], Field(description="the webhook body as sent")]
    deliveries: list[DeliveryRow]


@dataclass(frozen=True)
class AlertPage:
    items: list[AlertRow]
    limit: int
    offset: int
    has_more: bool


def alerts(
    session: Session,
    *,
    stance: str | None = None,
    type: str | None = None,
    status: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> AlertPage:
    """Alerts, newest first, with every delivery and its attempts; `status` keeps alerts with a
    delivery in that status (pending, delivered, dead)."""
    limit = max(1, min(limit, MAX_PAGE))
    offset = max(0, offset)
    query = select(Alert)
    if stance:
        query = query.where(Alert.stance == stance)
    if type:
        query = query.where(Alert.type == type)
    if status:
        # IN, not EXISTS: SQLite would answer a correlated EXISTS through ix_deliveries_status,
        # scanning every delivery in that status once per alert.
        query = query.where(Alert.id.in_(select(Delivery.alert_id).where(Delivery.status == status)))
    found = session.scalars(query.order_by(Alert.created_at.desc(), Alert.seq.desc()).limit(limit + 1).offset(offset)).all()
    items = _alert_rows(session, found[:limit])
    return AlertPage(items, limit, offset, len(found) > limit)


def alert(session: Session, alert_id: str) -> AlertRow | None:
    found = session.get(Alert, alert_id)
    return _alert_rows(session, [found])[0] if found is not None else None


def _alert_rows(session: Session, found: Sequence[Alert]) -> list[AlertRow]:
    ids = [a.id for a in found]
    deliveries: dict[str, list[tuple[int, Delivery]]] = {}
    attempts: dict[int, list[AttemptRow]] = {}
    if ids:
        rows = session.scalars(select(Delivery).where(Delivery.alert_id.in_(ids)).order_by(Delivery.endpoint)).all()
        for d in rows:
            deliveries.setdefault(d.alert_id, []).append((d.id, d))
        delivery_ids = [d.id for d in rows]
        for start in range(0, len(delivery_ids), 500):
            chunk = delivery_ids[start:start + 500]
            for a in session.execute(
                select(Attempt.delivery_id, Attempt.at, Attempt.status_code, Attempt.outcome, Attempt.error, Attempt.duration_ms)
                .where(Attempt.delivery_id.in_(chunk)).order_by(Attempt.at, Attempt.id)
            ):
                attempts.setdefault(a.delivery_id, []).append(AttemptRow(a.at, a.status_code, a.outcome, a.error, a.duration_ms))
    urls = {u for a in found if (u := _article(a.payload).get("url"))}
    article_ids = {url: id_ for url, id_ in session.execute(select(Article.url, Article.id).where(Article.url.in_(urls)))} if urls else {}
    items = []
    for a in found:
        payload = a.payload or {}
        article = _article(payload)
        version = article.get("version")
        items.append(AlertRow(
            id=a.id, type=a.type, stance=a.stance, seq=a.seq, created_at=a.created_at,
            from_state=_str(payload.get("from")), to_state=_str(payload.get("to")), source=_str(payload.get("source")),
            url=_str(article.get("url")), title=_str(article.get("title")),
            version=version if isinstance(version, int) else None,
            article_id=article_ids.get(article.get("url")), payload=payload,
            deliveries=[
                DeliveryRow(d.endpoint, d.status, d.attempts, d.next_attempt_at, d.delivered_at, d.last_error, attempts.get(did, []))
                for did, d in deliveries.get(a.id, [])
            ],
        ))
    return items


def _article(payload: Any) -> dict[str, Any]:
    article = payload.get("article") if isinstance(payload, dict) else None
    return article if isinstance(article, dict) else {}


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) else None
