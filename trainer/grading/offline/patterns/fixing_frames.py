"""Not fixing by the frame a clause stands in: who it is about, which time it speaks of, and
whether it is said to the partner at all. What looks like advice but is not (a one-up retort,
the listener's habit in their own story, an exclamation, a purpose clause, a mock plan with a
tag, the listener's doubt), and what is advice in disguise (a step inside a reflective frame,
a remedy from the listener's own past, a step asked about in the perfect).

Matched on normalised text (see text.py); detectors/fixing_frames.py decides where.
"""

from __future__ import annotations

import re

from trainer.grading.offline.patterns import rx

_NUMBER = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
    r"fifty|a\s+hundred|a\s+dozen)"
)
# A one-up retort: "try" whose object is the listener's own lot ("try doing my job", "try being
# me", "try living with my back", "try being the one who...") or a bigger number ("five? try
# nine"). It compares; it names no step for the partner (hijacking's cost).
ONE_UP = re.compile(
    r"\b(?:you\s+)?try\s+(?:(?:being|having|doing|living|working|running|raising|paying|"
    r"juggling|managing|looking\s+after|dealing\s+with|getting|coping\s+with|[a-z]+ing)\s+"
    r"(?:[a-z']+\s+){0,2}?(?:me|my|mine|our|us|the\s+one\s+who|with\s+(?:me|my))\b|"
    rf"{_NUMBER}\b(?=\s*(?:[.!?,;]|$|(?:weeks?|months?|years?|days?|hours?|times?|rounds?|kids?)\b))|"
    r"[a-z]+ing\b[^.!?]*\b(?:like|as)\s+(?:i\s+(?:did|do|have|had)|me|mine)\b)"
)
# A rhetorical question that carries the step: "why would you even stay friends with him?"
WHY_EVEN = re.compile(
    r"\bwhy\s+(?:would|do|are|did)\s+(?:you|u)\s+(?:even|still)\s+(?:stay|keep|bother|put\s+up|go\s+back|"
    r"be\s+with|stick|hang\s+out|see|talk\s+to|work\s+for)\b"
)
# Medicine or experts promised to fix it: "they can do amazing things these days".
EXPERTS_CAN = re.compile(
    r"\b(?:they|doctors|surgeons|the\s+doctors|medicine|hospitals)\s+can\s+(?:do|fix|treat|sort)\s+"
    r"(?:so\s+much|heaps|loads|amazing\s+things|wonders|miracles|anything|a\s+lot|incredible\s+things)\b"
)

# The listener's "would" of the past: "I'd" after a past-tense clause in the same sentence
# ("her coat was still there and I'd sit in the car") is a habit in their story, not the thing
# to do. The past clause: a subject and a past-tense or past-only verb, or "when" + the past.
PAST_CLAUSE = re.compile(
    r"\b(?:i|we|he|she|they|it|there|my\s+[a-z]+|her\s+[a-z]+|his\s+[a-z]+|our\s+[a-z]+)\s+"
    r"(?:still\s+|just\s+|never\s+|always\s+|even\s+)?(?:was|were|had|did|couldn't|wouldn't|didn't|"
    r"wasn't|weren't|used\s+to|went|got|felt|lost|kept|left|came|took|sat|saw|thought|knew|"
    r"[a-z]{2,}ed)\b|"
    r"\bwhen\s+(?:[a-z']+\s+){1,3}(?:went|died|passed|left|was|were|happened|[a-z]{2,}ed)\b|"
    r"\b(?:back\s+then|that\s+(?:first\s+)?(?:year|summer|winter|spring|autumn|month|week)|"
    r"for\s+(?:months|years|weeks)\s+after|in\s+those\s+days)\b"
)
# What marks a repeated past act when the story is in the sentence before.
HABIT = re.compile(
    r"\b(?:every|each|always|whenever|for\s+(?:hours|ages|months|weeks)|all\s+(?:day|night)|"
    r"then\s+(?:feel|get|go|cry|sit)|over\s+and\s+over)\b"
)
# "If I were you", "in your shoes": a "would" that advises whatever tense is near.
ADVISING_WOULD = re.compile(
    r"\bif\s+(?:i\s+(?:were|was)\s+you|it\s+(?:were|was)\s+me)\b|\bin\s+your\s+(?:shoes|position|place)\b|"
    r"\bwere\s+i\s+you\b|\bme,?\s+i'd\b"
)
# "I'd have left them short", "I would have missed it": the listener's counterfactual past.
WOULD_PERFECT = re.compile(
    r"i(?:'d|\s+would)\s+(?:\w+\s+)?(?:have|'ve)\s+(?!(?:a|an|the|some|it|to)\b)[a-z]+"
)

