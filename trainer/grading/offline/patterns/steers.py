"""Not fixing that wears no textbook marker, read from grammar: the listener offering to act,
as a question ("shall I have a look?"); a step someone else could take, as a question ("could
your dad lend you some?", "is there anyone who could cover?"); a service brought in that the
partner never named ("has the GP checked your iron?"); a remedy stated as a general fact ("X
makes a real difference", "X is meant to be brilliant for..."); a right named to point at a
step ("you're entitled to ask..."); a hypothetical step ("suppose you...").

Matched on normalised text (see text.py); the detectors in detectors/steers.py decide where.
"""

from __future__ import annotations

import re

from trainer.grading.offline.patterns import alternation
from trainer.grading.offline.patterns.clauses import WORDS

# A service or a professional whose job is to fix the problem.
HELPER = re.compile(rf"\b(?:{alternation(WORDS.helpers)})s?\b")

# "shall I ...", "should we ...", "can I ...": the listener or the couple as the subject of a
# question; the verb decides whether it is an offer to act.
OFFER_QUESTION = re.compile(
    r"(?:shall|should|can|could|may)\s+(?:i|we)\s+(?:just\s+|maybe\s+|perhaps\s+|quickly\s+)?"
    r"(?P<verb>[a-z]+)\b(?P<rest>[^?.!]*)"
)
# After such a verb, what keeps it a listening move or a kindness rather than a fix:
# "can I ask what happened?", "shall I make you a tea?", "can I give you a hug?".
LISTENING_OBJECT = re.compile(
    r"\s+(?:(?:you|u)\s+(?:a|an|some|anything|something|what|how|why|if|whether|about)\b|"
    r"(?:what|how|why|if|whether|about)\b|(?:you|u)\s*$|a\s+(?:question|quick\s+question)\b)"
)

# A yes/no question opened by a modal with someone else as its subject ("could your dad lend
# you some?", "can one of them set a date?"): the words up to the verb are read in the detector.
THIRD_PARTY_QUESTION = re.compile(
    r"(?:could|can|would|couldn't|can't|wouldn't)\s+(?!(?:you|u|i|we|it|that|this|there|not|"
    r"they\s+not)\b)(?P<rest>[a-z][^?.!]*)"
)
# "is there anybody at the gate who could swap?", "isn't there someone who could...?"
THERE_IS_SOMEONE_WHO_COULD = re.compile(
    r"\b(?:is|are|isn't|aren't)\s+there\s+(?:[a-z']+\s+){1,8}?(?:(?:who|that|which|where)\s+)?"
    r"(?:(?:you|u|she|he|they|we)\s+)?(?:could|can|might|would|will)\s+(?!(?:be|feel|understand|relate|know|"
    r"imagine|see|hear)\b)[a-z]+"
)

# A remedy stated as a general fact: its subject is the thing to try, its predicate says that
# it works ("screen breaks make a real difference", "turmeric's meant to be brilliant for...").
BENEFIT = re.compile(
    r"(?<!\bto\s)\b(?:helps(?!\s+(?:me|us)\b)|works?\s+(?:wonders|a\s+treat|really\s+well|miracles)|do(?:es)?\s+wonders|(?:have|has|had|'ve)\s+(?:had\s+)?(?:good|great|real|some|loads\s+of)\s+luck\s+with|"
    r"make[s]?\s+(?:a|all\s+the|such\s+a|the\s+world\s+of)\s+(?:\w+\s+)?difference|"
    r"swears?\s+by|(?:is|are|'s|'re|was|were)\s+(?:\w+\s+)?(?:a\s+)?(?:\w+\s+)?(?:game[\s-]?changer|life[\s-]?saver|godsend)|"
    r"takes?\s+the\s+edge\s+off|"
    r"(?:is|'s|are|'re)\s+(?:honestly\s+|really\s+|probably\s+|always\s+)?the\s+best\s+(?:thing|reset|cure|remedy|medicine)\b"
    r"(?!\s+(?:for\s+)?(?:you|u)\b)|"
    r"(?:really|honestly|actually|always|definitely)\s+works?\b(?!\s+(?:for\s+)?(?:you|u|out|hard|late|long)\b)|"
    r"sorts?\s+(?:mine|me|it|that|them)\s+(?:out|right)|(?:usually\s+|always\s+|normally\s+|often\s+)?does\s+"
    r"(?:it|the\s+trick)\b|helped\s+(?:my|our)\s+(?:mum|mom|dad|aunt|uncle|sister|brother|friend|mate|nan|gran|"
    r"cousin|neighbour|neighbor|colleague|partner|wife|husband)|"
    r"(?:is|are|'s|'re)\s+(?:supposed|meant|said|known|proven|proved|shown)\s+to\s+(?:be\s+)?"
    r"(?:really\s+|so\s+|super\s+)?(?:good|great|brilliant|amazing|excellent|fab|help|work)|"
    r"(?:is|are|'s|'re)\s+(?:(?:really|so|super|very|honestly|just|meant\s+to\s+be|a|an|the)\s+)*(?:good|great|brilliant|"
    r"amazing|excellent|unreal|marvellous|marvelous|fantastic|wonderful|ideal|perfect|best)\s+(?:for\s+(?!you\b|u\b|me\b)|"
    r"way\s+(?:to|of)\b)|"
    r"(?:can|could|might|may)\s+be\s+(?:(?:so|really|very|incredibly|super|hugely|massively|such)\s+)?"
    r"(?:helpful|useful|a\s+(?:big|huge|great|real)\s+help)\b|"
    # "a bit of music can really help with focus"
    r"(?:can|could|might|may)\s+(?:really\s+|honestly\s+|actually\s+|definitely\s+|also\s+|"
    r"genuinely\s+|totally\s+)?help\b(?!\s+(?:me|us)\b))"
)
# A remedy ranked above all others: "nothing beats a white noise machine", "you can't beat a walk".
RANKED_FIRST = re.compile(
    r"\b(?:nothing|you\s+can't|can't|u\s+can't)\s+beats?\s+(?!(?:it|that|this|them|him|her|you|me|us|being|(?:the|that|a)\s+(?:feeling|moment|sight|"
    r"sound|smell|rush|buzz))\b)"
    r"(?P<what>[a-z][^.?!,;]*)"
)
# "I find a hot shower does wonders", "personally, I've found yoga helps": the listener's own
# endorsement put before a remedy; the remedy after it is the subject.
ENDORSED = re.compile(
    r"(?:(?:personally|honestly|tbh|in\s+my\s+experience)\s*,?\s*)*(?:i|(?:some|many|most|lots\s+of|a\s+lot\s+of)\s+"
    r"(?:people|folks|mums|moms|parents))\s+(?:always\s+|really\s+|honestly\s+|"
    r"personally\s+)?(?:find|found|reckon|swear|'ve\s+found|have\s+found|'ve\s+always\s+found)\s+(?:that\s+)?"
)
# Subjects that are not a thing to try: pronouns, "nothing", and words that open a question.
NOT_A_REMEDY = frozenset(
    "it that this he she they you u i we what nothing which who there something everything "
    "anything someone somebody everyone everybody nobody time but and so that's it's to".split()
)

