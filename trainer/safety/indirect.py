"""Self-harm said indirectly: sleep and not wake up, disappearing for good, others better off,
a method in the first person now or recently, a plan or letters left behind, and giving up on
living itself. Each is a crisis notice like the direct wording (see the package docstring for
what is let through, and `distress.py` for the check-in wordings)."""

from __future__ import annotations

import re

from trainer.safety.patterns import CLAUSE_END, MYSELF, PARTNER, SENTENCE_END, Rule, rules
from trainer.safety.words import WORDS, alternation

PILLS = alternation(WORDS.pills)
HIGH = alternation(WORDS.high_places)
BODY = alternation(WORDS.body_parts)

# After "wake up": an optional when, then the clause ends ("...not wake up until noon" goes on).
WAKE_END = (
    r"(?:\s+(?:ever\s+)?again|\s+tomorrow|\s+in\s+the\s+morning|\s+one\s+day)?"
    r"(?=\s*(?:[.!?,;:)\n…]|$|(?:but|because|cause|bc|tbh|honestly|lol|sometimes|i|im)\b))"
)

NOT_I = r"(?:do\s*n'?t|do\s+not|wo\s*n'?t|will\s+not|would\s*n'?t|never|did\s*n'?t|'?d\s+never)"

# Thinking of, picturing or wanting it; not "makes me want to" (a meeting, not a wish).
FRAME = (
    r"(?<!makes\sme\s)(?<!make\sme\s)(?<!made\sme\s)"
    r"(?:think(?:ing)?\s+(?:about|of)|thought\s+(?:about|of)|thinkin\s+(?:about|of|bout)|"
    r"pictur(?:e|ed|ing)|imagin(?:e|ed|ing)|fantasi[sz](?:e|ed|ing)\s+about|"
    r"dream(?:ing|t|ed)?\s+(?:about|of)|tempted\s+to|urges?\s+to|want(?:ed)?\s+to|wanna|"
    r"going\s+to|gonna|plan(?:ning)?\s+(?:to|on)|close\s+to|wish\s+i\s+could|could\s+just)"
)

METHOD = (
    rf"(?:jump(?:ing)?\s+(?:off|from)\s+(?:the\s+top\s+of\s+)?(?:(?:a|the|that|this|my|our)\s+)?"
    rf"(?:\w+\s+)?{HIGH}s?\b(?!\s+into\s+(?:the\s+)?(?:pool|water|sea|lake|river|snow))|"
    rf"jumping{CLAUSE_END}|"
    r"(?:step(?:ping)?|walk(?:ing)?|throw(?:ing)?\s+myself|jump(?:ing)?|ly(?:ing)?|lie)\s+"
    r"(?:out\s+)?in\s+front\s+of\s+(?:a|an|the|some)\s+(?:\w+\s+)?(?:train|bus|truck|lorry|"
    r"car|tram|traffic)\b|"
    r"driv(?:e|ing)\s+(?:my\s+car\s+|the\s+car\s+|it\s+)?(?:off\s+(?:a|the)\s+(?:bridge|cliff|"
    r"road|pier)|into\s+(?:a|the|oncoming|on-coming)\s+(?:\w+\s+)?(?:tree|wall|pole|lamppost|"
    r"river|lake|sea|truck|lorry|traffic|barrier))\b|"
    r"crash(?:ing)?\s+(?:my|the)\s+car\s+on\s+purpose\b|"
    rf"(?:tak(?:e|ing)|swallow(?:ing)?|overdos(?:e|ing)\s+on)\s+(?:all|every\s+one|the\s+rest)"
    rf"\s+(?:of\s+)?(?:(?:my|the|those|these)\s+)?(?:\w+\s+)?{PILLS}"
    rf"(?:\s+(?:at\s+once|in\s+one\s+go|together|tonight))?{CLAUSE_END}|"
    r"(?:the|a|my|that)\s+(?:rope|noose|razor\s+blades?|razors?|blades?|gun)"
    rf"(?:\s+(?:in|under|at)\s+(?:the|my)\s+\w+)?{CLAUSE_END}|"
    rf"(?:cut(?:ting)?|burn(?:ing)?)\s+(?:{MYSELF}|my\s+{BODY})\b(?!\s+(?:shaving|cooking|on|at|in|while|during|by|off|some\s+slack|slack|a\s+break)\b)|"
    r"walk(?:ing)?\s+into\s+the\s+(?:sea|ocean|river|lake)\b)"
)

