"""Read in the partner's statement, not the reply: are they upset with the listener, and did
they ask for advice (then advice is what they asked for)?
"""

from __future__ import annotations

import re

from trainer.grading.offline.patterns import rx

# Who is upset with whom: the partner's statement complains about the listener.
UPSET_WITH_LISTENER = rx(
    # a hurt pinned on what the listener did: "it upset me that you went", "it hurts when you look
    # at your phone", "I was gutted you didn't come"
    r"\b(?:upset|upsets|upsetting|hurt|hurts|hurtful|bothered|bothers|annoyed|annoys|stung|stings|"
    r"gutted|angry|mad|furious|frustrated|frustrates|embarrassed|humiliated|disappointed|sad|uneasy|"
    r"insecure|jealous|anxious|worried|lonely|left\s+out|invisible|unimportant|small|stupid|ignored|"
    r"neglected|dismissed|awkward)\s+"
    r"(?:me\s+)?(?:that|when|because|how)\s+(?:you|u)\s+(?!(?:were|was|are|weren't|aren't)\s+"
    r"(?:ill|sick|unwell|hurt|away|upset|sad|not\s+well)\b)[a-z']+",
    r"\b(?:you|u)\s+(?:didn't|did\s+not|never|don't|do\s+not|always|forgot|promised|said\s+you|"
    r"haven't|won't|keep|kept|left|ignored|missed|interrupted|laughed|walked\s+(?:away|out|off)|"
    r"spent|hardly|barely|rarely|chose|picked|went\s+(?:out|behind)|told\s+(?:your|him|her|them|"
    r"everyone)|lied|cheated|embarrassed|humiliated|made\s+(?:me|fun|plans)|were\s+(?:on\s+your|"
    r"late|rude|gone|out|texting|scrolling|glued)|couldn't\s+even|wouldn't|canceled|cancelled|"
    r"booked|bought|invited|agreed|took|just\s+(?:sat|left|walked|kept|scrolled|shrugged|"
    r"ignored|stood)|act(?:ed)?\s+like|sided|defended|snapped|yelled|rolled|checked\s+(?:out|your)|"
    r"let\s+(?:the|them|him|her|your|my|our|it)|read\s+my|went\s+(?:through\s+my|quiet|silent|"
    r"cold|all)|posted|shared\s+my|told\s+me\s+(?:it|you|that|he|she|they)|told\s+\w+\s+(?:what|"
    r"about|that)|gave\s+(?:my|away|our)|threw\s+(?:out|away)|(?:\w+\s+)?rolled\s+(?:away|over|"
    r"your\s+eyes))\b",
    r"\b(?:you|u)\b[^.?!]{0,60}\bwithout\s+(?:even\s+)?(?:asking|telling|checking\s+with|consulting)\s+me\b",
    r"\b(?:you|u)\s+were\s+(?:dancing|flirting|talking|chatting|laughing|texting|messaging|whispering)\s+"
    r"(?:with|to|at)\s+(?!me\b)",
    r"\bwhy\s+(?:didn't|don't|won't|do|did|are|were|would|can't|couldn't)\s+(?:you|u)\b",
    r"\b(?:remind|reminding|chase|chasing|nag|nagging|beg|begging)\s+(?:you|u)\b|\bi\s+see\s+(?:you|u)\s+"
    r"(?:\w+ing|on\s+your)\b|\b(?:you|u)(?:'re|\s+are)\s+(?:always|never|constantly|still)\b|"
    r"\bi(?:'m|\s+am)\s+the\s+only\s+one\s+who\b|\bi\s+had\s+to\s+(?:remind|ask|tell|do|beg|find\s+out)\b|"
    r"\b(?:nobody|no\s+one)\s+(?:here|in\s+this\s+(?:house|family|home))\b|\b(?:you|u)\s+(?:guys|all|both|two)\s+"
    r"(?:never|always|don't|didn't)\b",
    r"\byour\s+(?:phone|mom|mother|mum|family|friends|job|work|ex|parents|sister|brother)\b[^.?!]*"
    r"\b(?:always|again|never|more\s+than|over\s+me|first)\b",
    r"\b(?:i\s+(?:feel|felt)\s+like\s+)?(?:you|u)(?:'re|\s+are|\s+were)\s+(?:never|always|not)\s+"
    r"(?:there|home|listening|here|present|interested)\b",
    # how they have been with the partner: "you've been so distant lately", "you're really short with me"
    r"\b(?:you|u)(?:'ve|\s+have)\s+been\s+(?:so\s+|really\s+|a\s+bit\s+|very\s+|pretty\s+|kind\s+of\s+)?"
    r"(?:distant|cold|off|short|snappy|grumpy|moody|absent|distracted|checked\s+out|miles\s+away)\b|"
    r"\b(?:you're|you\s+are|ur)\s+(?:so\s+|really\s+|always\s+|being\s+)?(?:distant|cold|short|snappy)\s+"
    r"with\s+me\b",
    # a wish or a request about the listener's ways: "it'd be nice if you rang in the week", "I
    # wish you'd ask", "can you please not be on your phone at dinner?"
    r"\b(?:it'd|it\s+would)\s+be\s+(?:nice|good|lovely|great)\s+if\s+(?:you|u)\b[^.!?\n]{0,60}\b(?:sometimes|"
    r"now\s+and\s+then|once\s+in\s+a\s+while|for\s+once|more\s+often|occasionally|ever|not\s+(?:just|only))\b|"
    r"\bi\s+(?:just\s+)?wish\s+(?:you|u)(?:'d|\s+would)\s+(?!been\b|be\s+here|come\b|see\b|seen\b)|"
    r"\b(?:could|can|would)\s+(?:you|u)\s+(?:please\s+)?(?:stop|not\s+(?:be|leave|keep|put|play|use|shout|"
    r"interrupt|do\s+that))\b",
    # a find that confronts them: "I found vape stuff in your bag", "I found these in your pocket"
    r"(?:\bi\s+(?:just\s+)?|^)found\s+(?:[a-z']+\s+){1,4}(?:in|on)\s+(?:your|ur)\s+(?:bag|room|pocket|pockets|phone|car|"
    r"drawer|coat|jacket|wallet|laptop|browser|messages|search\s+history|bank\s+statement)\b",
)

