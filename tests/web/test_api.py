"""The dashboard pages and the JSON API on a real SQLite file and on PostgreSQL."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session, sessionmaker

from monitor import diffing
from monitor.cli import main
from monitor.errors import ConfigError
from monitor.store.db import open_store
from monitor.web import queries, serve
from monitor.web.app import create_app
from monitor.web.pages import highlight, render_diff, safe_href

from .sample import (
    HOSTILE_ERROR,
    HOSTILE_SOURCE,
    HOSTILE_TEXT,
    OTHER,
    STANCE,
    STANCES,
    V1,
    V2,
    V3,
    Ids,
    populate,
)

TOKEN = "s3cret-token"


@dataclass
class Site:
    client: TestClient
    ids: Ids
    sessions: sessionmaker[Session]


@pytest.fixture
def site(store_url: str) -> Iterator[Site]:
    sessions = open_store(store_url)
    ids = populate(sessions)
    with TestClient(create_app(sessions, STANCES)) as client:
        yield Site(client, ids, sessions)
    sessions.kw["bind"].dispose()


def page(site: Site, path: str, status: int = 200) -> str:
    response = site.client.get(path)
    assert response.status_code == status, (path, response.text[:500])
    assert response.headers["content-type"].startswith("text/html")
    return response.text


def api(site: Site, path: str, status: int = 200) -> object:
    response = site.client.get(path)
    assert response.status_code == status, (path, response.text[:500])
    return response.json()


# -- stances ---------------------------------------------------------------------------------------

def test_stances_api_gives_global_state_since_and_sources_per_state(site: Site) -> None:
    stances = {s["id"]: s for s in api(site, "/api/v1/stances")}
    ours = stances[STANCE]
    assert ours["title"] == "South Korea · Ukraine · weapons"
    assert ours["state"] == "reconsider"
    assert ours["since"].startswith("2024-06-19T12:00:00")
    assert ours["source_counts"] == {"refrains": 1, "reconsider": 2, "supplies": 0}
    assert ours["sources"] == 3
    # A stance only the store knows is listed under its id.
    assert stances[OTHER]["title"] == OTHER and stances[OTHER]["state"] == "refrains"


def test_stances_page_links_to_each_timeline(site: Site) -> None:
    html = page(site, "/")
    assert f'href="/stances/{STANCE}"' in html
    assert "South Korea · Ukraine · weapons" in html
    assert re.search(r"reconsider <b>2</b>", html) and re.search(r"refrains <b>1</b>", html)
    assert "2024-06-19" in html


def test_stance_detail_lists_sources_and_latest_transitions(site: Site) -> None:
    detail = api(site, f"/api/v1/stances/{STANCE}")
    assert [s["source"] for s in detail["sources"]] == ["<b onmouseover=\"x()\">Evil</b> & Co", "Harbor Wire", "Pacific Ledger"]
    moves = detail["transitions"]
    assert [(m["scope"], m["source"], m["to_state"]) for m in moves[:2]] == [
        ("source", "Harbor Wire", "reconsider"), ("global", "", "reconsider")]  # newest first
    assert moves[0]["article_id"] == site.ids.revised and moves[0]["version"] == 2
    assert moves[0]["reading_id"] == site.ids.v2_reading
    assert any(m["baseline"] for m in moves)


def test_timeline_has_a_lane_per_source_and_points_for_readings_that_say_something(site: Site) -> None:
    tl = api(site, f"/api/v1/stances/{STANCE}/timeline")
    lanes = [(lane["scope"], lane["source"]) for lane in tl["lanes"]]
    assert lanes[0] == ("global", "")
    assert set(lanes[1:]) == {("source", "Harbor Wire"), ("source", "Pacific Ledger"), ("source", HOSTILE_SOURCE)}
    points = tl["points"]
    assert [p["at"][:10] for p in points] == sorted(p["at"][:10] for p in points)  # oldest first
    assert len(points) == 5 and not tl["truncated"]
    undated = next(p for p in points if p["article_id"] == site.ids.hostile)
    assert undated["at"].startswith("2024-06-21T08:00")  # fetch time stands in for the publication
    assert tl["start"].startswith("2024-06-19") and tl["end"].startswith("2024-06-21")
    harbor = next(lane for lane in tl["lanes"] if lane["source"] == "Harbor Wire")
    assert [m["to_state"] for m in harbor["transitions"]] == ["refrains", "reconsider"]


def test_timeline_window_and_truncation(site: Site) -> None:
    newest = api(site, f"/api/v1/stances/{STANCE}/timeline?limit=2")
    assert newest["truncated"] and len(newest["points"]) == 2
    assert newest["start"] == newest["points"][0]["at"]  # the window opens at the oldest point shown
    global_lane = newest["lanes"][0]
    assert global_lane["state_at_start"] == "reconsider"  # set before the window, still in force
    window = api(site, f"/api/v1/stances/{STANCE}/timeline?start=2024-06-20&end=2024-06-20T23:59:59")
    assert {p["version"] for p in window["points"]} == {2}
    harbor = next(lane for lane in window["lanes"] if lane["source"] == "Harbor Wire")
    assert harbor["state_at_start"] == "refrains" and [m["to_state"] for m in harbor["transitions"]] == ["reconsider"]
    ledger = next(lane for lane in window["lanes"] if lane["source"] == "Pacific Ledger")
    assert ledger["state_at_start"] == "reconsider" and ledger["transitions"] == []
    assert api(site, f"/api/v1/stances/{STANCE}/timeline?start=2030-01-01")["points"] == []


def test_timeline_page_draws_an_svg_whose_points_link_to_the_evidence(site: Site) -> None:
    html = page(site, f"/stances/{STANCE}")
    svg = html[html.index("<svg"):html.index("</svg>")]
    assert svg.count('class="point"') == 5 + 2  # five readings, two global moves
    assert f'href="/articles/{site.ids.revised}#r{site.ids.v2_reading}"' in svg
    assert "All sources (global)" in svg and "Harbor Wire" in svg
    assert "<script" not in html.lower()
    narrowed = page(site, f"/stances/{STANCE}?start=2024-06-20&end=2024-06-20")
    narrowed_svg = narrowed[narrowed.index("<svg"):narrowed.index("</svg>")]
    assert narrowed_svg.count('class="point"') == 1
    assert "is not a date" in page(site, f"/stances/{STANCE}?start=yesterday", 400)


# -- articles --------------------------------------------------------------------------------------

def test_articles_list_search_and_pages(site: Site) -> None:
    listing = api(site, "/api/v1/articles")
    assert [a["id"] for a in listing["items"]][0] == site.ids.revised  # changed last
    assert listing["items"][0]["versions"] == 3 and not listing["has_more"]
    assert [a["id"] for a in api(site, "/api/v1/articles?q=YOON")["items"]] == [site.ids.other]
    assert [a["id"] for a in api(site, "/api/v1/articles?q=ledger.example")["items"]] == [site.ids.other]
    assert api(site, "/api/v1/articles?q=%25")["items"] == []  # % is literal, not a wildcard
    assert [a["id"] for a in api(site, "/api/v1/articles?source=Harbor%20Wire")["items"]] == [site.ids.revised]
    first = api(site, "/api/v1/articles?limit=2")
    assert len(first["items"]) == 2 and first["has_more"]
    rest = api(site, "/api/v1/articles?limit=2&offset=2")
    assert len(rest["items"]) == 1 and not rest["has_more"]
    assert api(site, "/api/v1/articles?limit=0", 422)
    html = page(site, "/articles?q=seoul")
    assert f'href="/articles/{site.ids.revised}"' in html and "Yoon" not in html


def test_article_history_has_every_version_with_times_readings_and_diffs(site: Site) -> None:
    history = api(site, f"/api/v1/articles/{site.ids.revised}")
    assert history["source"] == "Harbor Wire" and history["total_versions"] == 3
    v1, v2, v3 = history["versions"]
    assert (v1["text"], v2["text"], v3["text"]) == (V1, V2, V3)
    assert v1["published"].startswith("2024-06-19") and v1["fetched_at"].startswith("2024-06-19T06:00")
    assert v1["diff"] is None
    assert v2["diff"]["from_version"] == 1
    ops = [tuple(op) for op in v2["diff"]["ops"]]
    assert "".join(t for op, t in ops if op != diffing.INSERT) == V1
    assert "".join(t for op, t in ops if op != diffing.DELETE) == V2
    assert v2["diff"]["passages"][0]["after"].startswith("Seoul is reviewing")
    assert [(r["stance"], r["state"]) for r in v2["readings"]] == [(STANCE, "reconsider")]
    evidence = v2["readings"][0]["evidence"][0]
    assert V2[evidence["start"]:evidence["end"]] == evidence["text"]
    paged = api(site, f"/api/v1/articles/{site.ids.revised}?limit=1&offset=1")
    assert [v["number"] for v in paged["versions"]] == [2] and paged["versions"][0]["diff"]["from_version"] == 1


def test_a_diff_stored_against_a_flipped_back_version_is_recomputed(site: Site) -> None:
    from monitor.store.models import Version

    with site.sessions.begin() as s:
        v3 = s.query(Version).filter_by(article_id=site.ids.revised, number=3).one()
        v3.diff = [list(op) for op in diffing.diff(V1, V3)]  # as if v1 was current when v3 came
    v3 = api(site, f"/api/v1/articles/{site.ids.revised}")["versions"][2]
    assert "".join(t for op, t in v3["diff"]["ops"] if op != diffing.INSERT) == V2


def test_article_page_marks_insertions_deletions_and_evidence(site: Site) -> None:
    html = page(site, f"/articles/{site.ids.revised}")
    for number in (1, 2, 3):
        assert f'id="v{number}"' in html
    assert f'id="r{site.ids.v2_reading}"' in html
    diff = html[html.index('id="diff-v2"'):]
    diff = diff[:diff.index("</div>")]
    assert "<del>" in diff and "<ins>" in diff
    assert re.search(r"<del>[^<]*will not provide[^<]*</del>", diff) or re.search(r"<del>[^<]*not provide", diff)
    assert "<mark" in html  # evidence marked in the text
    assert "Changes from version 1" in html and "Changes from version 2" in html
    assert "2024-06-20" in html  # publication of v2


def test_reading_api_and_redirect(site: Site) -> None:
    found = api(site, f"/api/v1/readings/{site.ids.v2_reading}")
    assert found["article_id"] == site.ids.revised and found["version"] == 2 and found["state"] == "reconsider"
    response = site.client.get(f"/readings/{site.ids.v2_reading}", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == f"/articles/{site.ids.revised}#r{site.ids.v2_reading}"


# -- alerts ----------------------------------------------------------------------------------------

def test_alerts_with_deliveries_attempts_and_errors(site: Site) -> None:
    listing = api(site, "/api/v1/alerts")
    assert [a["id"] for a in listing["items"]] == [site.ids.alert_dead, site.ids.alert_shift]  # newest first
    shift = listing["items"][1]
    assert shift["type"] == "stance.shift" and shift["seq"] == 1 and shift["article_id"] == site.ids.other
    assert (shift["from_state"], shift["to_state"]) == ("refrains", "reconsider")
    by_endpoint = {d["endpoint"]: d for d in shift["deliveries"]}
    assert by_endpoint["ops"]["status"] == "delivered" and by_endpoint["ops"]["attempts"] == 1
    assert [a["status_code"] for a in by_endpoint["chat"]["history"]] == [503, 200]
    dead = api(site, "/api/v1/alerts?status=dead")["items"]
    assert [a["id"] for a in dead] == [site.ids.alert_dead]
    assert dead[0]["deliveries"][0]["last_error"] == HOSTILE_ERROR
    assert [a["outcome"] for a in dead[0]["deliveries"][0]["history"]] == ["retry", "retry", "dead"]
    assert api(site, "/api/v1/alerts?type=stance.shift")["items"][0]["id"] == site.ids.alert_shift
    assert api(site, f"/api/v1/alerts?stance={OTHER}")["items"] == []
    assert api(site, "/api/v1/alerts?status=lost", 422)
    assert api(site, f"/api/v1/alerts/{site.ids.alert_shift}")["payload"]["sequence"] == 1
    html = page(site, "/alerts")
    assert "delivered" in html and "dead" in html and "2 attempts" in html and "3 attempts" in html
    assert f'href="/articles/{site.ids.other}#v1"' in html
    assert page(site, "/alerts?status=dead").count('<tr id="alert-') == 1
    page(site, "/alerts?status=lost", 400)


# -- escaping, read-only, 404s, OpenAPI -------------------------------------------------------------

HOSTILE_MARKUP = ["<script", "<img", "<b onmouseover", "javascript:alert"]  # as markup, not as text


@pytest.mark.parametrize("path", ["/", "/stances/kr-arms-ukraine", "/articles", "/articles/{hostile}", "/alerts",
                                  "/articles?q=<script>", "/articles/{revised}"])
def test_hostile_article_text_is_escaped_on_every_page(site: Site, path: str) -> None:
    html = page(site, path.format(hostile=site.ids.hostile, revised=site.ids.revised))
    lowered = html.lower()
    for needle in HOSTILE_MARKUP:
        if needle == "javascript:alert":
            assert 'href="javascript:' not in lowered
        else:
            assert needle not in lowered, needle
    headers = site.client.get(path.format(hostile=site.ids.hostile, revised=site.ids.revised)).headers
    assert "default-src 'none'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"


def test_hostile_text_is_shown_as_text(site: Site) -> None:
    html = page(site, f"/articles/{site.ids.hostile}")
    assert "&lt;script&gt;alert(&#34;title&#34;)&lt;/script&gt;" in html
    assert "&#34;&gt;&lt;img src=x onerror=alert(1)&gt;" in html
    assert '<span class="url">javascript:alert(document.cookie)</span>' in html  # shown, not linked
    alerts = page(site, "/alerts")
    assert "&lt;img src=x onerror=alert(2)&gt;" in alerts
    # The JSON API returns the text as it is, as JSON.
    assert api(site, f"/api/v1/articles/{site.ids.hostile}")["versions"][0]["text"] == HOSTILE_TEXT


def test_rendering_helpers_escape() -> None:
    assert str(render_diff([(0, "a<b"), (-1, '"><img>'), (1, "<script>")])) == \
        "a&lt;b<del>&#34;&gt;&lt;img&gt;</del><ins>&lt;script&gt;</ins>"
    marked = str(highlight("x <i>y</i> z", [(2, 10, "refrains"), (3, 5, "supplies"), (11, 99, "supplies")]))
    assert marked == 'x <mark class="st0">&lt;i&gt;y&lt;/i&gt;</mark> z'
    assert safe_href("https://a.example/x") == "https://a.example/x"
    assert safe_href(" javascript:alert(1)") is None and safe_href("data:text/html,x") is None
    long = "word " * 400
    elided = str(render_diff([(0, long), (1, "new"), (0, long)]))
    assert "unchanged characters" in elided and len(elided) < len(long)


def test_read_only(site: Site) -> None:
    for method in ("post", "put", "delete", "patch"):
        assert getattr(site.client, method)("/api/v1/stances").status_code == 405
        assert getattr(site.client, method)(f"/articles/{site.ids.revised}").status_code == 405


@pytest.mark.parametrize("path", ["/api/v1/stances/nope", "/api/v1/stances/nope/timeline", "/api/v1/articles/999999",
                                  "/api/v1/readings/999999", "/api/v1/alerts/msg_nope"])
def test_api_404s(site: Site, path: str) -> None:
    body = api(site, path, 404)
    assert "not found" in body["detail"]


@pytest.mark.parametrize("path", ["/stances/nope", "/articles/999999", "/readings/999999"])
def test_page_404s(site: Site, path: str) -> None:
    assert "not found" in page(site, path, 404)


def test_non_numeric_ids_are_rejected(site: Site) -> None:
    assert site.client.get("/api/v1/articles/abc").status_code == 422


def test_openapi_describes_the_v1_api(site: Site) -> None:
    spec = api(site, "/api/v1/openapi.json")
    paths = set(spec["paths"])
    assert {"/api/v1/stances", "/api/v1/stances/{stance_id}", "/api/v1/stances/{stance_id}/timeline", "/api/v1/articles",
            "/api/v1/articles/{article_id}", "/api/v1/readings/{reading_id}", "/api/v1/alerts",
            "/api/v1/alerts/{alert_id}"} <= paths
    assert not any(p.startswith(("/articles", "/stances", "/alerts", "/static")) for p in paths)  # pages are not API
    schemas = spec["components"]["schemas"]
    assert {"StanceSummary", "Timeline", "ArticleHistory", "VersionDiff", "AlertPage", "DeliveryRow"} <= set(schemas)
    assert "diff-match-patch" in schemas["VersionDiff"]["properties"]["ops"]["description"]
    # The response models are the query dataclasses: their annotations carry the descriptions,
    # the nullability and the enums, and every field is required (always present).
    summary = schemas["StanceSummary"]
    assert summary["properties"]["state"]["description"] == "current global state; null before any reading"
    assert {"type": "null"} in summary["properties"]["state"]["anyOf"]
    assert summary["properties"]["ladder"]["type"] == "array"
    assert schemas["TransitionRow"]["properties"]["scope"]["enum"] == ["global", "source"]
    assert schemas["Lane"]["properties"]["scope"]["enum"] == ["global", "source"]
    for name in ("StanceSummary", "TransitionRow", "Timeline", "ArticleHistory", "VersionRow", "DeliveryRow", "AlertRow"):
        assert schemas[name]["required"] == list(schemas[name]["properties"]), name
    assert not any(name.startswith("StanceMeta") for name in schemas)  # configuration, not API


def test_health_metrics_and_static_stay(site: Site) -> None:
    assert site.client.get("/healthz").json() == {"status": "ok"}
    assert site.client.get("/metrics").status_code == 200
    css = site.client.get("/static/dashboard.css")
    assert css.status_code == 200 and "text/css" in css.headers["content-type"]


# -- token ------------------------------------------------------------------------------------------

def test_token_is_required_everywhere_but_healthz(store_url: str) -> None:
    sessions = open_store(store_url)
    ids = populate(sessions)
    with TestClient(create_app(sessions, STANCES, token=TOKEN)) as client:
        assert client.get("/healthz").status_code == 200
        for path in ("/", f"/stances/{STANCE}", f"/articles/{ids.revised}", "/alerts", "/api/v1/stances",
                     "/api/v1/openapi.json", "/static/dashboard.css", "/metrics"):
            assert client.get(path).status_code == 401, path
        assert client.get("/api/v1/stances", headers={"Authorization": "Bearer wrong"}).status_code == 401
        assert client.get("/api/v1/stances", headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 200
        assert client.get("/", params={"token": "wrong"}).status_code == 401
        assert "shiftwatch_token" not in client.cookies
        opened = client.get("/", params={"token": TOKEN})
        assert opened.status_code == 200
        cookie = client.cookies.get("shiftwatch_token")
        assert cookie and TOKEN not in cookie  # a digest, not the token
        assert "httponly" in opened.headers["set-cookie"].lower()
        # The browser follows links without the query string: the cookie carries it.
        assert client.get(f"/articles/{ids.revised}").status_code == 200
        client.cookies.set("shiftwatch_token", "forged")
        assert client.get(f"/articles/{ids.revised}").status_code == 401
    sessions.kw["bind"].dispose()


# -- serve: binding and token -------------------------------------------------------------------------

def test_loopback_detection() -> None:
    assert serve.is_loopback("127.0.0.1") and serve.is_loopback("::1") and serve.is_loopback("localhost")
    assert serve.is_loopback("127.0.0.2")
    assert not serve.is_loopback("0.0.0.0") and not serve.is_loopback("::") and not serve.is_loopback("192.0.2.10")


def test_serving_beyond_loopback_needs_a_token() -> None:
    serve.check_binding("127.0.0.1", None, "T")
    serve.check_binding("0.0.0.0", "secret", "T")
    with pytest.raises(ConfigError, match="refusing to serve on '0.0.0.0' without a token.*environment variable T"):
        serve.check_binding("0.0.0.0", None, "T")
    assert serve.token_from_env("T", {"T": "abc"}) == "abc"
    assert serve.token_from_env("T", {"T": ""}) is None and serve.token_from_env("T", {}) is None


def test_serve_command_refuses_a_public_host_without_token(sqlite_url: str, monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("DASH_TOKEN", raising=False)
    assert main(["serve", "--db", sqlite_url, "--host", "0.0.0.0", "--token-env", "DASH_TOKEN"]) == 2
    err = capsys.readouterr().err
    assert "refusing to serve on '0.0.0.0' without a token" in err and "DASH_TOKEN" in err


def test_serve_takes_no_token_on_the_command_line() -> None:
    from monitor.cli import build_parser

    with pytest.raises(SystemExit):
        build_parser().parse_args(["serve", "--token", "abc"])


def test_empty_store_pages(sqlite_url: str) -> None:
    sessions = open_store(sqlite_url)
    with TestClient(create_app(sessions, STANCES)) as client:
        assert "no reading yet" in client.get("/").text
        assert "No readings of this stance yet" in client.get(f"/stances/{STANCE}").text
        assert client.get("/articles").status_code == 200 and client.get("/alerts").status_code == 200
        assert client.get(f"/api/v1/stances/{STANCE}/timeline").json()["points"] == []


def test_queries_never_run_a_query_per_row(site: Site) -> None:
    """Each page costs a fixed number of statements, whatever the number of rows."""
    from sqlalchemy import event

    engine = site.sessions.kw["bind"]
    statements: list[str] = []

    def count(*_args: object) -> None:
        statements.append("x")

    event.listen(engine, "before_cursor_execute", count)
    try:
        known = queries.catalogue(STANCES)
        with site.sessions() as s:
            for run, budget in ((lambda: queries.stance_summaries(s, known), 1),
                                (lambda: queries.stance_detail(s, STANCE, known), 2),
                                (lambda: queries.timeline(s, STANCE, known), 3),
                                (lambda: queries.articles(s), 2),
                                (lambda: queries.article_history(s, site.ids.revised), 4),
                                (lambda: queries.alerts(s), 4)):
                statements.clear()
                run()
                assert len(statements) <= budget
    finally:
        event.remove(engine, "before_cursor_execute", count)


def test_timeline_window_parameters(site: Site) -> None:
    day = api(site, f"/api/v1/stances/{STANCE}/timeline?start=2024-06-20&end=2024-06-20")  # the whole day
    assert {p["version"] for p in day["points"]} == {2}
    exact = api(site, f"/api/v1/stances/{STANCE}/timeline?start=2024-06-20T00:00:00&end=2024-06-20T00:00:00")
    assert {p["version"] for p in exact["points"]} == {2}  # published at midnight exactly
    offset = api(site, f"/api/v1/stances/{STANCE}/timeline?start=2024-06-20T09:00:00%2B09:00&end=2024-06-20T09:00:00%2B09:00")
    assert {p["version"] for p in offset["points"]} == {2}  # 09:00 in Seoul is midnight UTC
    body = api(site, f"/api/v1/stances/{STANCE}/timeline?start=yesterday", 422)
    assert "is not a date" in body["detail"]
