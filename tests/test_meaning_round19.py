"""Round 19 (cases_meaning_r19, from the released blind set v19a): kinds of error written here in
the lead's own words, not the cases': a size said back in another unit or count, one size said in
other words, a belief put in their head, a feeling they left behind, feelings in words the
lexicon lacked; then praise read as contempt or a counter-complaint, the listener's view "to me"
read as a grievance, "or just get it out?" read as advice, "remember when" read as a task."""

from __future__ import annotations

from tests.offline_grade import costs, earned, grade_reply, hijack_costs, passes

# --- a size said back in another unit, or as another count ------------------------------------


def test_the_same_number_in_a_bigger_unit_distorts() -> None:
    statement = "They've signed me off work for three more days."
    reply = "Three more weeks signed off, that's a long stretch. No wonder you're restless."
    assert "distorts_facts" in costs(statement, reply)


def test_more_between_the_number_and_the_unit_keeps_the_size() -> None:
    statement = "They've signed me off work for three more days and I'm bored out of my mind."
    reply = "Another three days signed off and you're already bored out of your mind."
    assert "distorts_facts" not in costs(statement, reply)


def test_a_smaller_count_of_times_distorts() -> None:
    statement = "I've texted my brother four times about Mum's birthday and he hasn't answered."
    reply = "You texted him twice and he still hasn't answered. That's so frustrating."
    assert "distorts_facts" in costs(statement, reply)


def test_the_same_count_of_times_is_kept() -> None:
    statement = "I've texted my brother four times about Mum's birthday and he hasn't answered."
    reply = "Four times you've texted him and nothing back. That's so frustrating."
    assert "distorts_facts" not in costs(statement, reply)


def test_a_count_used_as_hyperbole_is_no_count() -> None:
    statement = "I've told you a thousand times the spare key goes on the hook."
    reply = "You've told me twice now about the key and you're sick of repeating yourself."
    assert "distorts_facts" not in costs(statement, reply)


def test_times_as_a_comparison_is_no_count() -> None:
    statement = "The rent went up twice this year."
    reply = "Two rises in one year, and now it's three times the price it was. That's scary."
    assert "distorts_facts" not in costs(statement, reply)


# --- one size said in other words ------------------------------------------------------------


def test_a_quarter_of_an_hour_is_fifteen_minutes() -> None:
    statement = "The whole appointment lasted fifteen minutes after a four month wait."
    reply = "Four months of waiting for a quarter of an hour with her. No wonder you're deflated."
    assert "distorts_facts" not in costs(statement, reply)
    assert passes(statement, reply, "accuracy")


def test_each_way_said_back_as_the_days_total_keeps_the_size() -> None:
    statement = "The school run is forty minutes each way now they've shut the bridge."
    reply = "So eighty minutes a day in the car since the bridge closed. That's draining."
    assert "distorts_facts" not in costs(statement, reply)


def test_each_way_does_not_excuse_a_bigger_size() -> None:
    statement = "The school run is forty minutes each way now they've shut the bridge."
    reply = "So four hours a day in the car since the bridge closed. That's draining."
    assert "distorts_facts" in costs(statement, reply)


# --- a belief put in their head --------------------------------------------------------------


def test_a_belief_read_into_them_imputes() -> None:
    statement = "You didn't come to bed till two again last night."
    reply = "You think I'd rather be gaming than be with you. That must feel rubbish."
    assert "imputes_motive" in costs(statement, reply)


def test_a_belief_read_into_them_does_not_cost_validation() -> None:
    statement = "You didn't come to bed till two again last night."
    reply = "You think I'd rather be gaming than be with you. That must feel rubbish."
    assert "judges_or_argues" not in costs(statement, reply, "validation")


def test_their_own_belief_said_back_is_theirs() -> None:
    statement = "I think you'd rather be gaming than in bed with me."
    reply = "You think I'd rather be gaming than be with you. That must feel lonely."
    assert "imputes_motive" not in costs(statement, reply)


def test_a_belief_asked_about_checks() -> None:
    statement = "You didn't come to bed till two again last night."
    reply = "Do you think I'd rather be gaming than be with you?"
    assert "imputes_motive" not in costs(statement, reply)


# --- a feeling they left behind --------------------------------------------------------------