# A question asking for the listener's view or experience ("why do you think he stopped
# replying?", "do you always get this nervous?"): it sounds like "why do you..." but is no
# complaint about the listener.
SEEKER_QUESTION = rx(
    r"\bwhy\s+(?:do|would|did|could)\s+(?:you|u)\s+(?:think|reckon|say|suppose|guess|imagine|figure)\b",
    r"\b(?:do|did|have|are|were)\s+(?:you|u)\s+(?:always|ever|usually|also|still|ever\s+been)\b"
    r"(?=[^.!]{0,80}\?)",
)


# A sentence that opens with what the listener did, in the past, with no stock phrase: "you
# scrolled through your phone the whole dinner", "you brought up my weight", "you was on the
# laptop all evening", "you've been on that phone since we sat down". Its verb is any past form
# (-ed, or an irregular one), so the kind is read by grammar, not by a list of complaints.
_IRREGULAR_PAST = (
    r"ate|drank|drove|sat|stood|spoke|brought|went|came|took|gave|threw|wore|slept|forgot|ran|"
    r"hung|broke|spent|left|made|said|told|kept|got|put|let|sent|wrote|sang|swore|shut|hid|"
    r"blew|fell|rode|stole|tore|woke|fought|caught|chose|held|lost|paid|sold|stuck|struck|"
    r"bit|hit|dug|dragged|flew|saw|heard|found|read|began|quit"
)
_YOU_DID = re.compile(
    r"(?:^|[.!?;\n]\s*|\b(?:and|then|but|so|tonight|today|yesterday|again|"
    r"night|morning|evening|afternoon|weekend|week|earlier|honestly|seriously)\s+)(?:you|u)"
    r"(?:'ve\s+been\s+(?:on|\w+ing)|\s+(?:just\s+|literally\s+|even\s+|actually\s+|also\s+|"
    r"again\s+|basically\s+)?(?:[a-z]{2,}ed|" + _IRREGULAR_PAST + r"|(?:were|was)\s+(?:on|in|at|"
    r"out|off|away|busy|\w+ing)|have\s+been\s+(?:on|\w+ing)|had\s+your))\b"
)
# ...unless the turn thanks or praises the listener ("you remembered my birthday, thank you")
# or the verb is no deed ("you seemed", "you needed", "you asked how I was")
_YOU_DID_NOT = re.compile(
    r"\b(?:thanks?|thank\s+you|thx|grateful|appreciated?|proud|lovely|so\s+(?:sweet|kind)|"
    r"amazing|best|lifesaver|saved\s+me|helped|love\s+(?:it|that|you))\b"
)
_NO_DEED = frozenset(
    "seemed looked sounded needed used wanted asked supposed noticed wondered loved liked "
    "mentioned offered helped remembered managed surprised deserved tried".split()
)


