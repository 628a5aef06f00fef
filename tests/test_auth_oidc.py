"""OIDC identities to profiles (trainer.coaching.auth), on SQLite and PostgreSQL: the role follows
`[trainer].coaches` at every sign-in, an unverified email never makes a coach, and a sign-out
ends every identity cookie issued before it. tests/test_oidc_browser.py runs the same code
behind a real provider in chromium."""

from __future__ import annotations

import datetime as dt

import pytest

from trainer.coaching.auth import AuthError, end_oidc_sessions, oidc_actor, oidc_role
from trainer.coaching.service import create_group
from trainer.store import AccessDenied, Store

COACHES = {"casey.coach@example.org"}
T0 = dt.datetime(2026, 11, 27, 9, 0, tzinfo=dt.UTC)


def claims(sub: str, email: str, *, at: dt.datetime = T0, **more: object) -> dict[str, object]:
    """What st.user holds after a sign-in: the ID token's claims (iat is when it was issued)."""
    return {"sub": sub, "email": email, "name": sub.title(), "iat": int(at.timestamp()), **more}


def test_a_listed_email_signs_in_as_coach_in_any_case_and_others_as_learners(store: Store) -> None:
    coach = oidc_actor(store, claims("casey", "Casey.Coach@Example.org"), COACHES)
    learner = oidc_actor(store, claims("lee", "lee@example.org"), COACHES)
    assert coach is not None and coach.role == "coach"
    assert learner is not None and learner.role == "learner"
    again = oidc_actor(store, claims("casey", "casey.coach@example.org"), COACHES)
    assert again == coach  # the same profile, keyed by `sub`
    assert len(store.profiles()) == 2


def test_an_unverified_email_never_makes_a_coach() -> None:
    assert (
        oidc_role({"email": "casey.coach@example.org", "email_verified": False}, COACHES)
        == "learner"
    )
    assert (
        oidc_role({"email": "casey.coach@example.org", "email_verified": "false"}, COACHES)
        == "learner"
    )
    assert (
        oidc_role({"email": "casey.coach@example.org", "email_verified": True}, COACHES) == "coach"
    )
    assert oidc_role({"email": "casey.coach@example.org"}, COACHES) == "coach"  # Entra sends none


def test_removing_an_email_from_coaches_takes_coaching_away_at_the_next_sign_in(
    store: Store,
) -> None:
    coach = oidc_actor(store, claims("casey", "casey.coach@example.org"), COACHES)
    assert coach is not None
    create_group(store, coach, "Tuesday")
    demoted = oidc_actor(store, claims("casey", "casey.coach@example.org"), set())
    assert demoted is not None and demoted.role == "learner"
    assert store.profile(coach.profile_id).role == "learner"
    with pytest.raises(AccessDenied):
        create_group(store, demoted, "Wednesday")
    promoted = oidc_actor(store, claims("lee", "lee@example.org"), {"lee@example.org"})
    assert promoted is not None and promoted.role == "coach"


def test_a_sign_out_ends_every_cookie_issued_before_it(store: Store) -> None:
    before = claims("lee", "lee@example.org", at=T0)
    lee = oidc_actor(store, before, COACHES)
    assert lee is not None
    end_oidc_sessions(store, lee, T0 + dt.timedelta(minutes=5))
    assert oidc_actor(store, before, COACHES) is None  # the old cookie, replayed
    assert oidc_actor(store, claims("lee", "lee@example.org", at=T0 + dt.timedelta(minutes=5)),
                      COACHES) is None  # fmt: skip
    after = claims("lee", "lee@example.org", at=T0 + dt.timedelta(minutes=6))
    assert oidc_actor(store, after, COACHES) == lee  # a new sign-in works
    no_iat = {k: v for k, v in before.items() if k != "iat"}
    assert oidc_actor(store, no_iat, COACHES) is None  # cannot tell when: not signed in


def test_a_sign_out_of_one_person_leaves_the_others_signed_in(store: Store) -> None:
    lee = oidc_actor(store, claims("lee", "lee@example.org"), COACHES)
    ana = oidc_actor(store, claims("ana", "ana@example.org"), COACHES)
    assert lee is not None and ana is not None
    end_oidc_sessions(store, lee, T0 + dt.timedelta(minutes=5))
    assert oidc_actor(store, claims("ana", "ana@example.org"), COACHES) == ana


def test_an_identity_without_sub_is_refused_with_a_pointer(store: Store) -> None:
    with pytest.raises(AuthError, match="'sub' claim"):
        oidc_actor(store, {"email": "lee@example.org"}, COACHES)
    assert store.profiles() == []


def test_the_readme_secrets_example_has_what_st_login_and_the_coaches_list_need() -> None:
    import re
    import tomllib
    from pathlib import Path

    from trainer.coaching.auth import coach_emails

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    found = re.search(r"```toml\n(\[auth\].*?)```", readme, re.S)
    assert found, "README has no [auth] secrets.toml example"
    example = tomllib.loads(found.group(1))
    needed = {"redirect_uri", "cookie_secret", "client_id", "client_secret", "server_metadata_url"}
    assert needed <= set(example["auth"])
    assert example["auth"]["redirect_uri"].endswith("/oauth2callback")
    assert coach_emails(example["trainer"])


def test_a_name_claim_with_line_breaks_or_controls_becomes_one_plain_line(store: Store) -> None:
    """The provider's name is typed text: it must not break sign-in or fake a row in a list."""
    got = claims("nora", "nora@example.org") | {"name": "Nora\nx  coach  Admin\x1b[31m"}
    nora = oidc_actor(store, got, COACHES)
    assert nora is not None and nora.name == "Nora x coach Admin [31m"
