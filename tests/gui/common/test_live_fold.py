"""Folding change news (``jobfair.gui.common.live_fold``) on a clock the test moves."""

from __future__ import annotations

from itertools import pairwise

import pytest

from jobfair.gui.common.live_fold import ANY, NewsFold


def fold() -> NewsFold:
    return NewsFold(fold_s=0.02, min_gap_s=0.15)


def test_the_first_news_of_a_quiet_fair_waits_only_the_fold() -> None:
    news = fold()
    assert news.next_due() is None
    news.add(7, 100.0)
    assert news.next_due() == pytest.approx(100.02)
    assert news.take(100.01) == []
    assert news.take(100.02) == [7]
    assert not news.pending


def test_a_burst_becomes_one_piece_of_news() -> None:
    news = fold()
    for i in range(30):
        news.add(7, 100.0 + i * 0.0005)  # 30 writes within 15 ms
    assert news.next_due() == pytest.approx(100.02)  # the first arrival sets the time
    assert news.take(100.02) == [7]
    assert news.take(101.0) == []


def test_a_steady_stream_is_passed_on_once_a_gap_and_never_later() -> None:
    news = fold()
    now, passed, write_times = 100.0, [], []
    while now < 102.0:  # 300 writes a second for two seconds, the fold checked every ms
        write_times.append(now)
        news.add(7, now)
        due = news.next_due()
        if due is not None and due <= now:
            assert news.take(now) == [7]
            passed.append(now)
        now += 1 / 300
    gaps = [b - a for a, b in pairwise(passed)]
    assert all(g >= 0.15 - 1e-9 for g in gaps)  # never more often than the gap
    assert len(passed) >= 2.0 / (0.15 + 1 / 300) - 1  # and about that often
    # no write waits more than the gap plus the fold for the refresh after it
    for t in write_times:
        later = [p for p in passed if p >= t]
        if later:
            assert later[0] - t <= 0.15 + 0.02 + 1 / 300 + 1e-9


def test_each_fair_keeps_its_own_gap() -> None:
    news = fold()
    news.add(7, 100.0)
    assert news.take(100.02) == [7]
    news.add(7, 100.05)
    news.add(8, 100.05)
    assert news.due_at(7) == pytest.approx(100.17)  # the busy fair waits out its gap
    assert news.due_at(8) == pytest.approx(100.07)  # the quiet one is only folded
    assert news.take(100.07) == [8]
    assert news.take(100.17) == [7]


def test_news_of_any_fair_takes_everything_pending_with_it() -> None:
    news = fold()
    news.add(7, 100.0)
    news.add(ANY, 100.0)
    news.add(8, 100.01)
    assert news.take(100.02) == [ANY]
    assert not news.pending
    news.add(8, 100.05)
    assert news.due_at(8) == pytest.approx(100.17)  # 8 counts as passed on with "any"