def _listener_deed(statement: str) -> bool:
    if _YOU_DID_NOT.search(statement):
        return False
    for m in _YOU_DID.finditer(statement):
        verb = m.group().split()[-1]
        if verb not in _NO_DEED:
            return True
    return False


def upset_with_listener(statement: str) -> bool:
    """Does the (normalised) statement complain about the listener? A question asking the
    listener's view is not a complaint, though it says "why do you" or "you always"."""
    seekers = [m.span() for m in SEEKER_QUESTION.finditer(statement)]
    return _listener_deed(statement) or any(
        not any(s <= m.start() < e for s, e in seekers)
        for m in UPSET_WITH_LISTENER.finditer(statement)
    )


ASKED_FOR_ADVICE = rx(
    r"\bwhat\s+(?:should|do|would|can|could)\s+(?:i|we)\s+(?:even\s+|actually\s+|possibly\s+)?do\b|"
    # "honestly, what would you cut?", "what would you say to her?": their question to the listener
    r"\bwhat\s+would\s+(?:you|u)\s+(?:do|cut|say|pick|choose|drop)\b|\bany\s+"
    r"(?:ideas|advice|suggestions|thoughts\s+on\s+what)\b|"
    # "help me" as a request (an imperative, "can you...", "I need you to..."), not a report of
    # who does not help ("he not help me with nothing", "nobody help me")
    r"(?:^|[.!?,;:]\s*|\b(?:please|pls|plz|can\s+you|could\s+you|would\s+you|will\s+you|to|"
    r"just|so|now|and|but|ok|okay|hey)\s+)"
    r"\bhelp\s+me\s+(?:figure|decide|think|"
    r"work\s+out|fix|plan|with)\b|\bshould\s+i\b|\bi\s+need\s+(?:your\s+)?(?:advice|ideas|help\s+"
    r"(?:deciding|figuring))\b|\bwhat\s+do\s+you\s+(?:think|suggest|recommend|reckon)\s+(?:i|we)\b|"
    r"\bhow\s+(?:do|should|can)\s+i\s+(?:fix|handle|deal|tell|get|stop|make)\b",
)

# a turn that thanks the listener or signs off ("thanks for listening", "thank you so much"): it
# brings no news a feeling could be pinned on
THANKS_TURN = re.compile(
    r"^\W*(?:thanks|thank\s+(?:you|u)|thx|ty|cheers|many\s+thanks|appreciate\s+it)\b"
)

