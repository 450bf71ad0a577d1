"""The JSON API under `/api/v1/`: the same data as the dashboard pages, for other tools.

Read-only and versioned: fields are only ever added within v1. Times are ISO 8601 in UTC.
The OpenAPI description is served at `/api/v1/openapi.json`.

The response models are the frozen dataclasses that `monitor.web.queries` returns (FastAPI
serialises them as they are), so a field added there is added here too.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Literal, TypeVar

from fastapi import APIRouter, Depends, HTTPException, Query, Request
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


# -- routes --------------------------------------------------------------------------------------

router = APIRouter(prefix=PREFIX, tags=["v1"])
NOT_FOUND = {404: {"description": "not found"}}


@router.get("/stances", summary="Every stance with its global state")
def list_stances(s: SessionDep, k: KnownDep) -> list[queries.StanceSummary]:
    return queries.stance_summaries(s, k)


@router.get("/stances/{stance_id}", responses=NOT_FOUND, summary="One stance: per-source states and latest transitions")
def get_stance(stance_id: str, s: SessionDep, k: KnownDep, limit: Limit = 50) -> queries.StanceDetail:
    return _found(queries.stance_detail(s, stance_id, k, limit=limit), f"stance {stance_id!r}")


@router.get("/stances/{stance_id}/timeline", responses=NOT_FOUND,
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
) -> queries.Timeline:
    try:
        window = queries.parse_moment(start, "start"), queries.parse_moment(end, "end", end=True)
    except ValueError as exc:
        raise HTTPException(status_code=422, detail=str(exc)) from None
    return _found(queries.timeline(s, stance_id, k, start=window[0], end=window[1], limit=limit), f"stance {stance_id!r}")


@router.get("/articles", summary="Articles, most recently changed first")
def list_articles(
    s: SessionDep,
    q: Annotated[str | None, Query(max_length=200, description="text in the title or URL (case-insensitive)")] = None,
    source: Annotated[str | None, Query(max_length=200, description="exact source name")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> queries.ArticlePage:
    return queries.articles(s, q=q, source=source, limit=limit, offset=offset)


@router.get("/articles/{article_id}", responses=NOT_FOUND, summary="An article's versions with readings and diffs")
def get_article(article_id: int, s: SessionDep, limit: Limit = 50, offset: Offset = 0) -> queries.ArticleHistory:
    return _found(queries.article_history(s, article_id, limit=limit, offset=offset), f"article {article_id}")


@router.get("/readings/{reading_id}", responses=NOT_FOUND, summary="One reading with its evidence and the version it read")
def get_reading(reading_id: int, s: SessionDep) -> queries.ReadingDetail:
    return _found(queries.reading(s, reading_id), f"reading {reading_id}")


@router.get("/alerts", summary="Alerts, newest first, with deliveries and attempts")
def list_alerts(
    s: SessionDep,
    stance: Annotated[str | None, Query(max_length=100)] = None,
    type: Annotated[str | None, Query(max_length=64, description="stance.shift, stance.revision, …")] = None,
    status: Annotated[Literal["pending", "delivered", "dead"] | None,
                      Query(description="only alerts with a delivery in this status")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> queries.AlertPage:
    return queries.alerts(s, stance=stance, type=type, status=status, limit=limit, offset=offset)


@router.get("/alerts/{alert_id}", responses=NOT_FOUND, summary="One alert")
def get_alert(alert_id: str, s: SessionDep) -> queries.AlertRow:
    return _found(queries.alert(s, alert_id), f"alert {alert_id!r}")


T = TypeVar("T")


def _found(value: T | None, what: str) -> T:
    if value is None:
        raise HTTPException(status_code=404, detail=f"{what} not found")
    return value
