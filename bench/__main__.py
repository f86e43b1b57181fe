"""Run the benchmarks: ``uv run python -m bench [NAME ...] [--db URL] [--runs N]``.

Prints one JSON object per line on stdout; notes go to stderr. Without ``--db``, each benchmark
runs on a copy of a cached SQLite file (``bench/out/``) and on a throwaway PostgreSQL database
made on the local server (skipped with a note when it does not answer).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import traceback
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, text

from bench import BenchContext, Benchmark, Figure, load_all
from bench.largefair import (
    LargeFairSpec,
    build_large_fair,
    cached_sqlite,
    copy_sqlite,
    find_large_fair,
    is_cached,
)
from jobfair.db.engine import describe_url, make_engine, make_session_factory
from jobfair.db.migrate import upgrade

PG_ADMIN_URL = os.environ.get(
    "JOBFAIR_BENCH_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)


def note(message: str) -> None:
    print(f"bench: {message}", file=sys.stderr, flush=True)


OVER_GOAL: list[Figure] = []


def emit(figure: Figure) -> None:
    if figure.goal is not None and figure.value > figure.goal:
        OVER_GOAL.append(figure)
    print(figure.as_json(), flush=True)


def generation_figure(db: str, spec: LargeFairSpec, seconds: float, cached: bool) -> Figure:
    return Figure(
        "largefair.generate", round(seconds, 2), "s", None,
        {"db": db, "cached": cached, "seekers": spec.seekers, "absent": spec.absent_count,
         "employers": spec.employers, "interviews": spec.interviews},
    )


def run_benchmarks(benchmarks: Sequence[Benchmark], ctx: BenchContext) -> bool:
    """Run each benchmark on ``ctx``; ``False`` when one of them failed (the others still run)."""
    ok = True
    for bench in benchmarks:
        try:
            for figure in bench.func(ctx):
                emit(figure)
        except Exception:
            ok = False
            note(f"{bench.name} failed on {ctx.db}:\n{traceback.format_exc()}")
    return ok


def on_sqlite(benchmarks: Sequence[Benchmark], spec: LargeFairSpec, runs: int) -> bool:
    if not is_cached(spec):
        note("building the large fair on SQLite (cached in bench/out/ for the next runs)")
    cached = cached_sqlite(spec)
    emit(generation_figure("sqlite", spec, cached.generate_s, cached.cached))
    with tempfile.TemporaryDirectory(prefix="jobfair-bench-") as tmp:
        path = Path(tmp) / "bench.sqlite3"
        copy_sqlite(cached.path, path)
        engine = make_engine(f"sqlite:///{path}")
        try:
            ctx = BenchContext("sqlite", engine, make_session_factory(engine), cached.fair_id, runs)
            return run_benchmarks(benchmarks, ctx)
        finally:
            engine.dispose()


@contextmanager
def throwaway_pg_database() -> Iterator[str | None]:
    """The URL of a new database on the local server, dropped afterwards; ``None`` if no server."""
    admin = create_engine(
        PG_ADMIN_URL, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 3}
    )
    name = f"jobfair_bench_{uuid.uuid4().hex[:12]}"
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:  # any failure here means there is no server to measure
        note(f"PostgreSQL at {describe_url(PG_ADMIN_URL)} does not answer "
             f"({type(exc).__name__}); skipping PostgreSQL")
        admin.dispose()
        yield None
        return
    try:
        yield admin.url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def on_url(
    benchmarks: Sequence[Benchmark], url: str, spec: LargeFairSpec, runs: int,
    fair_id: int | None = None,
) -> bool:
    """Run on the database at ``url``: migrate it, then use ``fair_id`` or the large fair."""
    engine = make_engine(url)
    try:
        upgrade(engine)
        factory = make_session_factory(engine)
        db = engine.dialect.name
        if fair_id is None:
            with factory() as session:
                fair_id = find_large_fair(session, spec)
            if fair_id is None:
                note(f"building the large fair in {describe_url(engine.url)}")
                started = time.perf_counter()
                fair_id = build_large_fair(
                    factory, spec.seekers, spec.employers, spec.interviews,
                    absent=spec.absent, seed=spec.seed,
                )
                emit(generation_figure(db, spec, time.perf_counter() - started, False))
            else:
                note(f"using the large fair {fair_id} already in {describe_url(engine.url)}")
        return run_benchmarks(benchmarks, BenchContext(db, engine, factory, fair_id, runs))
    finally:
        engine.dispose()


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m bench",
        description="Run JobFair's benchmarks; prints one JSON object per line.",
    )
    parser.add_argument("names", nargs="*", metavar="NAME", help="benchmarks to run (default: all)")
    parser.add_argument("--db", metavar="URL",
                        help="run on this database only (the large fair is built there if missing)")
    parser.add_argument("--fair", type=int, metavar="ID",
                        help="with --db: measure this fair instead of the generated one")
    parser.add_argument("--no-postgres", action="store_true",
                        help="without --db: run on SQLite only")
    parser.add_argument("--runs", type=int, default=20, help="timed runs per measure (default 20)")
    parser.add_argument("--seekers", type=int, default=30_000)
    parser.add_argument("--employers", type=int, default=300)
    parser.add_argument("--interviews", type=int, default=100_000)
    parser.add_argument("--check", action="store_true",
                        help="exit with status 1 when a figure is over its goal")
    parser.add_argument("--list", action="store_true", help="list the benchmarks and exit")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    registry = load_all()
    if args.list:
        for bench in registry.values():
            print(f"{bench.name}\t{bench.description}")
        return 0
    unknown = [n for n in args.names if n not in registry]
    if unknown:
        note(f"no benchmark named {', '.join(unknown)}; known: {', '.join(sorted(registry))}")
        return 2
    if args.fair is not None and args.db is None:
        note("--fair needs --db (the generated fairs are chosen by the runner)")
        return 2
    if args.runs < 1:
        note("--runs must be at least 1")
        return 2
    benchmarks = [registry[n] for n in (args.names or sorted(registry))]
    spec = LargeFairSpec(args.seekers, args.employers, args.interviews)
    OVER_GOAL.clear()
    if args.db:
        ok = on_url(benchmarks, args.db, spec, args.runs, args.fair)
    else:
        ok = on_sqlite(benchmarks, spec, args.runs)
        if not args.no_postgres:
            with throwaway_pg_database() as url:
                if url is not None:
                    ok = on_url(benchmarks, url, spec, args.runs) and ok
    for figure in OVER_GOAL:
        note(f"{figure.name} on {figure.extra.get('db', '?')}: {figure.value} {figure.unit} "
             f"is over the goal of {figure.goal} {figure.unit}")
    if not ok:
        return 1
    return 1 if args.check and OVER_GOAL else 0


if __name__ == "__main__":
    raise SystemExit(main())