# "I feel like I don't matter to her", "it feels as if nobody listens": a feeling said as a
# thought; the thought is what a restatement must say back to stand for the feeling
FELT_AS_THOUGHT = re.compile(
    r"\b(?:(?:i|we)(?:'m|\s+am)?\s+(?:(?:just|really|kind\s+of|sort\s+of|honestly|still|often|"
    r"sometimes|always)\s+)?(?:feel|felt|feeling)|it\s+(?:feels|felt))\s+(?:like|as\s+(?:though|if)|that)\b"
    r"(?P<thought>[^.!?\n]*)"
)

# The part they single out as what matters ("what stung was...", "the thing is...", "honestly
# what upsets me is..."): a reply must say back something of it, not only the part set aside.
_GETS_ME = (
    r"(?:got|gets|got\s+to|gets\s+to|upset|upsets|hurt|hurts|bothers|bothered|kills|killed|stung|"
    r"stings|annoys|annoyed|worries|worried|scares|scared|needles|needled|eats\s+at|ate\s+at|gnaws\s+at)"
)
_CANT_SHAKE = (
    r"(?:can't|cannot|can\s+not|couldn't)\s+(?:shake|get\s+past|get\s+over|stop\s+thinking\s+about|"
    r"let\s+go\s+of|get\s+my\s+head\s+(?:round|around)|stand|handle|forgive)"
)
FOCUS = re.compile(
    r"\b(?:what\s+(?:really\s+|actually\s+|honestly\s+|truly\s+|genuinely\s+)?"
    + _GETS_ME
    + r"(?:\s+me)?\s+(?:is|was)|"
    r"the\s+(?:worst|hardest|real)\s+(?:part|thing|bit|problem)\s+(?:is|was)|"
    r"the\s+thing\s+is|(?:the\s+)?only\s+thing\s+is|what\s+i\s+(?:really\s+)?(?:mind|minded|hate|hated|"
    + _CANT_SHAKE
    + r")\s+(?:is|was)|"
    # "the bit I can't get past is...", "the part that gets me is..."
    r"the\s+(?:bit|part|thing)\s+(?:that\s+)?(?:i\s+(?:really\s+|just\s+)?" + _CANT_SHAKE + r"|"
    r"(?:really\s+|actually\s+|keeps\s+|kept\s+)?(?:"
    + _GETS_ME
    + r"|needling|bugging|nagging\s+at|"
    r"eating\s+at|getting\s+to)\s+me)\s+(?:is|was)|"
    # "what's really getting to me is...", "what's actually eating at me is..."
    r"what's\s+(?:really\s+|actually\s+|honestly\s+)?(?:doing\s+my\s+head\s+in|getting\s+to|eating(?:\s+at)?|bugging|"
    r"bothering|killing|upsetting|getting|hurting|needling|gnawing\s+at)\s+me\s+(?:is|was))"
    r"\s*,?\s*(?P<focus>[^.!?\n]+(?:\?['\u2019\u201d]\s*[^.!?\n]*)?)"
)
# "It was you nodding along that got me", "it was you laughing along that stung": the part they
# single out, said as a cleft
CLEFT = re.compile(
    r"(?:^|[.!?]\s+|,\s*|\bbut\s+)it\s+(?:was|is|'s)\s+(?:really\s+|more\s+|just\s+)?"
    r"(?P<focus>[^.!?\n]{3,100}?)\s+that\s+(?:really\s+|actually\s+|properly\s+)?(?:(?:got|gets|"
    r"got\s+to|gets\s+to|upset|upsets|bothered|bothers|killed|kills|broke|gutted)\s+me|"
    r"(?:hurt|hurts|stung|stings)(?:\s+me)?)\b"
)
# "It's not even the money. It's that you didn't ask", "the worst bit isn't the telly, it's
# that...": one part set aside, then the one that matters
NOT_X_BUT_Y = re.compile(
    r"\b(?:it's|it\s+is|it\s+was|this\s+is|that's|the\s+(?:worst|hardest|real)\s+(?:part|thing|bit)"
    r"(?:\s+about\s+[^.!?,\n]{1,40})?)\s+(?:not|isn't|wasn't|is\s+not|was\s+not)\s+(?:even\s+|really\s+|"
    r"just\s+)?(?:about|the|that|a|an|my|your|his|her|their|our|because)\b[^.!?\n]{1,60}?[.,;!]\s*(?:but\s+)?(?:it's|it\s+is|it\s+was|that's)\s+(?:that\s+|"
    r"about\s+|the\s+fact\s+that\s+|because\s+)?(?P<focus>[^.!?\n]+)"
)
# "I'm not bothered that she forgot. I'm hurt that...": a feeling denied for one part, then
# claimed for another; the second is their point
SET_ASIDE_THEN = re.compile(
    r"\b(?:i'm\s+not|i'm\s+no|i\s+am\s+not|i\s+wasn't|i\s+don't\s+(?:really\s+)?mind|i\s+didn't\s+mind|i'm\s+(?:honestly\s+|"
    r"totally\s+|really\s+)?(?:fine|ok|okay|alright)\s+(?:about|with))\b[^.!?\n]*"
    r"[.!?,;]?\s*(?:but\s+)?(?:i'm|i\s+am|i\s+was|i\s+just\s+feel|i\s+feel)\s+(?:just\s+|really\s+|so\s+|a\s+bit\s+)*"
    r"(?:upset|hurt|angry|annoyed|sad|gutted|cross|bothered|stung|stressed|worried|scared|anxious|nervous|"
    r"afraid|frightened|embarrassed|ashamed|disappointed|frustrated|jealous)\s+(?:(?:that|because|about|by)\s+|(?=(?:she|he|they|it|we|you)(?:'ll|'s|\s+won't|\s+will|"
    r"\s+might|\s+can't|\s+isn't|\s+doesn't|\s+didn't|\s+don't|\s+never|\s+haven't|\s+forgot|"
    r"\s+wouldn't)\b))"
    r"(?P<focus>[^.!?\n]+)"
)
# "missing the gig isn't the thing, ... it's that Lou knew": a part named, set aside as not the
# point, then the one that is
X_IS_NOT_THE_POINT = re.compile(
    r"\b(?:isn't|is\s+not|wasn't|was\s+not|ain't)\s+(?:really\s+|even\s+)?the\s+(?:thing|point|issue|"
    r"problem|bit|part)\b[^.!?\n]{0,80}?[.,;!]\s*(?:[^.!?\n]{0,40}?[.,;]\s*)?(?:but\s+)?(?:it's|it\s+is|"
    r"it\s+was)\s+(?:that\s+|the\s+fact\s+that\s+|because\s+)?(?P<focus>[^.!?\n]+)"
)
# "I don't even care what she read, it's that she went through my stuff": what they do not care
# about set aside, then the point
DONT_CARE_THEN = re.compile(
    r"\b(?:i\s+(?:honestly\s+|really\s+|just\s+)?(?:don'?t|do\s+not)\s+(?:even\s+|really\s+|honestly\s+)?care|"
    r"i'm\s+(?:not|no)\s+(?:even\s+|really\s+)?(?:bothered|fussed|worried|upset|annoyed|angry|cross|mad))\s+"
    r"(?:about|what|that|if|how|by|with)\b"
    r"[^.!?\n]{1,80}?[.,;!]\s*(?:but\s+)?(?:(?:it's|its|it\s+is)\s+(?:more\s+|really\s+)?|i\s+(?:do\s+|just\s+)?"
    r"care\s+(?=that|about)|what\s+i\s+care\s+about\s+is\s+)(?:that\s+|about\s+|the\s+fact\s+that\s+)?"
    r"(?P<focus>[^.!?\n]+)"
)
# "The flat's gorgeous and the commute's shorter, but I miss the old neighbours": the good parts
# granted, then what weighs on them
GRANTED_BUT = re.compile(
    r"\b(?:is|are|was|were|'s)\s+(?:\w+\s+)?(?:lovely|great|fine|good|better|nice|amazing|brilliant|"
    r"gorgeous|grand|wonderful|perfect|ok|okay)\b[^.!?\n]{0,80}?,?\s+but\s+(?P<focus>i\s+(?:really\s+|"
    r"just\s+|still\s+|honestly\s+)?(?:miss|hate|feel|felt|can't|cannot|couldn't|am|'m|was|keep|kept|"
    r"wish|don't|didn't)\b[^.!?\n]+)"
)
# "I'm a bit nervous about the job, but mostly I'm sad to leave the team": the part they rank first
BUT_MOSTLY = re.compile(
    r"\bbut\s+(?:mostly|mainly|more\s+than\s+(?:anything|that)|above\s+all|most\s+of\s+all)\s*,?\s*"
    r"(?P<focus>(?:i|it|what|that)\b(?!(?:'m|\s+am|'s|\s+is)\s+(?:coping|fine|ok|okay|good|alright|all\s+right)\b)"
    r"[^.!?\n]+)"
)
# "I'm glad he's settled, really. But it worries me that he never mentions a friend": a good
# feeling granted, then the one that weighs
GLAD_BUT = re.compile(
    r"\b(?:i'm|i\s+am|i\s+was|i\s+feel)\s+(?:really\s+|so\s+|very\s+|genuinely\s+)?(?:glad|pleased|happy|"
    r"proud|relieved|grateful|thrilled|chuffed)\b[^.!?\n]{0,200}[.!?,;]?\s*(?:really[.!,]?\s*)?but\s+(?P<focus>"
    r"(?:it|that|what)\s+(?:really\s+|also\s+|still\s+)?(?:worries|scares|bothers|upsets|frightens|"
    r"terrifies|concerns|kills|hurts|gets\s+to)\s+me\b[^.!?\n]*|i'm\s+(?:also\s+|really\s+|a\s+bit\s+|"
    r"still\s+)?(?:worried|scared|frightened|anxious|upset|sad|hurt|gutted|terrified|nervous)\b[^.!?\n]*)"
)
# "my uncle made a crack about my weight, which, fine, he does that to everyone. But then Gran
# said...": one part waved off, then what stays with them
DISMISSED_THEN = re.compile(
    r"(?:(?:^|[,.;]\s*)(?:fine|whatever)\s*[,.;]|\bi\s+don't\s+(?:even\s+)?care\b|\bi\s+can\s+live\s+with\s+"
    r"that\b|\bfair\s+enough\b)(?:[^.!?\n]{0,80}?[.,;!])?\s*but\s+then\s+(?P<focus>[^.!?\n]+)"
)
# the patterns that find the part a partner singles out (the grade and offered reflections alike)
FOCUS_PATTERNS = (
    DISMISSED_THEN,
    FOCUS,
    SET_ASIDE_THEN,
    NOT_X_BUT_Y,
    CLEFT,
    X_IS_NOT_THE_POINT,
    DONT_CARE_THEN,
    GRANTED_BUT,
    BUT_MOSTLY,
    GLAD_BUT,
)
# "Your dad mocked my cooking, and you just laughed along", "I'm shattered, and it doesn't help
# that you act like it happens by magic": after another's part, the listener's own, the part a
# complaint is aimed at (read by the grade only: offered reflections must not say it as theirs)
_YOU_DID_PART = (
    r"(?P<focus>you\s+(?:just\s+|then\s+|still\s+|even\s+|also\s+)?(?!know\b|see\b|can\b|could\b|might\b|"
    r"may\b|said\s+you\b|were\s+right\b|never\s+(?:got|get|know)\b|(?:just\s+)?have\s+to\b|can't\b|get\b|"
    r"never\s+really\b)[a-z']+[^.!?\n]*)"
)
LISTENER_PART = (
    re.compile(
        r"(?:,\s*|\s)(?:and|but)\s+(?:(?:it\s+)?(?:doesn't|does\s+not)\s+help\s+that\s+|then\s+|"
        r"on\s+top\s+of\s+(?:that|it)\s+)?" + _YOU_DID_PART
    ),
    # "...and then when I tried to vent to you last night you were scrolling your phone"
    re.compile(r"\b(?:and|but)\s+(?:then\s+)?when\s+i\s+[^.!?\n]{0,60}?\s" + _YOU_DID_PART),
)
# What they ask of the listener, after the rest, complaint or not: "...I just want you to step in
# for once", "I need you to back me up when I say lights out" (not "I need you to know...")
LISTENER_ASK = re.compile(
    # (not one ruled out, "I'm not saying I need you to fix it", nor someone's words quoted)
    r"(?<!saying\s)(?<!asking\s)(?<!')(?<!\")\b(?:i\s+(?:just\s+|really\s+|only\s+)?(?:want|need|wanted|needed)|"
    r"i'd\s+(?:really\s+)?like|all\s+i\s+(?:want|need)\s+is\s+for|i'm\s+asking)\s+(?P<focus>(?:you|u)\s+to\s+"
    r"(?!know\b|understand\b|listen\b|hear\b|be\s+happy\b|see\b|realise\b|realize\b|help\b)"
    r"[a-z']+[^.!?\n]*)"
)

