"""File sources: seed folders and replay corpora, with or without a `manifest.csv`.

A manifest has the columns `file,published,source,url` and optionally `title`; other
columns (labels, notes) are ignored. Two rows with one `url` are two versions of one
article. A file named on the command line takes its row from the manifest beside it.
Every problem is reported as an `InputError` naming the file (and manifest line) and the
rest of the input is still read.
"""

from __future__ import annotations

import csv
import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from monitor.document import Document
from monitor.errors import InputError
from monitor.extract import Extracted, extract_html, extract_text

log = logging.getLogger(__name__)

MANIFEST = "manifest.csv"
REQUIRED_COLUMNS = ("file", "published", "source", "url")
TEXT_SUFFIXES = {".txt"}
HTML_SUFFIXES = {".html", ".htm"}
MAX_BYTES = 5_000_000


@dataclass(frozen=True)
class FileEntry:
    """A file to read, with what its manifest row says about it (None when there is no row)."""

    path: Path
    url: str
    source: str
    published: datetime | None
    title: str | None
    row: dict[str, str] = field(default_factory=dict)  # the whole manifest row, labels included


def collect(paths: Sequence[Path]) -> tuple[list[FileEntry], list[InputError]]:
    """Every file the given files and folders name, with the errors found on the way."""
    entries: list[FileEntry] = []
    errors: list[InputError] = []
    manifests: dict[Path, dict[str, FileEntry]] = {}
    for path in paths:
        if path.is_dir():
            found, problems = _folder(path)
            entries += found
            errors += problems
        elif path.is_file():
            folder = path.resolve().parent
            if folder not in manifests:
                rows, problems = read_manifest(folder / MANIFEST) if (folder / MANIFEST).is_file() else ([], [])
                errors += problems
                manifests[folder] = {}
                for row in rows:
                    manifests[folder].setdefault(row.path.name, row)
            row = manifests[folder].get(path.name)
            entries.append(row or _bare(path))
        else:
            errors.append(InputError(f"{path}: no such file or folder"))
    return entries, errors


def read_manifest(manifest: Path, *, labelled: bool = False) -> tuple[list[FileEntry], list[InputError]]:
    """The rows of a manifest; a bad row is an error naming the line, the others still count.

    `labelled`: a labelled corpus read for scoring, where only `file` is required; a row
    without a usable url, source or date still has an article to read, so it gets the
    defaults of a file without a manifest."""
    errors: list[InputError] = []
    try:
        text = _decode(manifest.read_bytes(), manifest)
    except (OSError, InputError) as exc:
        return [], [exc if isinstance(exc, InputError) else InputError(f"{manifest}: {exc.strerror or exc}")]
    reader = csv.DictReader(text.splitlines())
    required = ("file",) if labelled else REQUIRED_COLUMNS
    missing = [c for c in required if c not in (reader.fieldnames or [])]
    if missing:
        return [], [InputError(f"{manifest}: missing column(s) {', '.join(missing)} (expected {','.join(required)})")]
    entries: list[FileEntry] = []
    for line, row in enumerate(reader, start=2):
        try:
            entries.append(_labelled_row(manifest, line, row) if labelled else _row(manifest, line, row))
        except InputError as exc:
            errors.append(exc)
    return entries, errors


def load(entry: FileEntry, *, now: datetime | None = None) -> Document:
    """Read and extract one file into a document; raises InputError naming the file."""
    path = entry.path
    suffix = path.suffix.lower()
    if suffix not in TEXT_SUFFIXES | HTML_SUFFIXES:
        raise InputError(f"{path}: unsupported file type {suffix or '(none)'!r}: expected .txt or .html")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"{path}: too large ({size:,} bytes; the limit is {MAX_BYTES:,})")
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    if not raw.strip():
        raise InputError(f"{path}: the file is empty")
    if b"\x00" in raw[:8192]:
        raise InputError(f"{path}: binary content, not a text or HTML article")
    extracted: Extracted
    if suffix in HTML_SUFFIXES:
        # the manifest's date wins over the page's: no need to look for one then
        extracted = extract_html(raw, url=entry.url, name=str(path), date=entry.published is None)
    else:
        extracted = extract_text(_decode(raw, path), name=str(path))
    published = entry.published or extracted.published
    return Document(
        url=entry.url,
        source=entry.source,
        title=entry.title or extracted.title,
        text=extracted.text,
        published=published,
        # A file is a snapshot taken when it was published; that orders versions of one URL.
        fetched_at=published or now or datetime.now(timezone.utc),
        origin=str(path),
    )


