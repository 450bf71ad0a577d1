"""The dashboard in a real headless browser: Debian's Chromium driven through Selenium.

`python -m monitor replay` loads the seeds and the dev corpus into a SQLite file, `python -m
monitor serve` serves it on a free loopback port, and the browser clicks from the stance to
its timeline, from a point on the timeline to the article, and to the article's diff.
Screenshots land in tests/web/screenshots/ (git-ignored).

The browser comes from Debian (`scripts/install-browser`). When it is missing the test is
skipped, except in CI (CI=true), where it fails: there the test setup must have installed it.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from ..conftest import DEV_CORPUS, ROOT, SEEDS

pytestmark = pytest.mark.slow

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
INSTALL = ROOT / "scripts" / "install-browser"
SCREENSHOTS = Path(__file__).resolve().parent / "screenshots"
STANCE = "kr-arms-ukraine"
REVISED_URL = "https://news.example/r01-seoul-arms-decision"  # two versions in the dev corpus
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def _unavailable(message: str) -> None:
    if IN_CI:
        pytest.fail(f"browser test cannot run in CI: {message}", pytrace=False)
    pytest.skip(message)


def _browser_ready() -> None:
    missing = [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not p.exists()]
    if missing and IN_CI:
        # The test command should have run scripts/install-browser; try once more here.
        result = subprocess.run([str(INSTALL)], capture_output=True, text=True, timeout=900)
        missing = [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not p.exists()]
        if missing:
            _unavailable(f"{', '.join(missing)} still missing after scripts/{INSTALL.name} "
                         f"(exit {result.returncode}) {result.stderr.strip()[-500:]}")
    if missing:
        _unavailable(f"{', '.join(missing)} missing: run scripts/install-browser (Debian chromium, chromium-driver)")
    try:
        import selenium  # noqa: F401
    except ImportError:
        _unavailable("the selenium package is missing: pip install -e '.[test]'")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("SHIFTWATCH_DB_URL", "SHIFTWATCH_WEB_TOKEN")}
    return subprocess.run([sys.executable, "-m", "monitor", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=600)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`shiftwatch serve` on the seeds and the dev corpus; yields its base URL."""
    _browser_ready()
    if not DEV_CORPUS.is_dir():
        pytest.fail(f"{DEV_CORPUS} is missing: the shared corpus must sit beside the repository")
    db = f"sqlite:///{tmp_path_factory.mktemp('dashboard') / 'shiftwatch.db'}"
    for args in ([], [str(DEV_CORPUS)]):
        done = _run("replay", "--db", db, *args)
        assert done.returncode == 0, f"replay {args or SEEDS} failed ({done.returncode}):\n{done.stderr[-2000:]}"
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k not in ("SHIFTWATCH_DB_URL", "SHIFTWATCH_WEB_TOKEN")}
    process = subprocess.Popen([sys.executable, "-m", "monitor", "serve", "--db", db, "--port", str(port)],
                               cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            if process.poll() is not None:
                pytest.fail(f"shiftwatch serve exited ({process.returncode}):\n{process.stdout.read() if process.stdout else ''}")
            try:
                if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                pytest.fail("shiftwatch serve did not answer /healthz within 30 s")
            time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="module")
