"""Who is using the trainer: local profiles, where coaches and any learner who set one give a
PIN, or an OIDC identity when `[auth]` is configured in .streamlit/secrets.toml. PINs, their
hashes and the guessing throttle live in trainer.store.pins."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from trainer.coaching.records import Role
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
from trainer.store.rows import as_utc
from trainer.store.tables import ProfileRow

__all__ = [
    "PIN_DIGITS",
    "AuthError",
    "BadPin",
    "PinLocked",
    "check_pin_format",
    "coach_emails",
    "end_oidc_sessions",
    "hash_pin",
    "needs_pin",
    "oidc_actor",
    "oidc_role",
    "sign_in",
    "verify_pin",
]


class AuthError(TrainerError):
    code = "auth"


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


def oidc_role(claims: Mapping[str, object], coaches: set[str]) -> Role:
    """A coach when the email is in `[trainer].coaches` and the provider has not said it is
    unverified (an unverified address could be anyone's); everyone else is a learner."""
    email = claims.get("email")
    verified = str(claims.get("email_verified", True)).lower() != "false"
    listed = isinstance(email, str) and email.strip().lower() in coaches
    return "coach" if listed and verified else "learner"


def oidc_actor(store: Store, claims: Mapping[str, object], coaches: set[str]) -> Actor | None:
    """The profile of a signed-in OIDC identity (st.user), created on its first sign-in, keyed
    by the provider's `sub`. The role follows `coaches` at every sign-in, so removing an email
    from the list takes coaching away. None when the identity's ID token was issued before the
    profile last signed out: that cookie was signed out and must not sign anyone in again."""
    subject = claims.get("sub")
    if not isinstance(subject, str) or not subject:
        raise AuthError("the identity provider sent no 'sub' claim; check [auth] in "
                        ".streamlit/secrets.toml points at an OpenID Connect provider.")  # fmt: skip
    role = oidc_role(claims, coaches)
    raw_email = claims.get("email")
    email = (raw_email.strip().lower() or None) if isinstance(raw_email, str) else None
    issued = claims.get("iat")
    with store.writing() as session:
        row = session.scalars(select(ProfileRow).where(ProfileRow.oidc_subject == subject)).first()
        if row is not None:
            if row.signed_out_at is not None and not (
                isinstance(issued, int | float) and issued > as_utc(row.signed_out_at).timestamp()
            ):
                return None
            row.role, row.email = role, email
            return Actor(row.id, role, row.name)
    # A provider's name claim is typed text: one line, no control characters, 80 at most.
    raw_name = re.sub("[\x00-\x1f\x7f-\x9f]", " ", str(claims.get("name") or email or ""))
    name = " ".join(raw_name.split())[:80] or "Learner"
    try:
        return store.create_profile(name, role, oidc_subject=subject, email=email)
    except IntegrityError:  # the same person's first sign-in in two tabs at once
        found = store.profile_by_subject(subject)
        if found is None:
            raise
        return found


def end_oidc_sessions(store: Store, actor: Actor, now: dt.datetime) -> None:
    """Sign-out: identity cookies issued until `now` stop signing this profile in, in every
    browser (Streamlit's cookie cannot be revoked; the store remembers the time instead)."""
    with store.writing() as session:
        row = session.get(ProfileRow, actor.profile_id)
        if row is not None and row.oidc_subject is not None:
            row.signed_out_at = now
