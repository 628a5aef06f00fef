"""The check-in level: words that may or may not mean risk. Hopelessness with nothing named
("I don't see a way out", "what's the point of anything anymore"), wanting it all to stop,
the pain to stop, feeling a burden to everyone, giving one's things away, goodbyes. Said by "I"
or by no one ("there's no way out"), never by "you": a reflection ("you can't see a way out") is
the listener's echo, and the partner's own line is screened in its own right.

A hopeless wording in the same sentence as an everyday frame (a job, a project, a contract, a
meeting, noise, an argument: `everyday_frames` in trainer/data/words/safety.yaml) is about
ordinary life and stays clear; giving things away to charity or before a move likewise
(`tidy_frames`), and the pain of a back or a knee (`pain_frames`)."""

from __future__ import annotations

from trainer.safety.patterns import CLAUSE_END, SENTENCE_END, rules
from trainer.safety.words import WORDS, alternation, frame

BELONGINGS = (
    r"(?:(?:favou?rite|special|precious|best|treasured|prized|old|nice)\s+)?"
    rf"{alternation(WORDS.belongings)}"
)

I_ADV = r"(?:(?:just|really|only|honestly|sometimes|so|still)\s+)*"
# Not right after "you" (with a softener or two): the listener's reflection, not the speaker.
NOT_YOU = r"(?<!\byou\s)(?<!\bu\s)(?<!\byou\sjust\s)(?<!\byou\sreally\s)(?<!\byou\sjust\sreally\s)"

# Everyone, or the people close to the speaker (not one "you": "a burden on you since the
# surgery" is a partner's worry about one relationship).
EVERYONE = (
    r"(?:every(?:one|body)(?:\s+(?:around\s+me|i\s+love|in\s+my\s+life))?|all\s+of\s+(?:you|them)|"
    r"you\s+all|y'?all|them\s+all|the\s+people\s+(?:around\s+me|i\s+love|in\s+my\s+life)|"
    r"my\s+(?:whole\s+)?(?:family|friends|kids|children|parents)|the\s+(?:whole\s+)?family|"
    r"the\s+world|people)"
)

_FRAMED = rules(
    "distress",
    # wanting it all to stop
    (
        "stop over away",
        rf"\bi\s+{I_ADV}(?P<v>want|wanna|need|wish)\s+(?:for\s+)?(?:it\s+all|everything|"
        r"all\s+of\s+(?:it|this)|the\s+whole\s+thing)\s+to\s+(?:just\s+)?(?:stop|be\s+over|"
        rf"go\s+away)(?:\s+(?:for\s+good|forever|now|already|permanently))?{CLAUSE_END}",
    ),
    (
        "stop",
        r"\b(?P<v>make|making)\s+(?:it\s+all|everything|all\s+of\s+(?:it|this))\s+(?:just\s+)?stop"
        rf"{CLAUSE_END}",
    ),
    # no way out
    (
        "way out",
        r"\bi\s+(?P<v>(?:do|can|could)\s*n'?t|cant|dont|cannot|can\s+not|do\s+not|could\s+not|"
        r"no\s+longer|never)\s+see\s+(?:a|any)\s+way\s+out(?:\s+(?:for\s+me|of\s+(?:this|it|here|my\s+\w+|"
        rf"this\s+\w+)))?(?:\s+any\s*more)?{CLAUSE_END}",
    ),
    (
        "way out",
        r"\b(?P<v>there'?s|there\s+is|theres|with|and|have|'ve\s+got)\s+(?:just\s+|really\s+)?"
        r"no\s+way\s+out(?:\s+(?:for\s+me|of\s+(?:this|it|here|my\s+\w+|this\s+\w+)))?"
        rf"(?:\s+any\s*more)?{CLAUSE_END}(?!\s+but\s+through)",
    ),
    # no point to anything
    (
        "point",
        r"\b(?:what'?s|what\s+is|whats)\s+(?:even\s+|really\s+)?the\s+(?:even\s+)?(?P<v>point)\s+"
        r"(?:of|in|to)\s+(?:even\s+)?(?:anything|any\s+of\s+(?:it|this)|it\s+all|everything|life|"
        r"my\s+life|me|being\s+here|waking\s+up|getting\s+up\s+in\s+the\s+morning)"
        rf"(?:\s+(?:any\s*more|now|really|honestly))?{CLAUSE_END}",
    ),
    (
        "point",
        r"\b(?:there'?s|there\s+is|theres)\s+(?P<v>no\s+point)\s+(?:to|in)\s+(?:anything|"
        r"any\s+of\s+(?:it|this)|it\s+all|life|my\s+life|me|waking\s+up)"
        rf"(?:\s+any\s*more)?{CLAUSE_END}",
    ),
    # feeling hopeless, giving up, not keeping going
    (
        "hopeless pointless",
        r"\b(?:i\s+(?:feel|felt)|i'?m\s+feeling|i\s+am\s+feeling|i'?ve\s+been\s+feeling|"
        r"i\s+have\s+been\s+feeling|(?:every\s*thing|every\s*day|life|it\s+all|"
        r"my\s+life)\s+(?:feels|is|seems|looks))\s+(?:(?:so|completely|totally|utterly|really|"
        r"just|pretty|kind\s+of|kinda)\s+)*(?P<v>hopeless|pointless)(?:\s+about\s+(?:everything|life|"
        r"the\s+future|it\s+all))?(?:\s+(?:right\s+now|at\s+the\s+moment|lately|today|"
        rf"these\s+days|sometimes))?{CLAUSE_END}",
    ),
    (
        "given gave",
        r"\bi(?:'?ve|\s+have)?\s+(?:just\s+|kind\s+of\s+|basically\s+|completely\s+|totally\s+)?"
        r"(?P<v>given\s+up|gave\s+up)\s+on\s+(?:life|everything|myself|living|it\s+all|"
        rf"the\s+future){CLAUSE_END}",
    ),
    # said by "I" or by no one ("can't keep going"), not a reflection ("you can't keep going")
    (
        "keep going",
        rf"{NOT_YOU}\b(?P<v>can'?t|cannot|cant)\s+keep\s+going{CLAUSE_END}",
    ),
    (
        "nothing left",
        r"\b(?:there'?s|there\s+is|theres)\s+(?P<v>nothing\s+left)\s+for\s+me(?:\s+here)?"
        rf"(?:\s+any\s*more)?{CLAUSE_END}",
    ),
    # ending it, said of no one in particular ("I'm going to end it with him" is a break-up)
    (
        "end it",
        r"\b(?P<v>going\s+to|gonna|ready\s+to|decided\s+to|about\s+to|'ll|will)\s+(?:just\s+)?"
        rf"end\s+it(?:\s+all)?\s+(?:tonight|today|soon|now|this\s+weekend){CLAUSE_END}",
    ),
    # not being around
    (
        "around here",
        r"\b(?P<v>i)\s*(?:wo\s*n'?t|will\s+not|'?m\s+not\s+going\s+to|am\s+not\s+going\s+to)\s+"
        rf"be\s+(?:around|here)\s+(?:for\s+)?(?:much\s+longer|very\s+long|long){CLAUSE_END}",
    ),
    (
        "burden problem bother trouble",
        r"\b(?P<v>i)\s*(?:wo\s*n'?t|will\s+not)\s+be\s+(?:a\s+)?(?:burden|problem|bother|trouble)\s+"
        r"(?:to|for)\s+(?:you|anyone|anybody|every(?:one|body))\s+(?:much\s+longer|for\s+long|"
        rf"soon){CLAUSE_END}",
    ),
    (
        "burden problem",
        r"\b(?P<v>soon)\s+i\s*(?:wo\s*n'?t|will\s+not)\s+be\s+(?:a\s+)?(?:burden|problem)\b",
    ),
    (
        "case",
        r"\b(?P<v>in\s+case)\s+i\s*(?:'?m|\s+am)\s+not\s+(?:here|around)\s+(?:tomorrow|"
        rf"much\s+longer|any\s*more|next\s+week){CLAUSE_END}",
    ),
    unless=frame(WORDS.everyday_frames),
)