def documents(entries: Sequence[FileEntry], *, now: datetime | None = None) -> Iterator[Document | InputError]:
    """Load entries in publication order (unknown dates last, then input order)."""
    loaded: list[Document] = []
    for entry in entries:
        try:
            loaded.append(load(entry, now=now))
        except InputError as exc:
            yield exc
    far = datetime.max.replace(tzinfo=timezone.utc)
    yield from sorted(loaded, key=lambda d: d.published or far)  # stable: ties keep input order


def _folder(folder: Path) -> tuple[list[FileEntry], list[InputError]]:
    manifest = folder / MANIFEST
    if manifest.is_file():
        return read_manifest(manifest)
    files = sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES | HTML_SUFFIXES)
    if not files:
        return [], [InputError(f"{folder}: no {MANIFEST} and no .txt or .html files")]
    return [_bare(p) for p in files], []


def _row(manifest: Path, line: int, row: dict[str, str | None]) -> FileEntry:
    where = f"{manifest}:{line}"
    url = (row.get("url") or "").strip()
    source = (row.get("source") or "").strip()
    path = _file_of(where, manifest, row)
    if not url or ":" not in url:
        raise InputError(f"{where}: 'url' must be an absolute URL, got {url!r}")
    if not source:
        raise InputError(f"{where}: empty 'source'")
    return _entry(path, url, source, _published(where, row.get("published")), row)


def _entry(path: Path, url: str, source: str, published: datetime | None, row: dict[str, str | None]) -> FileEntry:
    return FileEntry(path=path, url=url, source=source, published=published,
                     title=(row.get("title") or "").strip() or None,
                     row={k: (v or "").strip() for k, v in row.items() if k})


def _file_of(where: str, manifest: Path, row: dict[str, str | None]) -> Path:
    name = (row.get("file") or "").strip()
    if not name:
        raise InputError(f"{where}: empty 'file'")
    if "/" in name or "\\" in name or name.startswith("."):
        raise InputError(f"{where}: 'file' must name a file in the manifest's folder, not {name!r}")
    path = manifest.parent / name
    if not path.is_file():
        raise InputError(f"{where}: {name} does not exist")
    return path


def _labelled_row(manifest: Path, line: int, row: dict[str, str | None]) -> FileEntry:
    """A row of a labelled corpus: the file's defaults stand in for a missing url, source or date."""
    where = f"{manifest}:{line}"
    bare = _bare(_file_of(where, manifest, row))
    url = (row.get("url") or "").strip()
    try:
        published = _published(where, row.get("published"))
    except InputError:
        published = None
    return _entry(bare.path, url if ":" in url else bare.url, (row.get("source") or "").strip() or bare.source,
                  published, row)


def _published(where: str, value: str | None) -> datetime | None:
    value = (value or "").strip()
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise InputError(f"{where}: 'published' is not an ISO date or datetime: {value!r}") from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


def _bare(path: Path) -> FileEntry:
    """A file with no manifest row: its own file URL, its folder as source."""
    resolved = path.resolve()
    return FileEntry(path=path, url=resolved.as_uri(), source=resolved.parent.name, published=None, title=None)


def _decode(raw: bytes, path: Path) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text (byte 0x{raw[exc.start]:02x} at offset {exc.start})") from None
