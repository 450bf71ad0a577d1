"""File sources: manifests, ordering, and one clear error per bad input."""

from datetime import datetime, timezone
from pathlib import Path

import pytest

from monitor.document import Document
from monitor.errors import InputError
from monitor.sources import files

GOOD = "A title\n\nSouth Korea said on Monday it would keep its policy.\n"


def write_corpus(folder: Path, rows: list[str], contents: dict[str, bytes]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "manifest.csv").write_text("file,published,source,url,title\n" + "\n".join(rows) + "\n", encoding="utf-8")
    for name, content in contents.items():
        (folder / name).write_bytes(content)
    return folder


def load_all(paths: list[Path]) -> tuple[list[Document], list[str]]:
    entries, problems = files.collect(paths)
    loaded: list[Document] = []
    errors = [str(p) for p in problems]
    for item in files.documents(entries):
        if isinstance(item, InputError):
            errors.append(str(item))
        else:
            loaded.append(item)
    return loaded, errors


def test_seed_manifest_lists_every_seed_with_a_stable_url_and_date() -> None:
    entries, problems = files.read_manifest(Path("seeds/manifest.csv"))
    assert problems == []
    assert sorted(e.path.name for e in entries) == sorted(p.name for p in Path("seeds").glob("*.txt"))
    assert len({e.url for e in entries}) == 5
    assert all(e.published is not None and e.row["published_basis"] == "inferred" for e in entries)


def test_documents_come_in_publication_order(tmp_path: Path) -> None:
    folder = write_corpus(tmp_path / "c", [
        "late.txt,2025-02-14T18:30:00Z,Wire,https://n.example/a,",
        "early.txt,2025-02-10,Wire,https://n.example/a,",
    ], {"late.txt": GOOD.encode(), "early.txt": GOOD.encode()})
    loaded, errors = load_all([folder])
    assert errors == []
    assert [d.origin.rsplit("/", 1)[1] for d in loaded] == ["early.txt", "late.txt"]
    assert loaded[1].published == datetime(2025, 2, 14, 18, 30, tzinfo=timezone.utc)


def test_a_file_named_alone_takes_its_row_from_the_manifest_beside_it(tmp_path: Path) -> None:
    folder = write_corpus(tmp_path / "c", ["one.txt,2025-01-01,Wire,https://n.example/one,Manifest title"],
                          {"one.txt": GOOD.encode()})
    [document], errors = load_all([folder / "one.txt"])
    assert errors == []
    assert (document.url, document.source, document.title) == ("https://n.example/one", "Wire", "Manifest title")


def test_a_file_without_manifest_gets_its_file_url(tmp_path: Path) -> None:
    (tmp_path / "lone.txt").write_text(GOOD, encoding="utf-8")
    [document], errors = load_all([tmp_path / "lone.txt"])
    assert errors == [] and document.url == (tmp_path / "lone.txt").resolve().as_uri()
    assert document.title == "A title" and document.published is None


@pytest.mark.parametrize(("name", "content", "message"), [
    ("empty.txt", b"", "empty.txt: the file is empty"),
    ("blank.txt", b"   \n\n  ", "blank.txt: the file is empty"),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary.txt: binary content"),
    ("latin1.txt", "Caf\xe9 title\n\nBody.".encode("latin-1"), "latin1.txt: not UTF-8 text (byte 0xe9 at offset 3)"),
    ("notes.md", b"# Title\n\nBody", "notes.md: unsupported file type '.md'"),
])
def test_bad_files_get_one_clear_error_and_the_rest_is_read(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    folder = write_corpus(tmp_path / "c", [
        f"{name},2025-01-01,Wire,https://n.example/bad,",
        "good.txt,2025-01-02,Wire,https://n.example/good,",
    ], {name: content, "good.txt": GOOD.encode()})
    loaded, errors = load_all([folder])
    assert [d.url for d in loaded] == ["https://n.example/good"]
    assert len(errors) == 1 and message in errors[0]


def test_oversize_file_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(files, "MAX_BYTES", 100)
    folder = write_corpus(tmp_path / "c", ["big.txt,2025-01-01,Wire,https://n.example/big,"],
                          {"big.txt": ("Title\n\n" + "word " * 100).encode()})
    loaded, errors = load_all([folder])
    assert loaded == [] and "big.txt: too large (507 bytes; the limit is 100)" in errors[0]


def test_malformed_manifest_rows_name_the_line_and_keep_the_good_rows(tmp_path: Path) -> None:
    folder = write_corpus(tmp_path / "c", [
        "missing.txt,2025-01-01,Wire,https://n.example/m,",
        "good.txt,yesterday,Wire,https://n.example/g,",
        "good.txt,2025-01-01,,https://n.example/g,",
        "good.txt,2025-01-01,Wire,not-a-url,",
        ",2025-01-01,Wire,https://n.example/e,",
        "../escape.txt,2025-01-01,Wire,https://n.example/e,",
        "good.txt,2025-01-03,Wire,https://n.example/g,",
    ], {"good.txt": GOOD.encode()})
    loaded, errors = load_all([folder])
    manifest = folder / "manifest.csv"
    assert [d.published.day for d in loaded if d.published] == [3]
    assert errors == [
        f"{manifest}:2: missing.txt does not exist",
        f"{manifest}:3: 'published' is not an ISO date or datetime: 'yesterday'",
        f"{manifest}:4: empty 'source'",
        f"{manifest}:5: 'url' must be an absolute URL, got 'not-a-url'",
        f"{manifest}:6: empty 'file'",
        f"{manifest}:7: 'file' must name a file in the manifest's folder, not '../escape.txt'",
    ]


def test_manifest_without_required_columns_is_one_error(tmp_path: Path) -> None:
    (tmp_path / "manifest.csv").write_text("file,url\na.txt,https://n.example/a\n", encoding="utf-8")
    entries, problems = files.read_manifest(tmp_path / "manifest.csv")
    assert entries == [] and "missing column(s) published, source" in str(problems[0])


def test_missing_path_is_an_error(tmp_path: Path) -> None:
    loaded, errors = load_all([tmp_path / "nowhere"])
    assert loaded == [] and errors == [f"{tmp_path / 'nowhere'}: no such file or folder"]
