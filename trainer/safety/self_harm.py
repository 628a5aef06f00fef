"""Self-harm: wanting to die, suicide, ending it, hurting oneself, overdoses (see the package
docstring for what is flagged and what is let through)."""

from __future__ import annotations

from trainer.safety.patterns import (
    MYSELF,
    PARTNER,
    rules,
)

SELF_HARM = rules(
    "self_harm",
    # kill myself / kms / kys / kill himself; unalive; suicide
    ("kil", rf"\b(?P<v>kil+(?:ing|ed|s)?)\s*{MYSELF}\b"),
    ("kms kys", r"(?<!\d\s)\b(?P<v>kms|kys)\b"),
    (
        "kil",
        r"\b(?P<v>kil+(?:ing)?)\s+(?:your\s*self|urself|yoself|ur\s+self|him\s*self|her\s*self|"
        r"them\s*sel(?:f|ves))\b",
    ),
    ("hang end", rf"\b(?P<v>hang(?:ing|ed)?|end(?:ing)?)\s+{MYSELF}\b"),
    ("aliv", r"\b(?P<v>un-?aliv(?:e|ed|es|ing))\b"),
    ("suicid", r"\b(?P<v>suicid(?:e|al|ally))\b(?!\s+squad)"),
    ("sewer", r"\b(?P<v>sewer\s*slide)\b"),
    # wanting to die; the comic idiom is let off only with a laugh marker (see _LAUGH)
    (
        "die",
        r"\b(?P<v>want|wants|wanted|wanna|wana|wnat|wish\s+(?:i|to)(?:\s+(?:could|would))?)\s+"
        r"(?:to\s+)?(?:just\s+)?die\b(?!\s+on\s+(?:this|that|the)\s+hill)"
        r"(?P<idiom>\s+(?:of|from)\s+(?:embarrassment|cringe|laughter|laughing|boredom|shame)|"
        r"\s+laughing)?",
    ),
    (
        "dead",
        r"\b(?P<v>wish(?:ing)?)\s+(?:that\s+)?i(?:'m|'d|\s+was|\s+were|\s+had|\s+could\s+be)?"
        r"(?:\s+been)?\s+dead\b",
    ),
    ("dead", r"\b(?P<v>want|wanna|wish)\s+(?:to\s+)?be\s+dead\b"),
    ("dead", r"\b(?P<v>better\s+off\s+dead)\b"),
    ("rather", r"\b(?P<v>rather)\s+(?:be\s+dead|die)\b(?!\s+than)"),
    (
        "wish",
        r"\b(?P<v>wish(?:ing)?)\s+(?:that\s+)?i(?:'d|\s+had)?\s*(?:never\s+been\s+born|"
        r"(?:was|were)n'?t\s+(?:alive|born|here\s+any\s*more)|did\s*n'?t\s+exist)",
    ),
    # "i dont want to be here anymore", "don't want to live", "never want to wake up"
    (
        "wan",
        r"\b(?P<v>(?:do|does)\s*n'?t|do\s+not|never)\s+(?:really\s+)?(?:want|wanna|wana)\s+"
        r"(?:to\s+)?(?:be\s+alive|be\s+(?:here|around)\s+(?:any\s*more|any\s+longer)|"
        r"(?:live|exist|wake\s+up|go\s+on(?:\s+living)?)(?:\s+(?:any\s*more|any\s+longer|again))?"
        r"(?=\s*(?:[.!?,;:)\n]|$|(?:tbh|honestly|lol|sometimes|some\s+days|at\s+all|and|but|or|so|"
        r"because|cause|bc|i|it)\b)))",
    ),
    (
        "sure know",
        r"\b(?P<v>not\s+sure|(?:do\s*n'?t|do\s+not)\s+know\s+if)\s+i\s+(?:want|wanna)\s+to\s+"
        r"(?:live|be\s+alive|be\s+here\s+any\s*more|go\s+on)\b",
    ),
    # ending it
    ("end", r"\b(?P<v>end(?:ing|ed)?)\s+it\s+all\b"),
    # not "taking my life away bit by bit" (losing a licence), "take my life back"
    (
        "life",
        r"\b(?P<v>end(?:ing)?|take|taking|took)\s+my\s+(?:own\s+)?life\b"
        r"(?!\s+(?:away|back|over|apart|in\s+(?:my|your|his|her)\s+hands)\b)",
    ),
    (
        "ending being",
        r"\b(?:think(?:ing)?|thought|thinkin)\s+(?:about|of|abt|bout)\s+(?P<v>ending\s+it|"
        r"not\s+being\s+here)\b(?!\s+(?:with|between|for\s+good|early|here|off)\b)",
    ),
    # no reason to live, better off without me
    (
        "liv going alive carrying",
        r"\b(?P<v>no)\s+(?:reason|point|purpose)\s+(?:(?:in|to)\s+)?(?:living|live|going\s+on|"
        r"being\s+alive|staying\s+alive|carrying\s+on)\b",
    ),
    ("live", r"\b(?P<v>nothing)\s+(?:left\s+)?to\s+live\s+for\b"),
    (
        "live",
        r"\b(?P<v>(?:do|does|did)\s*n'?t\s+have|have\s+not\s+got|haven'?t\s+got)\s+anything\s+"
        r"(?:left\s+)?to\s+live\s+for\b",
    ),
    (
        "better",
        r"\b(?:every(?:one|body|1)|you|u|they|y'?all|you\s+all|the\s+kids|the\s+world|people|"
        rf"my\s+(?:kids|family|children|{PARTNER}))\s*(?:'d|would|will|'ll|wd|are|r)?\s+"
        r"(?:all\s+)?(?:be\s+)?(?P<v>better\s+off)\s+(?:without\s+me\b|if\s+i\s*(?:'m|'d|was|"
        r"were|(?:was|were)n'?t|am|had|did\s*n'?t)?\s*(?:not\s+)?(?:gone|dead|died|disappeared|"
        r"here|around|alive|exist|been\s+born|never\s+been\s+born))",
    ),
    # hurting, cutting, harming oneself (not "cut myself shaving", "cut myself some slack")
    (
        "hurt harm cut burn starv",
        rf"(?<!accidentally\s)\b(?P<v>hurt(?:ing|s)?|harm(?:ing|ed|s)?|cut(?:ting|s)?|"
        rf"burn(?:ing|ed|t)?|starv(?:e|ing|ed))\s+{MYSELF}\b(?!\s+(?:shaving|cooking|chopping|"
        r"gardening|at|in|during|while|on|playing|lifting|running|skiing|working\s+out|"
        r"by\s+accident|accidentally|some\s+slack|slack|a\s+break|off)\b)",
    ),
    ("self", r"\b(?P<v>self[\s-]*harm(?:ing|ed)?)\b"),
    (
        "cutting",
        r"\b(?:been|started|start|keep|kept|back\s+to)\s+(?P<v>cutting)(?:\s+(?:again|myself))?"
        r"(?=\s*(?:[.!?,;:)\n]|$|again\b))",
    ),
    ("wrist", r"\b(?P<v>slit|cut|cutting|slitting)\s+my\s+wrists?\b"),
    # can't go on; overdoses and pills
    ("can", r"\b(?P<v>can'?t|cannot|cant)\s+go\s+on\s+(?:living|any\s*more|any\s+longer)\b"),
    (
        "overdos od o.d",
        r"\b(?P<v>overdos(?:e|ed|es|ing)|o\.?d(?:'?d|'?ed)?\s+on\s+(?:pills|sleeping\s+pills|"
        r"my\s+(?:meds|pills|medication)|tylenol|paracetamol|heroin|fentanyl|oxy|xanax))\b"
        r"(?!\s+on\s+(?:caffeine|coffee|sugar|netflix|chocolate|candy|tv|cuteness|memes|sweets|"
        r"carbs|pizza)\b)",
    ),
    (
        "bunch handful bottle",
        r"\b(?P<v>take|took|taking|swallow(?:ed|ing)?|down(?:ed)?)\s+(?:a\s+(?:bunch|handful|"
        r"bottle)|the\s+whole\s+bottle|a\s+whole\s+bottle)\s+of\s+(?:\w+\s+)?(?:pills|meds|"
        r"medication|tablets|painkillers|tylenol|paracetamol)\b",
    ),
    (
        "once",
        r"\b(?P<v>(?:take|took|taking|swallow(?:ed|ing)?))\s+all\s+(?:of\s+)?(?:my|the)\s+"
        r"(?:\w+\s+)?(?:pills|meds|tablets|painkillers)\s+at\s+once\b",
    ),
    (
        "stockpil sav",
        r"\b(?P<v>stockpil(?:e|es|ed|ing)|sav(?:e|ing|ed)\s+up)\s+(?:my\s+)?(?:pills|meds)\b",
    ),
)
