"""Not fixing: advice, solution questions, plans, reassurance and silver linings, and what
excuses them (an invitation to say more, negated or reported advice, asking permission first).

Matched on normalised text (see text.py); the detectors in detectors/fixing.py add the context
rules (questions, negation, who is speaking).
"""

from __future__ import annotations

import re

from trainer.grading.offline.patterns import rx

# Base-form verbs that start an imperative ("talk to her", "just quit").
IMPERATIVE_VERBS = (
    "talk|tell|ask|go|grab|take|try|call|quit|stop|ignore|write|make|get|put|find|set|book|schedule|"
    "email|text|apply|look|start|leave|block|delete|hire|sign|focus|remember|breathe|relax|sleep|"
    "eat|speak|push|stand|say|give|send|reach|plan|prioriti[sz]e|delegate|check|read|pick|cut|"
    "treat|buy|sell|move|report|file|document|raise|bring|confront|approach|explain|journal|"
    "meditate|exercise|invite|cancel|skip|turn|put|drop|update|negotiate|demand|insist|refuse|"
    "limit|mute|unfollow|unplug|hide|lock|budget|save|spend|pay|return|contact|visit|join|"
    "see|let|move|forgive|forget|apologi[sz]e|"
    "consider|use|keep|hang|sit|walk|think|learn|practice|practise|share|open|change|fix|"
    "shake|brush|vent|write|organi[sz]e|clean|ditch|dump|cut|log|switch|unsubscribe|wait|"
    "do|don't|dont|be|stay|hold|ring|message|google|research|download|install|reschedule|"
    "prepare|rehearse|sleep|plan|watch|obey|listen\\s+to|stick|avoid|quit|remind|allow|accept|"
    "embrace|reach\\s+out|sign\\s+up|look\\s+into|remain|strengthen|pursue|enjoy|obsess|crowd|"
    "dwell|distract|surround|lean\\s+on|count|breathe|write\\s+down|note|treat\\s+yourself"
)

# Imperatives that invite the partner to say more: curiosity, not a fix.
INVITATION = re.compile(
    r"^(?:tell me|talk to me|say more|keep going|go on|help me understand|let me|walk me through|"
    r"fill me in|correct me|take your time|vent|be gentle with yourself|look,|listen,|see,|"
    r"thank you|thanks|forgive me|give me a (?:sec|second|minute|moment)|hold on|wait,|"
    # "remember when she skipped my birthday?": a memory brought up, not a task
    r"remember (?:when|the time|that time) (?:i|she|he|they|my|our|your)\b|imagine|don't apologi[sz]e|don't be sorry|don't feel bad for (?:venting|telling)|"
    r"let's (?:talk|slow down|sit with)|be honest with me|take a (?:second|moment) to tell|"
    r"take care\b|have a (?:good|great|nice|lovely) (?:day|night|one|evening|weekend))"
)

DISCOURSE = (
    r"(?:(?:so|and|but|then|though|also|ok|well|honestly|seriously|maybe|perhaps|just|babe|hun|"
    r"honey|love|sweetie|dude|man|bro|please|oh|yeah|ugh|look|listen|hey|first|next|anyway|like|"
    r"always|never|definitely|really|perhaps|probably|sometimes|personally|instead|now|yes|no|"
    r"right|sure|absolutely|totally|okay|"
    r"i mean|i guess|i think|in the future|next time|tomorrow|tonight|for now|if i were you|"
    r"if it were me|if you want|if you can|if possible|whatever happens|either way)[,\s]+)*"
)

IMPERATIVE_START = re.compile(
    rf"^{DISCOURSE}(?:just\s+)?(?!stop\s+(?:whining|complaining|crying|being|moaning|sulking)|"
    r"join\s+the\s+club|look\s+at\s+god\b|don't\s+say\s+(?:that|this|things\s+like\s+that)\b(?!\s+to\b))"
    # "never mind Trevor", "first go as well!": no order in them
    r"(?:(?<!never\s)|(?!mind\b))(?:(?<!first\s)|(?!go\s*(?:as\s+well|too|[!.,?]|$)))"
    # "totally get feeling insecure", "really get it": "(I) get it", not an order to get something
    r"(?:(?<!totally\s)(?<!really\s)(?<!completely\s)(?<!fully\s)|(?!get\b))"
    rf"(?:{IMPERATIVE_VERBS})\b(?!\s*,|')(?<!don't(?=\W*$))"
)