# A service brought in as the subject of a present-tense or modal verb: "the council does
# grants for that", "banks usually refund you".
HELPER_PROVIDES = re.compile(
    r"\s+(?:(?:usually|often|normally|generally|always|will|can|should|might|could|do|does|"
    r"actually|sometimes|also)\s+)*(?:do|does|offer|offers|run|runs|have|has|give|gives|provide|"
    r"provides|refund|refunds|cover|covers|pay|pays|help|helps|sort|sorts|fix|fixes|deal|deals|"
    r"take|takes|let|lets|will|can|should|might|could|see|sees)\b"
)

# A right named to point at a step: "you're entitled to ask for...", "you have every right to
# refuse" (not "...to be upset", which legitimises the feeling).
ENTITLED = re.compile(
    r"\b(?:you|u)(?:'re|\s+are)\s+(?:\w+\s+)?(?:entitled|allowed)\s+to\s+|"
    r"\b(?:you|u)\s+(?:have|'ve\s+got|'ve)\s+(?:every|the|a|a\s+legal|the\s+legal)\s+right\s+to\s+"
)
FEELING_RIGHT = re.compile(
    r"(?:feel|be|cry|grieve|vent|rant|mourn|hate|miss|want|need|take\s+your\s+time|your|have\s+"
    r"(?:feelings|a\s+bad|a\s+wobble|an\s+off)|sulk|scream|shout|fall\s+apart|not\s+be\s+ok|"
    r"your\s+feelings|expect)\b"
)

# Comfort offered, not a fix: "shall I put the kettle on?", "can I run you a bath?".
COMFORT = re.compile(
    r"\b(?:kettle|tea|cuppa|coffee|drink|hug|cuddle|bath|blanket|snack|chocolate|takeaway|wine|"
    r"pizza|biscuit|biscuits|tissue|tissues)\b"
)
# A question that asks about now or what could be (auxiliary first, not the past simple):
# "has the GP seen it?", "does your union rep know?"; "did the council ever reply?" asks what
# happened.
PRESENT_QUESTION = re.compile(
    r"(?:is|are|isn't|aren't|do|does|don't|doesn't|have|has|haven't|hasn't|can|could|can't|"
    r"couldn't|would|wouldn't|will|won't|should|shouldn't|what(?:'s|\s+is|\s+are|\s+does|\s+do|\s+did|"
    r"\s+would|\s+could|\s+can|\s+has|\s+have)|who(?:'s|\s+is|\s+could|\s+can|\s+would))\b"
)

# A hypothetical step: "suppose you left it downstairs?", "supposing we..."
SUPPOSE = re.compile(
    r"\b(?:suppose|supposing)\s+(?:you|u|we)\s+(?:just\s+)?(?!(?:were|was|had|felt|feel|are|did|"
    r"didn't|hadn't|weren't|never)\b)[a-z]+"
)
