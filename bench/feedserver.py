"""A small, fast HTTP/1.1 server on loopback for the benchmarks (asyncio, keep-alive).

It plays every website the benchmarks need, so shiftwatch and urlwatch fetch exactly
the same bytes:

* ``GET /feed/<i>.xml`` — RSS 2.0 feed number *i* with up to ``--items`` entries. Each
  feed has a *generation* (``--initial`` at start, default ``--items``): generation *g*
  lists items *max(0, g-items) … g-1*, newest first. The response carries ``ETag`` and ``Last-Modified`` and honours
  ``If-None-Match`` (which wins, as RFC 9110 says) and ``If-Modified-Since`` with a 304,
  unless the server runs with ``--no-conditional``.
* ``GET /article/<i>-<k>.html`` — the article page of item *k* of feed *i*: a generated
  news page with menus, related links and a footer (see ``bench/pages.py``). Pages can
  be overridden with ``POST /_page``.
* ``POST /_bump?feed=<i>[&page=...]`` — feed *i* moves to its next generation (one new
  item) now; the answer is the server's ``time.time()`` at that moment, as text. With a
  JSON body ``{"html": "..."}`` the new item's page is that HTML.
* ``POST /hook`` — a webhook receiver: the arrival time (``time.time()`` once the whole
  request is read), the headers and the body are kept; ``GET /_hooks`` returns them as
  JSON and forgets them.
* ``GET /_stats`` — feed requests served, by status.

Run as a process of its own (``python bench/feedserver.py --port 0 --port-file F``) so
that its CPU time is not charged to the process being measured; the benchmarks start
and stop it with `FeedServer` below.
"""

from __future__ import annotations

import argparse
import asyncio
import email.utils
import json
import signal
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pages import article_page  # noqa: E402

EPOCH = 1_735_689_600  # 2025-01-01T00:00:00Z: generation g of a feed was modified at EPOCH + 60 g
REASONS = {200: "OK", 304: "Not Modified", 404: "Not Found", 400: "Bad Request"}


class Site:
    def __init__(self, feeds: int, items: int, conditional: bool, host: str, initial: int | None = None) -> None:
        self.feeds, self.items, self.conditional, self.host = feeds, items, conditional, host
        self.initial = items if initial is None else initial
        self.generation: dict[int, int] = {}
        self.bumped_at: dict[int, float] = {}
        self.pages: dict[str, bytes] = {}
        self.cache: dict[tuple[int, int], bytes] = {}
        self.hooks: list[dict] = []
        self.stats: dict[int, int] = {}

    def feed(self, i: int, headers: dict[str, str]) -> tuple[int, list[tuple[str, str]], bytes]:
        g = self.generation.get(i, self.initial)
        modified = self.bumped_at.get(i, EPOCH + 60 * g)
        etag = f'"f{i}-g{g}"'
        last_modified = email.utils.formatdate(int(modified), usegmt=True)
        validators = [("ETag", etag), ("Last-Modified", last_modified)]
        if self.conditional:
            inm = headers.get("if-none-match")
            ims = headers.get("if-modified-since")
            if inm is not None:
                if etag in [t.strip() for t in inm.split(",")] or inm.strip() == "*":
                    return 304, validators, b""
            elif ims:
                try:
                    since = email.utils.parsedate_to_datetime(ims).timestamp()
                except (TypeError, ValueError):
                    since = None
                if since is not None and int(modified) <= since:
                    return 304, validators, b""
        body = self.cache.get((i, g))
        if body is None:
            body = self.cache[(i, g)] = self.render(i, g, modified)
        return 200, [("Content-Type", "application/rss+xml; charset=utf-8"), *validators], body

    def render(self, i: int, g: int, modified: float) -> bytes:
        items = []
        for k in range(g - 1, max(0, g - self.items) - 1, -1):
            published = email.utils.formatdate(int(EPOCH + 60 * k if k < g - 1 else modified), usegmt=True)
            link = f"http://{self.host}/article/{i}-{k}.html"
            items.append(
                f"<item><title>Feed {i} story {k}: ministers meet over the regional security outlook</title>"
                f"<link>{link}</link><guid isPermaLink=\"false\">feed{i}-item{k}</guid><pubDate>{published}</pubDate>"
                f"<description>Officials from several governments met on day {k} to discuss defence cooperation, "
                f"export rules and the humanitarian situation; a statement is expected later this week.</description>"
                f"</item>")
        return ("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel>"
                f"<title>Bench feed {i}</title><link>http://{self.host}/</link>"
                f"<description>Synthetic news feed number {i}</description>"
                f"<lastBuildDate>{email.utils.formatdate(int(modified), usegmt=True)}</lastBuildDate>"
                + "".join(items) + "</channel></rss>\n").encode("utf-8")

    def article(self, name: str) -> tuple[int, list[tuple[str, str]], bytes]:
        body = self.pages.get(name)
        if body is None:
            try:
                i, k = (int(x) for x in name.split("-"))
            except ValueError:
                return 404, [], b"not found"
            body = article_page((i * 1009 + k) % 100_000).encode("utf-8")
        return 200, [("Content-Type", "text/html; charset=utf-8")], body

    def bump(self, query: dict[str, list[str]], body: bytes) -> bytes:
        i = int(query["feed"][0])
        k = self.generation.get(i, self.initial)  # the new item
        g = k + 1
        if body:
            data = json.loads(body)
            if data.get("html"):
                self.pages[f"{i}-{k}"] = data["html"].encode("utf-8")
        now = time.time()
        self.generation[i] = g
        self.bumped_at[i] = now
        return json.dumps({"time": now, "item": k, "url": f"http://{self.host}/article/{i}-{k}.html"}).encode()

    def handle(self, method: str, target: str, headers: dict[str, str], body: bytes
               ) -> tuple[int, list[tuple[str, str]], bytes]:
        parts = urlsplit(target)
        path = parts.path
        if method == "GET" and path.startswith("/feed/") and path.endswith(".xml"):
            try:
                i = int(path[6:-4])
            except ValueError:
                return 404, [], b"not found"
            if not 0 <= i < self.feeds:
                return 404, [], b"not found"
            return self.feed(i, headers)
        if method == "GET" and path.startswith("/article/") and path.endswith(".html"):
            return self.article(path[9:-5])
        if method == "POST" and path == "/hook":
            self.hooks.append({"time": time.time(), "headers": headers, "body": body.decode("utf-8", "replace")})
            return 200, [], b"ok"
        if method == "GET" and path == "/_hooks":
            hooks, self.hooks = self.hooks, []
            return 200, [("Content-Type", "application/json")], json.dumps(hooks).encode()
        if method == "POST" and path == "/_bump":
            return 200, [("Content-Type", "application/json")], self.bump(parse_qs(parts.query), body)
        if method == "POST" and path == "/_reset":
            self.generation.clear()
            self.bumped_at.clear()
            self.cache.clear()
            self.pages.clear()
            self.stats.clear()
            return 200, [], b"ok"
        if method == "GET" and path == "/_stats":
            return 200, [("Content-Type", "application/json")], json.dumps(self.stats).encode()
        return 404, [], b"not found"


