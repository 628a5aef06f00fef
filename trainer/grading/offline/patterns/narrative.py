"""Clause grammar for not hijacking: who a clause is about (the listener "I", the partner "you")
and whether it tells what someone did (a past or habitual action), so defences, counter-complaints
and stories are found by their shape, not by stock phrases. Words: trainer/data/words/narrative.yaml.
"""

from __future__ import annotations

import re

from trainer.datafiles import WORD_LISTS, Words, packaged
from trainer.grading.offline.patterns import alternation, rx
from trainer.grading.schema import Frozen


class NarrativeWords(Frozen):
    """narrative.yaml: irregular past forms, experience verbs, ownership words, adverbs."""

    irregular_past: Words
    experience_verbs: Words
    ownership: Words
    adverbs_between: Words
    people: Words
    intention_words: Words


WORDS = WORD_LISTS.load(packaged("words", "narrative.yaml"), NarrativeWords)


_ADV = rf"(?:(?:{alternation(WORDS.adverbs_between)})\s+)*"
_PAST = rf"(?:[a-z]{{2,}}ed|{alternation(WORDS.irregular_past)})"
_NEG = (
    r"(?:didn't|did\s+not|couldn't|could\s+not|wasn't|was\s+not|never|had\s+to|was\s+only|hadn't)"
)

# The listener tells what they did or could not do: "I locked it at ten", "I only said...",
# "I couldn't get away", "I was finishing one email".
I_DID = re.compile(rf"\bi\s+{_ADV}(?:{_NEG}\s+)?(?P<verb>{_PAST}|{_NEG})\b")

# The listener's own load: "I've been cooking every meal", "I worked six days straight".
BURDEN = re.compile(
    r"\bi(?:'ve|\s+have)\s+(?:\w+\s+)?been\s+[a-z]+ing\b|"
    rf"\bi\s+{_ADV}{_PAST}\b[^.?!]{{0,40}}\b(?:every|each|since|\d+|two|three|four|"
    r"five|six|seven|eight|nine|ten|double)\b"
)

# Where a new clause starts, so "you" after it is a subject ("..., and you left ...").
_CLAUSE_START = (
    r"(?:^|[,;:]\s*|\b(?:and|but|so|yet|well|then|plus|also|because|while|who|which)\s+)"
)
# The partner as the doer of a past or habitual act: "you left your boots", "you never plan",
# "you watch your shows", "the washing you promised to hang up".
_WHEN = r"(?:(?:last|this|the\s+other)\s+(?:week|month|night|time|year|weekend|\w+day)\s*,?\s*|yesterday\s*,?\s*)?"
YOU_DID = re.compile(
    rf"(?:{_CLAUSE_START}|\b(?:the|that|this|those|these)\s+[a-z]+\s+)\s*{_WHEN}(?:you|u)\s+{_ADV}"
    rf"(?:(?P<neg>never|don't|didn't|did\s+not|haven't|hadn't|had\s+not|won't|hardly\s+ever|rarely)\s+(?P<nverb>[a-z]+)|"
    rf"(?P<verb>{_PAST}|[a-z]{{3,}}(?=\s+(?:your|the|my|our|his|her|their|all|every|a|an)\b)))\b"
)

# "Who bought a new sofa...?": a question that points at the partner's own act.
WHO_DID = re.compile(rf"^\s*(?:\w+\s*,\s*)?(?:and\s+)?who\s+{_ADV}(?:{_PAST}|was|has\s+been)\b")

OWNERSHIP = re.compile(rf"\b(?:{alternation(WORDS.ownership)})\b")

_EXPERIENCE = WORDS.experience_verbs


def is_experience_verb(word: str) -> bool:
    """Feeling, thinking, saying and being verbs tell experience back, not a lapse."""
    return word in _EXPERIENCE


# A fact offered in reply: a past event ("the train stopped") or a number or time ("it was twenty
# minutes", "the pharmacy closes at six", "she's seventy-eight").
FACT = re.compile(
    rf"\b(?:{_PAST}|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|minutes?|hours?|o'clock|half\s+past)\b"
)

