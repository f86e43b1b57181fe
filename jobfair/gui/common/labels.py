"""How every screen writes the small things: an outcome, a badge number, a time of day."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from jobfair.domain.codes import OUTCOME_LABELS, Outcome


def outcome_label(outcome: str | None) -> str:
    """The outcome's name in the language in force; "open" for an undecided one."""
    if outcome is None:
        return QCoreApplication.translate("BoothModels", "Open (decide later)")
    try:
        return QCoreApplication.translate("codes", OUTCOME_LABELS[Outcome(outcome)])
    except ValueError:
        return outcome


def badge_text(badge_no: int | None) -> str:
    """``#12``, or nothing for a seeker without a badge yet."""
    return f"#{badge_no}" if badge_no is not None else ""


def local_time(at: datetime, timezone: str) -> str:
    """``10:32`` in the fair's time zone."""
    try:
        zone = ZoneInfo(timezone)
    except (KeyError, ValueError):
        zone = ZoneInfo("Asia/Seoul")
    return at.astimezone(zone).strftime("%H:%M")
