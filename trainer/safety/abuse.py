"""Abuse: isolation, taking a phone, money or papers, tracking plus anger, sexual coercion,
silencing and threats, fear of a partner, and gaslighting when fear is voiced too."""

from __future__ import annotations

import re

from trainer.safety.patterns import (
    FEAR,
    NEG_LET,
    OTHER,
    OTHER_GAP,
    PARTNER,
    SOCIAL,
    Rule,
    rules,
)

FEAR_STEMS = "scared afraid terrified frightened petrified"

ABUSE = rules(
    "abuse",
    # isolation
    (
        "let",
        rf"\b(?P<v>{NEG_LET})\s+(?:ever\s+|even\s+)?let(?:s)?\s+me\s+(?:go\s+)?(?:see|visit|"
        r"talk\s+to|speak\s+to|call|text|meet|go\s+out\s+with|hang\s+out\s+with|"
        rf"spend\s+time\s+with|contact|be\s+with)\s+{SOCIAL}",
    ),
    (
        "let",
        rf"\b(?P<v>{NEG_LET})\s+(?:ever\s+|even\s+)?let(?:s)?\s+me\s+(?:leave\s+the\s+(?:house|"
        r"apartment|flat|home)|go\s+(?:out|anywhere)\s+(?:alone|by\s+myself|without\s+(?:him|her|"
        r"them))|go\s+anywhere|have\s+(?:my\s+own\s+|any\s+)?(?:money|friends|phone|"
        r"bank\s+account|job)|get\s+a\s+job|have\s+a\s+job|go\s+to\s+work)\b",
    ),
    (
        "allowed",
        r"\b(?P<v>not|(?:is|are|was|were)n'?t)\s+allowed\s+to\s+(?:(?:see|visit|talk\s+to|call|"
        rf"text|go\s+out\s+with|hang\s+out\s+with|contact)\s+{SOCIAL}|leave\s+the\s+house|"
        r"go\s+anywhere|have\s+(?:any\s+)?(?:friends|money|my\s+own\s+money|a\s+phone|a\s+job)|"
        r"get\s+a\s+job)",
    ),
    (
        "off",
        r"\b(?P<v>cut(?:s|ting)?)\s+me\s+off\s+from\s+(?:my\s+|all\s+my\s+)?(?:friends|family|"
        r"everyone|everybody|people)\b",
    ),
    ("isolat", r"\b(?P<v>isolat(?:e|es|ed|ing))\s+me\b"),
    (
        "stop keep kept prevent forb",
        r"\b(?P<v>stops|stopped|keeps|kept|prevents|prevented|forbids|forbade|forbidden)\s+me\s+"
        r"(?:from\s+|to\s+)?(?:seeing|see|visiting|talking\s+to|calling|texting|"
        rf"going\s+out\s+with|hanging\s+out\s+with|contacting)\s+{SOCIAL}",
    ),
    (
        "choose",
        r"\b(?P<v>makes?|made|making)\s+me\s+choose\s+between\s+(?:him|her|them)\s+and\s+my\s+"
        r"(?:friends|family)\b",
    ),
    # phone, money, papers
    (
        "phone cell money wallet card pay salar wage passport keys my id",
        r"\b(?P<v>takes?|took|taken|taking|hides|hid|hidden|keeps|kept|confiscat\w+|grab(?:s|bed)|"
        r"snatch(?:es|ed))\s+(?:away\s+)?my\s+(?:phone|cell|money|wallet|cards?|credit\s+cards?|"
        r"debit\s+cards?|bank\s+cards?|paycheck|pay|salary|wages|passport|id|keys|car\s+keys)\b"
        r"(?:\s+away\b|\s+(?:and|&|n)\s+(?:(?:wo|does|would|did)n'?t|will\s+not|never|"
        r"refuses\s+to)\s+give\s+(?:it|them)\s+back|[^.!?\n]{0,30}?\bso\s+i\s+(?:can'?t|cannot|"
        r"could\s*n'?t)\b)",
    ),
    (
        "passport document visa",
        r"\b(?P<v>takes?|took|keeps|kept|hides|hid|holds|held|confiscat\w+)\s+(?:away\s+)?my\s+"
        r"(?:passport|id\s+documents|documents|visa)\b",
    ),
    (
        "control",
        rf"{OTHER_GAP}(?P<v>control(?:s|led|ling)?)\s+(?:all\s+(?:of\s+)?)?my\s+(?:money|"
        r"finances|paycheck|bank\s+account|spending|phone|every\s+move)\b",
    ),
    (
        "smash destroy",
        rf"{OTHER_GAP}(?P<v>smash(?:es|ed|ing)?|destroy(?:s|ed|ing)?)\s+my\s+(?:phone|laptop|"
        r"stuff|things)\b",
    ),
    # tracking
    (
        "track monitor stalk check read through",
        r"\b(?P<v>track(?:s|ed|ing)?|monitor(?:s|ed|ing)?|stalk(?:s|ed|ing)?|check(?:s|ed|ing)?|"
        r"read(?:s|ing)?|go(?:es)?\s+through|went\s+through)\s+(?:me|my\s+(?:location|phone|"
        r"whereabouts|every\s+move|messages|texts|gps|emails))\b[^.!?\n]{0,60}?\b(?:angry|mad|"
        r"furious|pissed|violent|rage|scream\w*|yell\w*|threat\w*|punish\w*|explodes?|"
        r"loses\s+it|lost\s+it|freaks?\s+out|freaked\s+out)\b",
    ),
    (
        "tracker tracking spyware stalkerware tag gps",
        r"\b(?P<v>put|puts|installed|installs|hid|hidden|found)\s+(?:an?\s+)?(?:tracker|"
        r"tracking\s+(?:app|device)|spyware|stalkerware|air\s*tag|gps(?:\s+tracker)?)\s+(?:on|in)"
        r"\s+my\s+(?:phone|car|bag|purse|laptop|coat)\b",
    ),
    ("follow", r"\b(?P<v>follow(?:s|ed|ing)?)\s+me\s+(?:everywhere|to\s+work|around\s+town)\b"),
    # sexual coercion
    (
        "sex sleep",
        r"\b(?P<v>forc\w*|pressur\w*|coerc\w*|guilt\w*|push(?:es|ed|ing)?|made|makes|make|"
        r"making)\s+me\s+(?:into\s+)?(?:to\s+)?(?:have\s+|having\s+)?(?:sex|sleep(?:ing)?\s+with\s+"
        r"(?:him|her|them)|(?:sexual|sex)\s+(?:stuff|things|acts?))\b",
    ),
    (
        "want consent",
        r"\b(?P<v>forc\w*|pressur\w*|coerc\w*|made|makes|make|making)\s+me\s+(?:to\s+)?do\s+"
        r"(?:things|stuff|something)\s+(?:that\s+)?i\s+(?:did\s*n'?t|did\s+not|do\s*n'?t|"
        r"do\s+not|never)\s+(?:want|wanna|wanted|consent)",
    ),
    ("rap", r"\b(?P<v>rap(?:e|ed|es|ing|ist))\b"),
    ("sexual", r"\bsexual(?:ly)?\s+(?P<v>assault(?:ed|s)?|abus(?:e|ed|es|ing)|coerc\w*)\b"),
    ("molest", r"\b(?P<v>molest\w*)\b"),
    ("forc", r"\b(?P<v>forc(?:ed|es|ing))\s+(?:him|her|them)sel(?:f|ves)\s+on\s+me\b"),
    (
        "stop",
        r"\b(?P<v>(?:did|would|does|wo)\s*n'?t|did\s+not|would\s+not|does\s+not|will\s+not)\s+"
        r"stop\s+when\s+i\s+(?:said|say|told\s+(?:him|her|them)|tell\s+(?:him|her|them))\s+"
        r"(?:no|to\s+stop|stop)\b",
    ),
    (
        "touch grab",
        r"\b(?P<v>touch(?:es|ed)?|grab(?:s|bed)?)\s+me\s+(?:even\s+)?(?:when|after|though)\s+i\s+"
        r"(?:said|say|tell|told)\s+(?:(?:him|her|them)\s+)?(?:no|to\s+stop|stop)\b",
    ),
    (
        "said",
        r"\bi\s+(?P<v>said\s+no)\s+(?:and|but)\s+(?:he|she|they)\s+(?:kept\s+going|"
        r"did\s+it\s+anyway|did\s*n'?t\s+stop|would\s*n'?t\s+stop|kept\s+(?:touching|pushing))\b",
    ),
    # silencing and threats
    (
        "believe",
        r"\b(?P<v>no\s*one|nobody|no\s+body|no1)\s+(?:will|would|'ll|is\s+going\s+to|is\s+gonna|"
        r"gonna|'d)?\s*(?:ever\s+)?believe\s+(?:me|you|u)\b",
    ),
    (
        "threat",
        r"\b(?P<v>threat(?:en|ens|ened|ening))\s+(?:me\s+)?(?:to\s+|that\s+)?(?:(?:he|she|they)"
        r"\s*(?:'ll|'d|will|would)\s+)?(?:leave\s+me\s+with\s+nothing|take\s+(?:away\s+)?"
        r"(?:the|my|our)\s+(?:kids|children|son|daughter|baby|kid)|take\s+(?:everything|it\s+all)|"
        r"ruin\s+(?:me|my\s+life)|(?:post|share|leak|send)\s+(?:my\s+)?(?:nudes|naked\s+\w+|"
        r"private\s+\w+)|call\s+(?:immigration|ice)|(?:get\s+me\s+)?deport\w*|throw\s+me\s+out|"
        r"kick\s+me\s+out|out\s+me|have\s+me\s+committed)\b",
    ),
    ("leave", r"\b(?P<v>leave)\s+me\s+with\s+(?:nothing|no\s+money|nowhere\s+to\s+go)\b"),
    (
        "from",
        r"\b(?P<v>take)\s+(?:the|my|our)\s+(?:kids|children|son|daughter|baby)\s+(?:away\s+)?"
        r"from\s+me\b",
    ),
    (
        "never",
        r"\b(?:i'?ll|i\s+will|i'?d|i\s+would|you'?ll|you\s+will|u'?ll|u\s+will)\s+never\s+see\s+"
        r"(?:the|my|our|your)\s+(?:kids|children|son|daughter|baby)\s+again\b",
    ),
    (
        "tell told leave left report police cops",
        r"\bif\s+i\s+(?:ever\s+)?(?P<v>tell|told|leave|left|report|call\s+the\s+(?:police|cops))"
        r"\b[^.!?\n]{0,40}?\b(?:he|she|they)\s*(?:'ll|'d|will|would|is\s+going\s+to|gonna|said|"
        r"says|threatens?|threatened)\b[^.!?\n]{0,20}?\b(?:hurt|kill|hit|beat|take\s+(?:the|my|our)"
        r"\s+(?:kids|children|son|daughter|baby)|leave\s+me\s+with|ruin|make\s+me\s+pay|"
        r"make\s+my\s+life\s+hell|come\s+after|find\s+me|destroy)\b",
    ),
    # fear of a partner
    (
        FEAR_STEMS,
        rf"\b(?P<v>{FEAR})\s+(?:of\s+)?what\s+{OTHER}\s*(?:'ll|'d|will|would|might|may|could|"
        r"is\s+going\s+to|'s\s+going\s+to|gonna)\s+do\b",
    ),
    (
        FEAR_STEMS,
        rf"\b(?P<v>{FEAR})\s+of\s+(?:him|her|my\s+{PARTNER})\b(?!\s+(?:leaving|finding|being|"
        r"getting|seeing)\b)",
    ),
    (
        FEAR_STEMS,
        rf"\b(?P<v>{FEAR})\s+to\s+(?:go\s+home|leave\s+(?:him|her|them)|be\s+(?:at\s+home|home|"
        r"alone\s+with\s+(?:him|her)))\b",
    ),
    # named for what it is
    (
        "abus",
        r"\b(?:emotionally|verbally|sexually|psychologically|financially|mentally)\s+"
        r"(?P<v>abus(?:e|ed|es|ing|ive))\b",
    ),
    (
        "abus",
        rf"\b(?P<v>abus(?:es|ed|ing))\s+(?:me|her|him|us|the\s+kids|my\s+(?:kids|children|son|"
        rf"daughter|{PARTNER}))\b",
    ),
    ("abus", r"\b(?P<v>abusive)\b"),
    ("abus", r"\bdomestic\s+(?P<v>abuse)\b"),
    ("coerc", r"\bcoercive(?:ly)?\s+(?P<v>control\w*)\b"),
)

# Gaslighting counts only when fear is voiced in the same text: alone, it is conflict.
GASLIGHT = Rule(
    "abuse",
    tuple("crazy insane nuts imagin making delusional losing".split()),
    re.compile(
        r"\b(?P<v>tells|told|telling|calls|called|says|said|makes|made|making)\s+me\s+"
        r"(?:feel\s+(?:like\s+)?)?(?:that\s+)?(?:i'?m|i\s+am|i\s+was|i'?ve\s+been|im|i)\s+"
        r"(?:going\s+)?(?:crazy|insane|nuts|imagining\s+(?:things|it)|making\s+(?:it|things|stuff)"
        r"\s+up|delusional|losing\s+(?:it|my\s+mind))",
        re.IGNORECASE,
    ),
    requires=re.compile(rf"\b(?:{FEAR}|fear|unsafe)\b", re.IGNORECASE),
)
