"""PINs: guessing is throttled per profile in the database (a doubling wait, then a lock that
only a reset lifts), and a learner may set a PIN that then guards their history, export and
delete. The clock is injected: nothing here sleeps."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from trainer.coaching import service as c
from trainer.coaching.auth import BadPin, PinLocked, hash_pin, sign_in
from trainer.store import AccessDenied, Store, open_store, pins

T0 = dt.datetime(2026, 11, 27, 9, 0, tzinfo=dt.UTC)


def _guess(store: Store, name: str, hours: float) -> list[dt.datetime]:
    """An attacker who tries a new wrong PIN the moment the throttle allows (it says how
    long to wait), for `hours`. Returns when each guess was really checked."""
    now, checked = T0, []
    while now < T0 + dt.timedelta(hours=hours):
        try:
            sign_in(store, name, f"{len(checked):04d}", now)
        except PinLocked as exc:  # refused unchecked: wait as told, or give up when locked
            wait = re.search(r"try again in (\d+) s", str(exc))
            if wait is None:
                break
            now += dt.timedelta(seconds=int(wait.group(1)))
        except BadPin:
            checked.append(now)
    return checked


def test_guessing_is_throttled_then_locked_until_a_reset(store: Store) -> None:
    ana = store.create_profile("Ana", "coach", pin_hash=hash_pin("4821"))
    ben = store.create_profile("Ben", "coach", pin_hash=hash_pin("1357"))
    checked = _guess(store, "Ana", hours=24)
    assert len(checked) == pins.LOCK_AFTER  # 10 guesses in all, then the lock
    assert sum(t < T0 + dt.timedelta(hours=1) for t in checked) == 9  # 9 in the first hour
    with pytest.raises(PinLocked, match="reset"):
        sign_in(store, "Ana", "4821", T0 + dt.timedelta(days=30))  # the right PIN, locked
    with pytest.raises(AccessDenied):
        pins.reset_pin_by_coach(store, ana, ana.profile_id, "2222")  # not by oneself
    pins.reset_pin_by_coach(store, ben, ana.profile_id, "2468")  # another coach lifts it
    assert sign_in(store, "Ana", "2468", T0 + dt.timedelta(days=30)) == ana


def test_the_wait_doubles_and_a_right_pin_clears_the_count(store: Store) -> None:
    store.create_profile("Ana", "coach", pin_hash=hash_pin("4821"))
    assert [pins.wait_after(n) for n in range(6)] == [
        None, None, None, *(pins.FIRST_WAIT * k for k in (1, 2, 4))
    ]  # fmt: skip
    for _ in range(pins.FREE_TRIES):
        with pytest.raises(BadPin, match="wrong"):
            sign_in(store, "Ana", "0000", T0)
    with pytest.raises(PinLocked, match="try again in 1 s"):
        sign_in(store, "Ana", "4821", T0 + dt.timedelta(seconds=29))  # right, but too soon
    sign_in(store, "Ana", "4821", T0 + pins.FIRST_WAIT)
    for _ in range(pins.FREE_TRIES):  # the count started again from zero
        with pytest.raises(BadPin, match="wrong"):
            sign_in(store, "Ana", "0000", T0 + pins.FIRST_WAIT)


def test_the_count_is_shared_by_every_process(db_url: str) -> None:
    """Two stores on one database (two processes, or two app servers) share the count."""
    first, second = open_store(db_url), open_store(db_url)
    first.create_profile("Ana", "coach", pin_hash=hash_pin("4821"))
    for i in range(pins.LOCK_AFTER):
        store = (first, second)[i % 2]
        later = T0 + dt.timedelta(days=i)  # past every wait
        with pytest.raises(BadPin):
            sign_in(store, "Ana", f"{i:04d}", later)
    with pytest.raises(PinLocked):
        sign_in(first, "Ana", "4821", T0 + dt.timedelta(days=99))
    first.engine.dispose()
    second.engine.dispose()


def test_who_may_reset_whose_pin(store: Store) -> None:
    ana, ben = store.create_profile("Ana", "coach"), store.create_profile("Ben", "coach")
    lee, sam = store.create_profile("Lee", pin_hash=hash_pin("1111")), store.create_profile("Sam")
    c.join_group(store, lee, c.create_group(store, ana, "Tue").invite_code)
    with pytest.raises(AccessDenied):
        pins.reset_pin_by_coach(store, ben, lee.profile_id, "9999")  # not Ben's learner
    with pytest.raises(AccessDenied):
        pins.reset_pin_by_coach(store, lee, ana.profile_id, "9999")  # learners do not reset
    assert {a.name for a in pins.resettable(store, ana)} == {"Ben", "Lee"}
    assert sam not in pins.resettable(store, ana)
    pins.reset_pin_by_coach(store, ana, lee.profile_id, "9999")
    assert sign_in(store, "Lee", "9999") == lee


def test_a_learner_sets_changes_and_removes_their_own_pin(store: Store) -> None:
    mia = store.create_profile("Mia")
    assert sign_in(store, "Mia", None) == mia  # no PIN: nothing asked
    pins.change_own_pin(store, mia, None, "2468")
    with pytest.raises(BadPin):
        sign_in(store, "Mia", None)
    with pytest.raises(BadPin):
        pins.change_own_pin(store, mia, "0000", None)  # the current PIN is needed
    pins.change_own_pin(store, mia, "2468", None)
    assert sign_in(store, "Mia", None) == mia