class Http(asyncio.Protocol):
    def __init__(self, site: Site) -> None:
        self.site = site
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head = self.buffer[:end].decode("latin-1").split("\r\n")
            headers = {}
            for line in head[1:]:
                name, _, value = line.partition(":")
                headers[name.strip().lower()] = value.strip()
            length = int(headers.get("content-length", "0") or 0)
            if len(self.buffer) < end + 4 + length:
                return
            body = self.buffer[end + 4:end + 4 + length]
            self.buffer = self.buffer[end + 4 + length:]
            try:
                method, target, version = head[0].split(" ", 2)
                status, extra, payload = self.site.handle(method, target, headers, body)
            except Exception as exc:  # a bench bug: answer 400 and say why
                status, extra, payload, version = 400, [], repr(exc).encode(), "HTTP/1.1"
            if head[0].startswith("GET /feed/"):  # feed responses by status
                self.site.stats[status] = self.site.stats.get(status, 0) + 1
            close = headers.get("connection", "").lower() == "close" or version == "HTTP/1.0"
            lines = [f"HTTP/1.1 {status} {REASONS.get(status, 'OK')}", f"Content-Length: {len(payload)}",
                     "Connection: close" if close else "Connection: keep-alive"]
            lines += [f"{k}: {v}" for k, v in extra]
            assert self.transport is not None
            self.transport.write(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + payload)
            if close:
                self.transport.close()
                return


async def serve(args: argparse.Namespace) -> None:
    loop = asyncio.get_running_loop()
    site_holder: list[Site] = []
    server = await loop.create_server(lambda: Http(site_holder[0]), "127.0.0.1", args.port, backlog=4096)
    port = server.sockets[0].getsockname()[1]
    site_holder.append(Site(args.feeds, args.items, not args.no_conditional, f"127.0.0.1:{port}", args.initial))
    if args.port_file:
        tmp = Path(args.port_file + ".tmp")
        tmp.write_text(str(port))
        tmp.replace(args.port_file)
    stop = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    loop.add_signal_handler(signal.SIGINT, stop.set)
    async with server:
        await stop.wait()


class FeedServer:
    """The server as a child process: ``with FeedServer(feeds=1000) as server: server.url(i)``."""

    def __init__(self, feeds: int, items: int = 10, conditional: bool = True, initial: int | None = None) -> None:
        self.feeds, self.items, self.conditional, self.initial = feeds, items, conditional, initial
        self.process: subprocess.Popen | None = None
        self.port = 0

    def __enter__(self) -> FeedServer:
        import tempfile

        port_file = Path(tempfile.mkdtemp(prefix="sw-bench-")) / "port"
        command = [sys.executable, __file__, "--feeds", str(self.feeds), "--items", str(self.items),
                   "--port", "0", "--port-file", str(port_file)]
        if not self.conditional:
            command.append("--no-conditional")
        if self.initial is not None:
            command += ["--initial", str(self.initial)]
        self.process = subprocess.Popen(command)
        deadline = time.monotonic() + 20
        while not port_file.exists():
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("the bench feed server did not start")
            time.sleep(0.02)
        self.port = int(port_file.read_text())
        return self

    def __exit__(self, *exc: object) -> None:
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, i: int) -> str:
        return f"{self.base}/feed/{i}.xml"

    def call(self, method: str, path: str, body: bytes | None = None) -> bytes:
        import urllib.request

        request = urllib.request.Request(self.base + path, data=body, method=method)
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.read()

    def bump(self, feed: int, html: str | None = None) -> dict:
        body = json.dumps({"html": html}).encode() if html else b""
        return json.loads(self.call("POST", f"/_bump?feed={feed}", body))

    def hooks(self) -> list[dict]:
        return json.loads(self.call("GET", "/_hooks"))

    def stats(self) -> dict[str, int]:
        return json.loads(self.call("GET", "/_stats"))

    def reset(self) -> None:
        self.call("POST", "/_reset", b"")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--feeds", type=int, default=1000)
    parser.add_argument("--items", type=int, default=10)
    parser.add_argument("--initial", type=int, help="generation at start (default: --items, a full feed)")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--port-file")
    parser.add_argument("--no-conditional", action="store_true", help="always answer 200 with the whole feed")
    args = parser.parse_args()
    asyncio.run(serve(args))


if __name__ == "__main__":
    main()