# A question that asks something (not a fragment like "without a job lined up?").
ASKS = re.compile(
    r"^\s*(?:\w+\s*,\s*)?(?:so\s+|and\s+|oh\s+)?(?:do|does|did|are|is|was|were|can|could|will|would|have|has|"
    r"shall|should|what|when|where|who|which|why|how|wanna|want)\b"
)
# The listener's or the couple's own plans and things ("we should repaint", "my brother is coming").
OURS = re.compile(
    r"\b(?:we|we're|we'll|we've|us|our|my|i'm|i'll|i\s+was\s+thinking)\b|"
    r"\bi(?:'ve)?\s+(?:need|have|got|must)\s+to\b"
)
# "Are you alone?", "Were you ok?": a question about how the partner is stays with them.
ASKS_HOW_THEY_ARE = re.compile(
    r"^\s*(?:\w+\s*,\s*)?(?:so\s+|and\s+)?(?:are|were|is)\s+(?:you|u|it|things)\b"
)

# The listener's own circumstances as the doer: "my hours got cut", "my phone died".
MY_DID = re.compile(rf"\bmy\s+(?:[a-z']+\s+){{0,2}}?(?P<verb>{_PAST})\b")

# A turn against what came before: "but", "though", "to be fair", "it's just that".
CONTRAST = re.compile(
    r"^\s*(?:\w+\s*,\s*)?(?:but|however|although|still)\b|\bthough\b|\bto\s+be\s+fair\b(?!\s+(?:to|on|with)\b)|"
    r"\bit's\s+just\s+(?:that|how)\b|\bit\s+was\s+just\b"
)

# A view given, not a life told: "my honest take is that we keep it", "my vote would be Leeds".
VIEW = re.compile(
    r"\bmy\s+(?:\w+\s+)?(?:view|take|opinion|vote|instinct|gut\s+feeling|two\s+cents|thinking|"
    r"suggestion|advice|preference)\s+(?:is|would\s+be|'s)\b"
)

# A time in the past that makes an act a specific lapse: "you did it in March", "last week".
WHEN_PAST = re.compile(
    r"\b(?:in|last|since)\s+(?:january|february|march|april|may|june|july|august|september|"
    r"october|november|december|week|month|year|time|christmas|summer|winter)\b|\byesterday\b|"
    r"\bago\b|\bagain\b"
)

# Blame by a condition: "maybe if you hadn't bought those boots we wouldn't be here".
BLAME_IF = re.compile(
    r"\bif\s+(?:you|u)\s+(?:hadn't|had\s+not|didn't|did\s+not|"
    r"weren't|wouldn't|had\s+(?:just\s+)?(?:listened|told|asked|helped))\b[^.?!]{0,60}\b(?:we|i)\s+"
    r"(?:wouldn't|would|'d|could|might)\b"
)

# A plan for their problem ("tonight we're doing a rota", "what if I get the train"): fixing,
# not a new subject.
PLAN = re.compile(
    r"\b(?:i'll|we'll|i\s+will|we\s+will|let's|what\s+if|we're\s+(?:doing|going\s+to|gonna)|"
    r"i'm\s+(?:going\s+to|gonna)|how\s+about|why\s+don't)\b"
)

