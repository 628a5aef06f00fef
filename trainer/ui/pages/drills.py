"""Drills page (coaches): create a drill, assign it to a group or learner, import a ready-made
or shared pack, export yours as YAML. trainer.coaching.drills validates; trainer.coaching.service
checks who may do what."""

from __future__ import annotations

import datetime as dt

import streamlit as st
from pydantic import ValidationError

from trainer.coaching import service as coaching
from trainer.coaching.drills import DrillSpec, dump_pack, parse_pack
from trainer.coaching.pack_files import builtin_packs
from trainer.errors import TrainerError
from trainer.grading.report import escape_markdown, rubric_title
from trainer.grading.schema import RUBRIC_KEYS
from trainer.partner.conversation import MODES
from trainer.partner.scenarios.models import DIFFICULTIES, THEMES
from trainer.ui import state

ANY = "any"

st.title("Drills")
me = state.actor()
store = state.store()
mine_tab, new_tab, packs_tab = st.tabs(["My drills", "New drill", "Packs"])

with new_tab, st.form("new_drill"):
    title = st.text_input("Title", key="d_title")
    instructions = st.text_area("Instructions to the learner", key="d_instructions")
    focus = st.multiselect("Focus rubric(s)", RUBRIC_KEYS, format_func=rubric_title,
                           default=["not_fixing"], key="d_focus")  # fmt: skip
    c1, c2, c3 = st.columns(3)
    theme = c1.selectbox("Theme", [ANY, *THEMES], key="d_theme")
    difficulty = c2.selectbox("Difficulty", [ANY, *DIFFICULTIES], key="d_difficulty")
    mode = c3.selectbox("Exercise", MODES, key="d_mode")
    c4, c5, c6 = st.columns(3)
    repetitions = c4.number_input("Repetitions", 1, 50, 5, key="d_reps")
    passes = c5.number_input("Passes needed", 1, 50, 4, key="d_passes")
    rule = c6.selectbox("A repetition passes when", ["focus", "all"],
                        format_func=lambda r: "the focus rubrics pass" if r == "focus"
                        else "all four rubrics pass", key="d_rule")  # fmt: skip
    due = st.date_input("Due", value=None, key="d_due")
    review = st.checkbox("Review before release (learners see feedback after you approve)",
                         key="d_review")  # fmt: skip
    if st.form_submit_button("Create drill", type="primary"):
        try:
            spec = DrillSpec.model_validate({
                "title": title, "instructions": instructions, "focus": focus,
                "theme": None if theme == ANY else theme,
                "difficulty": None if difficulty == ANY else difficulty, "mode": mode,
                "repetitions": int(repetitions), "review_before_release": review,
                "pass_rule": {"passes_needed": int(passes), "rubrics": rule},
            })  # fmt: skip
            made = coaching.create_drill(store, me, spec, due if isinstance(due, dt.date) else None)
        except ValidationError as exc:
            for e in exc.errors():
                st.error(
                    escape_markdown(f"{'.'.join(str(p) for p in e['loc']) or 'drill'}: {e['msg']}")
                )
        except TrainerError as exc:
            st.error(escape_markdown(str(exc)))
        else:
            st.success(f"Created {escape_markdown(made.spec.title)}. Assign it under My drills.")

with mine_tab:
    drills = coaching.drills(store, me)
    groups = {g.name: g.group_id for g in coaching.groups(store, me)}
    learners = {a.name: a.profile_id for a in coaching.learners(store, me)}
    if not drills:
        st.info("No drills yet: create one, or import a ready-made pack.")
    for d in drills:
        with st.container(border=True):
            st.markdown(f"**{escape_markdown(d.spec.title)}** · due {d.due or '–'} · "
                        f"{d.spec.repetitions} reps, {d.spec.pass_rule.passes_needed} to pass")  # fmt: skip
            st.caption(escape_markdown(d.spec.instructions))
            targets = {f"group: {n}": ("group", i) for n, i in groups.items()} | {
                f"learner: {n}": ("learner", i) for n, i in learners.items()
            }
            if targets:
                a1, a2 = st.columns([3, 1])
                target = a1.selectbox("Assign to", list(targets), key=f"to_{d.drill_id}")
                if a2.button("Assign", key=f"assign_{d.drill_id}"):
                    kind, ident = targets[target]
                    try:
                        coaching.assign(store, me, d.drill_id,
                                        **({"group_id": ident} if kind == "group" else {"learner_id": ident}))  # fmt: skip
                    except TrainerError as exc:
                        st.error(escape_markdown(str(exc)))
                    else:
                        st.success(f"Assigned to {escape_markdown(target)}.")
            sure = st.checkbox("Delete this drill", key=f"del_ok_{d.drill_id}")
            if sure and st.button("Delete", key=f"del_{d.drill_id}", type="primary"):
                coaching.delete_drill(store, me, d.drill_id)
                st.rerun()
    if drills:
        st.download_button("Export my drills (YAML pack)",
                           dump_pack(f"{me.name}'s drills", [d.spec for d in drills]),
                           file_name="drill-pack.yaml", mime="application/yaml")  # fmt: skip

with packs_tab:
    packs = builtin_packs()
    key = st.selectbox("Ready-made packs", list(packs), format_func=lambda k: packs[k].name,
                       key="pack_choice")  # fmt: skip
    st.caption(escape_markdown(packs[key].description))
    for spec in packs[key].drills:
        st.markdown(f"- **{escape_markdown(spec.title)}**: {escape_markdown(spec.instructions)}")
    if st.button("Import this pack", key="import_builtin"):
        for spec in packs[key].drills:
            coaching.create_drill(store, me, spec)
        st.success(
            f"Imported {len(packs[key].drills)} drills from {escape_markdown(packs[key].name)}."
        )
    upload = st.file_uploader("Or import a pack file (YAML)", type=["yaml", "yml"], key="pack_file")
    if upload is not None and st.button("Import file", key="import_file"):
        try:
            pack = parse_pack(upload.getvalue().decode("utf-8"), upload.name)
        except (TrainerError, UnicodeDecodeError) as exc:
            st.error(escape_markdown(str(exc)))
        else:
            for spec in pack.drills:
                coaching.create_drill(store, me, spec)
            st.success(f"Imported {len(pack.drills)} drills from {escape_markdown(pack.name)}.")