# A sound of surprise or disbelief in the form of an order, alone in its sentence: "Stop it!",
# "Shut up!", "Get out!" (good news, a shock); and "mind you", a discourse marker.
EXCLAMATION = re.compile(
    r"^(?:oh\s+)?(?:stop(?:\s+it)?|shut\s+up|get\s+out(?:\s+of\s+here)?|get\s+away|give\s+over|"
    r"behave|leave\s+it\s+out|pull\s+the\s+other\s+one)(?:\s+(?:right\s+now|now|lol|omg))?\s*[.!?]*\s*$"
)
MIND_YOU = re.compile(r"(?:but\s+|and\s+|though\s+)?mind\s+you\b")

# "...so you could go part time", "...so that you can rest": a purpose clause of something done
# (by the listener or anyone), inside the sentence; "So, you could ring her" opens the sentence.
PURPOSE_SO = re.compile(r"[a-z0-9']\s+so(?:\s+that)?\s+$")

# A tag that makes a plan a (mocking) question: "I'll just win the lottery then, shall I?"
TAG = re.compile(r",?\s*(?:shall|should|will|can|do)\s+(?:i|we)\s*[?!.]*\s*$")

# The listener doubting they can cope, or denying: "I don't think I can handle this", "it's not
# like I'm getting any more sleep".
DOUBT_BEFORE = re.compile(
    r"(?:\b(?:don't|do\s+not|didn't)\s+(?:think|know\s+(?:if|whether|how))|\bnot\s+sure\s+(?:if|whether|that)?|"
    r"\bdoubt\s+(?:if|whether|that)?|\bno\s+idea\s+(?:if|whether|how)|\bnot\s+(?:like|as\s+if|as\s+though)|"
    r"\bwish|\bif\s+only)\s*(?:that\s+)?$"
)

# A plan in a sentence that leaves the topic: "anyway, we could go to the beach".
LEAVES_TOPIC = re.compile(
    r"^(?:[a-z]+[.!,]\s*)?(?:anyway|anyhow|by\s+the\s+way|on\s+another\s+note|changing\s+the\s+subject|"
    r"totally\s+unrelated|speaking\s+of\s+which)\b"
)

# Their right, with the listener as its object or a right to feel safe: "you should be able to
# tell me things", "you should be able to trust him with that" (not "...to claim it back", which
# points at a step).
RIGHT_TO_LISTENER = re.compile(
    r"(?:you|u)\s+(?:\w+\s+)?(?:should|ought\s+to|need\s+to|deserve\s+to|have\s+to)\s+be\s+able\s+to\s+"
    r"(?:[^.,;!?]*\b(?:me|us)\b|(?:trust|rely|count|depend|lean|feel|relax|be|rest|sleep|switch\s+off|speak|"
    r"talk|say|breathe|enjoy|keep\s+(?:things|it)\s+private)\b)"
)
# Their need of a person the listener should be ("you need a teammate, not a bystander"), to a
# partner upset with the listener.
NEED_OF_A_PERSON = re.compile(
    r"(?:you|u)\s+(?:really\s+|just\s+)?(?:need|needed|deserve)\s+(?:a|an|someone|somebody)\s+"
    r"(?:real\s+|proper\s+|actual\s+)?(?:teammate|team-mate|partner|husband|wife|boyfriend|girlfriend|"
    r"co-parent|equal|grown-up|adult|who)\b"
)