ADVICE = rx(
    # modal advice aimed at the partner ("does that mean you might have to...?" asks what follows)
    r"(?<!mean\s)(?<!means\s)\b(?:you|u|ya)\s+(?:really\s+|just\s+|honestly\s+|definitely\s+|probably\s+|seriously\s+|do\s+|"
    r"totally\s+|might\s+|may\s+|still\s+|also\s+)*(?:should|ought\s+to|need\s+to|needa|have\s+to|"
    r"must|gotta|got\s+to|better|had\s+better|'d\s+better|could|can|might\s+want\s+to|"
    r"may\s+want\s+to|might\s+try|might\s+consider)\s+(?:just\s+|always\s+|maybe\s+|try\s+(?:to\s+)?|"
    r"probably\s+|really\s+|also\s+|at\s+least\s+|seriously\s+)*(?!be\s+(?:proud|so\s+proud|"
    r"happy|thrilled|excited|celebrat|pleased|relieved)|feel\s+(?:proud|good|happy)|"
    r"have\s+(?:been|had|seen)|be\s*(?:[.!,]|$)|'ve\s+|not\s+have\s+to|never\s+have|be\s+heard|be\s+seen|"
    r"be\s+understood|feel\s+|vent|envision|picture|sense|know\s+(?:that\s+)?i|know\s+how|know\s+(?:that\s+)?(?:there's|there\s+is|someone|somebody|"
    r"you're|you\s+are|it's|people|they)|hear\s+|tell\s+(?:that|he|she|"
    r"they|it)\b|see\s+(?:that|why|how|he|she|they|it)\b|imagine|count\s+on\s+me|always\s+talk\s+to\s+me|"
    r"talk\s+to\s+me|come\s+to\s+me|lean\s+on\s+me|cry|take\s+your\s+time|do\s+whatever\s+you)"
    r"(?:[a-z]+)",
    r"\bwhy\s+(?:don't|dont|not|wouldn't)\s+(?:you\s+|u\s+|we\s+)?(?:just\s+)?[a-z]+",
    r"\bhave\s+you\s+(?:ever\s+)?(?:tried|considered|thought\s+(?:about|of)|looked\s+into|"
    r"asked\s+(?:for|about)|talked\s+to\s+(?:a|someone|hr|your|a\s+therapist))",
    r"\bdid\s+you\s+(?:try|consider|think\s+about)\b",
    r"\bwhat\s+if\s+(?:you|we|i)\s+(?:just\s+)?(?!(?:am|was|were|had|have|did|do|felt|feel)\b)[a-z]+",
    r"\bmaybe\s+if\s+you\b(?!\s+(?:hadn't|had|didn't|weren't|wasn't|'d))|\bif\s+you\s+(?:just|only)\s+[a-z]+",
    r"\bi\s+(?:wouldn't|would\s+not)\s+(?:read|worry|take\s+it|stress|bother|sweat|overthink|dwell|make|"
    r"let|give|waste)\b",
    # "I'd ring them" offers a way; "I said I'd do the school run" reports a promise
    r"(?<!said\s)(?<!promised\s)(?<!told\s\w{2}\s)\bi'd\s+(?:just\s+|honestly\s+|definitely\s+|probably\s+)?"
    r"(?!be\b|feel\b|love\b|hate\b|like\b|"
    r"want\b|guess\b|say\s+that|have\s+been|imagine|think)(?:" + IMPERATIVE_VERBS + r")\b",
    r"^(?:so\s+|and\s+|ok\s+|honestly\s+|then\s+|well\s+)?just\s+(?!a\b|the\b|like\b|so\b|now\b|because\b|"
    r"thinking\b|checking\b|wanted\b|want\b|saying\b|wondering\b|that\b|you\b|me\b|my\b|your\b|to\b|"
    r"from\b|by\b|in\b|listening\b|hearing\b|reading\b|chatting\b|talking\b|ok\b|okay\b|fine\b|"
    r"was\b|were\b|is\b|feeling\b|felt\b|trying\b|"
    r"how\b|what\b|when\b|as\b|being\b|feel|let\s+me|know|hear|sit|listen|here|one|two|another|"
    r"awful|terrible|sad|really|so|too|very|thought|imagine|typical|great|brilliant|perfect|lovely|"
    r"wonderful|my\s+luck)[a-z]+",
    r"\bhow\s+about\s+(?:(?:you|we)\s+(?:just\s+)?[a-z]+|[a-z]+ing|a|an|some|if\s+(?:you|we|i))\b",
    r"\bwhat\s+about\s+[a-z]+ing\b",
    r"\bif\s+i\s+were\s+you\b",
    r"\bif\s+it\s+were\s+me\b",
    r"\b(?:i'd|i\s+would|what\s+i'd\s+do|what\s+i\s+would\s+do)\s+(?:just\s+|honestly\s+|"
    r"definitely\s+|probably\s+|seriously\s+)*(?:tell|talk|quit|say(?!\s+(?:that|it|this|so|you're|you\s+are)\b)|go|"
    r"ask|call|leave|ignore|"
    r"report|block|email|text|confront|stand|push|refuse|start|look|find|get|take|send|demand|"
    r"dump|move|sell|cancel|put|stop|have\s+(?:told|said|quit|left|asked|called|gone)|be\s+looking|"
    # "I'd just laugh it off", "I'd let it go": how the listener would take it, offered as the way
    r"(?:laugh|shrug|brush)\s+(?:it|that|them|him|her)\s+off|let\s+(?:it|that)\s+(?:go|slide)|rise\s+above|"
    r"have\s+(?:a\s+)?(?:quiet\s+|proper\s+|serious\s+)?(?:word|chat|talk)\s+with)\b",
    r"\bmy\s+(?:advice|suggestion|two\s+cents|recommendation)\b",
    r"\bi\s+(?:would\s+)?(?:suggest|recommend|advise|propose)\b",
    r"\bi\s+(?:really\s+)?think\s+(?:that\s+)?you\s+(?:should|need\s+to|have\s+to|ought\s+to|could|"
    r"must|gotta)\b",
    r"(?<!like\s)\bit\s+(?:might|would|could|may)\s+(?:really\s+)?(?:help|be\s+(?:good|smart|worth|wise|best|"
    r"a\s+good\s+idea))\s+(?:to|if)\b",
    r"\b(?:it's|it\s+is)\s+(?:probably\s+)?(?:worth|best|smart|wise|a\s+good\s+idea)\s+(?:to|"
    r"[a-z]+ing)\b",
    r"\bthe\s+(?:best|only|smart|right)\s+(?:thing|move|option|way)\s+(?:(?:for\s+you\s+)?to\s+do|is|"
    r"would\s+be)\b",
    r"\bi\s+wonder\s+(?:if|whether)\s+(?:you|it)\s+(?:could|can|might|would)\s+(?!be\b|feel\b|have\s+been)"
    r"[a-z]+",
    r"\b(?:is|are|would\s+be|could\s+be|might\s+be)\s+(?:a\s+)?(?:great|good|nice|healthy|helpful|useful)\s+"
    r"(?:way|idea|place|thing)\s+to\b",
    r"\bpiece\s+of\s+advice\b|\badvice\s+(?:would|is|was)\b|\bi\s+would\s+(?:avoid|try|recommend|"
    r"suggest|start|focus|stop|tell|talk|ask|quit|leave|ignore|consider|look)\b",
    r"\b(?:it\s+might\s+be|maybe\s+it's|perhaps\s+it's|it's\s+probably|it\s+may\s+be)\s+time\s+to\b",
    r"(?<!was\s)(?<!is\s)(?<!were\s)(?<!are\s)\b(?:maybe|perhaps)\s+(?:just\s+)?(?!you're|you\s+are|that|it|this|nothing|something|everything|"
    r"anything|being|during|morning|evening|thing)[a-z]+ing\b",
    r"\b(?:maybe|perhaps)\s+(?:you\s+(?:could|can|should)\s+|just\s+|try\s+|we\s+could\s+)?(?:"
    + IMPERATIVE_VERBS
    + r")\b(?!\s+(?:me|us)\s+(?:more|what|about|how|everything|anything|why|if\s+i)\b)",
    r"\b(?:just|simply)\s+(?:tell|talk|say|ask|quit|ignore|leave|block|stop|go|call|text|email|"
    r"let\s+it|walk\s+away|put|take|get|send|delete|mute|push|refuse|book|do)\b(?!\s+(?:me|us)\b)",
    r"\bdon't\s+let\s+(?:him|her|them|it|that|this|people|anyone|your)\b",
    r"\b(?:you\s+can't|you\s+cannot|you\s+mustn't|you\s+shouldn't|you\s+should\s+not)\s+let\s+"
    r"(?:him|her|them|it|that|this)\s+(?:ruin|spoil|wreck|"
    r"get\s+to|take\s+over|stop)\b",
    # "..., just ignore her though": an instruction after a comma
    r"(?:^|[,;]\s*|(?<=[.!]\s))just\s+(?:rise\s+above|ignore|"
    r"walk\s+away|laugh\s+it\s+off|block|report|unfollow|"
    r"mute|leave\s+it|let\s+it\s+go|forget\s+(?:it|about|her|him|them))\b",
    r"\bnext\s+time,?\s+(?:just\s+)?(?:tell|say|ask|try|don't|make|call|text|speak|bring|nudge|remind|wake|"
    r"let|give|" + IMPERATIVE_VERBS + r")\b",
    r"\bconsider\s+[a-z]+ing\b",
    r"\bmake\s+sure\s+(?:you|to)\b",
    r"\b(?:worth\s+(?:a\s+(?:try|shot|go|look)|trying|a\s+conversation|considering|looking\s+into)|"
    r"give\s+it\s+a\s+(?:try|shot|go))\b",
    r"\b(?:you|u)\s+(?:really\s+|just\s+|definitely\s+|probably\s+)?need\s+(?:a|an|some|more|better|"
    r"new|to\s+get\s+(?:a|some|out|away|help))\s+(?!(?:to\s+)?(?:be\s+heard|someone\s+to\s+listen|"
    r"hug|space|minute|moment|break\s+from\s+me))[a-z]+",
    r"\bi\s+(?:really\s+)?(?:believe|feel\s+like|feel|reckon|guess)\s+(?:that\s+)?you\s+(?:should|need\s+to|"
    r"have\s+to|ought\s+to|must|need\s+(?:a|an|some|more))\b",
    r"\b(?:if\s+i\s+(?:can|could|may|might)\s+suggest|(?:can|could|may|might)\s+i\s+suggest|"
    r"one\s+suggestion|a\s+suggestion|(?<!got\s)(?<!have\s)(?<!had\s)(?<!made\s)(?<!'ve\s)a\s+good\s+(?:solution|idea|option|plan|step|start)\s+"
    r"(?:to|would|is|might|could|would\s+be)|(?:would|could|might)\s+be\s+a\s+good\s+(?:solution|"
    r"idea|option|plan|step|start|thing\s+to))\b",
    r"(?<!like\s)\b(?:it|that|this|which|they|these|those)\s+(?:should|will|would|could|might|can|may)\s+"
    r"(?:really\s+|definitely\s+|probably\s+|also\s+)?help(?:\s+you|\s+a\s+lot|\s+with|\s+to)?\b",
    r"\b[a-z]+ing\s+(?:[a-z]+\s+){0,4}(?:can|could|might|may|will|would|should)\s+(?:really\s+|"
    r"also\s+|definitely\s+)?help\b",
    r"\bwhat\s+(?:works|helps|helped|worked)\s+(?:best\s+|for\s+me\s+)?(?:for\s+me\s+)?(?:is|was)\b|"
    r"\b(?:works|worked)\s+(?:wonders|best|well)\s+for\s+me\b",
    r"\bis\s+it\s+possible\s+(?:that\s+)?(?:you|to)\b",
    r"\bthe\s+best\s+way\s+to\b",
    # "third try and you got it": after an ordinal, a try is an attempt, not an order
    r"(?<!you\s)(?<!they\s)(?<!he\s)(?<!she\s)(?<!we\s)(?<!i\s)(?<!can\s)(?<!to\s)"
    r"(?<!first\s)(?<!second\s)(?<!third\s)(?<!fourth\s)(?<!fifth\s)(?<!sixth\s)(?<!last\s)"
    r"(?<!another\s)(?<!more\s)(?<!nth\s)(?<!1st\s)(?<!2nd\s)(?<!3rd\s)(?<!4th\s)(?<!5th\s)"
    r"(?<!never\s)(?<!not\s)(?<!didn't\s)(?<!wouldn't\s)(?<!i'd\s)(?<!would\s)\btry\s+(?!(?:being|having|doing|living|working)\s+(?:me|my|what\s+i))(?:to\s+[a-z]+|and\s+[a-z]+|[a-z]+ing)\b",
    # everyday advice: "what you need to do is", "the trick is", "one thing that works is"
    r"\bwhat\s+(?:you|u|we)\s+(?:really\s+)?(?:need|have|ought|should|want|got)\s+to\s+do\s+is\b",
    r"\bthe\s+(?:trick|key|secret|answer|solution|best\s+bet)\s+(?:is|would\s+be|here\s+is)\b",
    r"\bone\s+thing\s+(?:that\s+)?(?:you\s+could\s+do|you\s+can\s+do|that\s+)?(?:really\s+)?"
    r"(?:works|helps|helped|worked|might\s+help|could\s+help|you\s+could\s+try|to\s+try)\b",
    r"\bi'd\s+(?:really\s+|strongly\s+|definitely\s+)?(?:suggest|recommend|advise|say\s+(?:just\s+)?"
    r"(?:go|tell|talk|ask|leave|quit|try))\b",
    r"\b(?:have|had)\s+you\s+(?:ever\s+)?(?:thought\s+about|considered|tried|looked\s+at)\b",
    r"\b(?:you|u)\s+(?:could|can|might|should)\s+(?:always|maybe|perhaps|also|even|just)\s+[a-z]+",
    r"\b(?:a|one)\s+(?:good|great|helpful|useful)\s+(?:idea|option|step|tip|thing\s+to\s+do)\s+"
    r"(?:is|would\s+be|might\s+be|could\s+be)\b",
    # "it's always good to...", "it's important that you..." (not "important to you")
    r"\bit(?:'s|\s+is|\s+can\s+be|\s+would\s+be|\s+might\s+be|\s+may\s+be)\s+(?:always\s+|really\s+|so\s+|"
    r"very\s+|also\s+|super\s+|probably\s+)?(?:good|important|helpful|useful|healthy|wise|smart|key|vital|"
    r"essential|crucial|best|great)\s+(?:that\s+you\b(?!\s+(?:were|was|did|had|'ve|have\s+been|'re|are|[a-z]+ed|told|said|came|went|got|made|took|"
    r"felt|saw|knew|spoke|wrote|left|kept|found|heard|brought|thought|rang|gave|still)\b)|for\s+you\s+to\b|to\s+(?!(?:you|me|him|her|them|us|"
    r"hear|see|know|notice|recogni[sz]e|acknowledge|have\s+you|talk\s+to\s+you|be\s+heard)\b)[a-z]+)",
    r"(?<!can\s)(?<!could\s)(?<!may\s)\bi\s+(?:would\s+|'d\s+|do\s+)?(?:highly\s+|strongly\s+|really\s+|definitely\s+|honestly\s+)?(?:suggest|"
    r"rec+om+end|advise|encourage\s+you|urge\s+you)\b",
    r"\bwhat\s+(?:would|do)\s+you\s+think\s+(?:about|of)\s+(?:a|an|some|the\s+idea|trying|[a-z]+ing)\b",
    r"\b(?:you|u)\s+(?:could|can|might|should)\s*,?\s+(?:like|maybe|perhaps|um|uh|i\s+don't\s+know),?\s+(?:"
    + IMPERATIVE_VERBS
    + r")\b",
    r"\b[a-z]+ing\s+(?:[a-z']+\s+){0,5}(?:is|are|can\s+be|would\s+be|could\s+be)\s+(?:a|an|the)\s+(?:really\s+|"
    r"very\s+)?(?:important|key|good|great|healthy|helpful|useful|effective)\s+(?:part|step|way|thing|idea|"
    r"tool|start)\b",
    r"\b(?:what|the\s+things?|something|one\s+thing)\s+(?:that\s+)?(?:works?|helps?|helped|worked)\s+"
    r"(?:best\s+|the\s+most\s+|most\s+|really\s+)?(?:for\s+(?:me|people|most\s+people)|me)\b",
    r"\bi\s+(?:always\s+|personally\s+)?find\s+(?:that\s+)?(?:[a-z]+ing|it\s+helps)\s+(?:[a-z']+\s+){0,4}?"
    r"(?:helps|works|is\s+(?:good|great|helpful|useful))\b",
    r"\b(?:maybe|perhaps)\s+it\s+is\s+time\s+to\b|\bgo\s+a\s+long\s+way\b|\b(?:isn't|is\s+not)\s+it\s+"
    r"better\s+to\b|\bwouldn't\s+it\s+be\s+(?:better|easier|good|best|quicker|simpler|cheaper|smarter|safer|wiser|nicer|kinder)\b|\b(?:sometimes|often|usually)\s+"
    r"(?:that|it|this)\s+(?:really\s+)?(?:helps|makes\s+(?:a|all\s+the)\s+(?:[a-z]+\s+)?difference)\b|"
    r"\ba\s+good\s+first\s+(?:step|move)\b",
    r"\b(?:[a-z]+ing|[a-z]+s)\s+(?:[a-z']+\s+){0,5}?(?:can|could|will|might|would)\s+(?:really\s+|also\s+|"
    r"definitely\s+)?(?:help|keep)\s+(?:you|people|someone)\b",
    r"\b(?:there\s+are|there's|lots\s+of|plenty\s+of|a\s+few|many)\s+(?:things|ways)\s+(?:that\s+)?you\s+"
    r"(?:can|could|might)\s+(?:do|try)\b",
    r"\bi\s+wonder\s+what\s+(?:it'd|it\s+would|it\s+might)\s+be\s+like\s+if\s+you\b",
    r"\byou(?:'ll|\s+will)\s+(?:just\s+|really\s+|probably\s+)?(?:have|need)\s+to\s+(?!feel\b|be\s+heard\b)[a-z]+|"
    r"\b(?:it|that)\s+(?:won't|wouldn't|can't|couldn't|doesn't)\s+hurt\s+to\b",
    r"\b(?:have|had)\s+you\s+(?:ever\s+)?(?:contemplated|gotten|sought|reached\s+out|looked\s+for|"
    r"got\s+(?:any\s+)?(?:help|support|advice)|thought\s+of\s+[a-z]+ing)\b",
)

