"""Slowing down wrong sign-ins at one station, and what of a failed try may be logged.

The account's own lock (``jobfair.services.accounts.service``) stops guessing one account's PIN;
this
stops one station from trying login after login, and from filling the audit log. The count is
read from the audit log itself (the station's ``sign_in_failed`` events of the last minutes), so
it holds across restarts of the window and for the command line (the events without a station).
"""

from __future__ import annotations

import math
import uuid
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from jobfair.db.models import AuditEvent

FREE_TRIES = 5  # wrong tries at one station within WINDOW before it has to wait
WINDOW = timedelta(minutes=15)
FIRST_WAIT_S = 5  # after the free tries; doubles with every further wrong try
MAX_WAIT_S = 300
LOGGED_LOGIN_LENGTH = 64  # what of a login name goes into the audit log at most
FAILED = "sign_in_failed"


def station_wait(session: Session, station_id: uuid.UUID | None, now: datetime) -> int:
    """Seconds the station must wait before its next try (0: it may try now)."""
    station = (
        AuditEvent.station_id.is_(None) if station_id is None
        else AuditEvent.station_id == station_id
    )
    # the newest failures first, no more than decide the wait (the ``at`` index bounds the scan)
    recent = session.scalars(
        select(AuditEvent.at)
        .where(AuditEvent.at > now - WINDOW, AuditEvent.action == FAILED, station)
        .order_by(AuditEvent.at.desc())
        .limit(FREE_TRIES + 10)
    ).all()
    if len(recent) < FREE_TRIES:
        return 0
    wait_s = min(FIRST_WAIT_S * 2 ** (len(recent) - FREE_TRIES), MAX_WAIT_S)
    left = (recent[0] + timedelta(seconds=wait_s) - now).total_seconds()
    return max(0, math.ceil(left))


def logged_login(login: str) -> str:
    """A login name as the audit log keeps it: bounded, never more than a real login's length."""
    return login[:LOGGED_LOGIN_LENGTH]
