"""The ORM models.

Setup records (fair, employer, booth, opening) are made by the organizer and get integer ids.
Records that stations create (seekers, check-ins, interviews, audit events, stations themselves)
get client-generated UUIDs and UTC timestamps with the station that wrote them, so that several
stations, and a station that was offline, can create them and replay them without doubling.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    Time,
    UniqueConstraint,
    Uuid,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from jobfair.db.types import UTCDateTime

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Setting(Base):
    """Key-value settings of the installation, e.g. the badge-signing secret."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Fair(Base):
    __tablename__ = "fair"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    date: Mapped[date] = mapped_column(Date)
    venue: Mapped[str] = mapped_column(String(200), default="")
    hosts: Mapped[str] = mapped_column(String(400), default="")  # "양주시 · 의정부시 · 동두천시"
    organizer: Mapped[str] = mapped_column(String(200), default="")  # 주관
    opens_at: Mapped[time] = mapped_column(Time, default=time(10, 0))
    closes_at: Mapped[time] = mapped_column(Time, default=time(16, 0))
    timezone: Mapped[str] = mapped_column(String(64), default="Asia/Seoul")
    retention_days: Mapped[int] = mapped_column(Integer, default=365)
    # the length of an interview, in minutes, until a booth has its own (predicted waits)
    typical_interview_minutes: Mapped[int] = mapped_column(Integer, default=8, server_default="8")
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # The covering letter of the employers' result packs (None: the default letter).
    pack_letter: Mapped[str | None] = mapped_column(Text)

    employers: Mapped[list[Employer]] = relationship(back_populates="fair")
    booths: Mapped[list[Booth]] = relationship(back_populates="fair")


