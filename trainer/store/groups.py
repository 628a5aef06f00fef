"""Groups and who is in them. A coach makes a group; a learner enters it by their own act,
the invite code (after being told what the coach will then see: JOIN_NOTICE), and can leave
it; a coach adds a learner directly only to bring in a profile they made for someone on a
shared laptop that is in no other coach's group. What membership shows a coach is decided in
trainer.store.access."""

from __future__ import annotations

import datetime as dt
import secrets

from pydantic import BaseModel, ConfigDict
from sqlalchemy import Select, select

from trainer.errors import InvalidInput
from trainer.store.repo import AccessDenied, Actor, NotFound, Store, new_id, utcnow
from trainer.store.tables import GroupRow, MembershipRow, ProfileRow
from trainer.typed_text import check_one_line

INVITE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I to misread
JOIN_NOTICE = (
    "Joining lets this group's coach see your attempts from the moment you join (your "
    "replies, the partner's lines and the grades) and every attempt on a drill that coach "
    "gives you. What you practised before joining stays private, unless it was on one of "
    "their drills. If you leave, the coach no longer sees anything through this group; "
    "joining again starts from that new moment."
)


class Group(BaseModel):
    model_config = ConfigDict(frozen=True)

    group_id: str
    coach_id: str
    name: str
    invite_code: str


def require_coach(actor: Actor, doing: str) -> None:
    if actor.role != "coach":
        raise AccessDenied(f"only coaches can {doing}; {actor.name!r} is a {actor.role}.")


def _group(row: GroupRow) -> Group:
    return Group(group_id=row.id, coach_id=row.coach_id, name=row.name,
                 invite_code=row.invite_code)  # fmt: skip


def create_group(store: Store, coach: Actor, name: str) -> Group:
    require_coach(coach, "create groups")
    name = name.strip()
    if not 1 <= len(name) <= 80:
        raise InvalidInput("invalid_name", f"group name {name!r} must be 1 to 80 characters.")
    check_one_line("group name", name)
    code = "".join(secrets.choice(INVITE_ALPHABET) for _ in range(8))
    row = GroupRow(id=new_id(), coach_id=coach.profile_id, name=name, invite_code=code,
                   created_at=utcnow())  # fmt: skip
    with store.writing() as session:
        session.add(row)
    return _group(row)


def groups(store: Store, actor: Actor) -> list[Group]:
    """A coach's own groups, or the groups a learner has joined."""
    if actor.role == "coach":
        stmt = select(GroupRow).where(GroupRow.coach_id == actor.profile_id)
    else:
        stmt = (
            select(GroupRow).join(MembershipRow).where(MembershipRow.learner_id == actor.profile_id)
        )
    with store.reading() as session:
        return [_group(r) for r in session.scalars(stmt.order_by(GroupRow.created_at))]


def join_group(
    store: Store, learner: Actor, invite_code: str, now: dt.datetime | None = None
) -> Group:
    """The learner's own act: from `now` the group's coach sees their practice (JOIN_NOTICE).
    Joining a group one is already in changes nothing."""
    if learner.role != "learner":
        raise AccessDenied("only learners join groups by invite code.")
    code = invite_code.strip().upper()
    with store.writing() as session:
        row = session.scalars(select(GroupRow).where(GroupRow.invite_code == code)).first()
        if row is None:
            raise NotFound(f"no group has invite code {invite_code!r}; check it with your coach.")
        if session.get(MembershipRow, (row.id, learner.profile_id)) is None:
            session.add(MembershipRow(group_id=row.id, learner_id=learner.profile_id,
                                      joined_at=now or utcnow()))  # fmt: skip
        return _group(row)


def group_by_code(store: Store, invite_code: str) -> Group:
    """The group an invite code opens, to tell the learner whose group it is before joining."""
    stmt = select(GroupRow).where(GroupRow.invite_code == invite_code.strip().upper())
    with store.reading() as session:
        row = session.scalars(stmt).first()
    if row is None:
        raise NotFound(f"no group has invite code {invite_code!r}; check it with your coach.")
    return _group(row)


