"""Roles and what each may do: the rules the services enforce for a signed-in person.

An organizer may do everything. A desk account registers and checks in seekers and prints their
badges. A booth account records interviews for its own booth only, and sees of a seeker only what
the seeker agreed to share with employers. Only organizers change the setup, manage accounts,
export personal data, read the audit log, follow up after the fair, purge and discard the records
of a rehearsal day.
"""

from __future__ import annotations

from enum import StrEnum

from jobfair.domain.i18n import QT_TRANSLATE_NOOP


class Role(StrEnum):
    ORGANIZER = "organizer"
    DESK = "desk"
    BOOTH = "booth"


ROLE_LABELS: dict[Role, str] = {
    Role.ORGANIZER: QT_TRANSLATE_NOOP("codes", "Organizer"),
    Role.DESK: QT_TRANSLATE_NOOP("codes", "Registration desk"),
    Role.BOOTH: QT_TRANSLATE_NOOP("codes", "Booth"),
}


class Permission(StrEnum):
    """What a service call needs. Each has a sentence for the refusal message."""

    SETUP = "setup"  # the fair, employers, booths, openings; importing employers; copying a fair
    ACCOUNTS = "accounts"  # create, change and deactivate accounts
    EXPORT = "export"  # export personal data: workbook, CSV, call lists, candidate lists
    PURGE = "purge"  # erase personal data after the retention period
    AUDIT = "audit"  # read the audit log and the offline stations' conflicts
    FOLLOW_UP = "follow_up"  # after the fair: calls and final outcomes
    MATCHING = "matching"  # recommendations of openings to seekers
    REGISTER = "register"  # seekers: register, import, check in, badges, search with details
    INTERVIEW = "interview"  # a booth's interviews and queue (a booth account: its own booth)
    FIGURES = "figures"  # the fair's aggregate figures and the booths' overview
    REHEARSAL = "rehearsal"  # discard the records of a rehearsal day (scanners tried before)


# The refusal, a whole sentence per permission (context "errors").
REFUSALS: dict[Permission, str] = {
    Permission.SETUP: QT_TRANSLATE_NOOP(
        "errors", "Only an organizer may change the fair's setup. Ask an organizer to sign in."),
    Permission.ACCOUNTS: QT_TRANSLATE_NOOP(
        "errors", "Only an organizer may manage accounts. Ask an organizer to sign in."),
    Permission.EXPORT: QT_TRANSLATE_NOOP(
        "errors", "Only an organizer may export personal data. Ask an organizer to sign in."),
    Permission.PURGE: QT_TRANSLATE_NOOP(
        "errors", "Only an organizer may erase personal data. Ask an organizer to sign in."),
    Permission.AUDIT: QT_TRANSLATE_NOOP(
        "errors", "Only an organizer may read the audit log. Ask an organizer to sign in."),
    Permission.FOLLOW_UP: QT_TRANSLATE_NOOP(
        "errors", "Only an organizer may follow up after the fair. Ask an organizer to sign in."),
    Permission.MATCHING: QT_TRANSLATE_NOOP(
        "errors", "Only an organizer may recommend openings to seekers. Ask an organizer to "
        "sign in."),
    Permission.REGISTER: QT_TRANSLATE_NOOP(
        "errors", "Only the registration desk or an organizer may register, look up and check "
        "in seekers."),
    Permission.INTERVIEW: QT_TRANSLATE_NOOP(
        "errors", "Only a booth or an organizer may record interviews."),
    Permission.FIGURES: QT_TRANSLATE_NOOP("errors", "This account may not see the figures."),
    Permission.REHEARSAL: QT_TRANSLATE_NOOP(
        "errors", "Only an organizer may discard rehearsal records. Ask an organizer to sign in."),
}

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ORGANIZER: frozenset(Permission),
    Role.DESK: frozenset({Permission.REGISTER, Permission.FIGURES}),
    Role.BOOTH: frozenset({Permission.INTERVIEW, Permission.FIGURES}),
}

# Which station screens a role may open (an organizer may stand in at any station).
ROLE_STATIONS: dict[Role, frozenset[str]] = {
    Role.ORGANIZER: frozenset({"desk", "booth", "organizer"}),
    Role.DESK: frozenset({"desk"}),
    Role.BOOTH: frozenset({"booth"}),
}


def allows(role: Role, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[role]
