"""Motives read into someone: the phrase list IMPUTES_MOTIVE ("she's trying to...", "using the kid
as an excuse"), a kind intent ("I'm sure he meant it as a compliment") and a prejudice ("because
of your accent"). Split from patterns/accuracy.py; read by detectors/invented.detect_motives."""

from __future__ import annotations

import re

from trainer.grading.offline.patterns import rx

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
# the word after it is a trait or a reason (a feeling word counts too; "got" for "she's obviously
# got something going on"); not a place or an outcome
GUESSED_WORDS = frozenset(
    "lazy selfish petty spiteful bitter jealous threatened insecure embarrassed ashamed scared "
    "afraid avoiding hoping trying testing punishing stalling sulking ignoring using playing "
    "marking picking winding fobbing stringing hiding lying pretending faking dodging ghosting "
    "resentful controlling manipulative insensitive clueless oblivious got".split()
)
# a thought read into someone: "he knows you won't push back", "she thinks she can get away with it"
READ_THOUGHT = re.compile(
    r"\b(?:he|she|they)\s+(?:knows|thinks|reckons|figures|assumes)\s+(?:that\s+)?(?:he|she|they|you|your\s+\w+)"
    r"(?:'ll|'re|'ve|\s+can|\s+can't|\s+will|\s+won't|\s+are|\s+have|\s+always|\s+never)\b|"
    r"\b(?:is|'s|are|'re)\s+taking\s+you\s+for\s+a\s+(?:mug|fool|ride|pushover|soft\s+touch)\b"
)

# a belief read into the partner: "you think I'm losing interest", "you reckon she's doing it to
# wind you up", "because you think I'll be angry". Read by detectors/invented.detect_motives,
# which lets it stand only when nothing of the belief is in their words. "You feel like..." is
# left out: it is how a reflection guesses at what a thing meant to them ("like I didn't care").
BELIEF_READ_IN = re.compile(
    r"(?<!what\s)(?<!how\s)(?<!why\s)(?<!if\s)"
    r"\byou\s+(?:must\s+|probably\s+|obviously\s+|clearly\s+|really\s+|actually\s+)?(?:think|"
    r"believe|reckon|suspect|assume|are\s+convinced|'re\s+convinced)\s+(?:that\s+)?"
    r"(?P<clause>(?P<who>i|i'm|i'll|i've|i'd|i\s+was|she|he|they|she's|he's|they're|she'll|he'll|"
    r"they'll|we|we're|we'll|everyone|everybody|nobody|no\s+one|your\s+\w+|my\s+\w+)\b[^.,;:!?\n]*)"
)