# "I'm not going to tell you what to do" / "not saying you should": the advice is negated.
ADVICE_NEGATED_BEFORE = re.compile(
    r"(?:\bnot\s+(?:saying|telling|suggesting|going\s+to\s+(?:say|tell|suggest))|\bwon't\s+"
    r"(?:say|tell|suggest)|\bnever\s+said|\bnot\s+that|\bdon't\s+(?:think|feel\s+like)\s+you\s+"
    r"(?:have|need)|\bno\s+one\s+is\s+saying|\bi'm\s+not\s+here\s+to|\bnobody\s+(?:says|said))"
    r"[^.?!]{0,25}$"
)

# Advice said of somebody else or quoted: "people keep telling you to...".
REPORTED_BEFORE = re.compile(
    r"(?:\b(?:they|he|she|people|everyone|everybody|your\s+\w+)\s+(?:keep\s+|keeps\s+|kept\s+)?"
    r"(?:tell|told|tells|say|says|said|telling|saying)\s+(?:you\s+)?(?:that\s+)?)[^.?!]{0,20}$|"
    # "your mum's answer was basically, just ignore him": someone else's advice reported
    r"\b(?:answer|advice|reply|response|solution)\s+was\s+(?:basically|just|always|to)?[\s,:]*$"
)

# What follows "can/could/would you" in a question that invites more talk, not a step: a
# telling verb aimed at the listener or at their experience ("could you say a bit more about
# it?", "can you tell me what it stirs up?", "would you walk me through it?").
INVITING = (
    r"(?:tell\s+(?:me|us)|talk\s+(?:to\s+me|about|more|me\s+through|it\s+through\s+with\s+me)|"
    r"say\s+(?:(?:a\s+)?(?:bit|little|touch|few\s+words|lot)\s+)?(?:more|what|how|why|where|when|which|"
    r"who|anything\s+(?:more|else)|something\s+(?:more\s+)?about|(?:it|that)\s+again)|walk\s+me|"
    r"fill\s+me|help\s+me\s+(?:understand|see|get)|remind\s+me|explain|describe|elaborate|expand|"
    r"unpack|clarify|share|show\s+me|put\s+(?:it|that|this|some|a)\s+[^?.!]{0,12}words|"
    r"remember\s+(?:what|how|when|where|the)|think\s+back|give\s+me\s+an\s+example|"
    r"be\s+more\s+specific|picture|imagine|see\s+why|feel|believe)\b"
)

