"""Issue 2, Durability: what the app reported as saved is there after it is killed (SIGKILL)."""

from __future__ import annotations

import os
import selectors
import signal
import subprocess
import sys
import time
import uuid
from datetime import date
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from jobfair.db.engine import make_engine
from jobfair.db.models import Interview
from jobfair.services.context import Actor
from jobfair.services.setup.fairs import (
    EmployerInput,
    FairInput,
    add_booth,
    add_employer,
    create_fair,
)

WRITER = Path(__file__).with_name("durability_writer.py")
REPORTED = 40  # ids to read before the kill
TIMEOUT = 30.0


def _read_ids(proc: subprocess.Popen[bytes], wanted: int) -> list[str]:
    assert proc.stdout is not None
    selector = selectors.DefaultSelector()
    selector.register(proc.stdout, selectors.EVENT_READ)
    buffer = b""
    deadline = time.monotonic() + TIMEOUT
    while buffer.count(b"\n") < wanted:
        remaining = deadline - time.monotonic()
        if remaining <= 0 or proc.poll() is not None:
            break
        if selector.select(remaining):
            chunk = os.read(proc.stdout.fileno(), 65536)
            if not chunk:
                break
            buffer += chunk
    selector.close()
    # only complete lines were reported; a partial last line was not
    return [line.decode() for line in buffer.split(b"\n")[:-1]]


def test_reported_interviews_survive_sigkill(
    db_url: str, engine: Engine, session_factory: sessionmaker[Session]
) -> None:
    actor = Actor(name="setup")
    with session_factory.begin() as session:
        fair = create_fair(session, actor, FairInput("Durability fair", date(2015, 3, 25)))
        employer = add_employer(
            session, actor, fair.id, EmployerInput("(주)한빛섬유", "220-81-62517", "C")
        )
        booth = add_booth(session, actor, fair.id, employer.id, "A-1")
    engine.dispose()  # the writer gets the database to itself

    proc = subprocess.Popen(
        [sys.executable, str(WRITER), db_url, str(fair.id), str(booth.id)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        ids = _read_ids(proc, REPORTED)
    finally:
        proc.send_signal(signal.SIGKILL)
        _, stderr = proc.communicate(timeout=10)
    assert proc.returncode == -signal.SIGKILL, stderr.decode(errors="replace")
    assert len(ids) >= REPORTED, f"writer reported {len(ids)} ids: {stderr.decode()[-2000:]}"

    reopened = make_engine(db_url)
    try:
        with reopened.connect() as conn:
            saved = {str(i) for i in conn.scalars(select(Interview.id))}
    finally:
        reopened.dispose()
    missing = [i for i in ids if str(uuid.UUID(i)) not in saved]
    assert not missing, f"{len(missing)} of {len(ids)} reported interviews are lost: {missing[:5]}"
