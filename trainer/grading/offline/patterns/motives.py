"""Motives read into someone by their kind, besides the phrase list of accuracy.IMPUTES_MOTIVE: a
kind intent ("I'm sure he meant it as a compliment") and a prejudice ("because of your accent").
Split from patterns/accuracy.py; read by detectors/invented.detect_motives."""

from __future__ import annotations

import re

# a kind intent read into someone: "I'm sure he meant it as a compliment", "she meant it nicely".
# "Meant well" is left out: it is how people say back "she was only trying to help".
# The words of a kind intent, also read by validation_kinds.THIRD_PARTY_SIDE (the same words argue
# with the feeling there).
KIND_INTENT_WORDS = (
    r"(?:as\s+(?:a\s+)?(?:compliment|joke|kindness|nice\s+thing)|nicely|kindly|no\s+harm)"
)
KIND_INTENT = re.compile(
    r"\b(?:he|she|they)\s+(?:probably\s+|surely\s+|obviously\s+|clearly\s+|only\s+|just\s+)?(?:meant|means)\s+"
    r"(?:it\s+)?" + KIND_INTENT_WORDS + r"\b"
)
# ...unless they granted an intent themselves ("I know he means it nice", "she was only joking")
KIND_INTENT_THEIRS = re.compile(
    r"\bmean(?:s|t)?\s+(?:it\s+)?(?:well|nice|nicely|kindly|no\s+harm|as\s+a)\b|\btrying\s+to\s+(?:help|be\s+nice|"
    r"be\s+kind)\b|\b(?:only|just)\s+(?:joking|teasing|kidding)\b|\bcompliment\b"
)

# a prejudice read into someone ("because of your accent", "because you're older"): a motive,
# unless the partner named that very thing ("people of my age")
PREJUDICE = re.compile(
    r"\bbecause\s+(?:of\s+(?:your|how\s+old\s+you)|you(?:'re|\s+are))\s+(?:\w+\s+)?(?P<what>accent|age|older|"
    r"too\s+old|young|a\s+woman|a\s+girl|foreign|gender|weight|skin|colour|color|race|religion|name|"
    r"background|disabled|disability)\b"
)

# an inner state or reason guessed for someone with a hedge ("she's obviously avoiding you",
# "he's probably embarrassed to be seen with you", "she's def marking you down"): the word
# after the hedge is checked against their words by detectors/invented.detect_motives
GUESSED_STATE = re.compile(
    r"\b(?P<who>[a-z]+)(?:'s|\s+is|'re|\s+are)\s+(?:probably|obviously|clearly|def|defo|"
    r"definitely|prolly|prob|surely|must\s+be)\s+(?:just\s+)?(?:being\s+)?(?P<what>[a-z]+)\b|"
    r"\b(?P<who2>he|she|they)\s+must\s+be\s+(?:just\s+)?(?P<what2>[a-z]+)\b"
)
# the word after it is a trait or a reason (a feeling word counts too); not a place or an outcome
GUESSED_WORDS = frozenset(
    "lazy selfish petty spiteful bitter jealous threatened insecure embarrassed ashamed scared "
    "afraid avoiding hoping trying testing punishing stalling sulking ignoring using playing "
    "marking picking winding fobbing stringing hiding lying pretending faking dodging ghosting "
    "resentful controlling manipulative insensitive clueless oblivious".split()
)
# a thought read into someone: "he knows you won't push back", "she thinks she can get away with it"
READ_THOUGHT = re.compile(
    r"\b(?:he|she|they)\s+(?:knows|thinks|reckons|figures|assumes)\s+(?:that\s+)?(?:he|she|they|you|your\s+\w+)"
    r"(?:'ll|'re|'ve|\s+can|\s+can't|\s+will|\s+won't|\s+are|\s+have|\s+always|\s+never)\b|"
    r"\b(?:is|'s|are|'re)\s+taking\s+you\s+for\s+a\s+(?:mug|fool|ride|pushover|soft\s+touch)\b"
)