_GIVING = rules(
    "distress",
    (
        "goodbye",
        r"\b(?:been|'m|am|was)\s+(?P<v>saying)\s+(?:my\s+)?goodbyes?(?:\s+to\s+every(?:one|body))?"
        rf"{SENTENCE_END}",
    ),
    (
        "away",
        r"\b(?P<v>giv(?:e|es|ing)|gave|given)\s+(?:away\s+(?:all\s+(?:of\s+)?|most\s+of\s+)?my\s+"
        rf"{BELONGINGS}|(?:all\s+(?:of\s+)?|most\s+of\s+)?my\s+{BELONGINGS}\s+away)\b",
    ),
    unless=frame(WORDS.tidy_frames | WORDS.everyday_frames),
)

# The pain to stop: not where the same sentence names a body or an illness ("my back").
_PAIN = rules(
    "distress",
    (
        "pain",
        rf"\bi\s+{I_ADV}(?P<v>want|wanna|need|wish)\s+(?:for\s+)?(?:the|this|all\s+(?:the|this))\s+"
        r"pain\s+to\s+(?:just\s+)?(?:stop|end|go\s+away)(?:\s+(?:for\s+good|forever))?"
        rf"{CLAUSE_END}",
    ),
    unless=frame(WORDS.body_parts | WORDS.pain_frames),
)

DISTRESS = (
    *_FRAMED,
    *_PAIN,
    *_GIVING,
    *rules(
        "distress",
        # a burden to everyone (not "of being a burden on the kids", "a burden on the budget")
        (
            "burden",
            r"\b(?P<v>i'?m|i\s+am|im|i\s+feel(?:\s+like)?|i'?ve\s+become|i\s+have\s+become|"
            r"i'?ve\s+been|i\s+always\s+feel(?:\s+like)?)\s+(?:(?:just|such|only|nothing\s+but|"
            r"so\s+much\s+of|always|really|kind\s+of|kinda|basically|honestly|literally|still)\s+)*"
            r"(?:(?:a|an|one)\s+)?(?:(?:huge|massive|total|constant|big|giant|complete|useless)\s+)?"
            rf"burden(?:\s+(?:to|on|for)\s+{EVERYONE})?{CLAUSE_END}",
        ),
        # goodbyes
        (
            "goodbye",
            r"\b(?P<v>this\s+is)\s+(?:(?:my|a)\s+)?(?:(?:final|last)\s+)?goodbye"
            rf"(?:\s+to\s+{EVERYONE})?(?:\s+(?:forever|for\s+good))?{SENTENCE_END}",
        ),
        (
            "going",
            r"\b(?P<v>wo\s*n'?t|will\s+not)\s+(?:be\s+)?need(?:ing)?\s+(?:it|them|this|these|that|"
            r"those|any\s+of\s+(?:it|this|them|that)|anything|my\s+\w+)\s+(?:where\s+i'?m\s+going|"
            r"after\s+tonight|(?:after|when)\s+i'?m\s+gone)\b",
        ),
    ),
)
