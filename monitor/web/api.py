"""The JSON API under `/api/v1/`: the same data as the dashboard pages, for other tools.

Read-only and versioned: fields are only ever added within v1. Times are ISO 8601 in UTC.
The OpenAPI description is served at `/api/v1/openapi.json`.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.orm import Session

from monitor.web import queries

PREFIX = "/api/v1"


def session(request: Request) -> Iterator[Session]:
    """One read-only session per request."""
    with request.app.state.sessions() as s:
        yield s


def known(request: Request) -> dict[str, queries.StanceMeta]:
    return request.app.state.catalogue  # type: ignore[no-any-return]


SessionDep = Annotated[Session, Depends(session)]
KnownDep = Annotated[dict[str, queries.StanceMeta], Depends(known)]
Limit = Annotated[int, Query(ge=1, le=queries.MAX_PAGE, description="page size")]
Offset = Annotated[int, Query(ge=0, description="rows to skip")]


# -- response models -----------------------------------------------------------------------------

class Model(BaseModel):
    model_config = ConfigDict(from_attributes=True)


class StanceSummary(Model):
    id: str = Field(description="stance id, as in config/stances/*.toml")
    title: str
    ladder: list[str] = Field(description="the ordered states")
    state: str | None = Field(description="current global state; null before any reading")
    since: datetime | None = Field(description="publication time of the reading that set the global state")
    source_counts: dict[str, int] = Field(description="state -> number of sources whose latest report is that state")
    sources: int = Field(description="sources that reported on this stance")


class SourceState(Model):
    source: str
    state: str
    since: datetime | None


class TransitionOut(Model):
    id: int
    scope: Literal["global", "source"]
    source: str = Field(description='the source; "" for global moves')
    from_state: str
    to_state: str
    at: datetime = Field(description="publication time of the reading that caused the move")
    baseline: bool = Field(description="set by the seed baseline (no alert)")
    reading_id: int
    article_id: int
    version: int
    title: str | None


class StanceDetail(Model):
    summary: StanceSummary
    sources: list[SourceState]
    transitions: list[TransitionOut] = Field(description="latest moves, newest first")


class Point(Model):
    reading_id: int
    state: str
    confidence: float
    at: datetime = Field(description="publication time of the version (fetch time when undated)")
    source: str
    article_id: int
    version: int
    title: str | None
    url: str


class Lane(Model):
    scope: Literal["global", "source"]
    source: str
    state_at_start: str | None = Field(description="state in force when the window opens")
    transitions: list[TransitionOut] = Field(description="moves inside the window, oldest first")


class Timeline(Model):
    stance: str
    ladder: list[str]
    start: datetime | None
    end: datetime | None
    lanes: list[Lane] = Field(description="global first, then one per source")
    points: list[Point] = Field(description="readings that report a state, oldest first")
    truncated: bool = Field(description="more readings in the window than `limit`: the oldest are left out")


class ArticleRow(Model):
    id: int
    url: str
    title: str | None
    source: str
    versions: int
    current_version: int
    first_seen_at: datetime
    last_changed_at: datetime


class ArticlePage(Model):
    items: list[ArticleRow]
    limit: int
    offset: int
    has_more: bool


class Evidence(Model):
    text: str
    state: str | None
    start: int | None = Field(description="offset into the version's text")
    end: int | None
    rule: str | None


class ReadingOut(Model):
    id: int
    stance: str
    state: str
    confidence: float
    evidence: list[Evidence]


class Passage(Model):
    before: str
    after: str


class VersionDiff(Model):
    from_version: int
    ops: list[tuple[int, str]] = Field(description="diff-match-patch operations: [-1 deleted | 0 equal | 1 inserted, text]")
    passages: list[Passage] = Field(description="changed sentences, before and after")


class VersionOut(Model):
    id: int
    number: int
    title: str | None
    text: str
    published: datetime | None
    fetched_at: datetime
    content_hash: str
    readings: list[ReadingOut]
    diff: VersionDiff | None = Field(description="changes from the previous version; null for the first")


class ArticleHistory(Model):
    id: int
    url: str
    title: str | None
    source: str
    current_version: int
    first_seen_at: datetime
    last_checked_at: datetime
    last_changed_at: datetime
    versions: list[VersionOut] = Field(description="oldest first; a page of `limit` from `offset`")
    total_versions: int
    limit: int
    offset: int


class ReadingDetail(Model):
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


class AttemptOut(Model):
    at: datetime
    status_code: int | None
    outcome: str
    error: str | None
    duration_ms: float


class DeliveryOut(Model):
    endpoint: str
    status: str = Field(description="pending | delivered | dead")
    attempts: int
    next_attempt_at: datetime | None
    delivered_at: datetime | None
    last_error: str | None
    history: list[AttemptOut] = Field(description="every HTTP attempt, oldest first")


class AlertOut(Model):
    id: str = Field(description="the webhook-id")
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
    article_id: int | None
    payload: dict[str, Any] = Field(description="the webhook body as sent")
    deliveries: list[DeliveryOut]


class AlertPage(Model):
    items: list[AlertOut]
    limit: int
    offset: int
    has_more: bool


# -- routes --------------------------------------------------------------------------------------

router = APIRouter(prefix=PREFIX, tags=["v1"])
NOT_FOUND = {404: {"description": "not found"}}


@router.get("/stances", response_model=list[StanceSummary], summary="Every stance with its global state")
def list_stances(s: SessionDep, k: KnownDep) -> Any:
    return queries.stance_summaries(s, k)


@router.get("/stances/{stance_id}", response_model=StanceDetail, responses=NOT_FOUND,
            summary="One stance: per-source states and latest transitions")
def get_stance(stance_id: str, s: SessionDep, k: KnownDep, limit: Limit = 50) -> Any:
    return _found(queries.stance_detail(s, stance_id, k, limit=limit), f"stance {stance_id!r}")


@router.get("/stances/{stance_id}/timeline", response_model=Timeline, responses=NOT_FOUND,
            summary="The stance over time: lanes of state per source and the readings as points")
def get_timeline(
    stance_id: str,
    s: SessionDep,
    k: KnownDep,
    start: Annotated[str | None, Query(max_length=40, description="window start: ISO date or date-time, UTC unless "
                                                                    "it has an offset", examples=["2025-01-01"])] = None,
    end: Annotated[str | None, Query(max_length=40, description="window end: ISO date (the whole day) or date-time",
                                     examples=["2025-03-31"])] = None,
    limit: Annotated[int, Query(ge=1, le=queries.MAX_POINTS, description="newest readings to return")] = 500,
) -> Any:
    try:
        window = queries.parse_moment(start, "start"), queries.parse_moment(end, "end", end=True)
    except ValueError as exc:
        raise HTTPException(status_code=422, detail=str(exc)) from None
    return _found(queries.timeline(s, stance_id, k, start=window[0], end=window[1], limit=limit), f"stance {stance_id!r}")


@router.get("/articles", response_model=ArticlePage, summary="Articles, most recently changed first")
def list_articles(
    s: SessionDep,
    q: Annotated[str | None, Query(max_length=200, description="text in the title or URL (case-insensitive)")] = None,
    source: Annotated[str | None, Query(max_length=200, description="exact source name")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Any:
    return queries.articles(s, q=q, source=source, limit=limit, offset=offset)


@router.get("/articles/{article_id}", response_model=ArticleHistory, responses=NOT_FOUND,
            summary="An article's versions with readings and diffs")
def get_article(article_id: int, s: SessionDep, limit: Limit = 50, offset: Offset = 0) -> Any:
    return _found(queries.article_history(s, article_id, limit=limit, offset=offset), f"article {article_id}")


@router.get("/readings/{reading_id}", response_model=ReadingDetail, responses=NOT_FOUND,
            summary="One reading with its evidence and the version it read")
def get_reading(reading_id: int, s: SessionDep) -> Any:
    return _found(queries.reading(s, reading_id), f"reading {reading_id}")


@router.get("/alerts", response_model=AlertPage, summary="Alerts, newest first, with deliveries and attempts")
def list_alerts(
    s: SessionDep,
    stance: Annotated[str | None, Query(max_length=100)] = None,
    type: Annotated[str | None, Query(max_length=64, description="stance.shift, stance.revision, …")] = None,
    status: Annotated[Literal["pending", "delivered", "dead"] | None,
                      Query(description="only alerts with a delivery in this status")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Any:
    return queries.alerts(s, stance=stance, type=type, status=status, limit=limit, offset=offset)


@router.get("/alerts/{alert_id}", response_model=AlertOut, responses=NOT_FOUND, summary="One alert")
def get_alert(alert_id: str, s: SessionDep) -> Any:
    return _found(queries.alert(s, alert_id), f"alert {alert_id!r}")


def _found(value: Any, what: str) -> Any:
    if value is None:
        raise HTTPException(status_code=404, detail=f"{what} not found")
    return value
