"""Not fixing in the shapes the fifth pass found on unseen writing: the listener's offer or the
couple's plan asked or said sideways ("how about I text you at nine", "what if I did the
Tuesdays", "let's not sit next to her", "we're not having him round any more"), a practical
question with "we" as its subject ("do we have to pay upfront?"), the loss rated as fine ("pretty
good going", "not bad at all", "less hassle really", "saves you a trip") and hedges piled inside
advice ("it might be worth, if you felt like it, possibly trying...").

Matched on normalised text (see text.py); detectors/fixing_offers.py decides where.
"""

from __future__ import annotations

import re

from trainer.grading.offline.patterns import rx

# An offer asked as "how about I/we <verb>" or "what if I/we <past verb>": the verb is checked
# against the plan verbs by the detector (listening and comfort stay clear).
HOW_ABOUT_I = re.compile(
    r"\bhow\s+about\s+(?:me\s+and\s+(?:you|u)|(?:you|u)\s+and\s+(?:me|i)|us(?:\s+two)?|i|me)\s+"
    r"(?:just\s+|also\s+|maybe\s+)?([a-z]+)"
)
WHAT_IF_I = re.compile(
    r"\bwhat\s+if\s+(?:i|we)\s+(?:just\s+|also\s+|maybe\s+)?([a-z]+)\b"
    r"(?!\s+(?:something|anything|nothing|it\s+wrong|wrong|that\s+wrong|too\s+much|badly)\b)"
)
# Irregular past forms that put "what if I..." in the hypothetical, by base verb.
PAST_TO_BASE: dict[str, str] = {
    "did": "do", "took": "take", "went": "go", "made": "make", "got": "get", "gave": "give",
    "came": "come", "drove": "drive", "rang": "ring", "spoke": "speak", "paid": "pay",
    "sent": "send", "put": "put", "kept": "keep", "left": "leave", "set": "set", "split": "split",
    "brought": "bring", "bought": "buy", "sold": "sell", "wrote": "write", "told": "tell",
    "found": "find", "met": "meet", "ran": "run", "swapped": "swap", "had": "have",
}  # fmt: skip

# "let's (just) not <verb>": a plan for next time, unless it leaves the subject or the feeling
# ("let's not talk about it", "let's not go there", "let's not rush").
LETS_NOT = re.compile(
    r"\blet's\s+(?:just\s+)?not\s+(?!go\s+there|get\s+(?:into|ahead|carried)|make\s+(?:it|this|that)\s+about|"
    r"jump\s+to|rush|dwell|panic|worry|fight|argue|pretend)([a-z]+)"
)
# The couple's policy in the negative, marked as holding from now on ("we're not having him
# round any more", "we won't go to hers next year").
WE_WONT = re.compile(
    r"\bwe(?:'re|\s+are)\s+not\s+(?:going\s+to\s+|gonna\s+)?([a-z]+)|"
    r"\bwe\s+(?:won't|will\s+not|shouldn't|should\s+not|don't|do\s+not)\s+(?:be\s+|ever\s+|just\s+)?([a-z]+)"
)
FROM_NOW_ON = re.compile(
    r"\b(?:any\s*more|again|next\s+(?:time|year|week|month)|this\s+(?:year|time|christmas)|from\s+now\s+on|"
    r"in\s+future|in\s+the\s+future|ever\s+again)\b"
)
# A plan announced as such: "here's the plan", "here's what we'll do", "ok, new rule".
ANNOUNCED = rx(
    r"\bhere's\s+(?:the|my|a|our)\s+plan\b|\bhere's\s+what\s+(?:we|i)(?:'ll|'re\s+going\s+to|\s+will|\s+can)?\s+do\b",
    r"(?:^|[,.!?:;]\s*|\b(?:ok|okay|right|so)\s+)new\s+(?:rule|plan)\b(?!\s+(?:is|was|that|says|from)\b)",
)

# A practical question with the couple as its subject: "do we have to pay upfront?", "are we
# still going to manage the payments?", "what consequences are we giving her?". The verb is
# checked against the plan verbs by the detector.
WE_STEP_QUESTION = re.compile(
    r"\b(?:do|are|will|should|shall|can|must|could|would)\s+we\s+(?:still\s+|just\s+|even\s+|really\s+|"
    r"definitely\s+|then\s+|now\s+)?(?:(?:need|have|want|got)\s+to\s+|going\s+to\s+|gonna\s+|"
    r"be\s+able\s+to\s+)?(?:still\s+|just\s+|actually\s+)?([a-z]+)(?P<rest>[^?.!]*)"
)

