"""Validation, by kind of sentence rather than by phrase (round 5): what a legitimising word is
about, a feeling the listener says they would have too, a need treated as fair, a feeling
explained away as the partner's flaw, a bright side or a third party's side after a nod. The
detectors are in detectors/validation_kinds.py."""

from __future__ import annotations

from trainer.grading.offline.patterns import motives as M
from trainer.grading.offline.patterns import rx

# After "no wonder / of course / makes sense / I can see why": a clause about the partner
# ("...you're flattened", "...it knocked you flat", "...that gets under your skin"). Its
# predicate is their reaction, however it is worded, so the legitimiser also acknowledges it.
LEGITIMISER = rx(
    r"\bno\s+wonder\b|\b(?:of\s+)?course\b|\b(?:makes?|made)\s+(?:total\s+|complete\s+|so\s+much\s+|"
    r"perfect\s+|a\s+lot\s+of\s+|all\s+the\s+)?sense\b|\bi\s+(?:can\s+|totally\s+|completely\s+|really\s+|"
    r"fully\s+)?(?:see|get|understand)\s+(?:why|how)\b|\bwho\s+(?:could|would|can)\s+blame\s+you\b|"
    r"\b(?:totally\s+|completely\s+)?understandable\b"
)
# The clause it governs must not open with a new thought ("of course, but...", "makes sense.")
PARTNER_CLAUSE = rx(r"^\s*[,-]?\s*(?!but\b|though\b|however\b|anyway\b)\w")
# ...unless that clause is advice or a plan ("of course you should ring her").
ADVICE_CLAUSE = rx(
    r"\b(?:you|u)\s+(?:should|could|can|need\s+to|have\s+to|gotta|must\s+(?!be|have|feel)|"
    r"might\s+want|ought)\b|\b(?:we|i)\s+(?:can|could|should|will|'ll)\b"
)
PARTNER_WORD = rx(r"\b(?:you|u|ur|your|you're|youre|you'd|you've|yourself)\b")

# "I'd be fuming / spitting feathers / tearing my hair out / mortified too": the listener says
# they would feel it in the partner's place. Not an offer ("I'd be happy to help"), advice
# ("I'd be careful", "I'd be asking for...") or a condition ("I'd be surprised if").
WOULD_FEEL_IT = rx(
    r"\bi(?:'d|\s+would|d)\s+(?:honestly\s+|probably\s+|definitely\s+|totally\s+|so\s+|also\s+)?"
    r"(?:be|feel|have\s+been|have\s+felt|of\s+been)\s+"
    r"(?!(?:happy|glad|willing|able|careful|wary|keen|up|down|there|here|around|with|more\s+than|"
    r"surprised|asking|looking|checking|talking|calling|ringing|telling|getting|speaking|"
    r"emailing|writing|sending|booking|taking|trying|sure|fine|ok|okay|alright|"
    r"interested|curious|open|grateful|thankful|honored|honoured|the\s+first|the\s+one|in\s+touch|"
    r"on\s+(?:it|the)|at|in\s+(?:the|a)|a\s+(?:good|great)|better|worse)\b)"
    r"[a-z']+"
)

# The need or want treated as fair: "that's not much to ask", "a fair thing to want".
NEED_LEGITIMIZED = rx(
    r"\b(?:that's|that\s+is|it's|it\s+is|thats|its|which\s+is|isn't|is\s+not)\s+(?:really\s+|honestly\s+|"
    r"hardly\s+|so\s+)?(?:not\s+)?(?:much|too\s+much|a\s+lot|so\s+much|a\s+big\s+ask|asking\s+(?:a\s+lot|"
    r"too\s+much|much))\s+(?:to\s+(?:ask|want|expect|hope\s+for)|at\s+all)\b",
    r"\b(?:a\s+)?(?:really\s+|totally\s+|completely\s+|perfectly\s+|very\s+)?(?:fair|reasonable|"
    r"normal|natural|understandable|legit|valid|human)\s+(?:thing\s+)?to\s+(?:want|ask\s+for|need|"
    r"expect|hope\s+for|ask)\b",
    r"\bnot\s+(?:a\s+)?(?:big|unreasonable|crazy|weird|silly)\s+(?:ask|thing\s+to\s+(?:want|ask))\b",
)

