"""The store's operations on plain records. Access is checked here, in the library, so a page
that forgets to hide something still cannot read or change what the actor may not."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import cast

from sqlalchemy import Engine, delete, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from trainer.coaching.records import AttemptRecord, AttemptStatus, Role
from trainer.errors import InvalidInput, TrainerError
from trainer.grading.schema import Grade, HiddenTruth
from trainer.prompts import load_rubrics
from trainer.store.access import CoachView, coach_view
from trainer.store.db import make_engine, upgrade_if_needed
from trainer.store.rows import HEAVY_COLUMNS, attempt_record, grade_columns
from trainer.store.tables import (
    AttemptRow,
    GroupRow,
    MembershipRow,
    OverrideRow,
    ProfileRow,
    name_key,
)
from trainer.typed_text import check_one_line

DEFAULT_LEARNER = "Me"
NAME_MAX = 80


class AccessDenied(TrainerError):
    """The actor may not read or change this."""


class NotFound(TrainerError):
    pass


class NameTaken(TrainerError):
    """Profile names are unique, ignoring case (the database enforces it)."""


@dataclass(frozen=True)
class Actor:
    """Who is asking: the profile id and role, as the page or CLI signed them in."""

    profile_id: str
    role: Role
    name: str = ""


def new_id() -> str:
    return uuid.uuid4().hex


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Store:
    """Attempts and profiles in one database. Thread-safe: each call opens its own session."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._read = sessionmaker(engine, expire_on_commit=False)
        self._write = sessionmaker(
            engine.execution_options(sqlite_begin="IMMEDIATE"), expire_on_commit=False
        )

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with self._read() as session:
            yield session

    @contextmanager
    def writing(self) -> Iterator[Session]:
        with self._write.begin() as session:
            yield session

    # -- profiles ------------------------------------------------------------------------
    def create_profile(
        self, name: str, role: Role = "learner", *, pin_hash: str | None = None,
        oidc_subject: str | None = None, email: str | None = None, created_by: str | None = None,
    ) -> Actor:  # fmt: skip
        """A new profile. A local name already taken (in any case) raises NameTaken; an OIDC
        identity, whose name comes from the provider, gets "Name (2)" instead."""
        name = name.strip()
        if not name or len(name) > NAME_MAX:
            raise InvalidInput(
                "invalid_name", f"profile name {name!r} must be 1 to {NAME_MAX} characters."
            )
        check_one_line("profile name", name)
        for _ in range(5):  # OIDC only: another sign-in may take the free name first
            chosen = self._free_name(name) if oidc_subject else name
            row = ProfileRow(
                id=new_id(), name=chosen, name_key=name_key(chosen), role=role, pin_hash=pin_hash,
                oidc_subject=oidc_subject, email=email, created_at=utcnow(), created_by=created_by,
            )  # fmt: skip
            try:
                with self.writing() as session:
                    session.add(row)
            except IntegrityError:
                if not self._name_taken(chosen):
                    raise
                if oidc_subject:
                    continue
                raise NameTaken(
                    f"a profile named {self.find_profile(name).name!r} already exists (names "
                    "ignore case); choose another name, or sign in as that profile."
                ) from None
            return Actor(row.id, role, chosen)
        raise NameTaken(f"could not find a free profile name like {name!r}; try again.")

    def _name_taken(self, name: str) -> bool:
        stmt = select(ProfileRow.id).where(ProfileRow.name_key == name_key(name))
        with self.reading() as session:
            return session.scalar(stmt) is not None

    def _free_name(self, name: str) -> str:
        candidate, n = name, 2
        while self._name_taken(candidate):
            suffix = f" ({n})"
            candidate, n = name[: NAME_MAX - len(suffix)] + suffix, n + 1
        return candidate

    def profiles(self, role: Role | None = None) -> list[Actor]:
        stmt = select(ProfileRow).order_by(ProfileRow.created_at)
        if role:
            stmt = stmt.where(ProfileRow.role == role)
        with self.reading() as session:
            return [Actor(r.id, r.role, r.name) for r in session.scalars(stmt)]

    def profile(self, profile_id: str) -> Actor:
        with self.reading() as session:
            row = session.get(ProfileRow, profile_id)
        if row is None:
            raise NotFound(f"no profile {profile_id!r}; list them with `trainer profile list`.")
        return Actor(row.id, row.role, row.name)

    def find_profile(self, name_or_id: str) -> Actor:
        """A profile by id, or by name (ignoring case; names are unique)."""
        key = name_or_id.strip()
        with self.reading() as session:
            row = (
                session.get(ProfileRow, key)
                or session.scalars(
                    select(ProfileRow).where(ProfileRow.name_key == name_key(key))
                ).first()
            )
        if row is None:
            names = ", ".join(a.name for a in self.profiles()) or "none yet"
            raise NotFound(f"no profile named {key!r} (profiles: {names}); create one with "
                           "`trainer profile create NAME`.")  # fmt: skip
        return Actor(row.id, row.role, row.name)

    def pin_hash(self, profile_id: str) -> str | None:
        with self.reading() as session:
            row = session.get(ProfileRow, profile_id)
        return row.pin_hash if row else None

    def created_by(self, profile_id: str) -> str | None:
        """The coach who made this learner's profile on a shared laptop, if one did."""
        with self.reading() as session:
            row = session.get(ProfileRow, profile_id)
        return row.created_by if row else None

    def profile_by_subject(self, subject: str) -> Actor | None:
        with self.reading() as session:
            row = session.scalars(
                select(ProfileRow).where(ProfileRow.oidc_subject == subject)
            ).first()
        return Actor(row.id, row.role, row.name) if row else None

    def default_learner(self) -> Actor:
        """The one local learner of a single-person install, created on first use. Parallel
        first runs race here: the unique name lets one "Me" in; the others read it back."""
        learners = self.profiles("learner")
        if learners:
            return learners[0]
        try:
            return self.create_profile(DEFAULT_LEARNER, "learner")
        except NameTaken:
            return self.find_profile(DEFAULT_LEARNER)

    # -- access --------------------------------------------------------------------------
    def can_read_learner(self, actor: Actor, learner_id: str) -> bool:
        """A learner reads only themselves; a coach reads only learners in their groups."""
        if actor.profile_id == learner_id:
            return True
        if actor.role != "coach":
            return False
        stmt = (
            select(MembershipRow.learner_id)
            .join(GroupRow, GroupRow.id == MembershipRow.group_id)
            .where(GroupRow.coach_id == actor.profile_id, MembershipRow.learner_id == learner_id)
            .limit(1)
        )
        with self.reading() as session:
            return session.scalar(stmt) is not None

    def coach_view(self, coach: Actor) -> CoachView:
        """Which of their learners' attempts a coach may see (trainer.store.access)."""
        with self.reading() as session:
            return coach_view(session, coach.profile_id)

    def _require_read(self, actor: Actor, learner_id: str) -> None:
        if not self.can_read_learner(actor, learner_id):
            raise AccessDenied(
                f"{actor.role} {actor.name or actor.profile_id!r} may not read the attempts of "
                f"learner {learner_id!r}."
            )

    # -- attempts ------------------------------------------------------------------------
    def start_attempt(
        self,
        actor: Actor,
        *,
        statement: str,
        response: str,
        context: str | None = None,
        scenario_id: str | None = None,
        hidden_truth: HiddenTruth | None = None,
        theme: str | None = None,
        difficulty: str | None = None,
        mode: str = "reflect",
        retry_of: str | None = None,
        drill_id: str | None = None,
        released: bool = True,
        status: AttemptStatus = "pending",
        now: dt.datetime | None = None,
    ) -> AttemptRecord:
        """Write the attempt before anything can fail, so the learner's words are kept."""
        if actor.role != "learner":
            raise AccessDenied(f"only learners make attempts; {actor.name!r} is a {actor.role}.")
        row = AttemptRow(
            id=new_id(),
            learner_id=actor.profile_id,
            created_at=now or utcnow(),
            statement=statement,
            response=response,
            context=context,
            scenario_id=scenario_id,
            hidden_truth_json=hidden_truth.model_dump_json() if hidden_truth else None,
            theme=theme,
            difficulty=difficulty,
            mode=mode,
            retry_of=retry_of,
            drill_id=drill_id,
            status=status,
            released=released,
        )
        with self.writing() as session:
            session.add(row)
        return attempt_record(row)

    def attach_grade(
        self, actor: Actor, attempt_id: str, grade: Grade, now: dt.datetime | None = None
    ) -> AttemptRecord:
        """Attach (or replace, when the LLM grade arrives) the grade of one's own attempt."""
        with self.writing() as session:
            result = session.execute(
                update(AttemptRow)
                .where(AttemptRow.id == attempt_id, AttemptRow.learner_id == actor.profile_id)
                .values(
                    status="graded", graded_at=now or utcnow(), error=None, **grade_columns(grade)
                )
            )
            if result.rowcount != 1:  # type: ignore[attr-defined]
                raise AccessDenied(
                    f"attempt {attempt_id!r} is not one of {actor.name or actor.profile_id!r}'s."
                )
        return self.attempt(actor, attempt_id)

    def mark_failed(self, actor: Actor, attempt_id: str, error: str) -> None:
        with self.writing() as session:
            session.execute(
                update(AttemptRow)
                .where(AttemptRow.id == attempt_id, AttemptRow.learner_id == actor.profile_id)
                .values(status="failed", error=error[:2000])
            )

    def attempt(self, actor: Actor, attempt_id: str) -> AttemptRecord:
        with self.reading() as session:
            row = session.get(AttemptRow, attempt_id)
        if row is None:
            raise NotFound(f"no attempt {attempt_id!r}.")
        self._require_read(actor, row.learner_id)
        if actor.profile_id != row.learner_id and not self.coach_view(actor).sees(row):
            raise AccessDenied(f"attempt {attempt_id!r} was made before its learner joined "
                               "your group and is not on your drill: it stays private.")  # fmt: skip
        return self.to_records(actor, [row])[0]

    def to_records(
        self, actor: Actor, rows: Sequence[AttemptRow], with_grades: bool = True
    ) -> list[AttemptRecord]:
        """Rows as records for `actor`: overrides applied, held grades hidden from learners.
        Callers have already checked that the actor may read these learners' rows."""
        hide = actor.role == "learner"
        pass_score = load_rubrics().pass_score
        if not with_grades:
            return [
                attempt_record(r, hide_held=hide, with_grade=False, pass_score=pass_score)
                for r in rows
            ]
        by_attempt: dict[str, list[OverrideRow]] = {}
        ids = [r.id for r in rows if r.grade_json]
        learners = {r.learner_id for r in rows}
        with self.reading() as session:
            if len(learners) == 1 and len(ids) > 50:
                # One learner's history: one join beats many IN-lists of 500 ids.
                found = session.scalars(
                    select(OverrideRow).join(AttemptRow, AttemptRow.id == OverrideRow.attempt_id)
                    .where(AttemptRow.learner_id == next(iter(learners)))
                )  # fmt: skip
                wanted = set(ids)
                for o in found:
                    if o.attempt_id in wanted:
                        by_attempt.setdefault(o.attempt_id, []).append(o)
            else:
                for start in range(0, len(ids), 500):
                    chunk = ids[start : start + 500]
                    for o in session.scalars(
                        select(OverrideRow).where(OverrideRow.attempt_id.in_(chunk))
                    ):
                        by_attempt.setdefault(o.attempt_id, []).append(o)
        return [
            attempt_record(r, by_attempt.get(r.id, ()), hide_held=hide, pass_score=pass_score)
            for r in rows
        ]

    def attempts(
        self,
        actor: Actor,
        learner_id: str | None = None,
        *,
        limit: int | None = None,
        with_grades: bool = True,
    ) -> list[AttemptRecord]:
        """A learner's attempts, newest first (one's own when learner_id is None). Without
        `with_grades` the records carry scores but not the full grade: enough for progress,
        history and drills, and several times faster on a long history."""
        learner = learner_id or actor.profile_id
        self._require_read(actor, learner)
        stmt = (
            select(AttemptRow)
            .where(AttemptRow.learner_id == learner)
            .order_by(AttemptRow.created_at.desc(), AttemptRow.id)
        )
        if learner != actor.profile_id:  # a coach: only what joining their group showed
            stmt = stmt.where(self.coach_view(actor).clause([learner]))
        if limit:
            stmt = stmt.limit(limit)
        with self.reading() as session:
            if not with_grades:
                # Plain rows of the light columns: no ORM identity map, no JSON.
                light = [c for c in AttemptRow.__table__.c if c.name not in HEAVY_COLUMNS]
                # Same attribute names as AttemptRow, minus the heavy ones (never read here).
                rows = cast(list[AttemptRow], list(session.execute(stmt.with_only_columns(*light))))
            else:
                rows = list(session.scalars(stmt))
        return self.to_records(actor, rows, with_grades)

    def delete_my_data(self, actor: Actor) -> int:
        """Delete every attempt of the actor; returns how many. The profile stays."""
        with self.writing() as session:
            result = session.execute(
                delete(AttemptRow).where(AttemptRow.learner_id == actor.profile_id)
            )
        count: int = result.rowcount  # type: ignore[attr-defined]
        return count

    def count_attempts(self) -> int:
        """Every attempt in the store, of everyone (for tests and benchmarks)."""
        stmt = select(func.count()).select_from(AttemptRow)
        with self.reading() as session:
            return int(session.scalar(stmt) or 0)


def open_store(url: str | None = None, *, migrate: bool = True) -> Store:
    """The store at `url` (flag > DATABASE_URL > per-user SQLite), migrated to the newest
    schema."""
    engine = make_engine(url)
    if migrate:
        upgrade_if_needed(engine)
    return Store(engine)
