"""The tables, as SQLAlchemy 2 typed mappings. Alembic migrations under migrations/versions
create them; these classes must match the newest migration (a test compares the two)."""

from __future__ import annotations

import datetime as dt
import unicodedata

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from trainer.coaching.records import AttemptStatus, Role
from trainer.grading.schema import RubricKey


class Base(DeclarativeBase):
    pass


def name_key(name: str) -> str:
    """A profile name as the unique index compares it: "Ana", " ana" and "ANA" are one name.
    Computed here rather than with SQL lower(), which folds only ASCII on SQLite."""
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


class ProfileRow(Base):
    """A learner or coach: a local profile, or an OIDC identity (oidc_subject). Names are
    unique, compared by name_key; created_by is the coach who made a learner's profile on a
    shared laptop (only they may add it to a group). pin_failures and pin_locked_until
    throttle PIN guessing across processes (trainer.store.pins)."""

    __tablename__ = "profiles"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    name_key: Mapped[str] = mapped_column(String(255))
    role: Mapped[Role] = mapped_column(String(16))
    pin_hash: Mapped[str | None] = mapped_column(String(200))
    oidc_subject: Mapped[str | None] = mapped_column(String(255), unique=True)
    email: Mapped[str | None] = mapped_column(String(255))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    # OIDC: identity cookies issued before this no longer sign in (trainer.coaching.auth).
    signed_out_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    created_by: Mapped[str | None] = mapped_column(
        ForeignKey("profiles.id", ondelete="SET NULL", name="fk_profiles_created_by")
    )
    pin_failures: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    pin_locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))

    __table_args__ = (Index("uq_profiles_name_key", "name_key", unique=True),)