# "you're just tired and taking it out on him", "you're only saying that because you're
# insecure", "ur only embarrassed cos": the feeling explained away as the partner's flaw.
FEELING_EXPLAINED_AWAY = rx(
    r"\b(?:you're|you\s+are|ur|youre|u\s+r|you\s+were|you're\s+being)\s+(?:just|only|simply|probably\s+just|"
    r"probably\s+only)\s+(?:a\s+bit\s+|so\s+|really\s+)?(?:tired|stressed|"
    r"insecure|jealous|hormonal|hungry|grumpy|cranky|moody|emotional|sensitive|touchy|"
    r"embarrassed|defensive|paranoid|anxious|wound\s+up|worked\s+up|overtired|bored|projecting)\b",
    r"\b(?:you're|you\s+are|ur|youre|you|u)\s+(?:\w+\s+)?only\s+(?:\w+\s+){0,2}?(?:because|cos|coz|"
    r"cause|'cause)\b",
    r"\b(?:taking|take|took)\s+it\s+out\s+on\b",
    r"\b(?:you|u)\s+care\s+too\s+much\s+(?:about\s+)?what\b",
)

# Speaking up for the person the partner is upset with: their good intent, their excuse.
THIRD_PARTY_SIDE = rx(
    # "...and then saying she forgot": their claim reported, not pleaded for them
    r"(?<!saying\s)(?<!said\s)(?<!says\s)(?<!claims\s)(?<!claimed\s)(?<!claiming\s)"
    r"\b(?:he|she|they|him|her|them)(?:'s|\s+is|\s+was|'re|\s+are|\s+were)?\s+(?:only\s+|just\s+|"
    r"probably\s+|honestly\s+|really\s+)*(?:means?\s+well|meant\s+well|meant\s+(?:it\s+)?"
    + M.KIND_INTENT_WORDS
    + r"|doing\s+(?:his|her|their)\s+best|"
    r"got\s+(?:a\s+lot|loads|so\s+much)\s+on|(?:has|had|have)\s+(?:a\s+lot|loads|so\s+much)\s+on|"
    r"forgot|trying\s+(?:to\s+help|(?:his|her|their)\s+best))\b",
    r"\b(?:you\s+)?can't\s+(?:really\s+)?blame\s+(?:him|her|them)\b|\bgive\s+(?:him|her|them)\s+a\s+break\b|"
    r"\b(?:he|she|they)\s+(?:says?|does|do)\s+(?:stuff|things|that)\s+(?:like\s+that\s+)?to\s+everyone\b",
)