SOLUTION_QUESTION = rx(
    r"\bwhat\s+(?:are|r|will|do|did|would|should)\s+(?:you|u|we)\s+(?:going\s+to|plan\s+to|"
    r"want\s+to|thinking\s+of|gonna)?\s*do\b",
    r"\bwhat(?:'s|\s+is)\s+(?:the|your|our)\s+(?:plan|next\s+step|game\s+plan|solution|move|"
    r"strategy)\b",
    r"\bhow\s+(?:are|will|can|could|do|should|would)\s+(?:you|we)\s+(?:going\s+to\s+)?(?:fix|solve|"
    r"handle|deal\s+with|get|make|stop|change|manage|approach|tackle|respond|resolve|sort|avoid|"
    r"prevent|improve|cut|save|pay|afford|find|convince|get\s+him|get\s+her)\b",
    r"\bwhat\s+(?:can|could|should)\s+(?:you|we)\s+do\b",
    # the next attempt asked after: "when can you rebook?", "when's the resit?"
    r"\bwhen\s+(?:can|will|could|do)\s+(?:you|u|we)\s+(?:rebook|resit|retake|reapply|reschedule|re-?sit|re-?take|"
    r"try\s+again|go\s+again|have\s+another\s+go|book\s+(?:another|the\s+next|a\s+new))\b|"
    r"\bwhen(?:'s|\s+is)\s+(?:the|your)\s+(?:resit|retake|re-?test|next\s+(?:test|attempt|try))\b",
    r"\bis\s+there\s+(?:any\s+way|a\s+way|anything\s+you|something\s+you|anyone\s+you|someone\s+you)\b",
    r"\b(?:can't|cant|can|could|couldn't|could\s+not)\s+(?:you|u)\s+(?:just\s+|simply\s+)?(?!"
    + INVITING
    + r")(?:ask|"
    r"tell(?!\s+me\b)|say|talk|quit|leave|refuse|push|get|find|switch|move|take|go|call|email|text|report|"
    r"ignore|block|delegate|hire|apply|cancel|skip|put|return|sell|change|stop)\b",
    r"\b(?:did|have|had)\s+(?:you|u)\s+(?:two\s+|both\s+|guys\s+)?(?:ever\s+|already\s+|actually\s+|really\s+|"
    r"even\s+|tried\s+)?(?:ask|asked|tell|told|talk|talked|"
    r"spoke|spoken|speak|report|reported|call|called|email|emailed|mention|mentioned|bring|"
    r"brought|apply|applied|look|looked|check|checked|reach|reached|push|pushed|complain|complained|"
    r"message|messaged|text|texted|ring|rung|rang|phone|phoned|contact|contacted|write|written|wrote)\b"
    r"(?!\s+(?:me|about\s+how\s+you\s+feel))",
    r"\bshould(?:n't)?\s+(?:you|u|we)\s+(?:just\s+)?(?:ask|tell|say|talk|quit|leave|refuse|push|get|"
    r"find|switch|move|take|go|call|email|text|report|ignore|block|try|look|start|stop)\b",
    r"\bwould\s+it\s+(?:help|be\s+(?:easier|better))\s+(?:to|if\s+(?:you|we|i))\b(?!\s+(?:tell\s+me|talk\s+(?:to\s+me|"
    r"about\s+(?:it|what|how))|say\s+more|share|vent|get\s+it\s+(?:off|out)))",
    r"\bwhy\s+(?:didn't|did\s+not|don't|do\s+not|won't|can't)\s+(?:you|u)\s+(?:just\s+)?(?:tell|say|"
    r"ask|leave|quit|talk|call|text|stand|refuse|push)\b",
    r"\bwho\s+(?:can|could)\s+(?:you|u)\s+(?:ask|talk|call|turn)\b",
    r"\bdo\s+(?:you|u)\s+have\s+(?:a|an|any|some)\s+[a-z]+[^?.!]{0,40}\b(?:you|that)\s+(?:can|could)\b",
    r"^(?:so\s+|and\s+|but\s+|maybe\s+|ok\s+|well\s+)*(?:could|can|would|will)\s+(?:you|u)\s+(?:maybe\s+|just\s+|"
    r"possibly\s+|not\s+|please\s+)?(?!please\b|blame|" + INVITING + r")[a-z]+",
    # "can't you just pay him back?", "couldn't you simply...": a negative question carrying a
    # step, in any verb but those of feeling, sleep or perception
    r"\b(?:can't|cant|cannot|couldn't|could\s+not)\s+(?:you|u|ya)\s+(?:just|simply)\s+"
    r"(?!(?:see|feel|believe|sleep|eat|breathe|tell|remember|understand|imagine|think|relax|rest|"
    r"cry|cope|bear|stand|face|shake|switch\s+off|let\s+(?:go|it\s+go)|be|get\s+(?:over|past))\b)[a-z]+",
    r"\bdo\s+(?:you|u)\s+(?:have|know)\s+(?:anyone|someone|any\s+(?:friends|family|one)|a\s+friend|"
    r"friends|family|people)\b[^?]*\b(?:can|could|to)\s+(?:talk|turn|reach|lean|vent|help|call|ask)\b",
    r"\bwould\s+(?:you|u)\s+(?:like|want|be\s+(?:willing|open|able))\s+to\s+(?!talk\b|tell\b|vent\b|"
    r"share\b|say\s+more)[a-z]+",
    r"\bwhat\s+about\s+(?:your|a|an|the|maybe|talking|asking|trying|getting|going|[a-z]+ing|[a-z]+in(?='\s))\b"
    r"(?![^?.!]*\b(?:has|have|is|was|makes?|made|got|gets)\s+(?:you|u)\b)",
    r"\bwhat(?:'s|\s+is)\s+stopping\s+you\b",
    r"\bdo\s+(?:you|u)\s+have\s+(?:a|an|any|anyone|someone|somebody)\b[^?.!]{0,40}\b(?:who|that)\s+(?:could|"
    r"can|might|would)\b",
    r"\bdo\s+(?:you|u)\s+think\s+(?:that\s+)?(?:maybe\s+)?(?:[a-z]+ing|it\s+would\s+help)\b[^?]*\b(?:could|can|"
    r"would|might|will)\s+(?:help|make|work)\b",
    r"\b(?:ways?|how)\s+to\s+(?:combat|deal\s+with|cope|fix|solve|handle|manage|overcome|get\s+past|"
    r"get\s+over|beat|tackle|stop|avoid)\b",
    r"(?<!why\s)(?<!how\s)(?<!what\s)\bdo\s+(?:you|u)\s+think\s+(?:that\s+)?(?:you|u|we|you\s+guys|you\s+two)\s+(?:could|can|should|might)\s+"
    r"(?!have\s+been\b|be\s+(?:feeling|upset|hurt)\b)[a-z]+",
    r"\bdo\s+(?:you|u)\s+have\s+(?:a|an|any)\s+(?:friend|friends|family|someone|anyone|person)\s+who\s+"
    r"(?:has|have|had)\s+been\s+through\b",
    r"\b(?:are|is)\s+there\s+(?:any\s+|some\s+)?(?:ways?|options?|places?|groups?|resources?|clubs?|classes)\s+"
    r"(?:you|that|where|to)\b",
    # the evidence for a case: "is there any camera footage?", "do you have it in writing?"
    r"\b(?:is|was|are|were)\s+there\s+(?:any|a|an|some)\s+(?:cctv|camera|cameras|footage|dashcam|doorbell\s+"
    r"cam(?:era)?|email\s+trail|paper\s+trail|receipts?|proof|evidence|witness(?:es)?|warranty|guarantee|"
    r"crime\s+number|police\s+report)\b|\bdo\s+(?:you|u)\s+have\s+(?:any\s+)?(?:proof|evidence|receipts?|"
    r"screenshots?|it\s+in\s+writing)\b",
    # next time, and a loss replaced: "what did they say you'd need to work on?", "are you going
    # to get another cat?"
    # (theirs to do, not someone else's: "what would he have to do to prove himself?" explores)
    r"\bwhat\s+(?:did|do|does|would)\s+(?:(?:they|she|he)\s+(?:say|think|reckon)\s+)?(?:you'd|you\s+would|you|u)"
    r"\s+(?:need|have)\s+to\s+(?:do|show|work\s+on|change|improve|prove|get)\b",
    r"\b(?:are\s+(?:you|u)\s+(?:going\s+to|gonna)|will\s+(?:you|u)|would\s+(?:you|u))\s+(?:get|adopt|buy)\s+"
    r"(?:another|a\s+new)\b",
)