# The loss rated as fine: "not bad at all", "pretty good going", "no bad thing", "a decent
# result". The detector leaves out a rating of their feeling ("feeling this isn't bad").
RATED_FINE = rx(
    r"\b(?:isn't|is\s+not|wasn't|was\s+not|aren't|are\s+not|ain't|'s\s+not|'re\s+not)\s+(?:really\s+|actually\s+|"
    r"even\s+|honestly\s+)?(?:that\s+|too\s+|so\s+|half\s+)?bad\b"
    r"(?=\s*(?:[,.!;]|$|(?:at\s+all|for\s+(?:a|an|the|your|someone|somebody)|really|considering|actually|either|"
    r"though|honestly|mate|to\s+be\s+fair|in\s+(?:this|that|the))\b))",
    r"\b(?:is|'s|are|'re|was)\s+(?:still\s+|honestly\s+|actually\s+|really\s+)?(?:pretty\s+|really\s+|"
    r"actually\s+|not\s+)?(?:good|decent|great)\s+going\b",
    r"\b(?:is|'s|was)\s+(?:no\s+bad\s+thing|not\s+the\s+end\s+of\s+the\s+world)\b",
    r"\b(?:is|'s|are|'re|was)\s+(?:still\s+|honestly\s+)?(?:a\s+)?(?:pretty\s+|really\s+)?(?:decent|respectable|"
    r"solid)\s+(?:result|effort|haul|start|number|score|mark|showing|turnout)\b",
)
# A correction after the rating: "it's not bad, it's cruel".
CORRECTED_AFTER = re.compile(
    r"\s*(?:at\s+all\s*)?[,;-]*\s*(?:it's|it\s+is|it\s+was|that's|it's\s+just|but)\b"
)
# Words of feeling in the subject of a rating: "wanting more isn't bad" legitimises.
FEELING_SUBJECT = re.compile(
    r"\b(?:feel|feels|feeling|felt|want|wanting|need|needing|cry|crying|upset|angry|sad|hurt|"
    r"disappointed|gutted|jealous|scared|to\s+be)\b"
)
# A gain said as a whole sentence ("Less hassle really.", "Easier that way.") or "saves you...".
GAIN_SENTENCE = re.compile(
    r"^(?:(?:oh|well|ah|so|and|plus|still|honestly|i\s+mean|right)[\s,]+)*(?:(?:it's|that's|which\s+is|"
    r"it\s+is|that\s+is)\s+)?(?:much\s+|way\s+|a\s+lot\s+|far\s+)?(?:easier|simpler|less\s+(?:hassle|stress|"
    r"bother|faff|work|pressure|to\s+worry\s+about))(?:\s+(?:really|then|anyway|that\s+way|for\s+you|"
    r"if\s+anything|in\s+a\s+way|all\s+round))*\s*[.!]*$"
)
SAVES_YOU = re.compile(
    r"\bsaves?\s+(?:you|u)\s+(?:a|an|the|some|money|time|hassle|a\s+fortune|[a-z]+ing)\b"
)

# Hedges inside advice: a set-off condition or hedge word ("worth, if you felt like it,
# possibly trying"), and a hedge word between a modal and its verb ("could maybe ring").
# Blanked before the advice patterns run, offsets unchanged, as spoken fillers are.
SET_OFF_HEDGES = re.compile(
    r"(?:,\s*(?:if\s+you\s+(?:felt\s+like\s+it|fancied\s+it|fancy\s+it|wanted(?:\s+to)?|want(?:\s+to)?|like|"
    r"liked|were\s+up\s+for\s+it|are\s+up\s+for\s+it|were\s+keen)|possibly|perhaps|maybe|potentially|"
    r"i\s+(?:dunno|don't\s+know|guess|suppose)|sort\s+of|kind\s+of|at\s+some\s+point|just\s+a\s+thought)\s*)+,"
)
INNER_HEDGE = re.compile(
    r"\b(?:worth|could|might|may|would|should|can|to|be)\s+((?:possibly|perhaps|maybe|potentially|"
    r"sort\s+of|kind\s+of)\s+)"
)

# Advice that the hedges leave standing: "you might think about not lending it", "might be an
# idea to have a word", "(it) might be worth trying".
HEDGED_ADVICE = rx(
    r"\b(?:you|u)\s+(?:might|may|could|should|can)\s+(?:want\s+to\s+|like\s+to\s+)?think\s+(?:about|of)\s+"
    r"(?:not\s+)?[a-z]+ing\b",
    r"\b(?:might|may|could|would)\s+be\s+an\s+idea\s+to\b",
    r"(?:^|[,.;!?]\s*|\b(?:dunno|know|hmm+|maybe|perhaps)\s+)(?:might|may|could|would)\s+be\s+worth\s+"
    r"(?:a\s+(?:try|go|shot|look)|[a-z]+ing)\b",
)

# A clause of a word and an object pronoun ("ice it", "ghost him", "bin them off"): in a row of
# two or more such clauses it is an instruction, whatever the verb ("ice it, elevate it").
PRONOUN_CLAUSE = re.compile(
    r"([a-z]+)\s+(?:it|him|her|them)(?:\s+(?:up|down|off|out|back|in|away|again|now))?\s*[.!]*\s*$"
)
# Words that open such a clause as a sound or a feeling, not an order ("damn it", "love it").
NOT_AN_ORDER_WORD = frozenset(
    "damn sod screw stuff bugger blow bless love hate nailed got get lost forget dig rate "
    "smashed loved hated miss".split()
)
