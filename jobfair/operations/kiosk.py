"""What the self-service kiosk does: check a seeker in by badge or by three facts, and let staff
unlock it with their PIN. Qt-free; one transaction per call; the screen renders the outcome.

Every outcome is a value, never an exception the screen has to know: ``Welcomed`` (checked in),
``TryAgain`` (nothing matched: perhaps a typo), ``GoToDesk`` (several matched, or a badge the
kiosk cannot use). Nothing in them names anybody but the seeker who was welcomed.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from jobfair.domain.errors import JobFairError, ValidationError
from jobfair.domain.i18n import QT_TRANSLATE_NOOP
from jobfair.domain.roles import Role
from jobfair.services.accounts.service import AccountView, sign_in
from jobfair.services.checkins import kiosk as kiosk_service
from jobfair.services.checkins.kiosk import KioskWelcome, Lookup
from jobfair.services.context import Actor

UNLOCK_ROLES = frozenset({Role.ORGANIZER, Role.DESK})
NOT_STAFF = QT_TRANSLATE_NOOP(
    "errors", "Only an organizer's or the desk's account may unlock the kiosk.")


@dataclass(frozen=True)
class Welcomed:
    welcome: KioskWelcome


@dataclass(frozen=True)
class TryAgain:
    """Nobody matched what was typed (a typo, most likely)."""


@dataclass(frozen=True)
class GoToDesk:
    """The kiosk cannot tell who this is (several matched, or the badge is not usable here)."""


KioskOutcome = Welcomed | TryAgain | GoToDesk


class KioskOperations:
    """The kiosk's calls (from the GUI thread: each is one short transaction)."""

    def __init__(self, session_factory: sessionmaker[Session], actor: Actor, fair_id: int
                 ) -> None:
        self.session_factory = session_factory
        self.actor = actor
        self.fair_id = fair_id

    def scan(self, text: str) -> KioskOutcome:
        """A badge scanned (wedge scanner or camera)."""
        try:
            with self.session_factory.begin() as session:
                seeker_id = kiosk_service.seeker_of_badge(session, self.fair_id, text)
                return Welcomed(kiosk_service.welcome(
                    session, self.actor, self.fair_id, seeker_id, self.actor.now()))
        except (JobFairError, SQLAlchemyError):
            return GoToDesk()

    def by_details(self, name: str, phone4: str, birth_year: str) -> KioskOutcome:
        """Name, the phone's last four digits and the birth year, as the seeker typed them."""
        try:
            with self.session_factory.begin() as session:
                found = kiosk_service.find_by_details(
                    session, self.fair_id, name, phone4, birth_year, actor=self.actor)
                if found.outcome is Lookup.NOT_FOUND:
                    return TryAgain()
                if found.outcome is Lookup.SEVERAL or found.seeker_id is None:
                    return GoToDesk()
                return Welcomed(kiosk_service.welcome(
                    session, self.actor, self.fair_id, found.seeker_id, self.actor.now()))
        except (JobFairError, SQLAlchemyError):
            return GoToDesk()

    def unlock(self, login: str, pin: str) -> AccountView:
        """Staff's login and PIN; raises the sign-in's error (wrong, locked) or ``NOT_STAFF``.
        Wrong tries are counted and audited like any sign-in's."""
        with self.session_factory.begin() as session:
            attempt = sign_in(session, self.actor, login, pin)
        account = attempt.account_or_raise()
        if account.role not in UNLOCK_ROLES:
            raise ValidationError(NOT_STAFF, field="login")
        return account