# A bright side or a wider view offered after a nod: the good outweighs it, lots of people do
# it, it is not personal, a blessing in disguise, a numbers game.
PERSPECTIVE = rx(
    r"\bthink\s+(?:about|of)\s+(?:all\s+)?(?:the|your)\s+(?:\w+\s+){0,2}?(?:ones|times|people|clients|"
    r"customers|reviews|things|friends|good)\b",
    r"\boutweighs?\b|\bblessing\s+in\s+disguise\b|\bnumbers\s+game\b|\b(?:a|the)\s+lottery\b|"
    r"\b(?:in\s+the\s+)?grand\s+scheme\b|\bbigger\s+picture\b|\beverything\s+happens\s+for\s+a\s+reason\b|"
    r"\buniverse\s+(?:is\s+)?telling\s+you\b",
    r"\b(?:loads|lots|plenty|tons|heaps|millions|most)\s+of\s+(?:\w+\s+)?(?:people|mums|moms|dads|"
    r"parents|kids|couples|folks|students|women|men)\s+(?:do|use|have|wear|go|get|say|feel|deal|"
    r"are|end\s+up)\b(?<!feel)(?<!get)|\b(?:loads|lots|plenty|tons|heaps|millions|most)\s+of\s+(?:\w+\s+)?"
    r"(?:people|mums|moms|dads|parents|kids|couples|folks|students|women|men)\s+(?:feel|get)\b"
    r"(?!\s+(?:exactly\s+|just\s+)?(?:that|the\s+same|this\s+way|that\s+way|like\s+that|the\s+way\s+you\s+do)\b)",
    r"\b(?:are|is)\s+(?:\w+\s+)?everywhere\s+(?:at\s+the\s+moment|right\s+now|these\s+days|now)\b",
    r"\b(?:isn't|is\s+not|wasn't|not)\s+(?:a\s+reflection\s+on|about|personal\s+to)\s+(?:you|u)\b|"
    r"\b(?:it's|its|it\s+is|that's)\s+not\s+personal\b",
    r"\b(?:say|do|does|says)\s+(?:that|this|stuff\s+like\s+that|that\s+kind\s+of\s+thing|that\s+sort\s+of\s+"
    r"thing)\s+all\s+the\s+time\b",
    r"\b(?:it's|that's|its|thats|it\s+is)\s+(?:totally|completely|perfectly|honestly\s+totally)\s+"
    r"(?:normal|fine)\b(?!\s+(?:to|that\s+you|for\s+you|if\s+you))",
    r"\bbetter\s+(?:it|that|now)\b[^.?!]{0,40}\bthan\b",
    # their disappointment countered: "though honestly, two interviews isn't bad at all"
    r"\b(?:though|but|still)\b[^.?!]{0,60}\b(?:isn't|is\s+not|aren't|not)\s+(?:that\s+|too\s+|so\s+)?bad\b",
    # a replacement on offer: "it's one job, there'll be loads more"
    r"\bthere(?:'ll|\s+will|'s\s+going\s+to)\s+be\s+(?:loads|plenty|lots|tons|heaps|others|other\s+\w+|"
    r"more|another|a\s+next)\b|\b(?:it's|it\s+was|it\s+is|its)\s+(?:only\s+|just\s+)?one\s+(?!more\b|"
    r"of\b|thing\b|after\b|too\b)[a-z]+\b(?=\s*[,.;!?-]|\s+(?:though|tho|out\s+of))",
)

# After a nod, "but" and the listener's own reasons, to a partner upset with them: the nod is
# the opening of an argument ("I'd be annoyed too, but I was starving"). Read only after a nod of
# "I'd feel it too" (WOULD_FEEL_IT): an excuse after a full reflection ("I get why that felt like a
# slap. But I was driving") defends (not hijacking) without arguing with the feeling.
NOD_THEN_OWN_CASE = rx(
    r"\b(?:but|though|tho)\s*,?\s+(?:honestly\s+|to\s+be\s+fair\s+|in\s+my\s+defen[cs]e\s+)?(?:i|i'd)\s+"
    r"(?:was|had|did|didn't|wasn't|hadn't|just|only|already|never|thought|couldn't)\b",
    r"\bwhat\s+(?:was|am|were)\s+i\s+(?:supposed|meant|expected)\s+to\b",
    # the listener's things as the excuse, or the charge waved off: "but my phone was on silent",
    # "it's not like I ignored you on purpose"
    r"(?:but|though|tho)\s*,?\s+my\s+(?:phone|battery|train|bus|car|alarm|shift|meeting|boss)\s+"
    r"(?:was|had|died|ran|went|wouldn't|didn't)\b|\bit(?:'s|\s+is|\s+was)\s+not\s+like\s+i\b|"
    r"\bit\s+(?:isn't|wasn't)\s+like\s+i\b",
)

