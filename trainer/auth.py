"""Who is using the trainer: local profiles, where coaches and any learner who set one give a
PIN, or an OIDC identity when `[auth]` is configured in .streamlit/secrets.toml. PINs, their
hashes and the guessing throttle live in trainer.store.pins."""

from __future__ import annotations

import datetime as dt

from trainer.errors import TrainerError
from trainer.store import Actor, Store
from trainer.store.pins import (
    PIN_DIGITS,
    BadPin,
    PinLocked,
    check_pin,
    check_pin_format,
    hash_pin,
    verify_pin,
)

__all__ = [
    "PIN_DIGITS",
    "BadPin",
    "PinLocked",
    "check_pin_format",
    "coach_emails",
    "hash_pin",
    "needs_pin",
    "sign_in",
    "verify_pin",
]


def coach_emails(secrets_table: dict[str, object]) -> set[str]:
    """Emails that sign in as coaches under OIDC: `[trainer] coaches = ["a@b.org"]`."""
    raw = secrets_table.get("coaches", [])
    if not isinstance(raw, list) or not all(isinstance(e, str) for e in raw):
        raise TrainerError(
            "[trainer].coaches in .streamlit/secrets.toml must be a list of email strings."
        )
    return {e.strip().lower() for e in raw}


def needs_pin(store: Store, actor: Actor) -> bool:
    """Coaches always; learners when they set a PIN."""
    return actor.role == "coach" or bool(store.pin_hash(actor.profile_id))


def sign_in(
    store: Store, name_or_id: str | Actor, pin: str | None, now: dt.datetime | None = None
) -> Actor:
    """A local profile; one with a PIN (every coach, and learners who set one) must give it,
    through the throttle. The wrong-PIN error does not say whether the name or the PIN was
    wrong."""
    actor = name_or_id if isinstance(name_or_id, Actor) else store.find_profile(name_or_id)
    if needs_pin(store, actor):
        check_pin(store, actor, pin, now)
    return actor