class AttemptRow(Base):
    """One reflection. Written `pending` before grading; the grade is attached after. Scores
    are copied out of the grade JSON into columns so progress and dashboards query them."""

    __tablename__ = "attempts"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    learner_id: Mapped[str] = mapped_column(ForeignKey("profiles.id", ondelete="CASCADE"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    statement: Mapped[str] = mapped_column(Text)
    response: Mapped[str] = mapped_column(Text)
    context: Mapped[str | None] = mapped_column(Text)
    scenario_id: Mapped[str | None] = mapped_column(String(64))
    hidden_truth_json: Mapped[str | None] = mapped_column(Text)
    theme: Mapped[str | None] = mapped_column(String(40))
    difficulty: Mapped[str | None] = mapped_column(String(10))
    mode: Mapped[str] = mapped_column(String(20), default="reflect")
    retry_of: Mapped[str | None] = mapped_column(String(32))
    drill_id: Mapped[str | None] = mapped_column(String(32))
    status: Mapped[AttemptStatus] = mapped_column(String(10))
    grade_json: Mapped[str | None] = mapped_column(Text)
    grader: Mapped[str | None] = mapped_column(String(10))
    prompt_hash: Mapped[str | None] = mapped_column(String(64))
    graded_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    error: Mapped[str | None] = mapped_column(Text)
    released: Mapped[bool] = mapped_column(Boolean, default=True)
    score: Mapped[int | None] = mapped_column(Integer)
    passed: Mapped[bool | None] = mapped_column(Boolean)
    accuracy: Mapped[int | None] = mapped_column(Integer)
    validation: Mapped[int | None] = mapped_column(Integer)
    not_fixing: Mapped[int | None] = mapped_column(Integer)
    not_hijacking: Mapped[int | None] = mapped_column(Integer)

    __table_args__ = (
        Index("ix_attempts_learner_created", "learner_id", "created_at"),
        Index("ix_attempts_drill", "drill_id"),
    )


class GroupRow(Base):
    """A coach's group of learners (a workshop, a couple, a cohort); joined by invite code."""

    __tablename__ = "groups"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    coach_id: Mapped[str] = mapped_column(ForeignKey("profiles.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(80))
    invite_code: Mapped[str] = mapped_column(String(16), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class MembershipRow(Base):
    __tablename__ = "memberships"

    group_id: Mapped[str] = mapped_column(
        ForeignKey("groups.id", ondelete="CASCADE"), primary_key=True
    )
    learner_id: Mapped[str] = mapped_column(
        ForeignKey("profiles.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    joined_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class DrillRow(Base):
    """A coach's drill; the spec (instructions, focus, scenarios, pass rule) is JSON that
    trainer.coaching.drills.DrillSpec validates."""

    __tablename__ = "drills"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    coach_id: Mapped[str] = mapped_column(ForeignKey("profiles.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(120))
    spec_json: Mapped[str] = mapped_column(Text)
    due: Mapped[dt.date | None] = mapped_column(Date)
    review_before_release: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class AssignmentRow(Base):
    """A drill given to one learner or to a whole group (exactly one of the two is set)."""

    __tablename__ = "assignments"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    drill_id: Mapped[str] = mapped_column(ForeignKey("drills.id", ondelete="CASCADE"), index=True)
    learner_id: Mapped[str | None] = mapped_column(
        ForeignKey("profiles.id", ondelete="CASCADE"), index=True
    )
    group_id: Mapped[str | None] = mapped_column(
        ForeignKey("groups.id", ondelete="CASCADE"), index=True
    )
    assigned_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class OverrideRow(Base):
    """A coach's correction of one rubric of one attempt, with the reason: a gold label."""

    __tablename__ = "overrides"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    attempt_id: Mapped[str] = mapped_column(
        ForeignKey("attempts.id", ondelete="CASCADE"), index=True
    )
    coach_id: Mapped[str] = mapped_column(ForeignKey("profiles.id", ondelete="CASCADE"))
    rubric: Mapped[RubricKey] = mapped_column(String(16))
    score: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class RoomRow(Base):
    """A Practise-together room (trainer.together.room.Room): two seats, each a name, an
    optional profile and the hash of the seat's secret token; consent flags per seat; version
    counts moves so a page can poll one integer (trainer.store.rooms.room_version)."""

    __tablename__ = "rooms"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    code: Mapped[str] = mapped_column(String(12), unique=True)
    version: Mapped[int] = mapped_column(Integer)
    handover: Mapped[bool] = mapped_column(Boolean, default=False)
    phase: Mapped[str] = mapped_column(String(16))
    speaker: Mapped[str] = mapped_column(String(1))
    name_a: Mapped[str] = mapped_column(String(80))
    name_b: Mapped[str | None] = mapped_column(String(80))
    profile_a: Mapped[str | None] = mapped_column(
        ForeignKey("profiles.id", ondelete="SET NULL"), index=True
    )
    profile_b: Mapped[str | None] = mapped_column(
        ForeignKey("profiles.id", ondelete="SET NULL"), index=True
    )
    token_a: Mapped[str] = mapped_column(String(64))
    token_b: Mapped[str | None] = mapped_column(String(64))
    share_a: Mapped[bool] = mapped_column(Boolean, default=False)
    share_b: Mapped[bool] = mapped_column(Boolean, default=False)
    export_a: Mapped[bool] = mapped_column(Boolean, default=False)
    export_b: Mapped[bool] = mapped_column(Boolean, default=False)
    llm_a: Mapped[bool] = mapped_column(Boolean, default=False)
    llm_b: Mapped[bool] = mapped_column(Boolean, default=False)
    pause_by: Mapped[str | None] = mapped_column(String(1))
    pause_reason: Mapped[str | None] = mapped_column(String(10))
    pause_category: Mapped[str | None] = mapped_column(String(16))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class RoomTurnRow(Base):
    """One speaker's statement and their private note (the grader's hidden truth)."""

    __tablename__ = "room_turns"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    room_id: Mapped[str] = mapped_column(ForeignKey("rooms.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    speaker: Mapped[str] = mapped_column(String(1))
    statement: Mapped[str] = mapped_column(Text)
    note_feeling: Mapped[str] = mapped_column(Text)
    note_point: Mapped[str] = mapped_column(Text)
    note_need: Mapped[str] = mapped_column(Text)
    prompt_kind: Mapped[str | None] = mapped_column(String(20))
    ended: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class RoomAttemptRow(Base):
    """One reflection on a turn, its grade, and the speaker's "did you feel understood?"."""

    __tablename__ = "room_attempts"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    turn_id: Mapped[str] = mapped_column(
        ForeignKey("room_turns.id", ondelete="CASCADE"), index=True
    )
    room_id: Mapped[str] = mapped_column(ForeignKey("rooms.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    listener_profile: Mapped[str | None] = mapped_column(
        ForeignKey("profiles.id", ondelete="SET NULL"), index=True
    )
    reflection: Mapped[str] = mapped_column(Text)
    grade_json: Mapped[str | None] = mapped_column(Text)
    score: Mapped[int | None] = mapped_column(Integer)
    passed: Mapped[bool | None] = mapped_column(Boolean)
    felt_understood: Mapped[int | None] = mapped_column(Integer)
    missed: Mapped[str] = mapped_column(String(40), default="")
    correction: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    rated_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