PROPOSES_PLAN = rx(
    r"\bi(?:'ll|\s+will|'m\s+going\s+to|\s+am\s+going\s+to|'m\s+gonna|\s+can|\s+could)\s+"
    r"(?:just\s+|totally\s+|definitely\s+|happily\s+)?(?!make\s+sure\s+i|tell\s+(?:you|that|how|it)|"
    r"tell\b(?!\s+(?:him|her|them|your|my|the|everyone))|"
    r"get\s+on\s+your)(?:call|talk\s+to|email|text|tell|fix|handle|"
    r"take\s+care|sort|make|book|deal|look|find|get|write|speak|set\s+up|schedule|draft|cook|clean|"
    r"pay|cover|transfer|buy|research|google|contact|message|ring|figure|translate|have\s+a\s+word|"
    r"help\s+you\s+(?:find|fix|write|look|figure|plan|sort|get|make|draft|set))\b",
    # "let me talk to him on Saturday": the listener's step on their problem (not "let me check I've
    # got this right", "let me know", "let me be there")
    r"\blet\s+me\s+(?:just\s+)?(?:talk\s+to|speak\s+to|call|ring|text|email|message|have\s+a\s+word|sort|"
    r"handle|deal\s+with|fix|book|look\s+into|find|tell\s+(?:him|her|them))\b",
    r"\blet's\s+(?:think|talk)\s+about\s+(?:some|a\s+few|ways|options|strategies|things\s+you|what\s+you\s+"
    r"(?:can|could)|how\s+(?:to|you\s+(?:can|could)))\b|\bwhat\s+we\s+(?:can|could|should|will)\s+do\s+"
    r"(?:today|now|next|is)\b",
    r"\blet's\s+(?:just\s+)?(?:move|change|switch|agree|decide|set\s+up|put|start|stop|try|do|get\s+you|"
    r"sign|look\s+(?:for|into|at)|make|figure|plan|sit\s+down\s+and\s+(?:make|plan|figure|write|go)|"
    r"write|go|try|look|come\s+up|sort|fix|get|book|schedule|start|set|call|budget|find|list|"
    r"brainstorm|work\s+out|map)\b",
    r"\bwe\s+(?:should|need\s+to|could|can|'ll|will|have\s+to|gotta|must)\s+(?:just\s+|maybe\s+|only\s+|"
    r"probably\s+|always\s+)?(?:agree|visit|stop|limit|"
    r"decide|set|move|change|switch|put|create|draw\s+up|make|"
    r"figure|plan|sit\s+down|write|go|try|look|start|set|budget|call|schedule|get|find|talk\s+to|"
    r"hire|sell|move|cut|save|book|sign|switch|come\s+up|sort|fix|tell|do\s+(?:it|this|that|them)\s+together)\b",
    r"\b(?:tomorrow|tonight|this\s+weekend|first\s+thing)\s+(?:we|i)(?:'ll|\s+will|\s+can|"
    r"\s+should)\b",
    r"\bi\s+(?:can|could|will|'ll)\s+(?:provide|give|offer|send|share)\s+(?:you\s+)?(?:with\s+)?(?:some\s+)?"
    r"(?:information|info|resources|tips|links|ideas|strategies|options)\b",
    # a step already taken for them: "I've already found a group, we're going next Thursday"
    r"\bi(?:'ve|\s+have)\s+already\s+(?:found|booked|looked\s+up|rung|called|emailed|signed\s+(?:you|us)\s+up|"
    r"made|arranged|ordered|messaged|texted)\b",
    r"\bi(?:'m|\s+am)\s+(?:booking|calling|making|getting|setting\s+up|scheduling|ordering|emailing|"
    r"texting|taking\s+you|signing\s+you|buying|sorting|handling|fixing)\b",
    # "we need an end date", "we need a rota": the plan named
    r"\bwe\s+(?:really\s+)?need\s+(?:a|an)\s+(?:plan|end\s+date|date|deadline|budget|rota|system|rule|"
    r"schedule|timeline|timetable)\b",
    # an offer for next time: "maybe next time I could stick with you all night"
    r"\b(?:maybe|perhaps)\s+(?:next\s+time|this\s+(?:time|year|weekend)|tomorrow|at\s+the\s+next\s+\w+)\s*,?\s+"
    r"(?:i|we)\s+(?:could|can|should)\b",
    r"\b(?:do\s+you\s+)?want\s+me\s+to\s+(?!just\s+listen|listen|help\s*\?|help\s+you\s+think|brainstorm|"
    r"share|stay|be\s+(?:here|with)|hug|hold|sit|come\s+(?:over|home|sit)|give\s+you\s+(?:a\s+hug|space))[a-z]+",
)

