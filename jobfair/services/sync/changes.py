"""A cheap answer to "has anything of this fair changed since I last looked?".

Stations on SQLite have no change notifications; they ask this whenever the file's change counter
(``jobfair.db.notify.FileChangeCounter``) moved. The version is a
tuple of counts and latest times of what the screens show: any write the services make to a fair
changes at least one of them (every write also adds an audit event), and reading it costs a few
index lookups.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jobfair.db.models import AuditEvent, CheckIn, Interview, QueueEntry, Seeker

DataVersion = tuple[object, ...]


def data_version(session: Session, fair_id: int) -> DataVersion:
    """A value that differs whenever the fair's seekers, check-ins, interviews, queue or audit
    log differ; equal values mean nothing to refresh."""
    seekers = select(func.count()).select_from(Seeker).where(Seeker.fair_id == fair_id)
    checkins = select(func.count()).select_from(CheckIn).where(CheckIn.fair_id == fair_id)
    interviews = select(func.count(), func.max(Interview.updated_at)).where(
        Interview.fair_id == fair_id
    )
    queue = select(
        func.count(), func.max(QueueEntry.queued_at), func.max(QueueEntry.called_at),
        func.max(QueueEntry.done_at),
    ).where(QueueEntry.fair_id == fair_id)
    audit = select(func.count(), func.max(AuditEvent.at)).where(AuditEvent.fair_id == fair_id)
    row = (
        session.scalar(seekers),
        session.scalar(checkins),
        *session.execute(interviews).one(),
        *session.execute(queue).one(),
        *session.execute(audit).one(),
    )
    return tuple(row)