# The partner's state as the listener perceives it, in whatever words: "you sound completely
# wrung out", "you're properly flattened", "you're really pulled both ways", "that must feel
# like you're on your own in it", "it knocked you sideways".
PERCEIVED_STATE = rx(
    r"\b(?:you|u)\s+(?:sound|seem|look)(?:ed)?\s+(?:so\s+|really\s+|completely\s+|properly\s+|totally\s+|"
    r"absolutely\s+|pretty\s+|quite\s+|a\s+bit\s+|utterly\s+|just\s+|well\s+|proper\s+)*"
    r"(?!like\b|as\b|sure\b|fine\b|ok\b|okay\b|great\b|good\b|ready\b|keen\b|busy\b|well\b|better\b|"
    r"nice\b|lovely\b|amazing\b|different\b|older\b|younger\b|set\b|certain\b|confident\b|right\b)[a-z]{3,}",
    r"\b(?:you're|you\s+are|ur|youre|you\s+were|you've\s+been)\s+(?:so\s+|really\s+|completely\s+|"
    r"properly\s+|totally\s+|absolutely\s+|utterly\s+|proper\s+|well\s+and\s+truly\s+)+"
    r"[a-z]+(?:ed|en)(?:\s+(?:out|up|off|down|in|over|both\s+ways|in\s+two))?\b",
    r"\b(?:that|it|this)\s+(?:must|would|might|probably)\s+(?:feel|have\s+felt)\s+like\b",
    r"\byour\s+(?:stomach|tummy|heart|head|chest|gut|nerves|mind)(?:'s|\s+is|\s+was|\s+must\s+be)\s+"
    r"(?:\w+\s+)?(?:doing|in|racing|pounding|spinning|going|all\s+over|churning|tight|knotted|everywhere)\b",
    r"\b(?:that|it|this|which)\s+(?:really\s+|properly\s+|completely\s+|must\s+have\s+|must've\s+)?"
    r"(?:knocked|floored|flattened|winded|gutted|rocked|shook|shaken|threw|thrown|hit|crushed|wrecked|"
    r"rattled|stung|blindsided|got\s+to|wore|worn|dragged)\s+(?:you|u)\b(?!\s+(?:to|a\s+lot\s+of))",
)

# Calling the complaint itself unfair, to a partner upset with the listener: arguing with it.
COMPLAINT_CALLED_UNFAIR = rx(
    r"\b(?:that's|that\s+is|it's|this\s+is|thats)\s+(?:a\s+|an\s+|so\s+|really\s+|a\s+bit\s+|just\s+|"
    r"kind\s+of\s+|kinda\s+|pretty\s+|quite\s+)*"
    r"(?:unfair|not\s+(?:totally\s+|entirely\s+|completely\s+)?fair|unreasonable|harsh|rich)\b(?!\s+(?:of\s+me|on\s+you|to\s+you|for\s+you|that\s+you))"
    r"(?:\s+(?:expectation|thing\s+to\s+(?:say|ask|expect)|to\s+(?:say|expect|hold)))?",
)

# "you should be furious", "you ought to feel proud": a feeling they should have
SHOULD_FEEL = rx(
    r"\byou\s+(?:really\s+|honestly\s+)?(?:should|ought\s+to)\s+(?:be|feel)\s+(?:so\s+|really\s+|"
    r"absolutely\s+|bloody\s+|very\s+)?"
)

# Their reading argued with: of people, as a habit ("you always assume the worst about people",
# "you read the worst into everything"), or of a remark that stung, argued into praise ("bold is
# a good thing!", "that's a compliment though").
WORST_READING = rx(
    r"\b(?:you|u)\s+(?:always|just|only|do|tend\s+to)\s+(?:\w+\s+)?(?:assume|expect|think|imagine|"
    r"read(?:\s+into)?|see)\s+the\s+worst\b|\b(?:you|u)\s+(?:always\s+)?read\s+the\s+worst\s+into\b"
)
REMARK_PRAISED = rx(
    r"\b(?:that's|that\s+is|it's|it\s+is|it\s+was|that\s+was|\w+'s)\s+(?:actually\s+|really\s+)?a\s+"
    r"(?:compliment|good\s+thing)(?:\s+though|,?\s+you\s+know)?\s*(?:[!.]|$)"
)
