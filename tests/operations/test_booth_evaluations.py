"""The card's evaluation through the booth's operations: saved with the outcome on the server,
kept with it in the outbox while the server is away (by the same rules), and delivered."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from jobfair.domain.errors import ValidationError
from jobfair.operations.booth import Typed
from jobfair.operations.results import KeptOffline, Recorded, Refused
from jobfair.services.interviews.evaluations import evaluations_of, set_employer_tags
from jobfair.services.seekers.service import SeekerView
from jobfair.services.sync import replay as outbox_replay
from jobfair.services.sync.outbox import WAITING
from tests.operations.test_booth_operations import (  # noqa: F401  (fixtures)
    badge,
    fair,
    interviews_of,
    offline_ops,
    ops_for,
    people,
)
from tests.services.fairkit import SmallFair, actor

Factory = sessionmaker[Session]


def test_online_and_offline_the_evaluation_goes_with_the_outcome(
    session_factory: Factory, fair: SmallFair, people: dict[str, SeekerView],  # noqa: F811
    tmp_path: Path,
) -> None:
    with session_factory.begin() as s:
        tags = set_employer_tags(s, actor(), fair.employer_a, ["경력자", "야간 가능"])
    online = ops_for(session_factory, fair)
    view = online.view()
    assert isinstance(view, Recorded) and [t.label for t in view.value.tags] == [
        "경력자", "야간 가능"]
    online.scan(badge(people["Park"]))
    bad = online.choose("second", rating=9)
    assert isinstance(bad, Refused) and isinstance(bad.error, ValidationError)
    assert online.card is not None  # refused: the card stays for another try
    assert isinstance(online.choose("second", rating=5, tags=(tags[1].id,), notes="굿"),
                      Recorded)
    [park] = interviews_of(session_factory, people["Park"])
    with session_factory() as s:
        e = evaluations_of(s, [park.id])[park.id]
    assert (e.rating, [t.label for t in e.tags], e.note) == (5, ["야간 가능"], "굿")

    ops, outbox, _link = offline_ops(session_factory, fair, tmp_path)
    assert ops.offline is not None
    ops.offline.openings = view.value.day.openings
    ops.offline.tags = view.value.tags
    ops.scan(badge(people["Kim"]))
    refused = ops.choose("pending", rating=3, tags=(99,))  # not one of the employer's tags
    assert isinstance(refused, Refused)
    assert isinstance(ops.choose("pending", rating=3, tags=(tags[0].id,), notes="야간"),
                      KeptOffline)
    ops.scan(badge(people["Lee"]))
    ops.scan(badge(people["Park"]), typed=None)  # Lee left undecided, nothing typed
    for item in outbox.items(WAITING):
        outbox_replay.deliver_item(session_factory, item)
    [kim] = interviews_of(session_factory, people["Kim"])
    with session_factory() as s:
        e = evaluations_of(s, [kim.id])[kim.id]
    assert (kim.outcome, e.rating, [t.label for t in e.tags], e.note) == (
        "pending", 3, ["경력자"], "야간")


def test_what_was_typed_stays_on_the_card_a_scan_leaves(
    session_factory: Factory, fair: SmallFair, people: dict[str, SeekerView],  # noqa: F811
) -> None:
    ops = ops_for(session_factory, fair)
    ops.scan(badge(people["Kim"]))
    shown = ops.scan(badge(people["Lee"]), typed=Typed("메모", 2))
    assert isinstance(shown, Recorded) and shown.value.left_undecided == "Kim"
    [kim] = interviews_of(session_factory, people["Kim"])
    assert (kim.outcome, kim.rating, kim.notes) == (None, 2, "메모")
