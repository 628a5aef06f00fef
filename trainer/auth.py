"""Who is using the trainer: local profiles with a PIN for coaches, or an OIDC identity when
`[auth]` is configured in .streamlit/secrets.toml. PINs are kept as salted scrypt hashes."""

from __future__ import annotations

import hashlib
import hmac
import secrets

from trainer.errors import TrainerError
from trainer.store import Actor, Store

PIN_DIGITS = (4, 8)
_N, _R, _P = 2**14, 8, 1


class BadPin(TrainerError):
    pass


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
