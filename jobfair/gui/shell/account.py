"""The account signed in at this station, and the check that keeps it true.

Accounts live in the database, so an organizer at another PC may switch one off, change its role
or make the first account of a database that had none. After any change the window asks
``check()``: it reads on the window's reader (a worker thread where the database is a server), one
check at a time, and says what it found by signal; the window decides what the screen shows.
"""

from __future__ import annotations

import dataclasses
import logging
import uuid
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Signal
from sqlalchemy.exc import SQLAlchemyError

from jobfair.db.engine import SessionFactory
from jobfair.domain.codes import StationKind
from jobfair.domain.roles import ROLE_STATIONS, Role
from jobfair.gui.common.runner import OperationRunner
from jobfair.services.accounts.service import (
    AccountView,
    accounts_exist,
    actor_for,
    current_account,
)
from jobfair.services.context import Actor

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]
AccountState = tuple[bool, AccountView | None]  # (sign-in needed, the account as stored now)


class StationAccount(QObject):
    """Who is signed in here (``account``; ``None``: nobody).

    Signals:
        sign_in_needed(): nobody is signed in and the database has accounts now.
        switched_off(): the signed-in account was switched off or changed elsewhere; it is
            signed out here already.
    """

    sign_in_needed = Signal()
    switched_off = Signal()

    def __init__(
        self, station_id: uuid.UUID, clock: Clock,
        current: Callable[[], tuple[SessionFactory, OperationRunner]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.account: AccountView | None = None
        self.station_id = station_id
        self.clock = clock
        self._current = current  # the window's database and reader (they change on reconnect)
        self._check_wanted = False

    def actor(self, kind: StationKind | None = None) -> Actor:
        """This station as the author of writes, serving as ``kind``: the signed-in account,
        if any (otherwise nobody by name: the station and its role say where it came from)."""
        station = Actor(station_id=self.station_id, clock=self.clock)
        actor = actor_for(self.account, station) if self.account is not None else station
        return dataclasses.replace(actor, station_kind=kind)

    def allowed_stations(self) -> frozenset[str]:
        """The stations the signed-in role may open (all of them without accounts)."""
        role = self.account.role if self.account is not None else Role.ORGANIZER
        return ROLE_STATIONS[role]

    def check(self) -> None:
        """Read whether sign-in is needed now, or whether the signed-in account still stands.

        One check at a time: a server that stalls never freezes the window, and a burst of
        news while one check waits makes one more check, not a pile of them.
        """
        factory, reader = self._current()
        if not reader.idle:
            self._check_wanted = True
            return
        self._check_wanted = False
        account_id = self.account.id if self.account is not None else None

        def read() -> AccountState | None:
            # Read quietly: a server out of reach is the offline light's news, not a reason
            # to sign anybody out or to pop up a message.
            try:
                with factory() as session:
                    if account_id is None:
                        return accounts_exist(session), None
                    return False, current_account(session, account_id)
            except SQLAlchemyError:
                return None

        def apply(state: AccountState | None) -> None:
            if state is not None and factory is self._current()[0]:
                self._apply(account_id, *state)
            if self._check_wanted:
                self.check()

        reader.submit(read, apply, lambda exc: log.error("account check failed", exc_info=exc))

    def _apply(self, account_id: uuid.UUID | None, needed: bool,
               found: AccountView | None) -> None:
        current = self.account.id if self.account is not None else None
        if current != account_id:  # somebody signed in or out meanwhile
            return
        if self.account is None:
            if needed:
                self.sign_in_needed.emit()
            return
        if found is None or not found.active or found.role != self.account.role or (
            found.booth_id != self.account.booth_id
        ):
            self.account = None
            self.switched_off.emit()