# In the statement: "you" did something in the past to the partner ("you ate the cake I was
# saving", "you laughed at me"): with an unhappy feeling, a complaint about the listener.
# In the statement: the listener's lapse named with no "me" in it ("you were late again to the
# school play", "you forgot the bins"), or what they keep doing, in the present ("you go quiet and
# start scrolling", "you leave your towels on the bed", "you forget every week").
YOU_LAPSED = re.compile(
    rf"\b(?:you|u)(?:'re|\s+are|\s+were|'ve\s+been|\s+have\s+been)?\s+{_ADV}(?:late|forgot|missed|ignored|broke|lost|"
    r"didn't|couldn't|wouldn't|weren't|never|always|left|forget|ignore|interrupt|don't\s+listen|"
    r"go\s+(?:quiet|silent|off)|shut\s+down|switch\s+off|zone\s+out|walk\s+(?:off|away|out)|"
    r"turn\s+(?:the\s+)?(?:telly|tv|television|music)\s+up|leave\s+your|change\s+the\s+subject|"
    r"talk\s+over\s+me|cut\s+me\s+off|roll\s+your\s+eyes)\b|"
    # "when I ask about your day you just grunt", "every time I raise it you...": a habit of theirs
    r"\b(?:whenever|every\s+(?:single\s+)?time|each\s+time|when)\s+i\s+(?:try|ask|talk|mention|bring|raise|"
    r"tell|say|get\s+home|come\s+in|need|want|call|text|start)\b[^.?!]{0,60}?\b(?:you|u)\s+(?:just\s+)?[a-z]+|"
    # "I rang you four times and got nothing back", "I texted you and heard nothing"
    r"\bi\s+(?:rang|called|texted|messaged|phoned|emailed|tried)\s+(?:you|u)\b[^.?!]{0,60}?\b(?:got|heard|"
    r"had)\s+(?:nothing|no\s+(?:reply|answer|response))\b|"
    # "I've asked you three times to...", "can you please stop...", "please don't..."
    r"\bi(?:'ve|\s+have)?\s+asked\s+(?:you|u)\b|\b(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+)?"
    r"(?:not|stop)\b|\bplease\s+(?:stop|don't|do\s+not)\b|"
    # "you've taken on every shift", "you plan every day for me": done, or done all the time
    r"\b(?:you've|you\s+have)\s+(?:\w+\s+)?(?:taken|picked|booked|spent|paid|stopped|started|forgotten|"
    r"missed|ignored|made|told|bought|sold|moved|changed|cancelled|invited|agreed|signed)\b|"
    r"\b(?:you|u)\s+(?:\w+\s+){1,3}?(?:every\s+(?:single\s+)?(?:day|night|time|morning|evening|weekend)|"
    r"all\s+the\s+time|constantly)\b"
)
YOU_DID_TO_ME = re.compile(
    rf"\b(?:you|u)\s+{_ADV}(?:{_PAST}|didn't\s+[a-z]+|never\s+[a-z]+)\b[^.?!]{{0,60}}\b(?:me|my|i|our|us)\b"
)

# The impact on the partner named: "it undercut you", "that left you...": owning, not excusing
# (any verb: "undercut", "cost", "hit" have no -ed).
IMPACT = re.compile(
    # not reported speech: "I told you that it suited you" corrects, it does not own
    rf"(?<!that\s)\b(?:it|that|this|which)\s+{_ADV}(?!(?:was|is|were|are|'s|for|to|with|about)\b)[a-z]+\s+(?:you|u)\b"
)

# How the listener's act landed, said from the partner's side: "that must have felt like I didn't
# care", "it probably looked as if I'd taken her side", "you must have thought I was laughing".
PERCEIVED = re.compile(
    r"\b(?:(?:that|it|this)\s+(?:(?:must|might|may|would|could|probably)\s+(?:have\s+)?(?:felt|feel|seemed|seem|"
    r"looked|look|come\s+across|sounded)|(?:felt|seemed|looked|came\s+across)\s+to\s+(?:you|u))|(?:you|u)\s+"
    r"(?:(?:must|might|probably)\s+(?:have\s+)?)?(?:felt|feel|thought|think))\s+(?:like|as\s+(?:if|though)|"
    r"that)?\s*i\b"
)
# a turn after it ("..., but I was stuck at work", "..., I had a client on the line") is still
# the listener's account
_TURN_AFTER = re.compile(
    r"\b(?:but|though|although|except|only)\b|,\s*i\s+(?:had|was|did|didn't|thought|just|needed|couldn't|"
    r"meant|only)\b"
)


def turns_after(chunk: str, pos: int) -> bool:
    """After pos, the sentence turns to the listener's own account ("but...", ", I had...")."""
    return bool(_TURN_AFTER.search(chunk, pos))


def perceived(chunk: str) -> bool:
    """The sentence tells how the listener's act felt to the partner, with no turn after it."""
    m = PERCEIVED.search(chunk)
    return m is not None and not turns_after(chunk, m.end())


# --- whose side the reply takes ---------------------------------------------------------------

