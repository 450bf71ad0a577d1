"""The dashboard: server-rendered HTML pages over the same queries as the JSON API.

No JavaScript and nothing from a CDN: the timeline is an SVG drawn here, the only asset is
`static/dashboard.css`. Templates autoescape, so article text, titles, URLs and evidence
are always escaped; article URLs become links only for http(s).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape

from monitor import diffing
from monitor.web import queries

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"

# Pages run no script and load nothing from elsewhere; the browser enforces it.
PAGE_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
                               "base-uri 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}

env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(default=True, default_for_string=True))
router = APIRouter(include_in_schema=False)


# -- formatting helpers (template filters) -------------------------------------------------------

def fmt_time(value: datetime | None) -> str:
    """UTC, to the minute; a bare date when the time is midnight (dates from manifests)."""
    if value is None:
        return "—"
    if value.utcoffset():
        value = value.astimezone(timezone.utc)
    if not (value.hour or value.minute or value.second):
        return value.isoformat()[:10]
    return value.isoformat(sep=" ", timespec="minutes")[:16] + " UTC"


def fmt_date(value: datetime | None) -> str:
    if value is None:
        return "—"
    return (value.astimezone(timezone.utc) if value.utcoffset() else value).isoformat()[:10]


@lru_cache(maxsize=256)
def state_class(state: str | None, ladder: tuple[str, ...] | None = None) -> str:
    """CSS class for a state: its rung on the ladder (st0, st1, …), or st-none."""
    ladder = ladder or queries.DEFAULT_LADDER
    if state is None or state == queries.NONE:
        return "st-none"
    if state in ladder:
        return f"st{min(ladder.index(state), 5)}"
    return "st-other"


def safe_href(url: str | None) -> str | None:
    """Only http(s) URLs become links; anything else (javascript:, data:) stays text."""
    if not url:
        return None
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError:
        return None
    return url if scheme in ("http", "https") else None


def highlight(text: str, spans: Sequence[tuple[int, int, str]]) -> Markup:
    """`text` escaped, with the evidence spans (start, end, state) wrapped in <mark>."""
    out: list[str] = []
    position = 0
    for start, end, state in sorted(spans):
        if start < position or end <= start or end > len(text):
            continue  # overlapping or out of range: leave the text plain
        out.append(str(escape(text[position:start])))
        out.append(f'<mark class="{state_class(state)}">{escape(text[start:end])}</mark>')
        position = end
    out.append(str(escape(text[position:])))
    return Markup("".join(out))


ELIDE_OVER, KEEP = 900, 300


def render_diff(ops: Sequence[tuple[int, str]]) -> Markup:
    """diff-match-patch operations as HTML: <del> for deletions, <ins> for insertions, and long
    unchanged stretches shortened to their ends."""
    out: list[str] = []
    last = len(ops) - 1
    for index, (op, text) in enumerate(ops):
        if op == diffing.INSERT:
            out.append(f"<ins>{escape(text)}</ins>")
        elif op == diffing.DELETE:
            out.append(f"<del>{escape(text)}</del>")
        elif len(text) <= ELIDE_OVER:
            out.append(str(escape(text)))
        else:
            head = text[:KEEP] if index > 0 else ""
            tail = text[-KEEP:] if index < last else ""
            skipped = len(text) - len(head) - len(tail)
            out.append(f'{escape(head)}<span class="elided">[… {skipped:,} unchanged characters …]</span>{escape(tail)}')
    return Markup("".join(out))


env.filters.update(time=fmt_time, date=fmt_date, state_class=state_class, safe_href=safe_href)


# -- the SVG timeline ----------------------------------------------------------------------------

LABEL_W, PLOT_W, LANE_H, TOP, BOTTOM, BAND_H = 220, 740, 30, 34, 12, 10


@dataclass(frozen=True)
class Band:
    x: float
    width: float
    state: str
    css: str
    title: str


@dataclass(frozen=True)
class Dot:
    x: float
    y: float
    css: str
    href: str
    title: str
    label: str


@dataclass
class ChartLane:
    label: str
    y: float  # the lane's centre line
    is_global: bool
    bands: list[Band] = field(default_factory=list)
    dots: list[Dot] = field(default_factory=list)


@dataclass(frozen=True)
class Tick:
    x: float
    label: str


@dataclass
class Chart:
    width: int
    height: int
    plot_left: int
    plot_right: int
    lanes: list[ChartLane]
    ticks: list[Tick]
    empty: bool


def build_chart(tl: queries.Timeline) -> Chart:
    """Geometry of the timeline: x is time, one lane per source, global on top."""
    height = TOP + LANE_H * len(tl.lanes) + BOTTOM
    chart = Chart(LABEL_W + PLOT_W + 20, height, LABEL_W, LABEL_W + PLOT_W, [], [], tl.start is None)
    if tl.start is None or tl.end is None:
        return chart
    t0, t1 = tl.start, tl.end
    if t1 <= t0:
        t0, t1 = t0 - timedelta(days=1), t1 + timedelta(days=1)
    pad = (t1 - t0) * 0.02
    t0, t1 = t0 - pad, t1 + pad
    first, last = t0.timestamp(), t1.timestamp()
    scale = PLOT_W / (last - first)

    def x(moment: datetime) -> float:
        return round(LABEL_W + scale * (min(max(moment.timestamp(), first), last) - first), 1)

    by_source: dict[str, list[queries.Point]] = {}
    for point in tl.points:
        by_source.setdefault(point.source, []).append(point)
    for index, lane in enumerate(tl.lanes):
        is_global = lane.scope == queries.GLOBAL
        row = ChartLane("All sources (global)" if is_global else lane.source, TOP + LANE_H * index + LANE_H / 2, is_global)
        state, since = lane.state_at_start, t0
        for move in lane.transitions:
            if state is not None:
                row.bands.append(_band(x(since), x(move.at), state, tl.ladder, since, move.at))
            state, since = move.to_state, move.at
        if state is not None:
            row.bands.append(_band(x(since), x(t1), state, tl.ladder, since, None))
        if is_global:
            for move in lane.transitions:
                row.dots.append(Dot(x(move.at), row.y, state_class(move.to_state, tl.ladder),
                                    f"/articles/{move.article_id}#r{move.reading_id}",
                                    f"{fmt_time(move.at)} · global: {move.from_state} → {move.to_state} · {move.title or ''}",
                                    f"global {move.to_state} {fmt_date(move.at)}"))
        else:
            for point in by_source.get(lane.source, []):
                row.dots.append(Dot(x(point.at), row.y, state_class(point.state, tl.ladder),
                                    f"/articles/{point.article_id}#r{point.reading_id}",
                                    f"{fmt_time(point.at)} · {point.source} · {point.state} ({point.confidence:.2f}) · "
                                    f"v{point.version} {point.title or point.url}",
                                    f"{point.source} {point.state} {fmt_date(point.at)}"))
        chart.lanes.append(row)
    chart.ticks = _ticks(t0, t1, x)
    return chart


def render_chart(chart: Chart, title: str) -> Markup:
    """The chart as inline SVG. Built here rather than in a template: a timeline has
    thousands of attributes, and only the text in it needs escaping."""
    e = escape
    out = [f'<svg id="timeline" xmlns="http://www.w3.org/2000/svg" width="{chart.width}" height="{chart.height}" '
           f'viewBox="0 0 {chart.width} {chart.height}" role="img" '
           f'aria-label="State of {e(title)} over time, one lane per source">']
    for t in chart.ticks:
        out.append(f'<line class="grid" x1="{t.x}" x2="{t.x}" y1="20" y2="{chart.height - 6}"/>'
                   f'<text class="tick" x="{t.x}" y="14" text-anchor="middle">{e(t.label)}</text>')
    for lane in chart.lanes:
        label = lane.label if len(lane.label) <= 30 else lane.label[:29] + "…"
        out.append(f'<g class="lane{" global" if lane.is_global else ""}">'
                   f'<text class="lane-label" x="{chart.plot_left - 8}" y="{lane.y + 4}" text-anchor="end">{e(label)}'
                   f'<title>{e(lane.label)}</title></text>'
                   f'<line class="lane-axis" x1="{chart.plot_left}" x2="{chart.plot_right}" y1="{lane.y}" y2="{lane.y}"/>')
        lane_label = e(lane.label)
        for b in lane.bands:
            out.append(f'<rect class="band {b.css}" x="{b.x}" y="{lane.y - BAND_H / 2}" width="{b.width}" height="{BAND_H}">'
                       f'<title>{lane_label}: {e(b.title)}</title></rect>')
        radius = 7 if lane.is_global else 5
        for d in lane.dots:
            out.append(f'<a class="point" href="{e(d.href)}" aria-label="{e(d.label)}">'
                       f'<circle class="dot {d.css}" cx="{d.x}" cy="{lane.y}" r="{radius}"/><title>{e(d.title)}</title></a>')
        out.append("</g>")
    out.append("</svg>")
    return Markup("".join(out))


def _band(x0: float, x1: float, state: str, ladder: Sequence[str], since: datetime, until: datetime | None) -> Band:
    title = f"{state} from {fmt_date(since)}" + (f" to {fmt_date(until)}" if until else "")
    return Band(x0, max(x1 - x0, 1.0), state, state_class(state, ladder), title)


def _ticks(t0: datetime, t1: datetime, x: Any, count: int = 6) -> list[Tick]:
    days = (t1 - t0).days
    fmt = "%Y" if days > 3 * 365 else "%Y-%m" if days > 90 else "%Y-%m-%d" if days > 3 else "%m-%d %H:%M"
    step = (t1 - t0) / count
    return [Tick(x(t0 + step * (i + 0.5)), (t0 + step * (i + 0.5)).strftime(fmt)) for i in range(count)]


# -- routes --------------------------------------------------------------------------------------

def render(request: Request, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    html = env.get_template(name).render(request=request, **context)
    return HTMLResponse(html, status_code=status_code, headers=PAGE_HEADERS)


def not_found(request: Request, what: str) -> HTMLResponse:
    return render(request, "error.html", 404, title="Not found", message=f"{what} not found.")


def bad_request(request: Request, message: str) -> HTMLResponse:
    return render(request, "error.html", 400, title="Bad request", message=message)


def _catalogue(request: Request) -> Mapping[str, queries.StanceMeta]:
    return request.app.state.catalogue  # type: ignore[no-any-return]


def _int(value: str | None, default: int, *, low: int = 0, high: int = 10**9) -> int:
    try:
        return max(low, min(high, int(value))) if value not in (None, "") else default
    except ValueError:
        return default


def _link(path: str, **params: Any) -> str:
    query = urlencode({k: v for k, v in params.items() if v not in (None, "", 0)})
    return f"{path}?{query}" if query else path


@router.get("/", response_class=HTMLResponse)
def stances_page(request: Request) -> Response:
    with request.app.state.sessions() as session:
        summaries = queries.stance_summaries(session, _catalogue(request))
    return render(request, "stances.html", title="Stances", stances=summaries)


@router.get("/stances/{stance_id}", response_class=HTMLResponse)
def stance_page(request: Request, stance_id: str) -> Response:
    params = request.query_params
    try:
        start = queries.parse_moment(params.get("start"), "start")
        end = queries.parse_moment(params.get("end"), "end", end=True)
    except ValueError as exc:
        return bad_request(request, str(exc))
    limit = _int(params.get("limit"), 500, low=1, high=queries.MAX_POINTS)
    known = _catalogue(request)
    with request.app.state.sessions() as session:
        detail = queries.stance_detail(session, stance_id, known)
        if detail is None:
            return not_found(request, f"Stance {stance_id!r}")
        tl = queries.timeline(session, stance_id, known, start=start, end=end, limit=limit)
    assert tl is not None
    chart = build_chart(tl)
    return render(request, "stance.html", title=detail.summary.title, detail=detail, timeline=tl, chart=chart,
                  svg=render_chart(chart, detail.summary.title),
                  start=params.get("start", ""), end=params.get("end", ""), latest=list(reversed(tl.points))[:50])


@router.get("/articles", response_class=HTMLResponse)
def articles_page(request: Request) -> Response:
    params = request.query_params
    q, source = params.get("q", "")[:200], params.get("source", "")[:200]
    offset, limit = _int(params.get("offset"), 0), 50
    with request.app.state.sessions() as session:
        page = queries.articles(session, q=q or None, source=source or None, limit=limit, offset=offset)
    return render(request, "articles.html", title="Articles", page=page, q=q, source=source,
                  newer=_link("/articles", q=q, source=source, offset=max(0, offset - limit)) if offset else None,
                  older=_link("/articles", q=q, source=source, offset=offset + limit) if page.has_more else None)


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: int) -> Response:
    offset, limit = _int(request.query_params.get("offset"), 0), 50
    with request.app.state.sessions() as session:
        history = queries.article_history(session, article_id, limit=limit, offset=offset)
    if history is None:
        return not_found(request, f"Article {article_id}")
    known = _catalogue(request)
    ladders = {sid: meta.ladder for sid, meta in known.items()}
    texts = {
        v.number: highlight(v.text, [(e.start, e.end, e.state or r.state) for r in v.readings for e in r.evidence
                                     if e.start is not None and e.end is not None])
        for v in history.versions
    }
    diffs = {v.number: render_diff(v.diff.ops) for v in history.versions if v.diff is not None}
    return render(request, "article.html", title=history.title or history.url, article=history, texts=texts, diffs=diffs,
                  ladders=ladders, titles={sid: meta.title for sid, meta in known.items()},
                  newer=_link(f"/articles/{article_id}", offset=max(0, offset - limit)) if offset else None,
                  older=_link(f"/articles/{article_id}", offset=offset + limit) if offset + limit < history.total_versions else None)


@router.get("/readings/{reading_id}")
def reading_page(request: Request, reading_id: int) -> Response:
    with request.app.state.sessions() as session:
        found = queries.reading(session, reading_id)
    if found is None:
        return not_found(request, f"Reading {reading_id}")
    return RedirectResponse(f"/articles/{found.article_id}#r{reading_id}", status_code=303)


@router.get("/alerts", response_class=HTMLResponse)
def alerts_page(request: Request) -> Response:
    params = request.query_params
    stance, kind, status = params.get("stance", "")[:100], params.get("type", "")[:64], params.get("status", "")
    if status not in ("", "pending", "delivered", "dead"):
        return bad_request(request, f"status: {status!r} is not one of pending, delivered, dead")
    offset, limit = _int(params.get("offset"), 0), 50
    with request.app.state.sessions() as session:
        page = queries.alerts(session, stance=stance or None, type=kind or None, status=status or None, limit=limit, offset=offset)
    filters = {"stance": stance, "type": kind, "status": status}
    return render(request, "alerts.html", title="Alerts", page=page, filters=filters,
                  stance_ids=sorted(_catalogue(request)),
                  newer=_link("/alerts", **filters, offset=max(0, offset - limit)) if offset else None,
                  older=_link("/alerts", **filters, offset=offset + limit) if page.has_more else None)