def browser(server: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--disable-component-update", "--no-first-run",
                 "--disable-sync", "--window-size=1280,1000",
                 f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()


def shot(driver: object, name: str, element: object | None = None) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / name
    if element is not None:
        element.screenshot(str(path))  # type: ignore[attr-defined]
    else:
        driver.save_screenshot(str(path))  # type: ignore[attr-defined]
    assert path.stat().st_size > 1000, f"{path} is empty"
    return path


def test_stance_to_timeline_to_article_to_diff(server: str, browser: object) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    driver = browser
    wait = WebDriverWait(driver, 15)
    article_id = httpx.get(f"{server}/api/v1/articles", params={"q": "r01-seoul-arms"}).json()["items"][0]["id"]

    # The stances page: each stance with its global state, since when, and sources by state.
    driver.get(server + "/")
    row = wait.until(ec.visibility_of_element_located((By.ID, f"stance-{STANCE}")))
    assert "South Korea" in row.text and "supplies" in row.text and "2025-02-14" in row.text
    assert driver.find_element(By.ID, "stance-us-atacms-ukraine").is_displayed()
    shot(driver, "01-stances.png")

    # Click through to the timeline: an SVG chart with one lane per source.
    row.find_element(By.CSS_SELECTOR, "a.stance-link").click()
    chart = wait.until(ec.visibility_of_element_located((By.ID, "timeline")))
    assert driver.current_url.endswith(f"/stances/{STANCE}")
    labels = [label.text for label in chart.find_elements(By.CSS_SELECTOR, "text.lane-label")]
    assert labels[0] == "All sources (global)" and "Harbor Wire" in labels and "Pacific Ledger" in labels
    assert len(chart.find_elements(By.CSS_SELECTOR, "a.point")) >= 10
    assert len(chart.find_elements(By.CSS_SELECTOR, "rect.band")) >= len(labels)
    shot(driver, "02-timeline.png")

    # Click the point of the revised article's second version (Harbor Wire, supplies).
    points = [p for p in chart.find_elements(By.CSS_SELECTOR, "a.point")
              if (p.get_dom_attribute("href") or "").split("#")[0].endswith(f"/articles/{article_id}")]
    assert points, f"no timeline point links to article {article_id}"
    points[-1].find_element(By.TAG_NAME, "circle").click()
    wait.until(ec.url_contains(f"/articles/{article_id}#r"))
    reading = driver.find_element(By.ID, driver.current_url.split("#")[1])
    assert "supplies" in reading.text
    assert "approved" in reading.find_element(By.CSS_SELECTOR, "ul.evidence blockquote").text
    heading = driver.find_element(By.TAG_NAME, "h1").text
    assert "Seoul" in heading
    shot(driver, "03-article.png")

    # Its history: both versions with their times, and the diff with insertions and deletions.
    versions = driver.find_elements(By.CSS_SELECTOR, "section.version")
    assert [v.get_attribute("id") for v in versions] == ["v1", "v2"]
    assert "Published 2025-02-10 08:00 UTC" in versions[0].text
    assert "Published 2025-02-14 18:30 UTC" in versions[1].text
    diff = driver.find_element(By.ID, "diff-v2")
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", diff)
    inserted = [e.text for e in diff.find_elements(By.TAG_NAME, "ins") if e.text.strip()]
    deleted = [e.text for e in diff.find_elements(By.TAG_NAME, "del") if e.text.strip()]
    assert inserted and deleted
    assert diff.find_element(By.TAG_NAME, "ins").value_of_css_property("background-color") != "rgba(0, 0, 0, 0)"
    assert "Changes from version 1" in versions[1].text
    shot(driver, "04-diff.png", versions[1])

    # And the alerts, with the delivery state of each.
    driver.find_element(By.ID, "nav-alerts").click()
    wait.until(ec.title_contains("Alerts"))
    rows = driver.find_elements(By.CSS_SELECTOR, "table.alerts tbody tr")
    assert rows and any("stance.revision" in r.text for r in rows)
    shot(driver, "05-alerts.png")

    # The page ran no script and loaded nothing from elsewhere.
    resources = driver.execute_script("return performance.getEntriesByType('resource').map(r => r.name)")
    assert all(r.startswith(server) for r in resources), resources


def test_the_api_behind_the_pages_serves_the_same_data(server: str) -> None:
    stances = {s["id"]: s for s in httpx.get(f"{server}/api/v1/stances").json()}
    assert stances[STANCE]["state"] == "supplies"
    timeline = httpx.get(f"{server}/api/v1/stances/{STANCE}/timeline").json()
    assert {lane["source"] for lane in timeline["lanes"]} >= {"", "Harbor Wire", "Pacific Ledger"}
    found = httpx.get(f"{server}/api/v1/articles", params={"q": "r01-seoul-arms"}).json()["items"]
    assert [a["url"] for a in found] == [REVISED_URL]
    history = httpx.get(f"{server}/api/v1/articles/{found[0]['id']}").json()
    assert [v["number"] for v in history["versions"]] == [1, 2] and history["versions"][1]["diff"]["passages"]



def test_install_browser_does_nothing_when_the_browser_is_there(tmp_path: Path) -> None:
    if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
        _unavailable("chromium is not installed: nothing to check about a second run")
    fake = tmp_path / "bin"
    fake.mkdir()
    (fake / "apt-get").write_text("#!/bin/sh\necho 'apt-get must not run' >&2\nexit 99\n")
    (fake / "apt-get").chmod(0o755)
    done = subprocess.run([str(INSTALL)], capture_output=True, text=True, timeout=60,
                          env={**os.environ, "PATH": f"{fake}:{os.environ.get('PATH', '')}"})
    assert done.returncode == 0, done.stderr
    assert "apt-get must not run" not in done.stderr
