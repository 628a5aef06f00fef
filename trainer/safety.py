"""Stop the drill, and point to real help, when text speaks of self-harm, violence or abuse.

A practice partner who says "he choked me" must not be met with a reflection grade: the product
must never teach anyone to accommodate abuse. ``screen()`` is meant to run on the partner
statement, its context and the learner's response before grading; a hit replaces the grade with
the notice. (Wiring it into the grading path is left to the caller.)

What it catches (English only, case-insensitive, word boundaries, curly apostrophes, texting
spellings such as "dont", "wanna", "u", "kms", "kys", "unalive", light typos such as "kil myself"):

- self_harm: wanting to die or kill oneself, suicide, "end it all", "thinking about ending it",
  hurting/cutting/harming oneself, "no reason to live", "better off without me", overdoses,
  "i dont want to be here anymore"; also a partner who says they will kill themselves.
- violence: being hit, slapped, punched, kicked, choked, strangled, pushed, shoved, thrown or
  beaten; threats to hurt or kill; weapons pulled or held to someone; fear of being hurt; and
  the speaker's own violence ("I hit her"), which stops the drill just the same.
- abuse: isolation ("won't let me see my friends"), taking a phone, money or passport, tracking
  plus anger, sexual coercion, "no one will believe me", threats to take the kids or leave
  someone with nothing, fear of a partner, and "tells me I'm crazy" when fear is also voiced.

Choices on ambiguous phrasing (a false alarm pauses one drill; a miss can cost far more):

- Flagged: "i dont want to be here anymore", "thinking about ending it", "kill myself" even in
  jest, "i want to die lol" (a laugh often masks the real thing), "you'd be better off without me".
- Not flagged: "I want to die of embarrassment" *with* a laugh marker (lol, haha, 😂...) in the
  same text; without one it is flagged. "I'd rather die than ...", "I could kill/strangle him",
  "I want to kill him lol", "my mom will kill me", "I can't do this anymore",
  "we can't go on like this", "I wish I could disappear", "thinking about ending things with
  him": comparative or everyday hyperbole, or a break-up, too common to stop drills for.
- Ordinary conflict is not abuse: yelling, fighting about money, jealousy, "you hurt me" (feelings),
  "you push me away", "you always push me" (pressure; "he pushed me." is flagged), "he pushes me
  around", "you're suffocating me", "she says I'm imagining things" without fear.
- Negation: a negator just before the verb ("he has never hit me", "I'd never hurt myself")
  cancels that one match; any other match in the text still counts.

What it cannot catch: other languages, heavy misspellings, euphemism it does not list, threats
carried by context alone ("you know what happens if you tell"), a name as the subject of an
ambiguous verb ("Sam hit me"; "Sam slapped me" is caught), sarcasm, and negation further than two
words from the verb. It is a tripwire in front of the grader, not a risk assessment.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final, Literal, NamedTuple

from pydantic import BaseModel, model_validator

SafetyCategory = Literal["self_harm", "violence", "abuse"]

# Most serious first: screen() returns a hit from the earliest category that has one.
SEVERITY_ORDER: Final[tuple[SafetyCategory, ...]] = ("self_harm", "violence", "abuse")

_PAUSED = (
    "The drill is paused. If we misread a figure of speech, that's okay: you can start a new "
    "scenario whenever you're ready."
)
_NOT_THERAPY = (
    "This is a practice tool, not therapy or crisis support. If anyone is in immediate danger, "
    "call your local emergency number now."
)
_RELATIONSHIP_LINES = (
    "Where to get help with violence or abuse in a relationship:\n"
    "- US: National Domestic Violence Hotline, call 1-800-799-7233 or text START to 88788\n"
    "- UK: National Domestic Abuse Helpline, 0808 2000 247\n"
    "- Elsewhere: findahelpline.com lists services in your country"
)

SAFETY_NOTICE: Final[Mapping[SafetyCategory, str]] = MappingProxyType(
    {
        "self_harm": (
            "Let's stop here for a moment. Something in this conversation sounds like thoughts "
            "of suicide or self-harm, and that matters more than any practice.\n\n"
            f"{_NOT_THERAPY}\n\n"
            "If you, or someone you know, is having thoughts of suicide or self-harm, you don't "
            "have to carry it alone:\n"
            "- US: call or text 988 (Suicide & Crisis Lifeline)\n"
            "- UK and Ireland: Samaritans, 116 123\n"
            "- Elsewhere: findahelpline.com lists free, confidential helplines in your country\n\n"
            f"{_PAUSED}"
        ),
        "violence": (
            "Let's stop here for a moment. Something in this conversation describes violence or "
            "a threat of it. Nobody should have to listen their way around being hurt, and if "
            "you're worried about your own actions, reaching out is a strong step too.\n\n"
            f"{_NOT_THERAPY}\n\n"
            f"{_RELATIONSHIP_LINES}\n\n"
            f"{_PAUSED}"
        ),
        "abuse": (
            "Let's stop here for a moment. Something in this conversation sounds like control, "
            "coercion or fear of a partner. That isn't something to practise accommodating, and "
            "you deserve to feel safe.\n\n"
            f"{_NOT_THERAPY}\n\n"
            f"{_RELATIONSHIP_LINES}\n\n"
            f"{_PAUSED}"
        ),
    }
)


class SafetyResult(BaseModel, frozen=True):
    """What screen() found: where, in which text, and the notice to show instead of a grade."""

    flagged: bool
    category: SafetyCategory | None = None
    matched: str | None = None
    text_index: int | None = None
    start: int | None = None
    end: int | None = None
    notice: str | None = None

    @model_validator(mode="after")
    def _consistent(self) -> SafetyResult:
        """A flag without a notice would stop the drill with nothing to show."""
        fields = (self.category, self.matched, self.text_index, self.start, self.end, self.notice)
        if self.flagged and any(f is None for f in fields):
            raise ValueError("a flagged result needs category, matched, offsets and notice")
        if not self.flagged and any(f is not None for f in fields):
            raise ValueError("an unflagged result carries no match")
        return self


_CLEAR: Final = SafetyResult(flagged=False)

# ---------------------------------------------------------------------------------------------
# Pattern pieces. Matching runs on the text with curly apostrophes made straight (same length,
# so offsets still point into the caller's text).

_PARTNER = (
    r"(?:partner|husband|hubby|wife|wifey|boyfriend|girlfriend|bf|gf|fianc[eé]e?|spouse|ex|man|"
    r"dad|father|mom|mum|mother|step-?(?:dad|father|mom|mum|mother)|brother|sister|son|daughter)"
)
# Someone other than the speaker, as the subject of a verb.
_OTHER = (
    rf"(?:he|she|they|you|u|hes|shes|theyre|youre|ur|(?:my|her|his|our)\s+(?:ex[- ]?)?{_PARTNER})"
)
# The speaker too ("I hit her" stops the drill), or a coordinated verb ("grabbed me and hit me").
_SUBJ = rf"(?:i|and|then|&|{_OTHER})"
_AUX = (
    r"(?:has|had|have|did|does|do|will|would|just|always|sometimes|often|even|once|twice|then|"
    r"actually|literally|really|finally|already|again|never|not|ever|been|keeps|kept|keep|"
    r"started|starts|start|(?:tried|tries|try|trying|wants|wanted|used|going|about)\s+to|gonna|"
    r"almost|nearly|basically|also|still|only|like|is|was|were|are|am|(?:get|got|gets)\s+drunk\s+and|"
    r"(?:do|does|did|would|has|have|had|wo|is|was|ca|should)n'?t|cannot)"
)
# Subject, then up to four auxiliaries/adverbs; a negator among them is seen by _negated().
_SUBJ_GAP = rf"\b{_SUBJ}(?:'(?:s|d|ll|ve|re|m))?(?:\s+{_AUX}\b){{0,4}}\s+"
_OTHER_GAP = rf"\b{_OTHER}(?:'(?:s|d|ll|ve|re|m))?(?:\s+{_AUX}\b){{0,4}}\s+"
_OBJ = (
    rf"(?:me|him|them|us|you|u|her(?!\s+(?:knees?|thighs?|forehead|own)\b)|the\s+kids|"
    rf"(?:my|our|the|his|her)\s+(?:kids?|children|child|son|daughter|baby|{_PARTNER}))"
)
_WEAPON = (
    r"(?:(?:a|an|the|his|her|their|my|our|some)\s+)?(?:\w+\s+)?(?:belt|bottle|fists?|hands?|"
    r"shoes?|phone|remote|plate|pan|stick|bat|chair|book|glass|cup|mug|lamp|hammer|knife|gun|"
    r"cord|hanger|spoon|bowl|car|truck|door|object|something|anything|whatever)\b"
)
_THROWN = (
    r"(?:plates?|glass(?:es)?|bottles?|phone|chairs?|mugs?|cups?|lamp|shoes?|books?|remote|pans?|"
    r"knife|knives|keys|drinks?|beer|dish(?:es)?|vase|laptop|controller|bowls?|fork|things|stuff|"
    r"something|anything|whatever|food)"
)
_HARMS = r"(?:hurt|hit|kill|beat|harm|attack|strangle|choke|stab|shoot|punch|slap)"
_SOCIAL = (
    r"(?:(?:my|any\s+of\s+my|any|other)\s+)?(?:friends?|family|mom|mum|mother|dad|father|parents|"
    r"sisters?|brothers?|siblings|anyone|anybody|people|co-?workers|colleagues|relatives|kids|"
    r"children|grandparents|therapist|doctor)\b"
)
_NEG_LET = (
    r"(?:(?:wo|do|does|did|would)n'?t|will\s+not|does\s+not|do\s+not|never|refuses?\s+to|"
    r"refused\s+to)"
)
_MYSELF = r"(?:my\s*s[ea]lf|myslef|mysefl|meself)"
_FEAR = r"(?:scared|afraid|terrified|frightened|petrified)"
# After a verb of violence: idioms that follow the same words ("kicked me out", "hit me up",
# "stabbed me in the back", "slapped me with a fine") are not violence.
_NOT_IDIOM = (
    rf"(?!\s+(?:up\b|out\b|off\b|where\b|to\s+the\s+curb|under\s+the\s+table|"
    rf"on\s+the\s+back\b(?!\s+of)|in\s+the\s+back\b(?!\s+(?:of|with))|"
    rf"back\s+(?:when|later|asap|tomorrow|tonight|with)\b|with\s+(?!{_WEAPON})))"
)


class _Rule(NamedTuple):
    """One pattern, run only if one of its `triggers` occurs in the lowercased text (a match
    cannot happen otherwise; substring tests are ~100x cheaper than the regex). `requires` must
    also occur somewhere in the same text for the hit to count."""

    category: SafetyCategory
    triggers: tuple[str, ...]
    pattern: re.Pattern[str]
    requires: re.Pattern[str] | None = None


def _rules(category: SafetyCategory, *specs: tuple[str, str]) -> tuple[_Rule, ...]:
    """Compile once at import, so screening is only matching. Each spec: (triggers, pattern)."""
    return tuple(
        _Rule(category, tuple(triggers.split()), re.compile(pattern, re.IGNORECASE))
        for triggers, pattern in specs
    )


_SELF_HARM = _rules(
    "self_harm",
    # kill myself / kms / kys / kill himself; unalive; suicide
    ("kil", rf"\b(?P<v>kil+(?:ing|ed|s)?)\s*{_MYSELF}\b"),
    ("kms kys", r"(?<!\d\s)\b(?P<v>kms|kys)\b"),
    (
        "kil",
        r"\b(?P<v>kil+(?:ing)?)\s+(?:your\s*self|urself|yoself|ur\s+self|him\s*self|her\s*self|"
        r"them\s*sel(?:f|ves))\b",
    ),
    ("hang end", rf"\b(?P<v>hang(?:ing|ed)?|end(?:ing)?)\s+{_MYSELF}\b"),
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
    ("life", r"\b(?P<v>end(?:ing)?|take|taking|took)\s+my\s+(?:own\s+)?life\b"),
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
        rf"my\s+(?:kids|family|children|{_PARTNER}))\s*(?:'d|would|will|'ll|wd|are|r)?\s+"
        r"(?:all\s+)?(?:be\s+)?(?P<v>better\s+off)\s+(?:without\s+me\b|if\s+i\s*(?:'m|'d|was|"
        r"were|(?:was|were)n'?t|am|had|did\s*n'?t)?\s*(?:not\s+)?(?:gone|dead|died|disappeared|"
        r"here|around|alive|exist|been\s+born|never\s+been\s+born))",
    ),
    # hurting, cutting, harming oneself (not "cut myself shaving", "cut myself some slack")
    (
        "hurt harm cut burn starv",
        rf"(?<!accidentally\s)\b(?P<v>hurt(?:ing|s)?|harm(?:ing|ed|s)?|cut(?:ting|s)?|"
        rf"burn(?:ing|ed|t)?|starv(?:e|ing|ed))\s+{_MYSELF}\b(?!\s+(?:shaving|cooking|chopping|"
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

_HARM_STEMS = "hurt hit kill beat harm attack strangl chok stab shoot punch slap break"

_VIOLENCE = _rules(
    "violence",
    # "he hit me", "I slapped her", "she's been choking me", "grabbed my arm and hit me"
    (
        "hit smack whack slap punch chok strangl throttl shov headbutt kick stab assault",
        rf"{_SUBJ_GAP}(?P<v>hit(?:s|ting)?|smack(?:s|ed|ing)?|whack(?:s|ed|ing)?|"
        r"slap(?:s|ped|ping)?|punch(?:es|ed|ing)?|chok(?:e|es|ed|ing)|strangl(?:e|es|ed|ing)|"
        r"throttl(?:e|es|ed|ing)|shov(?:e|es|ed|ing)|headbutt(?:s|ed|ing)?|kick(?:s|ed|ing)?|"
        rf"stab(?:s|bed|bing)?|assault(?:s|ed|ing)?)\s+{_OBJ}\b{_NOT_IDIOM}",
    ),
    # verbs rarely figurative, any subject ("Sam slapped me")
    (
        "slap punch chok strangl throttl shov smack headbutt stab",
        r"\b(?P<v>slapped|slaps|punched|punches|choked|chokes|strangled|strangles|throttled|"
        rf"shoved|shoves|smacked|headbutted|stabbed)\s+{_OBJ}\b{_NOT_IDIOM}",
    ),
    # "beat me up", "beats me until"; not "beat me at chess", "beat me to it", "beats me"
    (
        "beat",
        rf"{_SUBJ_GAP}(?P<v>beat(?:s|en|ing)?)\s+{_OBJ}(?:\s+up\b|(?=\s*(?:[.!?,;:)\n]|$|"
        r"\s+(?:until|till|til|so\s+bad|so\s+hard|black\s+and\s+blue|senseless|with|when|while|"
        r"in\s+front|every|because)\b)))",
    ),
    (
        "beat",
        r"\b(?P<v>beat)\s+the\s+(?:crap|shit|hell|living\s+daylights|life)\s+out\s+of\s+"
        r"(?:me|her|him|us)\b",
    ),
    # pushed/slammed/threw someone somewhere; not "pushed me to apply", "threw me a party",
    # "threw me off", "you push me away"
    (
        "push slam thr",
        rf"{_SUBJ_GAP}(?P<v>push(?:es|ed|ing)?|slam(?:s|med|ming)?|thr(?:ew|ow|ows|owing|own))\s+"
        rf"{_OBJ}\s+(?:down\b|against\b|across\b|onto\b|(?:so\s+)?hard\b(?!\s+to\b)|"
        r"out\s+of\s+(?:the|a|my|his|her|our)\s+(?:car|bed|window)\b|"
        r"(?:into|in|to|onto|on|off|against)\s+(?:the|a)\s+(?:wall|door|table|counter|cabinet|"
        r"fridge|car|floor|ground|bed|couch|closet|dresser|mirror|stairs|balcony)\b)",
    ),
    # past tense, with the act complete: "he pushed me." "she shoved me and I fell"
    (
        "push shov slam",
        rf"{_SUBJ_GAP}(?P<v>pushed|shoved|slammed)\s+{_OBJ}(?=\s*(?:[.!?;)\n]|$)|"
        r"\s+(?:and|when|while|because|until|till)\b)",
    ),
    (
        "thr",
        r"\b(?P<v>thr(?:ew|ow|ows|owing|own))\s+(?:(?:a|an|the|his|her|their|my|our|some)\s+)?"
        rf"(?:\w+\s+)?{_THROWN}\s+at\s+(?:me|my\s+(?:head|face)|her|him|us|the\s+kids)\b",
    ),
    # passive: "I got slapped", "was pushed by him"
    (
        "slapped punched choked strangled beat",
        r"\b(?:got|get|gets|getting|was|were|been|being)\s+(?P<v>slapped|punched|choked|"
        r"strangled|beat(?:en)?\s+up)\b(?!\s+(?:up\b|with\s+a))",
    ),
    (
        "hit push shov kick thrown beaten smack attack assault",
        r"\b(?:got|get|gets|getting|was|were|been|being)\s+(?P<v>hit|pushed|shoved|kicked|thrown|"
        r"beaten|smacked|attacked|assaulted)(?:\s+(?:around|down|again|hard|so\s+hard))?\s+by\s+"
        rf"(?:him|her|them|(?:my\s+)?{_PARTNER})\b",
    ),
    # physical harm in so many words
    (
        "physically",
        rf"\b(?P<v>physically\s+(?:hurt(?:s|ing)?|attack(?:s|ed|ing)?)\s+{_OBJ}|"
        rf"hurt(?:s|ing)?\s+{_OBJ}\s+physically)\b",
    ),
    ("physically", r"\b(?P<v>physically)\s+(?:abus(?:e|ed|es|ing|ive)|violent)\b"),
    ("domestic", r"\bdomestic\s+(?P<v>violence)\b"),
    (
        "violent physical",
        rf"\b{_OTHER}(?:'s|\s+(?:is|was|gets|got|get|can\s+be|can\s+get|becomes|became|"
        r"has\s+been|turns|turned))\s+(?:so\s+|really\s+|very\s+|super\s+|kind\s+of\s+|kinda\s+)?"
        r"(?P<v>violent|physical\s+with\s+(?:me|us|the\s+kids))\b",
    ),
    (
        "hand",
        r"\b(?P<v>put|puts|laid|lays|lay)\s+(?:his|her|their|a)\s+hands?\s+on\s+(?:me|her|him|us|"
        r"the\s+kids)\b",
    ),
    ("hand", r"\b(?P<v>hands?)\s+(?:around|on)\s+(?:my|her|his)\s+(?:throat|neck)\b"),
    (
        "grab",
        r"\b(?P<v>grab(?:s|bed|bing)?)\s+(?:me\s+by\s+(?:the|my)|my)\s+(?:throat|neck|hair)\b",
    ),
    ("hair", r"\b(?P<v>pull(?:s|ed|ing)?)\s+my\s+hair\b"),
    ("pin held hold", r"\b(?P<v>pin(?:s|ned|ning)?|held|holds)\s+me\s+(?:down|against|to\s+the)\b"),
    ("drag", r"\b(?P<v>drag(?:s|ged|ging)?)\s+me\s+(?:by|across|out\s+of|down|into)\b"),
    ("spat spit", r"\b(?P<v>sp(?:at|it|its|itting))\s+(?:on|at|in)\s+(?:me|my\s+face)\b"),
    (
        "bruise",
        r"\b(?P<v>left|leaves)\s+(?:me\s+with\s+)?(?:a\s+)?bruises?\s+(?:on|all\s+over)\s+(?:me|my)\b",
    ),
    ("black", r"\b(?P<v>gave|give|gives)\s+me\s+a\s+black\s+eye\b"),
    (
        "broke",
        rf"{_OTHER_GAP}(?P<v>broke)\s+my\s+(?:nose|arm|jaw|ribs?|wrist|fingers?|teeth|tooth)\b",
    ),
    (
        "tri try",
        r"\b(?P<v>tried|tries|trying|try)\s+to\s+(?:kill|choke|strangle|drown|stab|smother|"
        r"suffocate|shoot|run\s+me\s+over)\b",
    ),
    # threats and weapons
    (
        "threat",
        r"\b(?P<v>threat(?:en|ens|ened|ening))\s+(?:me\s+)?(?:to|that\s+(?:he|she|they)(?:'d|'ll|"
        rf"\s+would|\s+will))\s+(?:\w+\s+)?(?:{_HARMS}|burn|break\s+my)\b",
    ),
    (
        _HARM_STEMS,
        rf"\b(?:said|says|swore|swears|told\s+me|tells\s+me|promised|warned\s+me)\s+(?:that\s+)?"
        rf"{_OTHER}(?:'d|'ll|\s+(?:would|will|is\s+going\s+to|was\s+going\s+to|was\s+gonna|"
        rf"is\s+gonna|gonna))\s+(?:\w+\s+)?(?P<v>{_HARMS}|break\s+my\s+(?:neck|legs?|arms?|jaw))\s+"
        r"(?:me|us|the\s+kids|my\s+(?:kids|children|son|daughter|family|dog|cat))\b",
    ),
    (
        "knife gun pistol rifle blade machete bat hammer weapon",
        r"\b(?P<v>pulled|pulls|pointed|points|waved|waves|brandished|came\s+at\s+(?:me|us|her|him)"
        r"\s+with|threatened\s+(?:me|us|her|him)?\s*with|went\s+for\s+(?:me|her|him)\s+with)\s+"
        r"(?:a|an|the|his|her|their|my|our)\s+(?:kitchen\s+)?(?:knife|gun|pistol|rifle|shotgun|"
        r"blade|machete|bat|hammer|weapon)\b",
    ),
    (
        "knife gun pistol blade",
        r"\b(?P<v>knife|gun|pistol|blade)\s+(?:to|at|against|in)\s+(?:my|her|his)\s+(?:throat|"
        r"head|neck|face|chest|back|side|stomach)\b",
    ),
    ("shot shoot", r"\b(?P<v>shot|shoots|shooting)\s+at\s+(?:me|us|her|him)\b"),
    (
        "knife gun pistol rifle blade",
        r"\b(?P<v>knife|gun|pistol|rifle|shotgun|blade)\b[^.!?\n]{0,40}?\buse\s+it\s+on\s+"
        r"(?:me|us|her|him|the\s+kids)\b",
    ),
    # fear of being hurt
    (
        _HARM_STEMS,
        rf"\b(?P<v>{_FEAR}|worried|fear)\s+(?:that\s+)?{_OTHER}(?:'ll|'d|'s\s+going\s+to|"
        r"\s+(?:will|would|might|may|could|is\s+going\s+to|is\s+gonna|gonna|wants\s+to|"
        rf"is\s+about\s+to))\s+(?:\w+\s+)?{_HARMS}\s+(?:me|us|the\s+kids|"
        r"my\s+(?:kids|children|son|daughter|baby|family|dog|cat))\b",
    ),
    ("life safety", rf"\b(?P<v>fear(?:ing|ed)?|{_FEAR}|worried)\s+for\s+my\s+(?:life|safety)\b"),
)

_FEAR_STEMS = "scared afraid terrified frightened petrified"

_ABUSE = _rules(
    "abuse",
    # isolation
    (
        "let",
        rf"\b(?P<v>{_NEG_LET})\s+(?:ever\s+|even\s+)?let(?:s)?\s+me\s+(?:go\s+)?(?:see|visit|"
        r"talk\s+to|speak\s+to|call|text|meet|go\s+out\s+with|hang\s+out\s+with|"
        rf"spend\s+time\s+with|contact|be\s+with)\s+{_SOCIAL}",
    ),
    (
        "let",
        rf"\b(?P<v>{_NEG_LET})\s+(?:ever\s+|even\s+)?let(?:s)?\s+me\s+(?:leave\s+the\s+(?:house|"
        r"apartment|flat|home)|go\s+(?:out|anywhere)\s+(?:alone|by\s+myself|without\s+(?:him|her|"
        r"them))|go\s+anywhere|have\s+(?:my\s+own\s+|any\s+)?(?:money|friends|phone|"
        r"bank\s+account|job)|get\s+a\s+job|have\s+a\s+job|go\s+to\s+work)\b",
    ),
    (
        "allowed",
        r"\b(?P<v>not|(?:is|are|was|were)n'?t)\s+allowed\s+to\s+(?:(?:see|visit|talk\s+to|call|"
        rf"text|go\s+out\s+with|hang\s+out\s+with|contact)\s+{_SOCIAL}|leave\s+the\s+house|"
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
        rf"going\s+out\s+with|hanging\s+out\s+with|contacting)\s+{_SOCIAL}",
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
        rf"{_OTHER_GAP}(?P<v>control(?:s|led|ling)?)\s+(?:all\s+(?:of\s+)?)?my\s+(?:money|"
        r"finances|paycheck|bank\s+account|spending|phone|every\s+move)\b",
    ),
    (
        "smash destroy",
        rf"{_OTHER_GAP}(?P<v>smash(?:es|ed|ing)?|destroy(?:s|ed|ing)?)\s+my\s+(?:phone|laptop|"
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
        _FEAR_STEMS,
        rf"\b(?P<v>{_FEAR})\s+(?:of\s+)?what\s+{_OTHER}\s*(?:'ll|'d|will|would|might|may|could|"
        r"is\s+going\s+to|'s\s+going\s+to|gonna)\s+do\b",
    ),
    (
        _FEAR_STEMS,
        rf"\b(?P<v>{_FEAR})\s+of\s+(?:him|her|my\s+{_PARTNER})\b(?!\s+(?:leaving|finding|being|"
        r"getting|seeing)\b)",
    ),
    (
        _FEAR_STEMS,
        rf"\b(?P<v>{_FEAR})\s+to\s+(?:go\s+home|leave\s+(?:him|her|them)|be\s+(?:at\s+home|home|"
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
        rf"daughter|{_PARTNER}))\b",
    ),
    ("abus", r"\b(?P<v>abusive)\b"),
    ("abus", r"\bdomestic\s+(?P<v>abuse)\b"),
    ("coerc", r"\bcoercive(?:ly)?\s+(?P<v>control\w*)\b"),
)

# Gaslighting counts only when fear is voiced in the same text: alone, it is conflict.
_GASLIGHT = _Rule(
    "abuse",
    tuple("crazy insane nuts imagin making delusional losing".split()),
    re.compile(
        r"\b(?P<v>tells|told|telling|calls|called|says|said|makes|made|making)\s+me\s+"
        r"(?:feel\s+(?:like\s+)?)?(?:that\s+)?(?:i'?m|i\s+am|i\s+was|i'?ve\s+been|im|i)\s+"
        r"(?:going\s+)?(?:crazy|insane|nuts|imagining\s+(?:things|it)|making\s+(?:it|things|stuff)"
        r"\s+up|delusional|losing\s+(?:it|my\s+mind))",
        re.IGNORECASE,
    ),
    requires=re.compile(rf"\b(?:{_FEAR}|fear|unsafe)\b", re.IGNORECASE),
)

RULES: Final[Mapping[SafetyCategory, tuple[_Rule, ...]]] = MappingProxyType(
    {"self_harm": _SELF_HARM, "violence": _VIOLENCE, "abuse": (*_ABUSE, _GASLIGHT)}
)

_LAUGH = re.compile(r"\b(?:lo+l+|lmf?ao+|(?:ha){2,}h?|(?:he){2,}|rofl|jk)\b|[😂🤣😆😅]", re.I)
_NEGATORS = re.compile(
    r"(?:never|not|cannot|(?:do|does|did|would|could|should|wo|ca|is|are|was|were|has|have|had|"
    r"ai|must)n'?t)",
    re.IGNORECASE,
)
# Words skipped when looking for a negator: "I'm not going to hurt myself", "never once hit me".
_FILLER = frozenset(
    "going to gonna ever once really even actually just like literally want wanna try trying "
    "again honestly seriously physically".split()
)
_WORD = re.compile(r"[a-z']+", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?\n]")


def _negated(text: str, at: int) -> bool:
    """True if one of the two words before `at` (same sentence, fillers skipped) is a negator."""
    head = text[max(0, at - 60) : at]
    ends = [m.end() for m in _SENTENCE_END.finditer(head)]
    if ends:
        head = head[ends[-1] :]
    words = [w for w in _WORD.findall(head) if w.lower() not in _FILLER][-2:]
    for i, word in enumerate(words):
        if _NEGATORS.fullmatch(word):
            following = words[i + 1] if i + 1 < len(words) else ""
            if following.lower() != "only":  # "he not only hit me" is not a denial
                return True
    return False


def _first_hit(rule: _Rule, text: str) -> re.Match[str] | None:
    """The rule's earliest match in `text` that is not negated, excused as a joke, or unmet."""
    if rule.requires is not None and rule.requires.search(text) is None:
        return None
    groups = rule.pattern.groupindex
    for m in rule.pattern.finditer(text):
        if "idiom" in groups and m.group("idiom") and _LAUGH.search(text):
            continue
        if _negated(text, m.start("v") if "v" in groups else m.start()):
            continue
        return m
    return None


def screen(*texts: str) -> SafetyResult:
    """Screen every text the learner will see or wrote; return the most serious hit, or a clear.

    Ties go to the earlier text, then the earlier offset. `start`/`end` index `texts[text_index]`.
    """
    normalised = [t.replace("\u2019", "'").replace("\u2018", "'") for t in texts]
    for category in SEVERITY_ORDER:
        for index, text in enumerate(normalised):
            lowered = text.lower()
            best: re.Match[str] | None = None
            for rule in RULES[category]:
                if not any(t in lowered for t in rule.triggers):
                    continue
                m = _first_hit(rule, text)
                if m is not None and (best is None or m.start() < best.start()):
                    best = m
            if best is not None:
                start, end = best.span()
                return SafetyResult(
                    flagged=True,
                    category=category,
                    matched=texts[index][start:end],
                    text_index=index,
                    start=start,
                    end=end,
                    notice=SAFETY_NOTICE[category],
                )
    return _CLEAR
