"""PINs of local profiles: salted scrypt hashes, and a guessing throttle kept in the profile's
row so it holds across processes and restarts.

The first FREE_TRIES wrong PINs in a row cost nothing; after each further one the profile
refuses every PIN (the right one too) for FIRST_WAIT, doubling each time; after LOCK_AFTER it
is locked until its PIN is reset (by another coach, or `trainer profile reset-pin` on the
machine). A right PIN clears the count. So at most LOCK_AFTER guesses are ever possible
between resets, against the 10,000 of a four-digit PIN."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import math
import secrets

from sqlalchemy import select

from trainer.errors import InvalidInput, TrainerError
from trainer.store.groups import learners
from trainer.store.repo import AccessDenied, Actor, Store, utcnow
from trainer.store.rows import as_utc
from trainer.store.tables import ProfileRow

PIN_DIGITS = (4, 8)
FREE_TRIES = 3
FIRST_WAIT = dt.timedelta(seconds=30)
LOCK_AFTER = 10
_N, _R, _P = 2**14, 8, 1


class BadPin(TrainerError):
    pass


class PinFormatError(InvalidInput, BadPin):
    """A PIN that is not 4 to 8 digits: wrong input (exit 2), not a wrong guess."""


class PinLocked(BadPin):
    """Too many wrong PINs: wait, or (after LOCK_AFTER) have the PIN reset."""


def check_pin_format(pin: str) -> None:
    low, high = PIN_DIGITS
    if not (pin.isdigit() and low <= len(pin) <= high):
        raise PinFormatError(
            "invalid_pin", f"a PIN is {low} to {high} digits; got {len(pin)} characters."
        )


def hash_pin(pin: str) -> str:
    check_pin_format(pin)
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=_N, r=_R, p=_P)
    return f"scrypt${_N}${_R}${_P}${salt.hex()}${digest.hex()}"


def verify_pin(pin: str, stored: str | None) -> bool:
    """True when `pin` matches; a profile without a PIN never matches."""
    if not stored:
        return False
    try:
        kind, n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if kind != "scrypt":
        return False
    got = hashlib.scrypt(pin.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p))
    return hmac.compare_digest(got.hex(), digest)


def wait_after(failures: int) -> dt.timedelta | None:
    """How long PINs are refused after `failures` wrong ones in a row (None: not at all)."""
    if failures < FREE_TRIES:
        return None
    return FIRST_WAIT * (1 << (failures - FREE_TRIES))


def _unlock_hint(name: str) -> str:
    return (f"ask another coach to reset it (Coach dashboard, Groups tab) or run "
            f"`trainer profile reset-pin {name!r}` on this machine.")  # fmt: skip


def check_pin(store: Store, actor: Actor, pin: str | None, now: dt.datetime | None = None) -> None:
    """Raise BadPin unless `pin` is this profile's PIN and the throttle lets it be tried.
    Counted and checked in one write transaction, so parallel guesses each count."""
    if not pin:
        raise BadPin(f"{actor.name!r} has a PIN: enter it (in the CLI: --pin or TRAINER_PIN).")
    now = now or utcnow()
    refused: str | None = None
    with store.writing() as session:
        row = session.get(ProfileRow, actor.profile_id, with_for_update=True)
        if row is None or not row.pin_hash:
            raise BadPin(f"{actor.name!r} has no PIN to sign in with.")
        if row.pin_failures >= LOCK_AFTER:
            raise PinLocked(f"{actor.name!r} is locked after {row.pin_failures} wrong PINs; "
                            + _unlock_hint(actor.name))  # fmt: skip
        if row.pin_locked_until is not None and now < as_utc(row.pin_locked_until):
            left = math.ceil((as_utc(row.pin_locked_until) - now).total_seconds())
            raise PinLocked(f"too many wrong PINs for {actor.name!r}: try again in {left} s.")
        if verify_pin(pin, row.pin_hash):
            row.pin_failures, row.pin_locked_until = 0, None
            return
        row.pin_failures += 1
        wait = wait_after(row.pin_failures)
        row.pin_locked_until = now + wait if wait else None
        refused = f"wrong or missing PIN for {actor.role} {actor.name!r}."
        if row.pin_failures >= LOCK_AFTER:
            refused += " The profile is now locked; " + _unlock_hint(actor.name)
        elif wait:
            refused += f" Next try in {int(wait.total_seconds())} s."
    raise BadPin(refused)  # after the block, so the count is committed


def has_pin(store: Store, profile_id: str) -> bool:
    return bool(store.pin_hash(profile_id))


def set_pin(store: Store, profile_id: str, pin_hash: str | None) -> None:
    """Store a new PIN (None: none) and lift any wait or lock. Callers check who may."""
    with store.writing() as session:
        row = session.get(ProfileRow, profile_id)
        if row is None:
            raise AccessDenied(f"no profile {profile_id!r}.")
        if row.role == "coach" and pin_hash is None:
            raise BadPin(f"coach {row.name!r} must keep a PIN.")
        row.pin_hash, row.pin_failures, row.pin_locked_until = pin_hash, 0, None


def change_own_pin(
    store: Store, actor: Actor, current: str | None, new_pin: str | None,
    now: dt.datetime | None = None,
) -> None:  # fmt: skip
    """A profile sets, changes or (learners) removes its own PIN; an existing PIN must be
    given first, through the throttle."""
    if has_pin(store, actor.profile_id):
        check_pin(store, actor, current, now)
    set_pin(store, actor.profile_id, hash_pin(new_pin) if new_pin else None)


def resettable(store: Store, coach: Actor) -> list[Actor]:
    """Whose PIN a coach may reset: any other coach's (a forgotten or locked coach PIN needs
    a colleague), and the learners in their groups or whose profiles they made."""
    if coach.role != "coach":
        raise AccessDenied(f"only coaches reset PINs; {coach.name!r} is a {coach.role}.")
    with store.reading() as session:
        made = set(session.scalars(
            select(ProfileRow.id).where(ProfileRow.created_by == coach.profile_id)
        ))  # fmt: skip
    mine = {a.profile_id for a in learners(store, coach)} | made
    return [
        p for p in store.profiles()
        if p.profile_id != coach.profile_id and (p.role == "coach" or p.profile_id in mine)
    ]  # fmt: skip


def reset_pin_by_coach(store: Store, coach: Actor, target_id: str, new_pin: str) -> None:
    """Another coach gives a forgotten or locked profile a new PIN (see `resettable`)."""
    if target_id not in {a.profile_id for a in resettable(store, coach)}:
        raise AccessDenied(f"{coach.name!r} may not reset the PIN of profile {target_id!r} "
                           "(only other coaches', and their own learners').")  # fmt: skip
    set_pin(store, target_id, hash_pin(new_pin))