# What the partner rules out: "I'm not saying I want to quit", "I'm not asking you to give it up",
# "I don't want to fall out with her". Said back as what they want or plan, it is the point turned
# into the very thing they denied.
RULED_OUT_WISH = (
    re.compile(
        r"\b(?:i'm|i\s+am)\s+not\s+(?:saying|asking|telling\s+you|suggesting|going|gonna|planning|"
        r"about|looking\s+for|wanting|trying\s+to\s+get)\s+(?:that\s+)?(?:(?:i|we|you)\s+)?(?:(?:want|wanna|need|have|ought|should|to|going|"
        r"would|like)\s+(?:to\s+)?)*(?P<x>[^.,;!?\n]+)"
    ),
    re.compile(
        r"\b(?:i|we)\s+(?:don't|do\s+not)\s+(?:even\s+|really\s+)?want\s+(?:you\s+)?(?:to\s+)?"
        r"(?P<x>[^.,;!?\n]+)"
    ),
)
# What they set aside as not the subject: "Not sex, even.", "it's not about the money"
RULED_OUT_TOPIC = (
    re.compile(r"(?:^|[.!?]\s*)not\s+(?:even\s+)?(?P<x>[a-z']+(?:\s+[a-z']+)?)\s*,?\s+even\b"),
    re.compile(
        r"\b(?:(?:it's|it\s+is|is|this\s+is|that's)\s+not|(?:this|it|that)\s+(?:isn't|wasn't|was\s+not))\s+"
        r"(?:even\s+|really\s+|just\s+)?about\s+(?P<x>[^.,;!?\n]+)"
    ),
    # "I don't care that the sofa cost two grand", "I don't mind about the money"
    re.compile(
        r"\bi\s+(?:don't|do\s+not|didn't)\s+(?:even\s+|really\s+|actually\s+)?(?:care|mind)\s+"
        r"(?:that|about)\s+(?P<x>[^.,;!?\n]+)"
    ),
    # "I'm not upset that you bought the bike", "I wasn't even mad about the trip": the cause
    # they disown before the one they give (not inside quotes, and ending at "but")
    re.compile(
        r"(?<!['\"\u2018\u201c])\b(?:(?:i'm|i\s+am)\s+not|i\s+wasn't|i\s+was\s+not)\s+"
        r"(?:even\s+|really\s+|actually\s+)?(?:upset|angry|mad|cross|annoyed|bothered|hurt|fussed)\s+"
        r"(?:(?:that|about|because|over)\s+|(?=(?:you|he|she|they|we|it)\b))"
        r"(?P<x>(?:(?!\bbut\b|\bi\s+(?:just|only|am|was)\b|\bi'm\b)[^.,;!?\n])+)"
    ),
    # "I'm not after their money", "I'm not in it for the room"
    re.compile(
        r"\b(?:i'm|i\s+am|we're)\s+not\s+(?:even\s+|really\s+)?(?:after|interested\s+in|in\s+it\s+for)\s+"
        r"(?P<x>[^.,;!?\n]+)"
    ),
)

