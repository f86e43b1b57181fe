"""Logs interviews in a loop until killed; prints each id only after its transaction committed.

Run by test_durability.py: ``python durability_writer.py URL FAIR_ID BOOTH_ID``.
"""

from __future__ import annotations

import sys
import uuid

from jobfair.db.engine import make_engine, make_session_factory
from jobfair.services.context import Actor
from jobfair.services.interviews.service import log_interview
from jobfair.services.seekers.service import Consent, SeekerInput, register_seeker


def main(url: str, fair_id: int, booth_id: int) -> None:
    factory = make_session_factory(make_engine(url))
    actor = Actor(station_id=uuid.uuid4(), name="durability")
    n = 0
    while True:
        n += 1
        with factory.begin() as session:
            seeker = register_seeker(
                session, actor, fair_id,
                SeekerInput(f"구직자{n}", 1980, "010-1234-5678", Consent(collection=True)),
            )
            interview = log_interview(
                session, actor, seeker_id=seeker.id, booth_id=booth_id, outcome="pending"
            )
        # the ``with`` block has committed: only now may the id be reported as saved
        sys.stdout.write(f"{interview.id}\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
