"""Who is using the trainer: local profiles with a PIN for coaches, or an OIDC identity when
`[auth]` is configured in .streamlit/secrets.toml. PINs are kept as salted scrypt hashes."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from trainer.coaching.records import Role
from trainer.errors import TrainerError
from trainer.store import Actor, Store
from trainer.store.repo import as_utc
from trainer.store.tables import ProfileRow

PIN_DIGITS = (4, 8)
_N, _R, _P = 2**14, 8, 1


class BadPin(TrainerError):
    pass


class AuthError(TrainerError):
    code = "auth"


def check_pin_format(pin: str) -> None:
    low, high = PIN_DIGITS
    if not (pin.isdigit() and low <= len(pin) <= high):
        raise BadPin(f"a coach PIN is {low} to {high} digits; got {len(pin)} characters.")


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


def coach_emails(secrets_table: dict[str, object]) -> set[str]:
    """Emails that sign in as coaches under OIDC: `[trainer] coaches = ["a@b.org"]`."""
    raw = secrets_table.get("coaches", [])
    if not isinstance(raw, list) or not all(isinstance(e, str) for e in raw):
        raise TrainerError(
            "[trainer].coaches in .streamlit/secrets.toml must be a list of email strings."
        )
    return {e.strip().lower() for e in raw}


def sign_in(store: Store, name_or_id: str, pin: str | None) -> Actor:
    """A local profile; a coach must give their PIN. The error never says which part was
    wrong for a coach, so a PIN cannot be guessed against a known name."""
    actor = store.find_profile(name_or_id)
    if actor.role == "coach" and not verify_pin(pin or "", store.pin_hash(actor.profile_id)):
        raise BadPin(f"wrong or missing PIN for coach {actor.name!r}.")
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
    name = str(claims.get("name") or email or "").strip()[:80] or "Learner"
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
