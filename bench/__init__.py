"""Benchmarks that print figures: ``uv run python -m bench [NAME ...]``.

A benchmark is a function of a ``BenchContext`` (a database with the large fair in it) that yields
``Figure`` objects. Modules named ``bench/bench_*.py`` register theirs with ``@benchmark(...)``;
the runner imports every such module, so a new benchmark is a new module and nothing else.
Not part of the test run: ``tests/bench`` only checks that the generator makes what it says.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker


@dataclass(frozen=True)
class Figure:
    """One measured value. ``goal`` is the most it may be (``None``: measured, no goal yet)."""

    name: str
    value: float | int
    unit: str
    goal: float | int | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def as_json(self) -> str:
        data: dict[str, Any] = {
            "name": self.name,
            "value": self.value,
            "unit": self.unit,
            "goal": self.goal,
        }
        data.update(self.extra)
        return json.dumps(data, ensure_ascii=False)


@dataclass(frozen=True)
class BenchContext:
    """What a benchmark works on: a database holding the large fair ``fair_id``.

    Attributes:
        db: ``"sqlite"`` or ``"postgresql"``, copied into every figure.
        engine: the engine, made by ``jobfair.db.engine.make_engine`` as the app makes it.
        session_factory: one session per measured action, as the app does.
        fair_id: the large fair.
        runs: how many times a timed action is repeated.
    """

    db: str
    engine: Engine
    session_factory: sessionmaker[Session]
    fair_id: int
    runs: int = 20


BenchFunc = Callable[[BenchContext], Iterable[Figure]]


@dataclass(frozen=True)
class Benchmark:
    name: str
    description: str
    func: BenchFunc


REGISTRY: dict[str, Benchmark] = {}


def benchmark(name: str, description: str) -> Callable[[BenchFunc], BenchFunc]:
    """Register ``func`` under ``name`` (the name given on the command line)."""

    def register(func: BenchFunc) -> BenchFunc:
        if name in REGISTRY and REGISTRY[name].func is not func:
            raise ValueError(f"benchmark {name!r} is registered twice")
        REGISTRY[name] = Benchmark(name, description, func)
        return func

    return register


def load_all() -> dict[str, Benchmark]:
    """Import every ``bench_*`` module of this package, so each registers its benchmarks."""
    for module in pkgutil.iter_modules(__path__):
        if module.name.startswith("bench_"):
            importlib.import_module(f"{__name__}.{module.name}")
    return REGISTRY