ASKS_PERMISSION = rx(
    r"\b(?:do|would)\s+(?:you|u)\s+(?:want|like|need)\s+(?:some\s+|any\s+|my\s+)?(?:ideas|advice|"
    r"suggestions|input|thoughts|help\s+(?:with|figuring|thinking|brainstorming)|solutions|"
    r"me\s+to\s+(?:just\s+)?(?:listen|hear|help|brainstorm|share|suggest|offer|throw|jump|problem|"
    r"give\s+(?:you\s+)?(?:some\s+|a\s+few\s+|any\s+|my\s+)?(?:ideas|advice|suggestions|thoughts|input|tips|"
    r"options|opinion|take|two\s+cents))|"
    r"to\s+(?:just\s+)?(?:vent|talk|be\s+heard))\b",
    r"\b(?:just\s+)?(?:want|need)\s+(?:to\s+)?(?:vent|be\s+heard|someone\s+to\s+listen)\s*\?",
    r"\bor\s+(?:do\s+)?(?:you\s+|u\s+)?(?:just\s+)?(?:want|need)\s+(?:to\s+vent|to\s+be\s+heard|"
    r"to\s+(?:pour|let|get|talk)\s+(?:it|things|this|that)\s+out|me\s+to\s+"
    r"(?:just\s+)?listen|some\s+ideas|ideas|advice|suggestions)\b",
    r"\bare\s+you\s+(?:looking\s+for|wanting)\s+(?:advice|ideas|solutions|suggestions|input|"
    r"me\s+to)\b",
    r"\bwould\s+(?:it\s+help\s+(?:if\s+i|to\s+(?:brainstorm|think))|(?:ideas|suggestions|"
    r"advice)\s+help)\b",
    r"\b(?:can|could|may)\s+i\s+(?:offer|share|suggest|throw\s+out|give\s+you)\s+(?:a\s+|an\s+|"
    r"some\s+|my\s+)?(?:idea|thought|suggestion|advice|something|perspective)",
    r"\bwant\s+me\s+to\s+(?:just\s+)?(?:listen|hear|help|brainstorm|share|suggest|offer|throw)\b",
    r"\bshould\s+i\s+(?:just\s+)?(?:listen|offer|share|suggest)\b",
    r"\bwhenever\s+you(?:'re|\s+are)\s+ready\s+(?:for|to\s+(?:think|talk))\s+(?:ideas|solutions|"
    r"next\s+steps|about\s+what\s+to\s+do)",
    r"\bif\s+(?:and\s+when\s+)?you\s+(?:ever\s+)?want\s+(?:ideas|help|advice|to\s+brainstorm|"
    r"to\s+think\s+it\s+through)",
    r"\b(?:support|comfort|a\s+hug|listening)\s+or\s+(?:solutions|suggestions|ideas|advice)\b",
    r"\bwould\s+(?:it\s+help|you\s+(?:like|want))\b[^?.!]*\bor\s+(?:would\s+you\s+)?(?:rather|just|prefer|not)\b",
    r"\bwould\s+you\s+(?:rather|prefer)\b",
    r"\b(?:do|would)\s+(?:you|u)\s+(?:want|like|need|prefer)\b[^?.!]*\bor\b[^?.!]*\b(?:vent|off\s+your\s+"
    r"chest|be\s+heard|listen|rant|let\s+it\s+(?:all\s+)?out|talk\s+it\s+out|hear\s+it|"
    # "...or just get the dread out first?"
    r"(?:get|let|pour)\s+(?:it|this|that|things|the\s+(?:dread|anger|rage|worry|stress|frustration|"
    r"feelings?|tears|upset|hurt))\s+(?:all\s+)?out|"
    r"(?:just\s+)?talk\s+(?:about\s+)?(?:it|how|what|things)|sit\s+with\s+it)\b",
    r"\b(?:solutions|suggestions|ideas|advice)\s+or\s+(?:support|just\s+(?:support|listening|"
    r"venting|to\s+vent)|to\s+vent|a\s+hug|comfort)\b",
)

HEDGED_QUESTION = re.compile(r"\bi\s+(?:wonder|was\s+wondering)\s+(?:if|whether)\b")