def test_a_feeling_said_back_as_left_behind_is_not_wrong() -> None:
    statement = "I'm not even upset about the scratch on the car any more. I'm just tired of it."
    reply = "You're past upset about the scratch now, just tired of the whole thing."
    assert "wrong_feeling" not in costs(statement, reply)


def test_the_left_behind_feeling_named_as_theirs_is_still_wrong() -> None:
    statement = "I'm not even upset about the scratch on the car any more. I'm just tired of it."
    reply = "You're really upset about the scratch on the car."
    assert "wrong_feeling" in costs(statement, reply)


def test_relief_fits_a_fear_told_in_the_past() -> None:
    statement = "We got the mortgage! I was so scared they'd turn us down."
    reply = "They said yes, after all that fear they'd say no. You must be so relieved."
    assert "wrong_feeling" not in costs(statement, reply)


def test_relief_does_not_fit_a_fear_still_ahead() -> None:
    statement = "We hear about the mortgage tomorrow. I'm so scared they'll turn us down."
    reply = "You must be so relieved."
    assert "wrong_feeling" in costs(statement, reply)


# --- feelings in words the lexicon lacked ------------------------------------------------------


def test_pushed_away_names_rejection() -> None:
    statement = (
        "I tried to talk to you about the baby and you turned the telly up. I felt rejected."
    )
    reply = "You reached out about the baby and I turned the telly up, so you felt pushed away."
    assert "names_main_feeling" in earned(statement, reply, "accuracy")


def test_it_must_ache_names_the_missing() -> None:
    statement = "I miss Dad's Sunday phone calls. Sundays are so quiet now."
    reply = "Sundays gone quiet without his calls. That must ache."
    assert "acknowledges_feeling" in earned(statement, reply, "validation")


def test_missing_the_closeness_names_the_longing() -> None:
    statement = "I miss when we used to walk to the shop together on Saturdays."
    reply = "You're missing the small rituals you two had, the Saturday walks."
    assert "names_main_feeling" in earned(statement, reply, "accuracy")


def test_missing_the_point_is_no_feeling() -> None:
    statement = "You always do this when I bring up money."
    reply = "You're missing the point of what I said about money."
    assert "names_main_feeling" not in earned(statement, reply, "accuracy")


# --- praise read as contempt or a counter-complaint (written just after the fix) ----------------


def test_someone_who_cares_is_praise_not_contempt() -> None:
    statement = "I snapped at my son this morning and I keep replaying it."
    reply = "You keep going over it. A dad who cares about his kid the way you do would."
    assert "sarcasm_or_contempt" not in costs(statement, reply, "validation")


def test_who_cares_at_the_head_of_a_retort_is_still_contempt() -> None:
    statement = "My cousin laughed at my accent at the wedding."
    reply = "Who cares what your cousin thinks."
    assert "sarcasm_or_contempt" in costs(statement, reply, "validation")


def test_as_much_as_you_do_in_praise_is_no_counter_complaint() -> None:
    statement = "I can't sleep for worrying about the dog's operation."
    reply = "You're lying awake over her. Nobody loves that dog as much as you do."
    assert not hijack_costs(grade_reply(statement, reply))


def test_i_do_as_much_as_you_do_is_still_a_counter_complaint() -> None:
    statement = "You never do any of the washing up."
    reply = "Come on, I wash up just as much as you do."
    assert "counter_complaint" in hijack_costs(grade_reply(statement, reply))


# --- the listener's view "to me", "or just get it out?", "remember when" -------------------------


def test_the_listeners_view_to_me_of_their_people_is_no_grievance() -> None:
    statement = "I asked my mum to help with the deposit and now I feel like a failure."
    reply = "Asking your mum for help doesn't seem like failing to me. It sounds like it stings."
    assert "counter_complaint" not in hijack_costs(grade_reply(statement, reply))


def test_their_people_doing_something_to_the_listener_is_still_a_grievance() -> None:
    statement = "Why were you so cold to my mum at dinner?"
    reply = "Your mum ignored me the whole night, that's why."
    assert "counter_complaint" in hijack_costs(grade_reply(statement, reply))


def test_or_just_get_it_out_asks_how_to_listen() -> None:
    statement = "The landlord's put the rent up by two hundred. Again."
    reply = (
        "Two hundred more, again. Do you want to look at the numbers, or just get it all out first?"
    )
    assert passes(statement, reply, "not_fixing")