class Employer(Base):
    """An employer taking part in one fair (copied, not shared, between fairs)."""

    __tablename__ = "employer"
    __table_args__ = (UniqueConstraint("fair_id", "business_no"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    fair_id: Mapped[int] = mapped_column(ForeignKey("fair.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    business_no: Mapped[str] = mapped_column(String(10))  # ten digits, check digit verified
    ksic_section: Mapped[str] = mapped_column(String(1))
    ksic_code: Mapped[str] = mapped_column(String(8), default="")
    size: Mapped[str] = mapped_column(String(20), default="")  # e.g. "small", "medium", "large"
    contact_name: Mapped[str] = mapped_column(String(100), default="")
    contact_phone: Mapped[str] = mapped_column(String(20), default="")
    contact_email: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(String(300), default="")

    fair: Mapped[Fair] = relationship(back_populates="employers")
    booths: Mapped[list[Booth]] = relationship(back_populates="employer")
    openings: Mapped[list[Opening]] = relationship(back_populates="employer")


class Booth(Base):
    __tablename__ = "booth"
    __table_args__ = (UniqueConstraint("fair_id", "label"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    fair_id: Mapped[int] = mapped_column(ForeignKey("fair.id", ondelete="CASCADE"), index=True)
    employer_id: Mapped[int] = mapped_column(
        ForeignKey("employer.id", ondelete="CASCADE"), index=True
    )
    label: Mapped[str] = mapped_column(String(20))
    grid_row: Mapped[int | None] = mapped_column(Integer)
    grid_col: Mapped[int | None] = mapped_column(Integer)

    fair: Mapped[Fair] = relationship(back_populates="booths")
    employer: Mapped[Employer] = relationship(back_populates="booths")


class Opening(Base):
    """A job an employer offers at the fair, with how many people it seeks."""

    __tablename__ = "opening"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    fair_id: Mapped[int] = mapped_column(ForeignKey("fair.id", ondelete="CASCADE"), index=True)
    employer_id: Mapped[int] = mapped_column(
        ForeignKey("employer.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(200))
    keco_code: Mapped[str] = mapped_column(String(8), default="")
    headcount: Mapped[int] = mapped_column(Integer)
    employment_type: Mapped[str] = mapped_column(String(20), default="regular")
    wage: Mapped[str] = mapped_column(String(100), default="")
    work_place: Mapped[str] = mapped_column(String(200), default="")
    qualifications: Mapped[str] = mapped_column(Text, default="")
    # answers the opening asks of the fair's own fields, for matching: [{"key", "answer"}]
    requirements: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON)

    employer: Mapped[Employer] = relationship(back_populates="openings")


class Station(Base):
    """A PC running JobFair: its id is made on the PC and kept in its local settings."""

    __tablename__ = "station"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    # the role it was last opened as (desk | booth | organizer); each audit event records the
    # role it was written in, since one PC may serve several roles in a day
    kind: Mapped[str] = mapped_column(String(20))
    booth_id: Mapped[int | None] = mapped_column(ForeignKey("booth.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Seeker(Base):
    """A job seeker on a fair's list. Only the minimal fields PIPA allows; never an RRN."""

    __tablename__ = "seeker"
    __table_args__ = (
        Index("ix_seeker_fair_phone", "fair_id", "phone"),
        # The desk finds people by the last four digits of their phone: an index on exactly
        # that expression (``jobfair.services.checkins.desk.phone_tail``) makes it a lookup, not a
        # scan.
        Index("ix_seeker_fair_phone_tail", "fair_id", text("substr(phone, length(phone) - 3)")),
        # Covers the registered / pre-registered counts of the figures.
        Index("ix_seeker_fair_channel", "fair_id", "channel"),
        Index("ix_seeker_fair_name", "fair_id", "name"),
        Index("ix_seeker_fair_badge_no", "fair_id", "badge_no", unique=True),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    fair_id: Mapped[int] = mapped_column(ForeignKey("fair.id", ondelete="CASCADE"))
    badge_no: Mapped[int | None] = mapped_column(Integer)  # number printed on the badge
    name: Mapped[str] = mapped_column(String(100))
    birth_year: Mapped[int] = mapped_column(Integer)
    birth_date: Mapped[date | None] = mapped_column(Date)
    phone: Mapped[str] = mapped_column(String(20))  # digits only, e.g. 01012345678
    residence: Mapped[str] = mapped_column(String(50), default="")  # 시·군
    sex: Mapped[str | None] = mapped_column(String(1))  # "M", "F" or None (not given)
    desired_keco: Mapped[str] = mapped_column(String(8), default="")
    desired_job: Mapped[str] = mapped_column(String(200), default="")
    groups: Mapped[list[str]] = mapped_column(JSON, default=list)  # declared target groups
    channel: Mapped[str] = mapped_column(String(20))  # pre_registered | walk_in
    consent_collection: Mapped[bool] = mapped_column(Boolean)
    consent_provision: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_sensitive: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_notice_version: Mapped[str] = mapped_column(String(40))
    consent_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    station_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    purged_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Answers to the fair's own registration fields, by the field's key (``FairField``).
    answers: Mapped[dict[str, Any] | None] = mapped_column(JSON)

    checkin: Mapped[CheckIn | None] = relationship(back_populates="seeker")


class FairField(Base):
    """A registration field of the fair's own (say 희망 근무지 or 운전 가능 여부).

    Answers are kept on the seeker (``Seeker.answers``) under ``key``. ``employer_visible``:
    a booth may see the answer when the seeker consented to provision; ``sensitive``: the answer
    is kept and shown only with the sensitive-information consent. ``retention_days``: the answer
    is erased that many days after the fair (``None``: kept as long as the seeker record).
    """

    __tablename__ = "fair_field"
    __table_args__ = (UniqueConstraint("fair_id", "key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    fair_id: Mapped[int] = mapped_column(ForeignKey("fair.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(40))
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(20))
    label_ko: Mapped[str] = mapped_column(String(100))
    label_en: Mapped[str] = mapped_column(String(100), default="")
    required: Mapped[bool] = mapped_column(Boolean, default=False)
    employer_visible: Mapped[bool] = mapped_column(Boolean, default=False)
    sensitive: Mapped[bool] = mapped_column(Boolean, default=False)
    retention_days: Mapped[int | None] = mapped_column(Integer)
    choices: Mapped[list[str]] = mapped_column(JSON, default=list)


class CheckIn(Base):
    """A seeker's arrival at the fair: one per seeker, whichever station was first."""

    __tablename__ = "checkin"
    __table_args__ = (Index("ix_checkin_fair_at", "fair_id", "at"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    fair_id: Mapped[int] = mapped_column(ForeignKey("fair.id", ondelete="CASCADE"))
    seeker_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("seeker.id", ondelete="CASCADE"), unique=True
    )
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    station_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    # scan | search | walk_in | booth | kiosk (self-service)
    via: Mapped[str] = mapped_column(String(20), default="desk")

    seeker: Mapped[Seeker] = relationship(back_populates="checkin")


class Badge(Base):
    """The printed badge of a seeker: its signed code, when it was printed, how often again."""

    __tablename__ = "badge"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    seeker_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("seeker.id", ondelete="CASCADE"), unique=True
    )
    code: Mapped[str] = mapped_column(String(40), unique=True)
    printed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reprints: Mapped[int] = mapped_column(Integer, default=0)


class Interview(Base):
    """One interview of a seeker at a booth, and its outcome (``None``: not decided yet)."""

    __tablename__ = "interview"
    __table_args__ = (
        # Covers the figures: distinct interviewees and outcomes are read from the index alone,
        # and whether each interview counts (``started_at`` on the fair's day) too.
        Index(
            "ix_interview_fair_seeker",
            "fair_id", "seeker_id", "outcome", "voided_at", "final_outcome", "final_outcome_on",
            "started_at",
        ),
        Index("ix_interview_fair_booth", "fair_id", "booth_id"),
        Index("ix_interview_fair_outcome", "fair_id", "outcome"),
        Index("ix_interview_opening_outcome", "opening_id", "outcome"),
        # A booth's latest interviews, and its day counted from the index alone.
        Index(
            "ix_interview_booth_started",
            "booth_id", "started_at", "seeker_id", "outcome", "voided_at",
        ),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    fair_id: Mapped[int] = mapped_column(ForeignKey("fair.id", ondelete="CASCADE"))
    seeker_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("seeker.id", ondelete="CASCADE"))
    booth_id: Mapped[int] = mapped_column(ForeignKey("booth.id", ondelete="CASCADE"))
    opening_id: Mapped[int | None] = mapped_column(ForeignKey("opening.id", ondelete="SET NULL"))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    outcome: Mapped[str | None] = mapped_column(String(20))
    outcome_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    over_headcount: Mapped[bool] = mapped_column(Boolean, default=False)  # confirmed beyond
    notes: Mapped[str] = mapped_column(Text, default="")
    station_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # Undone at the booth: kept for the record, left out of every figure and count.
    voided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Follow-up after the fair (사후관리), kept apart from the fair-day ``outcome``:
    # "hired", "not_hired", "withdrawn" (the seeker declined) or None (not known yet).
    final_outcome: Mapped[str | None] = mapped_column(String(20))
    final_outcome_on: Mapped[date | None] = mapped_column(Date)
    follow_up_note: Mapped[str] = mapped_column(Text, default="")
    follow_up_updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The recruiter's evaluation (with ``notes`` and the tags in ``interview_tag``): 1-5 or None.
    rating: Mapped[int | None] = mapped_column(Integer)


class EmployerTag(Base):
    """One tag of an employer's own evaluation list (경력자, 야간 가능…), in its order."""

    __tablename__ = "employer_tag"
    __table_args__ = (UniqueConstraint("employer_id", "label"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    employer_id: Mapped[int] = mapped_column(
        ForeignKey("employer.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    label: Mapped[str] = mapped_column(String(40))


class InterviewTag(Base):
    """A tag given to an interview at the booth."""

    __tablename__ = "interview_tag"

    interview_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("interview.id", ondelete="CASCADE"), primary_key=True
    )
    tag_id: Mapped[int] = mapped_column(
        ForeignKey("employer_tag.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class FollowUpCall(Base):
    """One call of the follow-up call list about an interview, and what came of it."""

    __tablename__ = "follow_up_call"
    __table_args__ = (Index("ix_follow_up_call_interview_at", "interview_id", "at"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    interview_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("interview.id", ondelete="CASCADE")
    )
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    station_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    actor: Mapped[str] = mapped_column(String(100), default="")
    result: Mapped[str] = mapped_column(String(20))  # reached | no_answer | left_message
    note: Mapped[str] = mapped_column(Text, default="")


class QueueEntry(Base):
    """A seeker scanned in as waiting at a booth; called, then done when interviewed.

    At most one open entry (``done_at`` empty) per seeker and booth, held by a partial unique
    index so two stations of one booth cannot queue the same seeker twice.
    """

    __tablename__ = "booth_queue"
    __table_args__ = (
        Index("ix_booth_queue_booth_queued", "booth_id", "queued_at"),
        Index("ix_booth_queue_seeker_id", "seeker_id"),
        Index(
            "uq_booth_queue_open",
            "booth_id",
            "seeker_id",
            unique=True,
            sqlite_where=text("done_at IS NULL"),
            postgresql_where=text("done_at IS NULL"),
        ),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    fair_id: Mapped[int] = mapped_column(ForeignKey("fair.id", ondelete="CASCADE"))
    booth_id: Mapped[int] = mapped_column(ForeignKey("booth.id", ondelete="CASCADE"))
    seeker_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("seeker.id", ondelete="CASCADE"))
    queued_at: Mapped[datetime] = mapped_column(UTCDateTime)
    called_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    station_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    # the number said aloud and shown in the hall: 1, 2, 3… per booth and day
    queue_no: Mapped[int | None] = mapped_column(Integer)


class AuditEvent(Base):
    """Who changed what, where and when, with the values before and after."""

    __tablename__ = "audit_event"
    __table_args__ = (Index("ix_audit_event_at", "at"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    fair_id: Mapped[int | None] = mapped_column(Integer, index=True)
    station_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    # the role the station served for this write (desk | booth | organizer); a PC keeps its id
    # and name when it switches role, so the role is the event's, not the station's
    station_kind: Mapped[str | None] = mapped_column(String(20))
    actor: Mapped[str] = mapped_column(String(100), default="")
    account_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)  # the signed-in account, if any
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(40))
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class Recommendation(Base):
    """A counsellor's recommendation of an opening to a seeker before the fair (사전 맞춤 알선)."""

    __tablename__ = "recommendation"
    __table_args__ = (UniqueConstraint("seeker_id", "opening_id"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    fair_id: Mapped[int] = mapped_column(ForeignKey("fair.id", ondelete="CASCADE"), index=True)
    seeker_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("seeker.id", ondelete="CASCADE"))
    opening_id: Mapped[int] = mapped_column(ForeignKey("opening.id", ondelete="CASCADE"))
    made_at: Mapped[datetime] = mapped_column(UTCDateTime)
    station_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    actor: Mapped[str] = mapped_column(String(100), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class Referral(Base):
    """A booth named to a seeker at check-in as where to go next (desk slip or kiosk screen).

    Counted per booth on the dashboard: how many were sent there, and how many of those then
    interviewed there. No personal data beyond the seeker it points at.
    """

    __tablename__ = "referral"
    __table_args__ = (
        UniqueConstraint("seeker_id", "booth_id"),
        Index("ix_referral_fair_booth", "fair_id", "booth_id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    fair_id: Mapped[int] = mapped_column(ForeignKey("fair.id", ondelete="CASCADE"))
    seeker_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("seeker.id", ondelete="CASCADE"))
    booth_id: Mapped[int] = mapped_column(ForeignKey("booth.id", ondelete="CASCADE"))
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # where the seeker was told: "desk" or "kiosk"
    source: Mapped[str] = mapped_column(String(20), default="desk")


class Account(Base):
    """A person who signs in at a station: an organizer, a desk volunteer or a booth's recruiter.

    The PIN or password is kept only as an argon2 hash. A booth account is bound to one booth
    (and so to that booth's fair). Accounts are never deleted, only deactivated, so the audit log
    keeps naming them.
    """

    __tablename__ = "account"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    login: Mapped[str] = mapped_column(String(60), unique=True)  # kept in lower case
    display_name: Mapped[str] = mapped_column(String(100), default="")
    role: Mapped[str] = mapped_column(String(20))  # organizer | desk | booth
    booth_id: Mapped[int | None] = mapped_column(ForeignKey("booth.id", ondelete="SET NULL"))
    secret_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    last_sign_in_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class SyncConflict(Base):
    """A record an offline station delivered late that collided with what others recorded
    meanwhile (say a hire into a position filled in the meantime). The record is kept as the
    station made it; the conflict waits here until an organizer has looked at it.
    """

    __tablename__ = "sync_conflict"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    fair_id: Mapped[int | None] = mapped_column(Integer, index=True)
    station_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    actor: Mapped[str] = mapped_column(String(100), default="")
    record_kind: Mapped[str] = mapped_column(String(40))  # interview | checkin | ...
    record_id: Mapped[str] = mapped_column(String(40))  # the client UUID of the record
    reason: Mapped[str] = mapped_column(String(60))  # a code, e.g. "over_headcount"
    message: Mapped[str] = mapped_column(Text, default="")  # English template, translated on show
    params: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)  # when the station took it
    delivered_at: Mapped[datetime] = mapped_column(UTCDateTime)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    resolved_by: Mapped[str] = mapped_column(String(100), default="")
    resolution_note: Mapped[str] = mapped_column(Text, default="")

