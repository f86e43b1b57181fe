"""The demo fair (being written)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from jobfair.services.context import Actor


@dataclass(frozen=True)
class DemoResult:
    fair_id: int
    created: bool


def create_demo(session: Session, actor: Actor, *, reset: bool = False) -> DemoResult:
    raise NotImplementedError