_SAID = rules(
    "self_harm",
    # sleep and not wake up
    (
        "wake open",
        r"\b(?P<v>(?:go|going|went)\s+to\s+sleep|fall(?:ing)?\s+asleep|sleep|lie\s+down|"
        r"go\s+to\s+bed|close\s+my\s+eyes)\s+(?:and|n|&)\s+(?:just\s+|simply\s+)?(?:not|never)\s+"
        rf"(?:wake\s+up|open\s+them){WAKE_END}",
    ),
    (
        "wake",
        rf"\b(?P<v>hop(?:e|es|ing)|pray(?:s|ing)?|wish(?:ing)?)\s+(?:that\s+)?i\s*{NOT_I}\s+"
        rf"wake\s+up{WAKE_END}",
    ),
    (
        "wake woke",
        r"\b(?P<v>(?:would|do)\s*n'?t\s+(?:mind|care)|(?:would|do)\s+not\s+(?:mind|care)|relief|"
        r"fine|okay|ok|alright|better|easier|happier|peaceful)\s+if\s+i\s+(?:did\s*n'?t|do\s*n'?t|"
        rf"never|did\s+not|would\s*n'?t)\s+(?:wake|woke)\s+up{WAKE_END}",
    ),
    ("open", rf"\b(?P<v>never)\s+open\s+(?:them|my\s+eyes)\s+again{CLAUSE_END}"),
    # disappearing for good, everything ending, not existing
    (
        "disappear vanish",
        r"\b(?P<v>want|wanna|wish\s+i\s+could|wish\s+i\s+would|wish\s+to|'d\s+like|would\s+like|"
        r"need)\s+(?:to\s+)?(?:just\s+|simply\s+)?(?:disappear|vanish)\s+(?:for\s+good|forever|"
        r"for\s+ever|permanently|and\s+never\s+come\s+back)\b(?!\s+(?:from|off)\b)",
    ),
    (
        "end",
        r"\bi\s+(?:just\s+|really\s+|honestly\s+|sometimes\s+)*(?P<v>want|wanna|need|wish)\s+"
        rf"(?:for\s+)?(?:it\s+all|everything|all\s+of\s+(?:it|this))\s+to\s+(?:just\s+)?end{CLAUSE_END}",
    ),
    (
        "exist alive",
        r"\b(?P<v>want|wanna|wish\s+i\s+could|wish\s+i\s+would|'d\s+like|would\s+like|wish\s+to)\s+"
        r"(?:to\s+)?(?:just\s+|simply\s+)?(?:stop\s+existing|not\s+exist|cease\s+to\s+exist|"
        r"stop\s+being\s+alive|not\s+be\s+alive)\b",
    ),
    (
        "living alive existing life",
        r"\b(?P<v>tired|sick|weary|exhausted)\s+of\s+(?:(?:fighting|trying|struggling)\s+to\s+"
        r"(?:stay\s+alive|live)|being\s+alive|living|existing|life)"
        rf"(?:\s+any\s*more)?{CLAUSE_END}",
    ),
    (
        "worth",
        r"\blife\s+(?P<v>is\s*n'?t|is\s+not|'s\s+not|ai\s*n'?t|does\s*n'?t\s+feel|no\s+longer\s+feels?)"
        rf"\s+worth\s+(?:living|it)(?:\s+any\s*more)?{CLAUSE_END}",
    ),
    # wishing for death by sleep or accident
    (
        "wake",
        r"\b(?P<v>(?:do|does)\s*n'?t|do\s+not|never)\s+(?:really\s+)?(?:want|wanna)\s+to\s+"
        rf"wake\s+up{WAKE_END}",
    ),
    (
        "die",
        r"\b(?P<v>hop(?:e|es|ing)|pray(?:s|ing)?|wish(?:ing)?)\s+(?:that\s+)?i\s+(?:just\s+)?die"
        rf"(?:\s+in\s+my\s+sleep|\s+soon|\s+tonight|\s+tomorrow)?{CLAUSE_END}",
    ),
    (
        "hit",
        r"\b(?P<v>hop(?:e|es|ing)|pray(?:s|ing)?|wish(?:ing)?)\s+(?:that\s+)?(?:i\s+(?:get|got|"
        r"would\s+get|'d\s+get)\s+hit\s+by\s+(?:a|the)\s+(?:bus|car|truck|train|lorry)|"
        r"(?:a|the)\s+(?:bus|car|truck|train|lorry)\s+(?:would\s+)?hits?\s+me)\b",
    ),
    # others would be better off: happier, easier, not missing me
    (
        "without gone dead here around alive died disappeared",
        r"\b(?:every(?:one|body)|they|y'?all|people|my\s+(?:family|kids|children|parents|"
        rf"friends|{PARTNER})|the\s+(?:kids|world|family)|their\s+lives|(?:his|her|your|our)\s+"
        r"li(?:fe|ves)|life|things|it)\s*(?:'d|would|will|'ll)?\s+(?:all\s+|just\s+)?(?:be\s+)?"
        r"(?:so\s+(?:much\s+)?|much\s+|a\s+lot\s+)?(?P<v>happier|easier|simpler|lighter|better(?:\s+off)?|a\s+better\s+place)\s+"
        r"(?:for\s+(?:every(?:one|body)|them|you|my\s+family)\s+)?(?:without\s+me|if\s+i\s*"
        r"(?:was|were|'m|am)?\s*(?:just\s+)?(?:gone|dead|died|disappeared)|if\s+i\s+(?:was|were)\s*n'?t\s+"
        rf"(?:here|around|alive)){CLAUSE_END}",
    ),
    (
        "miss notice care mind",
        r"\b(?P<v>no\s*one|nobody|no\s+body|not\s+a\s+soul)\s+(?:would|'d|will|'ll)?\s*"
        r"(?:even\s+|really\s+)?(?:miss|notice|care|mind)\s+(?:me\s+)?(?:if|when)\s+i\s*"
        r"(?:was|were|'m|am|'d)?\s*(?:gone|dead|died|disappeared|vanished|killed\s+myself|"
        r"(?:was|were)\s*n'?t\s+(?:here|around|alive)|did\s*n'?t\s+wake\s+up)"
        rf"(?:\s+(?:tomorrow|today|tonight|anyway|at\s+all))?{CLAUSE_END}",
    ),
    (
        "care mind",
        r"\b(?P<v>(?:do|does|would)\s*n'?t|do\s+not|would\s+not)\s+(?:even\s+|really\s+)?"
        r"(?:care|mind)\s+if\s+i\s+(?:die|died|were\s+dead|was\s+dead|got\s+hit\s+by\s+"
        r"(?:a\s+)?(?:car|bus|truck|train|lorry))(?:\s+(?:tomorrow|tonight|today|any\s*more))?"
        rf"{CLAUSE_END}",
    ),
    # a method, in the first person, now or recently
    (
        "jump front driv crash pill med tablet rope noose razor blade gun cut burn walk "
        "paracetamol tylenol ibuprofen aspirin insulin oxy codeine xanax valium diazepam opioid "
        "painkiller antidepressant",
        rf"\b(?P<v>{FRAME})\s+(?:(?:just|really|sometimes|again|about|seriously)\s+)*{METHOD}",
    ),
    (
        "drown shoot poison gas suffocat electrocut smother",
        rf"\b(?P<v>drown(?:ing)?|shoot(?:ing)?|poison(?:ing)?|gas(?:sing)?|suffocat(?:e|ing)|"
        rf"electrocut(?:e|ing)|smother(?:ing)?)\s+{MYSELF}\b(?!\s+(?:in|with|on)\b)",
    ),
    (
        "ready saved stashed hidden enough",
        rf"\b(?P<v>have|got|'ve\s+got|'ve\s+been\s+saving|been\s+saving)\s+(?:the|my|some|enough)\s+"
        rf"(?:\w+\s+)?{PILLS}\s+(?:ready|saved(?:\s+up)?|stashed|hidden|to\s+(?:do\s+it|end\s+it|"
        rf"kill\s+me|not\s+wake\s+up)){CLAUSE_END}",
    ),
    (
        "took taken swallowed downed",
        r"\b(?P<v>took|taken|swallowed|downed)\s+(?:all|every\s+(?:one|last\s+one)|the\s+rest|"
        rf"all\s+the\s+rest)\s+(?:of\s+)?(?:my|the|those|these)\s+(?:\w+\s+)?{PILLS}"
        r"(?:\s+(?:at\s+once|in\s+one\s+go|together|tonight|last\s+night|earlier|an\s+hour\s+ago|"
        rf"just\s+now))*{SENTENCE_END}",
    ),
    (
        "whole entire full",
        r"\b(?P<v>take|took|taking|taken|swallow(?:ed|ing)?|down(?:ed)?)\s+(?:a|the|an)\s+"
        r"(?:whole|entire|full)\s+(?:pack|packet|box|strip|bottle|tub|jar|blister\s+pack)\s+of\s+"
        rf"(?:\w+\s+)?{PILLS}\b",
    ),
    (
        "everything all the",
        r"\b(?P<v>took|taken|swallowed|downed|take|swallow)\s+(?:everything|all\s+the\s+(?:pills|"
        r"meds|tablets))\s+in\s+(?:the|my)\s+(?:medicine\s+|bathroom\s+)?(?:cabinet|cupboard|"
        r"drawer|box|bathroom)\b",
    ),
    (
        "how many",
        rf"\b(?P<v>how\s+many)\s+(?:of\s+(?:my|these|the)\s+)?(?:\w+\s+)?{PILLS}\s+(?:it\s+)?"
        r"(?:would|it'?d|will|would\s+it|will\s+it|does\s+it)\s+(?:take|kill)"
        rf"(?:\s+to\s+(?:die|kill\s+me|end\s+it|not\s+wake\s+up))?{CLAUSE_END}",
    ),
    (
        "look googl search research read",
        r"\b(?P<v>look(?:ed|ing)?\s+up|googl(?:e|ed|ing)|search(?:ed|ing)?(?:\s+for)?|"
        r"research(?:ed|ing)?|read(?:ing)?\s+(?:up\s+)?(?:about|on))\s+(?:\w+\s+){0,3}?"
        r"(?:ways\s+to\s+(?:die|kill\s+myself|end\s+(?:it|my\s+life))\b|"
        r"(?:(?:the\s+)?(?:lethal|fatal|deadly)\s+dose(?!\s+of\s+(?:caffeine|coffee|vitamin|sugar|"
        r"water))|how\s+to\s+(?:tie\s+a\s+noose|hang\s+myself|overdose)|painless\s+ways?\s+to\s+"
        r"(?:die|go)|(?:the\s+)?(?:quickest|easiest|fastest|surest)\s+ways?\s+to\s+die|"
        r"how\s+long\s+it\s+takes\s+to\s+(?:die|bleed\s+out|drown)))\b",
    ),
    ("noose", r"\b(?P<v>tied|tie|tying|made|bought|got)\s+(?:a|the|my)\s+noose\b"),
    (
        "cutting burning",
        r"\b(?:been|keep|kept|started|start|back\s+to|still)\s+(?P<v>cutting|burning)"
        rf"\s+(?:into\s+)?my\s+{BODY}\b(?!\s+(?:on|at|in|while|during|by|cooking|shaving)\b)",
    ),
    (
        "cut scratched burn carved",
        r"\b(?P<v>cut|scratched|burned|burnt|carved)\s+(?:into\s+)?my\s+"
        rf"{BODY}(?:\s+(?:again|last\s+night|yesterday|this\s+morning|earlier))?\s+(?:on\s+purpose|"
        r"so\s+(?:that\s+)?i\b|to\s+(?:feel|punish|cope|calm)|(?:until|till)\s+(?:it|they)\s+bled|"
        r"with\s+a\s+(?:razor|blade|knife))",
    ),
    # letters left behind
    (
        "goodbye farewell last final",
        r"\b(?P<v>wr(?:ote|itten|iting|ite))\s+(?:\w+\s+){0,2}?(?:goodbye|farewell|last|final)\s+"
        r"(?:letters?|notes?)\s+(?:to|for)\s+(?:every(?:one|body)|my\s+(?:kids|children|family|"
        r"parents|mum|mom|dad|wife|husband|partner|son|daughter|sister|brother|friends|"
        r"girlfriend|boyfriend))\b",
    ),
    (
        "case",
        r"\b(?P<v>wr(?:ote|itten|iting|ite)|left)\s+(?:\w+\s+)?(?:letters?|notes?)\s+(?:to|for)\s+"
        r"(?:every(?:one|body)|my\s+\w+)\s+(?:just\s+)?in\s+case\s+(?:i'?m\s+not|i\s+am\s+not|"
        r"i\s+(?:do\s*n'?t|wo\s*n'?t))",
    ),
    # giving up on living itself
    # "I can't go on." (not "...go on and on", "...go on so little sleep", "...go on Friday")
    (
        "go on",
        r"\b(?P<v>can'?t|cannot|cant|can\s+not)\s+go\s+on(?:\s+any\s*more)?"
        r"(?=\s*(?:[.!?,;)\n…]|$|(?:i|im)\b))",
    ),
    (
        "point",
        r"\b(?:what'?s|what\s+is|whats)\s+(?:even\s+|really\s+)?the\s+(?:even\s+)?(?P<v>point)\s+"
        r"(?:of|in|to)\s+(?:even\s+|me\s+)?(?:living|being\s+alive|staying\s+alive|going\s+on|"
        rf"carrying\s+on|existing)(?:\s+any\s*more)?{CLAUSE_END}",
    ),
)

# A plan: "I know exactly how I'd do it." Not in a sentence about doing a thing differently
# ("if I had to redo the kitchen, I know how I'd do it").
_PLAN = rules(
    "self_harm",
    (
        "how when where",
        r"\b(?P<v>(?:know|knew|worked\s+out|figured\s+out|decided|planned|planning|thought\s+about|"
        r"thinking\s+about|think\s+about|picked|chosen|chose)\s+(?:exactly\s+|already\s+)?"
        rf"(?:how|when|where))\s+i(?:'?d|\s+would)\s+do\s+it{SENTENCE_END}",
    ),
    unless=re.compile(r"\b(?:if|differently|instead|next\s+time|better)\b", re.IGNORECASE),
)

# Wanting to jump, said bare, counts only where a high place is named in the same text ("I'm on
# the roof and I want to jump"; not "the trampoline park was great, I want to jump again").
_JUMP = Rule(
    "self_harm",
    ("jump",),
    re.compile(rf"\b(?P<v>{FRAME})\s+(?:(?:just|really)\s+)?jump{CLAUSE_END}", re.IGNORECASE),
    requires=re.compile(rf"\b{HIGH}s?\b", re.IGNORECASE),
)

INDIRECT = (*_SAID, *_PLAN, _JUMP)