# The partner naming the listener as the one who did it: "you scrolled your phone all through it".
LISTENER_DID = re.compile(
    r"\b(?:you|u)\s+(?:just\s+|never\s+|even\s+|totally\s+|completely\s+)?(?:[a-z]{2,}ed|forgot|left|"
    r"missed|made|took|told|said|went|spent|kept|let|broke|lost|got|ate|drank|sat|ran|came)\b"
)

# An order aimed at the listener's conduct, on a condition of the future: "nudge me if I drift
# off", "just tell me when it's serious".
ME_ON_CONDITION = re.compile(r"(?:me|us)\b[^.!?,;]*\b(?:if|when|whenever|before|next\s+time)\b")
# The listener's own promise of a step, from now on: "from now on I'll tell you first".
MY_PROMISE = re.compile(
    r"\b(?:i|we)(?:'ll|\s+will|'m\s+going\s+to|\s+am\s+going\s+to)\s+(?:always\s+|just\s+)?([a-z]+)"
)

# A future-time lead: with it, "tell me" or "nudge me" is a step for next time, not an offer.
FUTURE_LEAD = re.compile(
    r"\b(?:next\s+time|in\s+(?:the\s+)?future|from\s+now\s+on|going\s+forward|another\s+time)\b"
)

# A step inside a reflective frame: "sounds like you need to ring HR", "seems like you should
# ask him to pay" (not "you have to", which says back their own constraint).
FRAME_BEFORE = re.compile(
    r"\b(?:sounds|sound|seems|seem|looks|look)\s+(?:to\s+me\s+)?(?:like|as\s+if|as\s+though)\s*$"
)
FRAME_MODAL = re.compile(
    r"(?:you|u)\s+(?:really\s+|probably\s+|just\s+|definitely\s+)?(?:should|ought\s+to|need\s+to|"
    r"could|might\s+want\s+to)\s+(?:really\s+|just\s+|probably\s+)?([a-z]+)"
)
# "It's time to join a club": a step, unless it is their own sense of it ("you feel it's time").
TIME_TO = re.compile(
    r"(?:\b(?:it's|it\s+is|maybe\s+it's|perhaps\s+it's|it\s+might\s+be|it\s+may\s+be)\s+(?:high\s+|about\s+|"
    r"probably\s+|finally\s+|now\s+)?|(?:^|(?<=[.!?]\s))(?:so\s+|maybe\s+|then\s+)?)time\s+(?:for\s+(?:you|u)\s+)?to\s+"
    r"([a-z]+)"
)
# Their inner voice reported just before ("part of you may be thinking... it's time to..."):
# what follows voices it.
INNER_VOICE = re.compile(
    r"\bpart\s+of\s+you\b|\b(?:you|u)(?:'re|\s+are|\s+may\s+be|\s+might\s+be)\s+(?:\w+\s+)?(?:thinking|"
    r"feeling|telling\s+yourself|saying\s+to\s+yourself|wondering)\b"
)
# Their own thought, said back, before an advice-shaped clause: "you're thinking it might be time
# to get help", "you feel you ought to ring her".
THEIR_THOUGHT_BEFORE = re.compile(
    r"(?<!how\s)(?<!what\s)(?<!when\s)(?<!if\s)\b(?:you|u)(?:'re|\s+are|\s+might\s+be|\s+may\s+be)?\s+(?:\w+\s+)?(?:thinking|think|thought|feel|"
    r"feeling|felt|wonder|wondering|wondered|said|say|decided|reckon|hope|hoping|hoped)"
    r"(?:\s+(?:that|like|maybe|perhaps|if|whether))*\s*$"
)
# Someone else's words reported before a reassurance: "she says you'll be fine".
SOMEONE_SAYS_BEFORE = re.compile(
    r"\b(?:she|he|they|people|everyone|everybody|your\s+[a-z]+)\s+(?:\w+\s+)?(?:says?|said|keeps?\s+saying|"
    r"tells?\s+you|told\s+you)\s+(?:that\s+)?$"
)
THEIR_SENSE_BEFORE = re.compile(
    r"\b(?:you|u)\s+(?:\w+\s+)?(?:feel|felt|think|thought|know|knew|said|decided|reckon|believe|"
    r"wonder|wondered|worry|worried|fear|feared|sense|sensed)\b"
)