def leave_group(store: Store, learner: Actor, group_id: str) -> Group:
    """The learner leaves; the group's coach no longer sees what that membership showed."""
    with store.writing() as session:
        row = session.get(GroupRow, group_id)
        member = session.get(MembershipRow, (group_id, learner.profile_id))
        if row is None or member is None:
            raise NotFound(f"{learner.name!r} is not in group {group_id!r}.")
        session.delete(member)
        return _group(row)


def coach_name(store: Store, group: Group) -> str:
    return store.profile(group.coach_id).name


def own_group(store: Store, coach: Actor, group_id: str) -> GroupRow:
    with store.reading() as session:
        row = session.get(GroupRow, group_id)
    if row is None:
        raise NotFound(f"no group {group_id!r}.")
    if row.coach_id != coach.profile_id:
        raise AccessDenied(f"group {row.name!r} belongs to another coach.")
    return row


def _addable(coach_id: str) -> Select[ProfileRow]:
    """Learner profiles a coach may add directly: made by them, in no other coach's group."""
    elsewhere = (
        select(MembershipRow.learner_id)
        .join(GroupRow, GroupRow.id == MembershipRow.group_id)
        .where(GroupRow.coach_id != coach_id)
    )
    return select(ProfileRow).where(
        ProfileRow.role == "learner", ProfileRow.created_by == coach_id,
        ProfileRow.id.not_in(elsewhere),
    )  # fmt: skip


def addable_learners(store: Store, coach: Actor) -> list[Actor]:
    require_coach(coach, "add learners to groups")
    with store.reading() as session:
        rows = session.scalars(_addable(coach.profile_id).order_by(ProfileRow.name))
        return [Actor(r.id, "learner", r.name) for r in rows]


def add_to_group(
    store: Store, coach: Actor, group_id: str, learner_id: str, now: dt.datetime | None = None
) -> None:
    """A coach adds a learner directly: only a profile this coach made on a shared laptop
    (create_learner) that is in no other coach's group. Anyone else joins by invite code."""
    require_coach(coach, "add learners to groups")
    own_group(store, coach, group_id)
    with store.writing() as session:
        learner = session.get(ProfileRow, learner_id)
        if learner is None or learner.role != "learner":
            raise NotFound(f"no learner profile {learner_id!r}.")
        if session.get(MembershipRow, (group_id, learner_id)) is not None:
            return  # already in (they joined, or were added before)
        if session.scalar(_addable(coach.profile_id).where(ProfileRow.id == learner_id)) is None:
            raise AccessDenied(
                f"{learner.name!r} joins your group only by their own act: give them the "
                "invite code (you can add directly only a profile you created that is in no "
                "other coach's group)."
            )
        session.add(MembershipRow(group_id=group_id, learner_id=learner_id,
                                  joined_at=now or utcnow()))  # fmt: skip


def create_learner(
    store: Store, coach: Actor, group_id: str, name: str, pin_hash: str | None = None
) -> Actor:
    """A coach makes a learner's profile on a shared laptop and adds it to their group."""
    require_coach(coach, "create learner profiles")
    own_group(store, coach, group_id)
    learner = store.create_profile(name, "learner", pin_hash=pin_hash,
                                   created_by=coach.profile_id)  # fmt: skip
    add_to_group(store, coach, group_id, learner.profile_id)
    return learner


def learners(store: Store, coach: Actor, group_id: str | None = None) -> list[Actor]:
    """The learners in the coach's groups (or in one of them)."""
    require_coach(coach, "list learners")
    stmt = (
        select(ProfileRow)
        .join(MembershipRow, MembershipRow.learner_id == ProfileRow.id)
        .join(GroupRow, GroupRow.id == MembershipRow.group_id)
        .where(GroupRow.coach_id == coach.profile_id)
        .distinct()
        .order_by(ProfileRow.name)
    )
    if group_id:
        own_group(store, coach, group_id)
        stmt = stmt.where(GroupRow.id == group_id)
    with store.reading() as session:
        return [Actor(r.id, "learner", r.name) for r in session.scalars(stmt)]