# motives read into the partner or someone of theirs, in stock phrases
IMPUTES_MOTIVE = rx(
    r"\b(?:he|she|they|your\s+(?:boss|manager|mom|mum|mother|dad|father|sister|brother|friend|family|"
    r"parents|ex|coworker|kid|son|daughter|in-?laws|teacher))(?:'s|\s+is|\s+was|'re|\s+are|\s+were)?\s+"
    r"(?:just\s+|probably\s+|obviously\s+|clearly\s+|definitely\s+|totally\s+|only\s+|so\s+|secretly\s+)*"
    r"(?:trying\s+to|out\s+to|doing\s+it\s+to|wants?\s+to|jealous|threatened|intimidated|testing\s+you|"
    r"setting\s+you\s+up|targeting|punishing|manipulating|using\s+you|taking\s+advantage|"
    r"hates?\s+you|doesn't\s+(?:care|respect|like|value|trust)|does\s+it\s+on\s+purpose|"
    r"did\s+it\s+on\s+purpose|wants\s+you\s+(?:gone|out|to\s+fail)|looking\s+for\s+(?:a|an)\s+"
    r"(?:excuse|reason)|power\s+trip|on\s+a\s+power\s+trip)\b",
    # "or do you just want to vent?" asks; "you just want me to prove..." reads a motive in
    r"(?<!do\s)(?<!did\s)(?<!unless\s)\byou\s+(?:just|only|really|secretly)\s+want\s+(?:attention|sympathy|"
    r"to\s+(?:win|be\s+right|complain|make\s+me)|me\s+to\s+(?:feel|say|prove))\b",
    # ("I'm here if you just want to vent" offers to listen)
    r"(?<!do\s)(?<!did\s)(?<!unless\s)(?<!if\s)\byou\s+(?:just|only|really|secretly)\s+want\s+to\s+vent\b",
    r"\byou(?:'re|\s+are)\s+(?:just\s+|only\s+|probably\s+|obviously\s+|really\s+)+(?:saying|doing)\s+"
    r"(?:this|that|it)\s+(?:because|to)\b",
    r"\byou(?:'re|\s+are)\s+(?:just\s+|only\s+|really\s+)?(?:punishing|testing|manipulating|guilt-?tripping|"
    r"using)\s+(?:me|us)\b|\byou\s+(?:just\s+|really\s+|secretly\s+)?want\s+(?:me|us)\s+to\s+(?:suffer|"
    r"feel\s+(?:bad|guilty|terrible)|pay|grovel)\b",
    r"\b(?:obviously|clearly|basically)\s+(?:telling|saying|trying|thinks|means|wants|doing\s+it)\b|"
    r"\b(?:she|he|they)(?:'s|\s+is)?\s+(?:obviously|clearly)\s+(?:thinks|doesn't|hates|wants|means|trying|"
    r"jealous|threatened)\b|\b(?:to\s+get|for|seeking|wants?|craving)\s+(?:some\s+)?attention\b",
    r"\b(?:deep\s+down|secretly)\s+you\b|\bthe\s+real\s+(?:reason|issue|problem)\s+is\s+(?:you|that\s+you)\b",
    r"\byou(?:'re|\s+are)\s+(?:just\s+|really\s+|probably\s+|obviously\s+)+(?:jealous|insecure|looking\s+"
    r"for|projecting|bitter|threatened|competitive|trying\s+to)\b",
    r"\bon\s+purpose\b|\bto\s+(?:get\s+back\s+at|punish|control|manipulate|hurt|spite)\s+(?:you|me|him|her)\b",
    # a reason they gave called a pretext: "she's using the kid as an excuse to avoid you"
    r"\busing\s+(?:\w+\s+){1,3}?as\s+(?:an\s+|a\s+)?(?:excuse|cover|shield|pretext)\b|"
    r"\b(?:an|a|just\s+an?|convenient)\s+excuse\s+to\s+(?:avoid|get\s+out|dodge|skip|not)\b",
    r"\bi\s+bet\s+(?:he|she|they|your)\b|\b(?:he|she|they)\s+(?:must|probably)\s+(?:think|thinks|want|"
    r"wants|hate|hates|resent|resents)\b",
    # a hidden reason read into someone: "Priya's been jealous of you for ages", "she's obviously
    # stalling", "she clearly can't stand seeing you", "because she doesn't want to pay you more"
    r"\b[a-z]+(?:'s|\s+is|\s+has)\s+been\s+(?:so\s+|really\s+|secretly\s+)?(?:jealous|threatened|"
    r"resentful|intimidated)\s+(?:of|by)\s+you\b",
    # "that's what the 'migraine' is really about", "you just want them to chase you"
    r"\bthat's\s+what\s+[^.!?]{0,40}?\s+(?:is|was)\s+really\s+about\b",
    r"\bwhat\s+you\s+(?:really|actually|secretly)\s+want\s+is\s+(?:for\s+)?(?:me|us|them|him|her|people)\s+to\b",
    r"\byou\s+(?:just|only|really|secretly)\s+want\s+(?:them|him|her|people|everyone)\s+to\s+(?:feel\s+sorry|pity|beg|chase|"
    r"notice|ask|apologi[sz]e|run\s+after|come\s+crawling|miss)\b",
    r"\b(?:obviously|clearly|secretly)\s+(?:stalling|can't\s+stand|resents?|avoiding\s+you|making\s+excuses)\b|"
    r"\bcan't\s+stand\s+(?:seeing|watching)\s+you\b",
    # "she's hiding behind her husband", "he doesn't want to get his hands dirty": a cover read in
    r"\b(?:he|she|they)(?:'s|\s+is|'re|\s+are|\s+was|\s+were)?\s+(?:just\s+)?hiding\s+behind\s+(?:her|his|their)\s+"
    r"(?:husband|wife|partner|boss|mum|mom|mother|dad|father|kids|job|work|family|religion|faith)\b|"
    r"\b(?:doesn't|don't|didn't)\s+want\s+to\s+get\s+(?:her|his|their)\s+hands\s+dirty\b",
    r"\b(?:stalling|dragging\s+(?:it|this|her\s+feet|his\s+feet)\s*(?:out)?)\s+because\s+(?:he|she|they)\s+"
    r"(?:doesn't|don't|didn't)\s+want\b",
    # the partner's own "real" motive or feeling, guessed: "part of you wants us to notice", "I
    # think really you're still cross with me", "it's just an excuse"
    r"\bpart\s+of\s+you\s+(?:just\s+)?wants?\s+(?:us|me|them|everyone|people)\s+(?:all\s+)?to\b",
    r"\bi\s+think\s+(?:really|actually|deep\s+down|secretly)\s*,?\s+you(?:'re|\s+are|\s+just)\b",
    r"\b(?:just|only|really)\s+an\s+excuse\b|\ban\s+excuse\s+really\b",
    # an intention read into what someone did: "she's doing it deliberately to cut you out", "he
    # just didn't want to deal with you", "because you're older", "to steal your thunder"
    r"\b(?:he|she|they|him|her|them)\b[^.,;!?]{0,40}?(?<!not\s)(?<!n't\s)\b(?:deliberately|intentionally|"
    r"purposely|purposefully)\b",
    r"\b(?:didn't|doesn't|don't|won't|couldn't|can't)\s+(?:\w+\s+)?(?:want\s+to\s+deal|be\s+bothered)\s+"
    r"with\s+you\b",
    # a reason read into their decision: "they turned you down because they think you'd be bad
    # owners"
    r"\bbecause\s+(?:he|she|they)\s+(?:think|thinks|thought|reckon|reckons|believe|believes)\s+(?:that\s+)?"
    r"(?:you|you'd|you're|you'll)\b",
    r"\bto\s+(?:steal\s+your\s+thunder|(?:cut|keep|freeze|push|shut|leave)\s+you\s+out|make\s+you\s+look\s+"
    r"(?:bad|stupid|small)|show\s+you\s+up|get\s+rid\s+of\s+you)\b",
    # a kind intent read in as surely as an unkind one ("I'm sure he meant it as a compliment",
    # patterns/motives.py) and a con read in: "they saw you coming", "ripping you off"
    r"\b(?:saw|see)\s+(?:you|u)\s+coming\b|\b(?:ripped|ripping|rip|rips)\s+(?:you|u)\s+off\b|\btaking\s+"
    r"advantage\s+of\s+(?:you|u)\b|\btook\s+(?:you|u)\s+for\s+(?:a\s+ride|a\s+mug|a\s+fool|an\s+idiot)\b",
)