_PEOPLE = alternation(WORDS.people)
_INTENT = alternation(WORDS.intention_words)
# A third person as a clause's subject: "she", "he's", "they", "your mum", "my dad", "Priya".
THIRD_SUBJECT = re.compile(
    r"(?:^|[,;:]\s*|\b(?:and|but|so|because|though)\s+)\s*(?:(?:oh|well|look|honestly|i\s+mean)\s*,?\s*)?"
    rf"(?:he|she|they|him|her|them|(?:your|my|our|his|her|their)\s+(?:{_PEOPLE})|[a-z]+)"
    r"(?:'s|'re|'d|'ve)?\b"
)
# The partner's people did something to the listener: "your cousins ignore me", "your mum stayed
# a fortnight and I put up with it", "your dad still owes me".
YOUR_PEOPLE_TO_ME = re.compile(
    # the same clause, and not a condition ("when your dad's ill, a card from me...")
    r"(?<!\bwhen\s)(?<!\bif\s)(?<!\bsince\s)(?<!\bwhile\s)"
    rf"\b(?:your|ur)\s+(?:\w+\s+)?(?:{_PEOPLE})\b(?:'s)?[^.?!,;]{{0,70}}?\b(?:me|my|i|i've|i'm|myself)\b"
)
# The listener's own people named by the partner ("your dad", "your sister"): speaking up for
# them is the listener's own side, a defence; speaking up for anyone else is arguing with the
# feeling, which the rubric judges under validation, not hijacking.
LISTENERS_PEOPLE = re.compile(rf"\b(?:your|ur)\s+(?:\w+\s+)?(?:{_PEOPLE})\b")
# Someone who hurt the partner in the statement: a third person doing something to them.
HURT_BY_OTHER = re.compile(
    rf"\b(?:he|she|they|(?:my|your|our|the)\s+(?:\w+\s+)?(?:{_PEOPLE}|manager|team\s+lead|"
    r"teacher|landlord|neighbou?r|doctor|consultant|partner)|"
    r"(?!(?:i|you|we|it|this|that|there|was|were|is|are|be|been|has|have|had|and|but|so|to|not)\b)"
    rf"[a-z]+)\s+{_ADV}"
    # an act, not a state ("he was rushed to hospital" is no grievance)
    r"(?!(?:was|were|had|got|died|passed|fell|went|came|lost|felt)\b)"
    # the partner in the same clause ("...and I could feel everyone staring" is another clause)
    rf"(?:{_PAST}|didn't|never|keeps|won't|wouldn't|hasn't)\b(?:(?!\band\s+i\b|,\s*i\b)[^.?!]){{0,80}}"
    r"\b(?:me|my|i|i'm|myself)\b"
)
# A third person's side argued: their intention ("she was only trying to help", "he doesn't mean
# anything by it"), their circumstances offered as the reason ("she's getting it from her own
# bosses", "he's new", "she's got a newborn"), a plea for them ("give him a few months", "in
# fairness to Priya"), or their nature ("that's just how he was brought up", "he's rubbish with
# dates").
# A concession before it grants the other person's side and keeps the partner's ("that's so
# frustrating, even if she means well"): no argument. Read by both detectors of a side argued.
CONCEDED_BEFORE = re.compile(r"\beven\s+(?:if|though|when)\s+(?:(?:he|she|they)\s+)?$")
SIDES_WITH = re.compile(
    rf"\b(?:he|she|they)(?:'s|'re|\s+is|\s+are|\s+was|\s+were)?\s+(?:\w+\s+){{0,2}}?"
    rf"(?:only|just|probably|really|honestly|genuinely)\s+(?:\w+\s+)?(?:{_INTENT})\b|"
    rf"\b(?:he|she|they)\s+(?:doesn't|don't|didn't|never)\s+(?:\w+\s+)?(?:{_INTENT})\s+"
    r"(?:any|anything|it|to|that|harm|nothing|badly|well|you)\b|"
    r"\b(?:means?|meant)\s+well\b|\b(?:in\s+)?fairness\s+to\s+(?!you\b|u\b|me\b)\w+|"
    r"\bto\s+be\s+fair\s+(?:to|on)\s+(?!you\b|u\b|me\b)\w+|\bin\s+(?:his|her|their)\s+defen[cs]e\b|"
    r"\b(?:give|cut)\s+(?:him|her|them)\s+(?:a\s+(?:break|chance|few|bit)|some\s+(?:slack|time|credit)|"
    r"the\s+benefit|time)\b|\b(?:he|she|they)\s+(?:can't|couldn't)\s+help\s+it\b|"
    r"\bthat's\s+(?:just\s+)?(?:how|the\s+way|what)\s+(?:he|she|they)(?:'s|'re|\s+(?:is|are|was|were))?\b|"
    r"\b(?:he|she|they)(?:'s|'re|\s+is|\s+are|\s+was|\s+were)\s+(?:probably|bound\s+to|"
    r"(?:\w+\s+)?under\s+(?:a\s+lot\s+of\s+|so\s+much\s+)?pressure|getting\s+it|new|old|"
    r"from\s+a\s+different|rubbish\s+with|terrible\s+with|hopeless\s+with|useless\s+with|"
    r"dealing\s+with|going\s+through|struggling)\b|"
    r"\b(?:he|she|they)(?:'s|'ve|\s+has|\s+have)\s+(?:got\s+|had\s+)?(?:a\s+lot|so\s+much|"
    r"a\s+(?:newborn|baby|rough|hard|tough|lot)|enough)\b|\b(?:he|she|they)\s+(?:had|has)\s+"
    r"(?:a\s+)?(?:rough|hard|tough|difficult|bad)\b"
)

