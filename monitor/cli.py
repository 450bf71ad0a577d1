"""The `shiftwatch` command.

Exit codes: 0 success; 1 some input failed (the rest was processed); 2 usage or
configuration error; 3 the store or another runtime dependency failed.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
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
    configure_logging(args.log_level or "WARNING", args.log_format or "text")
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
    except BrokenPipeError:
        # The reader went away (`| head`): not an error; keep Python from complaining at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="shiftwatch", description="Watch the news for policy shifts and alert when a stance moves.")
    parser.add_argument("--config", type=Path, help="config file (default: config/shiftwatch.toml when present)")
    parser.add_argument("--log-level", choices=["DEBUG", "INFO", "WARNING", "ERROR"],
                        help="default WARNING; for `run`, [logging] level or INFO")
    parser.add_argument("--log-format", choices=["text", "json"], help="log line format on stderr (default text; for `run`, [logging] format)")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    replay = commands.add_parser("replay", help="ingest files or folders through the whole pipeline (no network)",
                                 description="Ingest files or folders in publication order through extract, store, diff, "
                                             "detect, track and alert. With no PATH: the seeds, as the baseline.")
    replay.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="files or folders (a folder may hold manifest.csv)")
    _store_options(replay)
    replay.add_argument("--format", choices=["text", "jsonl"], default="text", help="text timeline or one JSON event per line")
    replay.add_argument("--workers", type=int, default=None, metavar="N",
                        help="processes extracting files (default: one per core, up to 4, from 100 files on; 1: none)")
    replay.set_defaults(handler=cmd_replay)

    classify = commands.add_parser("classify", help="read files with no store and print each stance's reading",
                                   description="Classify articles without a store: one result per file and stance.")
    classify.add_argument("files", nargs="+", type=Path, metavar="FILE")
    classify.add_argument("--stance", action="append", metavar="ID", help="only this stance (repeatable)")
    classify.add_argument("--stances", type=Path, metavar="DIR", help="stance folder (default: from config)")
    classify.add_argument("--format", choices=["text", "jsonl"], default="text")
    classify.set_defaults(handler=cmd_classify)

    evaluate = commands.add_parser("eval", help="score the detector on a labelled corpus",
                                   description="Score the detector on a folder with manifest.csv (columns file, "
                                               "stance, state; published, source, url optional). Stance files (*.toml) in "
                                               "DIR/stances/ or in DIR itself are added, and replace configured ones with the same id.")
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

    _alert_commands(commands)
    _serve_command(commands)
    _daemon_commands(commands)
    return parser


def _daemon_commands(commands: Any) -> None:
    """`shiftwatch run`, `status` and `poll --once` (logic in monitor/daemon.py, monitor/status.py).

    Each also takes `--config` after the command (`shiftwatch run --config FILE`).
    """
    run = commands.add_parser("run", help="the daemon: poll feeds, fetch and revisit articles, alert",
                              description="Poll the configured feeds, fetch and extract new articles, revisit recent ones "
                                          "for edits, and run everything through the pipeline; serve /healthz and /metrics. "
                                          "First start migrates the store and ingests seeds/ as the baseline. "
                                          "SIGTERM or Ctrl-C stops it cleanly.")
    _store_options(run)
    run.add_argument("--config", type=Path, default=argparse.SUPPRESS, help="config file (as before the command)")
    run.add_argument("--host", help="address for /healthz and /metrics (default: [daemon] host, 127.0.0.1)")
    run.add_argument("--port", type=int, help="port (default: [daemon] port, 8787; 0: any free port)")
    run.add_argument("--port-file", type=Path, metavar="PATH", help="write the port in use here (useful with --port 0)")
    run.set_defaults(handler=cmd_run)

    status = commands.add_parser("status", help="feeds, stance states, revisits, deliveries and workers",
                                 description="Per feed: status, last poll, last success, next poll, entries seen and the "
                                             "last error; per stance: the global state and each source's, with dates.")
    _store_options(status)
    status.add_argument("--config", type=Path, default=argparse.SUPPRESS, help="config file (as before the command)")
    status.add_argument("--format", choices=["text", "json"], default="text")
    status.set_defaults(handler=cmd_status)

    poll = commands.add_parser("poll", help="one poll cycle of the due feeds and their new articles, then exit",
                               description="Poll every due feed once (concurrently), fetch and ingest their new articles, "
                                           "print a summary and exit. Exit code 1 when a feed or an article failed.")
    poll.add_argument("--once", action="store_true", required=True, help="one cycle, then exit (required)")
    poll.add_argument("--all", action="store_true", help="poll every active feed, due or not")
    _store_options(poll)
    poll.add_argument("--config", type=Path, default=argparse.SUPPRESS, help="config file (as before the command)")
    poll.set_defaults(handler=cmd_poll)


def _serve_command(commands: Any) -> None:
    """`shiftwatch serve` (logic in monitor/web/serve.py)."""
    serve = commands.add_parser("serve", help="the read-only dashboard and JSON API, without the daemon", allow_abbrev=False,
                                description="Serve the dashboard (stances, timelines, article histories with diffs, "
                                            "alerts) and the JSON API under /api/v1/ from the store. Binds to "
                                            "127.0.0.1; any other address needs a token, read from the environment.")
    _store_options(serve)
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1; others need a token)")
    serve.add_argument("--port", type=int, default=8080, help="port (default 8080)")
    serve.add_argument("--token-env", default="SHIFTWATCH_WEB_TOKEN", metavar="NAME",
                       help="environment variable holding the token that requests must carry (default SHIFTWATCH_WEB_TOKEN); "
                            "when it is set, every request but /healthz needs it")
    serve.add_argument("--stances", type=Path, metavar="DIR", help="stance folder, for titles and ladders (default: from config)")
    serve.set_defaults(handler=cmd_serve)


def _alert_commands(commands: Any) -> None:
    """`shiftwatch alerts …` and `shiftwatch deliver` (logic in monitor/alerts/commands.py)."""
    alerts = commands.add_parser("alerts", help="inspect and re-send alerts (the outbox)",
                                 description="Inspect alerts and their deliveries, re-send dead letters, re-enable endpoints.")
    actions = alerts.add_subparsers(dest="alerts_command", required=True, metavar="ACTION")

    listing = actions.add_parser("list", help="alerts with the state of each delivery",
                                 description="The latest alerts, oldest first, each with its deliveries "
                                             "(endpoint:status(attempts)). Parked = endpoint disabled by a 410.")
    which = listing.add_mutually_exclusive_group()
    which.add_argument("--pending", dest="status", action="store_const", const="pending", help="only alerts with a pending delivery")
    which.add_argument("--dead", dest="status", action="store_const", const="dead", help="only alerts with a dead-lettered delivery")
    listing.add_argument("--limit", type=int, default=100, metavar="N", help="the latest N alerts (default 100; 0: all)")
    listing.add_argument("--format", choices=["text", "json"], default="text")
    _store_options(listing)
    listing.set_defaults(handler=cmd_alerts_list)

    show = actions.add_parser("show", help="one alert: payload, deliveries and every attempt",
                              description="Show one alert: the webhook body as sent, each delivery and every attempt "
                                          "(status code, error, duration, outcome). Secrets are never shown.")
    show.add_argument("alert_id", metavar="ID", help="the alert id (webhook-id, msg_…) or a unique prefix of it")
    show.add_argument("--format", choices=["text", "json"], default="text")
    _store_options(show)
    show.set_defaults(handler=cmd_alerts_show)

    again = actions.add_parser("redeliver", help="send an alert again (e.g. a dead letter)",
                               description="Make the alert's dead or delivered deliveries pending now, with the same "
                                           "webhook-id and body; the attempt history is kept and the retry schedule "
                                           "starts over. A running daemon or `shiftwatch deliver` sends them.")
    again.add_argument("alert_id", metavar="ID", help="the alert id or a unique prefix of it")
    again.add_argument("--endpoint", metavar="NAME", help="only the delivery to this endpoint")
    _store_options(again)
    again.set_defaults(handler=cmd_alerts_redeliver)

    enable = actions.add_parser("enable", help="re-enable an endpoint disabled by a 410",
                                description="Re-enable an endpoint that answered 410 Gone; its parked deliveries are sent again.")
    enable.add_argument("endpoint", metavar="NAME")
    _store_options(enable)
    enable.set_defaults(handler=cmd_alerts_enable)

    deliver = commands.add_parser("deliver", help="a delivery-only worker: send pending alerts",
                                  description="Claim due deliveries, send them and record every attempt, until SIGTERM or "
                                              "SIGINT (in-flight attempts finish first). Endpoints, secrets (from the "
                                              "environment) and retries come from the config's [[endpoints]] and [delivery].")
    deliver.add_argument("--once", action="store_true", help="one delivery run, then exit")
    deliver.add_argument("--interval", type=float, metavar="S", help="seconds between runs (default: [delivery] interval, 5)")
    _store_options(deliver)
    deliver.set_defaults(handler=cmd_deliver)


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
        stats = replay(pipeline, args.paths, baseline=False, on_event=printer, progress=sys.stderr.isatty(),
                       workers=args.workers)
    else:
        stats = replay(pipeline, [config.seeds], baseline=True, on_event=printer, progress=sys.stderr.isatty(),
                       workers=args.workers)
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
    own = _corpus_stances(args.corpus)  # the corpus was labelled against these: they win over configured ones
    stances = [s for s in stances if s.id not in {o.id for o in own}] + own
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


def _corpus_stances(corpus: Path) -> list[Any]:
    """Stance files that come with a labelled corpus: in its `stances/` folder or beside its manifest."""
    from monitor.detect import load_stances

    own: dict[str, Any] = {}
    for folder in (corpus, corpus / "stances"):
        if folder.is_dir() and any(folder.glob("*.toml")):
            own.update({s.id: s for s in load_stances(folder)})
    return list(own.values())


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    from monitor.config import load_config
    from monitor.store.db import create_store_engine, current_revision, upgrade

    config = load_config(args.config)
    engine = create_store_engine(args.db or config.db_url)
    upgrade(engine)
    print(f"store at revision {current_revision(engine)}")
    return EXIT_OK


def cmd_alerts_list(args: argparse.Namespace) -> int:
    from monitor.alerts import commands

    config, sessions = _store(args)
    return commands.list_alerts(sessions, status=args.status, fmt=args.format, limit=args.limit if args.limit > 0 else None,
                                configured=commands.configured_endpoint_names(config.raw))


def cmd_alerts_show(args: argparse.Namespace) -> int:
    from monitor.alerts import commands

    config, sessions = _store(args)
    return commands.show_alert(sessions, args.alert_id, fmt=args.format, configured=commands.configured_endpoint_names(config.raw))


def cmd_alerts_redeliver(args: argparse.Namespace) -> int:
    from monitor.alerts import commands

    _config, sessions = _store(args)
    return commands.redeliver(sessions, args.alert_id, args.endpoint)


def cmd_alerts_enable(args: argparse.Namespace) -> int:
    from monitor.alerts import commands

    _config, sessions = _store(args)
    return commands.enable_endpoint(sessions, args.endpoint)


def cmd_deliver(args: argparse.Namespace) -> int:
    from monitor.alerts import commands
    from monitor.alerts.service import load_alerting
    from monitor.config import load_config

    config = load_config(args.config)
    alerting = load_alerting(config.raw, config.source)
    if args.interval is not None and args.interval <= 0:
        raise ConfigError("--interval: must be a positive number of seconds")
    _config, sessions = _store(args, config)
    return commands.deliver(sessions, alerting, once=args.once, interval=args.interval)


def cmd_run(args: argparse.Namespace) -> int:
    import dataclasses

    from monitor.config import load_config
    from monitor.daemon import Daemon, load_settings

    config = load_config(args.config)
    settings = load_settings(config)
    if args.log_level is None or args.log_format is None:
        configure_logging(args.log_level or settings.log_level or "INFO", args.log_format or settings.log_format or "text")
    if args.port is not None and not 0 <= args.port <= 65535:
        raise ConfigError(f"--port: {args.port} is not a port number (0-65535)")
    overrides = {k: v for k, v in (("host", args.host), ("port", args.port), ("port_file", args.port_file)) if v is not None}
    if overrides:
        settings = dataclasses.replace(settings, daemon=dataclasses.replace(settings.daemon, **overrides))
    return Daemon(config, settings, args.db or config.db_url).run()


def cmd_status(args: argparse.Namespace) -> int:
    from monitor.status import format_overview, overview

    config, sessions = _store(args)
    configured: list[str] = []
    if config.stances.is_dir():
        configured = sorted(p.stem for p in config.stances.glob("*.toml"))
        try:
            from monitor.detect import load_stances

            configured = [s.id for s in load_stances(config.stances)]
        except Exception:  # status works from the store alone
            pass
    with sessions() as session:
        data = overview(session, configured)
    if args.format == "json":
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print("\n".join(format_overview(data)))
    return EXIT_OK


def cmd_poll(args: argparse.Namespace) -> int:
    import atexit
    import gc

    # What the poll needs, imported with the cyclic GC paused (importing SQLAlchemy and the
    # models creates a few hundred thousand objects: collecting them again and again
    # while they are all alive is wasted work), then frozen out of the cycle's collections
    # (~5% of the CPU of a cycle of 304s). Unfrozen at the end for in-process callers.
    gc.disable()
    try:
        import monitor.alerts.service  # noqa: F401  (Runtime's, as below)
        import monitor.store.db  # noqa: F401
        from monitor.config import load_config
        from monitor.daemon import load_settings, poll_once

        config = load_config(args.config)
        settings = load_settings(config)
    finally:
        gc.freeze()
        gc.enable()
    # At interpreter exit, everything still alive is thrown away: frozen, the interpreter's
    # final collections skip it instead of walking and freeing it object by object (a
    # few hundred thousand objects, ~0.15 s). In-process callers are unaffected.
    atexit.register(gc.freeze)
    try:
        stats = poll_once(config, settings, args.db or config.db_url, every_feed=args.all)
    finally:
        gc.unfreeze()
    print(stats.summary())
    return EXIT_INPUT if stats.errors or stats.article_errors else EXIT_OK


def cmd_serve(args: argparse.Namespace) -> int:
    from monitor.config import load_config
    from monitor.web.serve import serve

    config = load_config(args.config)
    serve(args.db or config.db_url, args.stances or config.stances, host=args.host, port=args.port, token_env=args.token_env)
    return EXIT_OK


def _store(args: argparse.Namespace, config: Any = None) -> tuple[Any, Any]:
    from monitor.config import load_config
    from monitor.store.db import open_store

    config = config or load_config(args.config)
    return config, open_store(args.db or config.db_url)


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
    from monitor.alerts.service import load_alerting
    from monitor.config import load_config
    from monitor.pipeline import Pipeline
    from monitor.store.db import open_store

    config = load_config(args.config)
    alerting = load_alerting(config.raw, config.source)  # a missing secret env var fails here, named
    stances = _stances(args)
    sessions = open_store(args.db or config.db_url)
    return config, Pipeline(sessions, stances, subscribers=alerting.subscribers)


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
    elif kind == "reading" and event["state"] != "none":
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