# A remedy from the listener's own past, in a cleft: "physio was the only thing that sorted it",
# "cutting sugar is what fixed it for me", "early nights were what got me back on track" (not
# "...is what helped you last time", their own remedy said back).
REMEDY_CLEFT = re.compile(
    r"\b(?:is|was|are|were|'s)\s+(?:honestly\s+|really\s+)?(?:what|the\s+(?:only\s+|one\s+|main\s+|"
    r"best\s+)?thing(?:\s+that)?)\s+(?:really\s+|finally\s+|eventually\s+|actually\s+|ever\s+)?(?:fixed|sorted|"
    r"cut\s+through|shifted|touched|"
    r"cured|helped|worked|saved|got\s+me\s+(?:through|back|over|out)|did\s+(?:it|the\s+trick)|"
    r"made\s+(?:the|a|all\s+the)\s+(?:\w+\s+)?difference)\b(?![^.!?,;]*\b(?:you|u|your)\b)"
)

# A thing the listener vouches for: "best tenner I ever spent", "best thing we ever bought".
VOUCHED = re.compile(
    r"\bbest\s+(?:\w+\s+){0,2}(?:i|we)(?:'ve)?\s+(?:ever\s+)?(?:spent|bought|did|made|tried|got|downloaded|"
    r"joined|booked)\b"
)

# The listener's "I'd be doing X" as the thing to do: "I'd be asking for a meeting".
WOULD_BE_DOING = re.compile(
    r"\bi(?:'d|\s+would)\s+(?:definitely\s+|honestly\s+|probably\s+|seriously\s+)?be\s+([a-z]{3,}ing)\b"
)
# Doings that are a feeling, not a step: "I'd be crying", "I'd be fuming".
FEELING_DOINGS = frozenset(
    "crying screaming shouting yelling panicking worrying shaking laughing fuming raging seething "
    "losing freaking dying wondering thinking feeling hurting sobbing spiralling spiraling "
    "climbing swinging going tearing pulling kicking stewing fretting reeling stressing "
    "bawling howling boiling burning cringing".split()
)

# Steps asked about the past or the present: "have you had someone look at it?", "have you had
# your thyroid checked?", "have you been drinking enough?", "couldn't we just...?".
STEP_QUESTION = rx(
    r"\bhave\s+(?:you|u)\s+(?:ever\s+|already\s+)?had\s+(?:someone|anyone|somebody|anybody|a\s+[a-z]+|"
    r"your\s+[a-z]+|the\s+[a-z]+)\s+(?!to\b|who\b|that\b|for\b|in\b|at\b|with\b|about\b|since\b|"
    r"before\b|yet\b|back\b)(?:[a-z]+ed|look|check|go|read|help|see|test|fix|examine|review|sort|"
    r"take|come)\b",
    r"\b(?:have|are|do)\s+(?:you|u)\s+(?:been\s+)?(?:drinking|eating|sleeping|"
    r"resting|exercising|moving|doing)\s+(?:[a-z]+\s+)?enough\b",
    r"\b(?:can't|couldn't|cant|couldnt)\s+(?:we|you\s+two|you\s+both)\s+(?:just\s+|simply\s+)[a-z]+",
    r"^(?:[a-z]+,?\s+)?ever\s+(?:thought\s+(?:about|of)|considered|tried|looked\s+into)\s+[a-z]+",
)