# The listener's own feeling told as such: "I feel sick about it", "I felt awful all day"; not
# "I feel like we should", "I feel for you", "I feel the same" (a disclosure of its own).
SELF_FEEL = re.compile(
    r"\bi\s+(?:\w+\s+)?(?:feel|felt|'m\s+feeling|am\s+feeling)\s+(?:so\s+|really\s+|just\s+|quite\s+|"
    r"a\s+bit\s+|absolutely\s+|completely\s+|pretty\s+|honestly\s+)*"
    r"(?!(?:like|that|the|this|it|as|if|for|how|about|you|u|when|strongly|better|so|a|an|what)\b)[a-z]+"
)
# The listener's things set against the partner's: "at least yours asks... mine just...",
# "not as bad as mine", "worse than mine", "mine's worse".
COMPARES = re.compile(
    r"\bat\s+least\s+(?:yours|your\s+\w+)\b[^?!]{0,80}\b(?:mine|my)\b|"
    r"\b(?:as|than)\s+(?:\w+\s+)?mine\b|\bmine(?:'s|\s+is|\s+was)\s+(?:\w+\s+)?(?:worse|bigger|"
    r"longer|harder)\b"
)

# In the statement: the partner's load set against the listener's ("I'm the only one actually
# trying", "I'm the one that's home all day with him"): a complaint about the listener. Not when
# someone else casts them so ("acting like I'm the one who's late", "thinks I'm the one who...").
ONLY_ONE = re.compile(
    r"(?<!acting\slike\s)(?<!\bacts\slike\s)(?<!acting\sas\sif\s)(?<!thinks\s)(?<!\bsays\s)(?<!\bsaid\s)"
    r"\b(?:i(?:'m|\s+am)|being)\s+the\s+(?:only\s+)?one\s+(?:who|that|actually|doing|trying|here\s+who|"
    r"in\s+(?:this|the)\s+\w+\s+who)\b"
)

# The listener's own act with its reason, in any grammar ("I not tell you because you...",
# "I said nothing since..."): the reason offered for what they did.
I_BECAUSE = re.compile(r"\bi\s+(?:[a-z']+\s+){1,5}?(?:because|cos|cause|since)\b")

# A tag question on the listener's own account: "I'm here now, aren't I?", "I did ring, didn't I?"
SELF_TAG = re.compile(
    r"\b(?:aren't|am\s+i\s+not|didn't|wasn't|haven't|don't|couldn't|can't|won't)\s+i\s*[?!]"
)

# A plea for a named person: "to be fair to Priya", "in fairness to your mum".
PLEA_FOR = re.compile(
    r"\b(?:to\s+be\s+fair\s+(?:to|on)|in\s+fairness\s+to|fairness\s+to|in\s+defen[cs]e\s+of)\s+"
    r"(?:(?:miss|mrs|mr|ms|dr|your|my|the)\s+)?(?P<who>[a-z]+)"
)

# The listener's own people ("my father", "my best friend") and a past-tense verb, for tales.
MY_PEOPLE = re.compile(rf"\bmy\s+(?:\w+\s+)?(?:{_PEOPLE})\b")
PAST_VERB = re.compile(rf"\b{_PAST}\b")


# --- the kinds read on unseen writing (cases_meaning_hj4) --------------------------------------