# Someone else's words or view reported: "she said...", "the GP says...", "he thinks...". A
# denial after it ("she said it's not a worry yet") and a reason said back from it ("because she
# thinks you're not the right fit" for "she says I'm not fit") are theirs, not the partner's.
SOMEONE_SAID = re.compile(
    r"\b(?:she|he|they|doctor|gp|nurse|midwife|visitor|consultant|teacher|boss|everyone|people|mum|dad)"
    r"\s+(?:keeps?\s+saying|says?|said|tells?\s+(?:me|us)|told\s+(?:me|us)|reckons?|thinks?|thought|believes?)\b"
)
# ...with no sentence break between it and what follows
SOMEONE_SAID_BEFORE = re.compile(SOMEONE_SAID.pattern + r"[^.!?;]*$")
# ...as their verdict on the partner, right before a word: "everyone says I'm lucky", "mum
# thinks I should be grateful": their word for how the partner ought to feel, not the partner's
THEIR_VERDICT_BEFORE = re.compile(
    SOMEONE_SAID.pattern
    + r"\s+(?:that\s+)?(?:i'm|i\s+am|i\s+was|i\s+should\s+be|i\s+ought\s+to\s+be|"
    r"i'd\s+be|i\s+must\s+be)\s+(?:so\s+|really\s+|very\s+|just\s+|being\s+)?$"
)