def test_remember_when_she_recalls_and_does_not_advise() -> None:
    statement = "My sister forgot my birthday. Again."
    reply = "Remember when she forgot mine too? I was livid."
    assert "gives_advice" not in costs(statement, reply, "not_fixing")


def test_remember_to_is_still_advice() -> None:
    statement = "My sister forgot my birthday. Again."
    reply = "Remember to put it in her calendar next year."
    assert "gives_advice" in costs(statement, reply, "not_fixing")


# --- from the round's probe set (cases_probe_r19), after its first reading ---------------------


def test_someone_who_cares_about_a_thing_is_praise() -> None:
    statement = "I rewrote the whole report last night and my boss didn't even open it."
    reply = "You're a person who cares about doing it properly, and it went unread. That stings."
    assert "sarcasm_or_contempt" not in costs(statement, reply, "validation")


def test_cannot_stop_crying_said_back_is_not_an_order() -> None:
    statement = "I've been in bits all day since the vet rang."
    reply = "Of course you can't stop crying, she was family."
    assert "judges_or_argues" not in costs(statement, reply, "validation")


def test_a_feeling_said_to_be_gone_is_not_named() -> None:
    statement = "I'm not even cross about the car any more. I'm just worn out by it."
    reply = "The anger's faded and what's left is being worn out by the whole thing."
    assert "wrong_feeling" not in costs(statement, reply)


def test_shaking_your_confidence_is_not_confidence() -> None:
    statement = "Third rejection from the same agency. I'm starting to feel useless."
    reply = "Three knock-backs from them, no wonder it's shaking your confidence."
    assert "wrong_feeling" not in costs(statement, reply)


def test_one_time_said_back_as_a_habit_distorts() -> None:
    statement = (
        "You forgot to pick me up from the station. It was one time, I know, but I was scared."
    )
    reply = "You're scared because I keep forgetting to pick you up."
    assert "distorts_facts" in costs(statement, reply)


def test_a_belief_that_only_names_their_person_is_still_read_in() -> None:
    statement = "My sister didn't come to my graduation."
    reply = "You think your sister is ashamed of you. That must hurt."
    assert "imputes_motive" in costs(statement, reply)


# --- over-reaches a helper review found in the first version of these rules ---------------------


def test_a_count_of_something_else_is_not_compared() -> None:
    statement = "I've phoned the council three times about the streetlight."
    reply = "Three calls and still dark, you'd think twice before trusting them. You must have checked that light ten times."
    assert "distorts_facts" not in costs(statement, reply)


def test_relief_does_not_fit_a_past_fear_that_came_true() -> None:
    statement = "I was so worried the job would go, and today they let me go."
    reply = "You must be relieved it's finally settled."
    assert "wrong_feeling" in costs(statement, reply)


def test_their_own_belief_in_other_words_is_theirs() -> None:
    statement = "I don't think my coach likes me at all."
    reply = "You think he's got something against you. That's a horrible feeling."
    assert "imputes_motive" not in costs(statement, reply)


def test_cant_get_past_a_feeling_insists_on_it() -> None:
    statement = "I'm still so hurt about what she said at my wedding."
    reply = "You can't get past being hurt by what she said at your wedding."
    assert "names_main_feeling" in earned(statement, reply, "accuracy")


def test_the_past_week_is_no_denial() -> None:
    statement = "I've been so anxious about the scan I can't sleep."
    reply = "You've spent the past week anxious about the scan, no wonder you can't sleep."
    assert "names_main_feeling" in earned(statement, reply, "accuracy")


def test_a_body_that_aches_is_no_feeling() -> None:
    statement = "I did my first half marathon this morning!"
    reply = "Your legs must ache after that."
    assert "names_main_feeling" not in earned(statement, reply, "accuracy")


def test_missing_an_event_is_no_longing() -> None:
    statement = "The train's cancelled and I'm stuck in Crewe."
    reply = "So you'll be missing the opening speech then."
    assert "names_main_feeling" not in earned(statement, reply, "accuracy")


def test_getting_a_thing_out_is_a_plan_not_a_way_to_listen() -> None:
    statement = "The basement flooded overnight."
    reply = "Do you want to ring the plumber or get the water out yourself first?"
    assert not passes(statement, reply, "not_fixing")