# Said to a partner upset with the listener, by grammar rather than stock phrase: a rhetorical
# question on what else the listener could have done, the listener's inability as the reason, a
# denial, the listener's act made small in the present tense, who someone is offered as the
# reason, and the partner's reaction to the listener's act called too much.
DEFENDS_GRAMMAR = rx(
    r"\bwhat\s+(?:else\s+)?(?:was\s+i|am\s+i|should\s+i|could\s+i|would\s+(?:you\s+)?(?:have\s+)?(?:had\s+)?"
    r"me|did\s+(?:you|u)\s+(?:want|expect)\s+me|do\s+(?:you|u)\s+(?:want|expect)\s+me)\s+(?:supposed\s+to\s+|"
    r"meant\s+to\s+|to\s+|have\s+)?(?:do|did|done|say|said)\b",
    r"\bwhere\s+else\s+(?:was|is|could|would|were)\s+(?:he|she|they|i)\b",
    r"\bi\s+(?:can't|cannot|couldn't|could\s+not|couldnae|cannae|canna|couldna)\s+(?:just\s+|exactly\s+|really\s+)?"
    r"(?:be\s+rude|say\s+no|refuse|turn\s+(?:him|her|them)\s+away|start\s+a|make\s+a\s+scene|"
    r"tell\s+(?:him|her|them)\s+(?:no|off)|let\s+(?:him|her|them)\s+down|afford\s+to|not\s+go|get\s+out\s+of\s+it)\b",
    r"\b(?:it\s+)?(?:wasn't|wasnt|wasnae|wisnae|weren't|was\s+not)\s+me\b|\bi\s+(?:don't|dont|do\s+not)\s+even\s+"
    r"(?:\w+\s+)?(?:drink|eat|use|like|touch|have|own|go|know)\b",
    r"\b(?:it's|it\s+is|that's|that\s+is|its)\s+(?:literally\s+|honestly\s+|really\s+)*(?:just|only|nothing\s+but)\s+"
    # not a passing state ("it's just a phase"): that comforts, it does not excuse
    r"(?:a|an|one|some|how|what|me|my|the\s+way)\b(?!\s+(?:phase|stage|blip|bad\s+patch|rough\s+patch|"
    r"season|dip)\b)|\bit's\s+(?:literally\s+)?nothing\b|\bnot\s+that\s+deep\b",
    r"\b(?:she's|he's|she\s+is|he\s+is|they're|they\s+are)\s+(?:just\s+|only\s+)?(?:a|an|my)\s+(?:\w+\s+)?(?:mate|"
    r"friend|colleague|coworker|co-worker|pal)\b|\b(?:he's|she's|they're)\s+(?:my\s+)?family\b|"
    r"\b(?:he's|she's|he\s+is|she\s+is)\s+my\s+(?:mum|mom|mother|dad|father|brother|sister|son|daughter)\b",
    r"\b(?:you|u)\s+know\s+(?:what|how)\s+(?:the\s+|my\s+|your\s+)?\w+(?:'s|\s+is|\s+are|\s+gets?)\s+like\b",
    r"\b(?:you're|you\s+are|ur)\s+(?:being\s+)?(?:a\s+bit\s+|so\s+|way\s+|just\s+)?(?:paranoid|oversensitive|"
    r"over-sensitive|overreacting|over-reacting|reading\s+(?:way\s+)?too\s+much)\b|^\s*(?:\w+\s+)?relax\b|"
    r"\b(?:you|u)\s+(?:need|have|got)\s+to\s+trust\s+me\b",
)