# the partner spoke of a crowd of peers ("everyone else on my course", "my year group"): "your
# mates" or "your friends" says them back, it invents no one
PEER_GROUP = re.compile(
    r"\b(?:everyone|everybody|all\s+(?:the\s+)?others|the\s+others|the\s+rest\s+of\s+(?:us|them|the)|"
    r"my\s+(?:group|class|course|year|team|cohort|squad|crew))\b"
)


# They blame themselves: "I feel like I let every one of them down", "I'm a horrible daughter",
# "I'm such a hypocrite", "it's all my fault". Their feeling points at themselves.
SELF_BLAME = re.compile(
    r"\bi(?:'ve|\s+have)?\s+(?:really\s+|totally\s+)?let\s+(?:(?:every|each|all)\s+(?:one\s+)?of\s+)?"
    r"(?:them|him|her|you|everyone|everybody|the\s+\w+|my\s+\w+)\s+down\b|"
    r"\b(?:i'm|i\s+am|i\s+feel\s+like)\s+(?:such\s+|a\s+|an\s+|the\s+)*(?:horrible|terrible|awful|bad|"
    r"rubbish|useless|crap|worst)\s+(?:\w+\s+)?(?:daughter|son|mum|mom|mother|dad|father|friend|wife|"
    r"husband|partner|person|sister|brother|boss|manager|parent|teacher)\b|"
    r"\b(?:i'm|i\s+am)\s+(?:such\s+)?a\s+(?:hypocrite|failure|fraud)\b|"
    r"\b(?:it's|it\s+is|it\s+was)\s+(?:all\s+)?my\s+(?:own\s+)?fault\b|\bi\s+blame\s+myself\b|"
    r"\bi\s+(?:should\s+never\s+have|shouldn't\s+have|should\s+not\s+have)\b(?!\s+(?:to|let|lent|trusted|"
    r"listened|believed|given|agreed)\b)"
)
