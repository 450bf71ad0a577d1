"""The `shiftwatch` command.

Exit codes: 0 success; 1 some input failed (the rest was processed); 2 usage or
configuration error; 3 the store or another runtime dependency failed.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from monitor.errors import ConfigError, InputError, ShiftwatchError

EXIT_OK, EXIT_INPUT, EXIT_USAGE, EXIT_RUNTIME = 0, 1, 2, 3
log = logging.getLogger("monitor")


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    configure_logging(args.log_level, args.log_format)
    try:
        return int(args.handler(args))
    except ConfigError as exc:
        print(f"shiftwatch: configuration error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except ShiftwatchError as exc:
        print(f"shiftwatch: {exc}", file=sys.stderr)
        return EXIT_RUNTIME
    except KeyboardInterrupt:
        return 130


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="shiftwatch", description="Watch the news for policy shifts and alert when a stance moves.")
    parser.add_argument("--config", type=Path, help="config file (default: config/shiftwatch.toml when present)")
    parser.add_argument("--log-level", default="WARNING", choices=["DEBUG", "INFO", "WARNING", "ERROR"], help="default WARNING")
    parser.add_argument("--log-format", default="text", choices=["text", "json"], help="log line format on stderr")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    replay = commands.add_parser("replay", help="ingest files or folders through the whole pipeline (no network)",
                                 description="Ingest files or folders in publication order through extract, store, diff, "
                                             "detect, track and alert. With no PATH: the seeds, as the baseline.")
    replay.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="files or folders (a folder may hold manifest.csv)")
    _store_options(replay)
    replay.add_argument("--format", choices=["text", "jsonl"], default="text", help="text timeline or one JSON event per line")
    replay.set_defaults(handler=cmd_replay)

    classify = commands.add_parser("classify", help="read files with no store and print each stance's reading",
                                   description="Classify articles without a store: one result per file and stance.")
    classify.add_argument("files", nargs="+", type=Path, metavar="FILE")
    classify.add_argument("--stance", action="append", metavar="ID", help="only this stance (repeatable)")
    classify.add_argument("--stances", type=Path, metavar="DIR", help="stance folder (default: from config)")
    classify.add_argument("--format", choices=["text", "jsonl"], default="text")
    classify.set_defaults(handler=cmd_classify)

    evaluate = commands.add_parser("eval", help="score the detector on a labelled corpus",
                                   description="Score the detector on a folder with manifest.csv "
                                               "(file,stance,state,published,source,url). Stance files in DIR/stances/ are added.")
    evaluate.add_argument("corpus", type=Path, metavar="DIR")
    evaluate.add_argument("--stances", type=Path, metavar="DIR", help="stance folder (default: from config)")
    evaluate.add_argument("--fail-under", type=float, default=0.0, metavar="ACCURACY", help="exit 1 when accuracy is below this")
    evaluate.add_argument("--format", choices=["text", "json"], default="text")
    evaluate.set_defaults(handler=cmd_eval)

    db = commands.add_parser("db", help="database maintenance", description="Database maintenance.")
    db_commands = db.add_subparsers(dest="db_command", required=True, metavar="ACTION")
    upgrade = db_commands.add_parser("upgrade", help="migrate the store to the newest schema")
    _store_options(upgrade)
    upgrade.set_defaults(handler=cmd_db_upgrade)
    return parser


def _store_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", metavar="URL", help="SQLAlchemy URL (default: config, $SHIFTWATCH_DB_URL, or sqlite:///var/shiftwatch.db)")


def configure_logging(level: str, fmt: str) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter() if fmt == "json" else logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {"time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S%z"), "level": record.levelname,
                 "logger": record.name, "message": record.getMessage()}
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


# -- commands ---------------------------------------------------------------------------------

def cmd_replay(args: argparse.Namespace) -> int:
    from monitor.replay import ensure_baseline, replay

    config, pipeline = _pipeline(args)
    printer = _event_printer(args.format)
    if args.paths:
        ensure_baseline(pipeline, config.seeds)
        stats = replay(pipeline, args.paths, baseline=False, on_event=printer, progress=sys.stderr.isatty())
    else:
        stats = replay(pipeline, [config.seeds], baseline=True, on_event=printer, progress=sys.stderr.isatty())
    for error in stats.errors:
        print(f"error: {error}", file=sys.stderr)
    if args.format == "text":
        _print_summary(pipeline, stats)
    return EXIT_INPUT if stats.errors else EXIT_OK


def cmd_classify(args: argparse.Namespace) -> int:
    from monitor.detect import read
    from monitor.pipeline import evidence_dict
    from monitor.sources import files

    stances = _select(_stances(args), args.stance)
    entries, problems = files.collect(args.files)
    failures = list(problems)
    for entry in entries:
        try:
            document = files.load(entry)
        except InputError as exc:
            failures.append(exc)
            continue
        for stance in stances:
            reading = read(document.text, stance)
            result = {"file": str(entry.path), "stance": stance.id, "state": reading.state,
                      "confidence": round(reading.confidence, 3), "evidence": [evidence_dict(e) for e in reading.evidence]}
            if args.format == "jsonl":
                print(json.dumps(result, ensure_ascii=False), flush=True)
            else:
                first = reading.evidence[0].text if reading.evidence else ""
                print(f"{entry.path}\t{stance.id}\t{reading.state}\t{reading.confidence:.2f}\t{_shorten(first, 120)}")
    for failure in failures:
        print(f"error: {failure}", file=sys.stderr)
    return EXIT_INPUT if failures else EXIT_OK


def cmd_eval(args: argparse.Namespace) -> int:
    from monitor.corpus import evaluate_corpus

    stances = _stances(args)
    extra = args.corpus / "stances"
    if extra.is_dir():
        from monitor.detect import load_stances

        known = {s.id for s in stances}
        stances += [s for s in load_stances(extra) if s.id not in known]
    report, failures = evaluate_corpus(args.corpus, stances)
    for failure in failures:
        print(f"error: {failure}", file=sys.stderr)
    if args.format == "json":
        print(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
    else:
        print(report.format())
    if failures:
        return EXIT_INPUT
    return EXIT_INPUT if report.accuracy < args.fail_under else EXIT_OK


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    from monitor.config import load_config
    from monitor.store.db import create_store_engine, current_revision, upgrade

    config = load_config(args.config)
    engine = create_store_engine(args.db or config.db_url)
    upgrade(engine)
    print(f"store at revision {current_revision(engine)}")
    return EXIT_OK


# -- helpers ----------------------------------------------------------------------------------

def _stances(args: argparse.Namespace) -> list[Any]:
    from monitor.config import load_config
    from monitor.detect import load_stances

    folder = getattr(args, "stances", None) or load_config(args.config).stances
    stances = load_stances(folder)
    if not stances:
        raise ConfigError(f"{folder}: no stance files (*.toml)")
    return stances


def _select(stances: list[Any], wanted: list[str] | None) -> list[Any]:
    if not wanted:
        return stances
    known = {s.id: s for s in stances}
    missing = [w for w in wanted if w not in known]
    if missing:
        raise ConfigError(f"--stance {missing[0]!r}: unknown stance (known: {', '.join(sorted(known))})")
    return [known[w] for w in wanted]


def _pipeline(args: argparse.Namespace) -> tuple[Any, Any]:
    from monitor.config import load_config
    from monitor.pipeline import Pipeline
    from monitor.store.db import open_store

    config = load_config(args.config)
    stances = _stances(args)
    sessions = open_store(args.db or config.db_url)
    return config, Pipeline(sessions, stances)


def _event_printer(fmt: str) -> Callable[[dict[str, Any]], None]:
    if fmt == "jsonl":
        return lambda event: print(json.dumps(event, ensure_ascii=False), flush=True)
    return _print_event_text


def _print_event_text(event: dict[str, Any]) -> None:
    kind = event["event"]
    if kind == "version":
        date = (event["published"] or "undated")[:10]
        status = f"v{event['version']}" if event["changed"] else f"v{event['version']} unchanged"
        print(f"{date}  {event['source']:<28} {status:<13} {_shorten(event.get('title') or event['url'], 70)}")
    elif kind == "reading":
        evidence = event["evidence"][0]["text"] if event["evidence"] else ""
        print(f"    {event['stance']}: {event['state']} ({event['confidence']:.2f})  {_shorten(evidence, 90)}")
    elif kind == "transition":
        label = "global" if event["scope"] == "global" else event["source"]
        tag = " (baseline)" if event.get("baseline") else ""
        print(f"    -> {event['stance']} {label}: {event['from']} -> {event['to']}{tag}")
    elif kind == "alert":
        print(f"    ALERT {event['type']} #{event['sequence']} {event['stance']}: {event['from']} -> {event['to']}  ({event['id']})")


def _print_summary(pipeline: Any, stats: Any) -> None:
    from monitor.status import stance_states

    print(f"\n{stats.files} file(s), {stats.new_versions} new version(s), {stats.alerts} alert(s), {len(stats.errors)} error(s)")
    with pipeline.sessions() as session:
        for line in stance_states(session, [s.id for s in pipeline.stances]):
            print(line)


def _shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


if __name__ == "__main__":
    sys.exit(main())