# Good news answered with what it costs the listener: "that means I'm doing the tea on my own",
# "so that's me on my own then", "I'm going to miss you so much", "I'm dreading it".
PIVOT_TO_ME = rx(
    r"\b(?:that|this|which)\s+means\s+(?:i|i'm|i'll|i've|me)\b|\bthat's\s+me\s+(?:\w+\s+)?(?:on\s+my\s+own|"
    r"stuck|left|alone|sorted\s+for)\b",
    r"\bi(?:'ll|\s+will|'m\s+going\s+to|\s+am\s+going\s+to|'m\s+gonna)\s+(?:\w+\s+)?(?:miss\s+(?:you|u|having)|"
    r"be\s+(?:so\s+|really\s+)?(?:lonely|alone|on\s+my\s+own|stuck|rattling|bored|lost|miserable))\b",
    r"\bwhat\s+(?:will|am)\s+i\s+(?:going\s+to\s+|gonna\s+)?do\s+without\b|\bi\s+(?:don't|dont)\s+know\s+what\s+i(?:'ll|"
    r"\s+will|'m\s+going\s+to)\s+do\b",
    r"\bi(?:'m|\s+am)\s+(?:honestly\s+|actually\s+|a\s+bit\s+|so\s+|really\s+|already\s+)*(?:dreading|panicking)\b",
    # the time with the listener it takes: "I barely see you as it is", "I'll see you twice a
    # year if I'm lucky", "every weekend gone", "I'll be doing bedtime on my own"
    r"\b(?:barely|hardly|never|rarely)\s+(?:get\s+to\s+)?see\s+(?:you|u|each\s+other)\b|"
    r"\bi(?:'ll|\s+will)\s+(?:only\s+)?(?:see|get)\s+(?:you|u)\b[^.?!]{0,30}\b(?:if\s+i'm\s+lucky|twice|once\s+a)\b",
    r"\b(?:every|all\s+(?:the|our|my))\s+(?:\w+\s+)?(?:weekends?|evenings?|nights?|holidays?)\s+(?:gone|taken|eaten)\b|"
    r"\bi(?:'ll|\s+will)\s+be\s+(?:\w+\s+){0,3}?(?:on\s+my\s+own|by\s+myself|single-handed)\b",
)

# The listener's own logistics or money set beside the partner's trouble: "I'm meant to be in
# Bristol that day", "I'll have to move everything", "we paid for four hours", "I've got that
# meeting at three". (With "for you" or "with you" in the sentence it is an offer.)
MY_LOGISTICS = rx(
    r"\bi(?:'m|\s+am)\s+(?:meant|supposed)\s+to\s+be\b",
    r"\bi(?:'ll|\s+will)\s+have\s+to\s+(?:\w+\s+)?(?:move|cancel|rearrange|rejig|reschedule|miss|skip|drop|"
    r"take\s+(?:a|the)\s+day|call\s+in|swap)\b",
    r"\bwe(?:'ve|\s+have)?\s+(?:only\s+|already\s+)?(?:paid|spent|booked|got)\s+(?:for\s+)?(?:\w+\s+){0,3}?"
    r"(?:hours?|nights?|days?|quid|pounds|dollars|euros|left)\b",
    r"\bi(?:'ve|\s+have)\s+got\s+(?:that|a|my|the)\s+(?:\w+\s+)?(?:meeting|call|shift|appointment|deadline|"
    r"match|game|presentation|interview)\b",
)

# a me-too handed back inside its own sentence: "When my uncle had it I saw a bit of that fear,
# but this is yours, and...", "I had a bit of that as a kid, but watching your own girl go through it"
TURN_BACK = re.compile(
    r"[,;]?\s+but\s+(?=(?:this|it|that)(?:'s|\s+is)\s+(?:yours|your|different\s+for\s+you)\b|"
    r"this\s+one's\s+yours\b|(?:seeing|watching|for)\s+(?:you|your)\b|you(?:'re|\s+are|'ve)\b|"
    r"yours\s+is\b|(?:leave|forget|never\s+mind|enough\s+about)\s+(?:that|me)\b|"
    r"(?:this|it)(?:'s|\s+is)\s+about\s+(?:you|u)\b)"
)

# A clause of the partner's turn that opens on what the listener did: "You had people round till
# 2 on a Tuesday.", "..., you immediately started listing reasons", "Last night you did it again".
YOU_ACTED = re.compile(
    r"(?:^|[.!?,;]\s*)(?:(?:so|and|but|well|honestly|seriously)\s*,?\s+)?"
    r"(?:(?:last\s+night|yesterday|today|tonight|this\s+morning|again|then)\s*,?\s+)?(?:you|u)\s+"
    r"(?:just\s+|still\s+|actually\s+|[a-z]+ly\s+)?(?:had|left|forgot|said|told|went|spent|took|made|did|"
    r"didn't|never|always|kept|invited|booked|bought|promised|started|stayed)\b"
)
