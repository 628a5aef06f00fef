"""Not hijacking, their complaint answered with one of the listener's: "you do it too", "you're
hardly one to talk", "what about the time you...". Split from patterns/hijacking.py; read by
detectors/hijacking.detect_hijacking."""

from __future__ import annotations

import re

from trainer.grading.offline.patterns import rx

# their complaint turned back on them: "but you do it too", "you're just as bad", "mind you, you
# pranged Mum's car once" ("look who's talking" is COUNTER_TURNED)
TU_QUOQUE = rx(
    r"\b(?:you|u)\s+(?:do|did)\s+(?:it|that|the\s+same)(?:\s+\w+){0,3}?\s+(?:too|as\s+well)\b|"
    r"\b(?:you|u)\s+do\s+the\s+same\b|\b(?:you're|you\s+are|ur)\s+(?:just\s+)?as\s+bad\b",
    r"\bmind\s+you\s*,?\s+(?:you|u)(?:'re|\s+are|'ve|\s+have)?\s+(?:\w+ed|did|were|was|had|said|forgot|"
    r"never|always)\b",
    # "you're hardly one to talk", "you can talk", "what about the time you...", "your hair in
    # the drain isn't exactly a treat either", "while we're on it, you still owe me..."
    r"\b(?:you're|you\s+are|ur)\s+(?:hardly|not\s+exactly|a\s+fine)\s+(?:the\s+)?one\s+to\s+talk\b|"
    r"\b(?:you're|you\s+are|ur)\s+one\s+to\s+talk\b|(?:^|[,;:]\s*|\bwell\s*,?\s*)(?:you|u)\s+can\s+talk\s*(?:[.!?,;]|$)",
    r"\bwhile\s+we're\s+on\s+(?:it|that|the\s+subject)\s*,?\s+(?:you|u)\b",
)
# a lapse, not praise or care: "you did leave it out", not "you did brilliantly", "you did get home"
_LAPSE = (
    r"(?:leave|forget|miss|skip|lose|break|spend|blow|waste|ignore|cancel|drop|borrow|eat|drink|"
    r"use|finish|bail|flake|snap|shout|storm)\b"
)
# ...and, to a partner upset with the listener, an old lapse of theirs or a thing of theirs that is
# "no better either": "what about the time you left me in the rain?", "your hair in the drain
# isn't exactly a treat either"
COUNTER_BACK = rx(
    r"\bwhat\s+about\s+(?:the\s+time\s+|when\s+|[a-z']+(?:\s+[a-z']+){0,3}\s+when\s+)(?:you|u)\s+(?:\w+ed|left|"
    r"forgot|did|went|said|made|took|ate|got|were|was|had|came|never|didn't|wouldn't|couldn't|spent|told)\b",
    r"\b(?:your|ur)\s+[^.?!]{1,40}?\b(?:isn't|isnt|is\s+not|wasn't|aren't|is\s+hardly|was\s+hardly)\s+"
    r"(?:exactly\s+)?[^.?!]{0,40}\beither\b",
    # a lapse of theirs with an emphatic "did" after a turn: "Mind, you did forget the milk",
    # "Though you did leave your laundry out", "You did skip my cousin's do, though"
    r"\b(?:mind|mind\s+you|though|although|but|still|then\s+again|to\s+be\s+fair|in\s+fairness)\s*,?\s+"
    r"(?:you|u)\s+did\s+"
    + _LAPSE
    + r"|(?:^|[.!?]\s*)(?:you|u)\s+did\s+"
    + _LAPSE
    + r"[^.?!]{0,60}\bthough\b",
    # a habit of theirs set against it: "because you never want to come and meet them anyway"
    r"\bbecause\s+(?:you|u)\s+(?:never|always)\s+(?!(?:have|had|get|got|feel|felt|end|ended|stop|stopped)\b)"
    r"[a-z]+\b[^.?!,;]{0,60}\banyway\b",
)
# ...unless they said so themselves: "I know I'm just as bad for it, but..."
OWN_FAULT_GRANTED = re.compile(
    r"\b(?:i'm|i\s+am)\s+(?:just\s+)?as\s+bad\b|\bi\s+(?:do|did)\s+(?:it|that|the\s+same)\s+(?:too|as\s+well)\b|"
    r"\bi\s+know\s+i\s+(?:do|did|can\s+be)\b"
)


# The complaint turned back in any context: "says the one who...", "bit rich coming from...",
# someone else's habit with the listener's things, "it goes both ways".
COUNTER_TURNED = rx(
    r"\b(?:says|said)\s+the\s+(?:one|person|guy|girl|woman|man|bloke)\s+(?:who|that|with)\b|"
    r"\b(?:bit\s+|a\s+bit\s+)?rich\s+coming\s+from\b|\bpot\s+calling\s+the\s+kettle\b|\blook\s+who's\s+talking\b",
    r"\b(?:someone|somebody)\s+(?:\w+\s+)?(?:keeps|kept|always|never)\b[^.?!]{0,50}\b(?:my|mine|me)\b",
    r"\b(?:goes|cuts|works)\s+both\s+ways\b|\bhardly\s+one-?\s?sided\b|\bit\s+takes\s+two\b",
    r"\b(?:you|u)\s+(?:didn't|did\s+not)\s+(?:mind|complain|care|moan)\b[^.?!]{0,60}\bwhen\b",
    # the partner hinted at as "somebody", "certain people", set against "some of us": "if
    # somebody hadn't booked that spa we'd be fine", "must be nice to only have the cooking"
    # ("if someone did that to me I'd be livid" imagines the listener in their place)
    r"\bif\s+(?:some(?:one|body)|some\s+people|certain\s+people|a\s+certain\s+\w+)\s+"
    r"(?:(?!\b(?:me|my|i)\b)[^.?!]){0,80}?"
    r"\b(?:we|i|it|there|you|things)(?:'d|\s+would(?:n't)?|\s+could|\s+might)\b",
    r"\bcertain\s+(?:people|persons|someone|somebody)\b|\bsome\s+of\s+us\s+(?:have|had|were|are|work|worked|"
    r"actually|do|did|can't|don't|'ve|still|also|were)\b|\bmust\s+be\s+nice\s+to\s+(?:only|just|not\s+have)\b",
)

# Said to a complaint about the listener: the partner as the subject of a lapse of their own set
# beside it ("you also call me mid-dinner", "well you fall asleep with the telly on"), or the
# listener's conduct made conditional on theirs ("I'd plan more if you didn't...").
_NOT_EXPERIENCE = (
    r"(?!(?:feel|felt|must|seem|sound|deserve|need|want|mean|know|said|say|are|were|have|had|might|"
    r"may|could|can|will|would|should|probably|maybe|just|get|got|[a-z]+ing)\b)"
)
COUNTER_WHEN_ABOUT_ME = rx(
    rf"(?:^|[,;]\s*|\b(?:and|but|so|well)\s+)(?:you|u)\s+(?:also|too)\s+{_NOT_EXPERIENCE}[a-z]+",
    rf"^\s*(?:(?:and|but|ok|okay|right)\s*,?\s+)?well\s*,?\s+(?:you|u)\s+{_NOT_EXPERIENCE}[a-z]+",
    r"\b(?:i|we)(?:'d|\s+would)\s+[^.?!]{0,40}?\bif\s+(?:you|u)\s+(?:didn't|did\s+not|weren't|wouldn't|"
    r"hadn't|stopped|would\s+(?:just|ever)|ever|actually)\b",
)
