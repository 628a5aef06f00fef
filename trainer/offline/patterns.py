"""Phrase patterns for the offline detectors, matched on normalised text (see text.py).

Each pattern names a listening move or mistake as people really write it. Patterns are
compiled once; detectors add the context rules (questions, negation, who is upset with whom).
"""

from __future__ import annotations

import re


def rx(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in parts))


# Base-form verbs that start an imperative ("talk to her", "just quit").
IMPERATIVE_VERBS = (
    "talk|tell|ask|go|take|try|call|quit|stop|ignore|write|make|get|put|find|set|book|schedule|"
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
    r"remember when i|imagine|don't apologi[sz]e|don't be sorry|don't feel bad for (?:venting|telling)|"
    r"let's (?:talk|slow down|sit with)|be honest with me|take a (?:second|moment) to tell|"
    r"take care\b|have a (?:good|great|nice|lovely) (?:day|night|one|evening|weekend))"
)

DISCOURSE = (
    r"(?:(?:so|and|but|then|also|ok|well|honestly|seriously|maybe|perhaps|just|babe|hun|honey|"
    r"love|sweetie|dude|man|bro|please|oh|yeah|ugh|look|listen|hey|first|next|anyway|like|"
    r"always|never|definitely|really|perhaps|probably|sometimes|personally|instead|now|yes|no|"
    r"right|sure|absolutely|totally|okay|"
    r"i mean|i guess|i think|in the future|next time|tomorrow|tonight|for now|if i were you|"
    r"if it were me|if you want|if you can|if possible|whatever happens|either way)[,\s]+)*"
)

IMPERATIVE_START = re.compile(
    rf"^{DISCOURSE}(?:just\s+)?(?!stop\s+(?:whining|complaining|crying|being|moaning|sulking))"
    rf"(?:{IMPERATIVE_VERBS})\b(?!\s*,|')"
)

ADVICE = rx(
    # modal advice aimed at the partner
    r"\b(?:you|u|ya)\s+(?:really\s+|just\s+|honestly\s+|definitely\s+|probably\s+|seriously\s+|do\s+|"
    r"totally\s+|might\s+|may\s+|still\s+|also\s+)*(?:should|ought\s+to|need\s+to|needa|have\s+to|"
    r"must|gotta|got\s+to|better|had\s+better|'d\s+better|could|can|might\s+want\s+to|"
    r"may\s+want\s+to|might\s+try|might\s+consider)\s+(?:just\s+|always\s+|maybe\s+|try\s+(?:to\s+)?|"
    r"probably\s+|really\s+|also\s+|at\s+least\s+|seriously\s+)*(?!be\s+(?:proud|so\s+proud|"
    r"happy|thrilled|excited|celebrat|pleased|relieved)|feel\s+(?:proud|good|happy)|"
    r"have\s+(?:been|had|seen)|'ve\s+|not\s+have\s+to|never\s+have|be\s+heard|be\s+seen|"
    r"be\s+understood|feel\s+|vent|know\s+(?:that\s+)?i|know\s+how|hear\s+|tell\s+(?:that|he|she|"
    r"they|it)|see\s+(?:that|why|how|he|she|they|it)|imagine|count\s+on\s+me|always\s+talk\s+to\s+me|"
    r"talk\s+to\s+me|come\s+to\s+me|lean\s+on\s+me|cry|take\s+your\s+time|do\s+whatever\s+you)"
    r"(?:[a-z]+)",
    r"\bwhy\s+(?:don't|dont|not|wouldn't)\s+(?:you\s+|u\s+|we\s+)?(?:just\s+)?[a-z]+",
    r"\bhave\s+you\s+(?:ever\s+)?(?:tried|considered|thought\s+(?:about|of)|looked\s+into|"
    r"asked\s+(?:for|about)|talked\s+to\s+(?:a|someone|hr|your|a\s+therapist))",
    r"\bdid\s+you\s+(?:try|consider|think\s+about)\b",
    r"\bwhat\s+if\s+(?:you|we)\s+(?:just\s+)?[a-z]+",
    r"\bmaybe\s+if\s+you\b|\bif\s+you\s+(?:just|only)\s+[a-z]+",
    r"\bi\s+(?:wouldn't|would\s+not)\s+(?:read|worry|take\s+it|stress|bother|sweat|overthink|dwell|make|"
    r"let|give|waste)\b",
    r"\bi'd\s+(?:just\s+|honestly\s+|definitely\s+|probably\s+)?(?!be\b|feel\b|love\b|hate\b|like\b|"
    r"want\b|guess\b|say\s+that|have\s+been|imagine|think)(?:" + IMPERATIVE_VERBS + r")\b",
    r"^(?:so\s+|and\s+|ok\s+|honestly\s+|then\s+|well\s+)?just\s+(?!a\b|the\b|like\b|so\b|now\b|because\b|"
    r"thinking\b|checking\b|wanted\b|want\b|saying\b|wondering\b|that\b|you\b|me\b|my\b|your\b|to\b|"
    r"how\b|what\b|when\b|as\b|being\b|feel|let\s+me|know|hear|sit|listen|here|one|two|another|"
    r"awful|terrible|sad|really|so|too|very|thought|imagine)[a-z]+",
    r"\bhow\s+about\s+(?:you\s+|we\s+)?(?:just\s+)?[a-z]+(?:ing)?\b",
    r"\bwhat\s+about\s+[a-z]+ing\b",
    r"\bif\s+i\s+were\s+you\b",
    r"\bif\s+it\s+were\s+me\b",
    r"\b(?:i'd|i\s+would|what\s+i'd\s+do|what\s+i\s+would\s+do)\s+(?:just\s+|honestly\s+|"
    r"definitely\s+|probably\s+|seriously\s+)*(?:tell|talk|quit|say|go|ask|call|leave|ignore|"
    r"report|block|email|text|confront|stand|push|refuse|start|look|find|get|take|send|demand|"
    r"dump|move|sell|cancel|put|stop|have\s+(?:told|said|quit|left|asked|called|gone)|be\s+looking)\b",
    r"\bmy\s+(?:advice|suggestion|two\s+cents|recommendation)\b",
    r"\bi\s+(?:would\s+)?(?:suggest|recommend|advise|propose)\b",
    r"\bi\s+(?:really\s+)?think\s+(?:that\s+)?you\s+(?:should|need\s+to|have\s+to|ought\s+to|could|"
    r"must|gotta)\b",
    r"\bit\s+(?:might|would|could|may)\s+(?:really\s+)?(?:help|be\s+(?:good|smart|worth|wise|best|"
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
    r"\b(?:maybe|perhaps)\s+(?:just\s+)?(?!you're|you\s+are|that|it|this|nothing|something|everything|"
    r"anything|being|during|morning|evening|thing)[a-z]+ing\b",
    r"\b(?:maybe|perhaps)\s+(?:you\s+(?:could|can|should)\s+|just\s+|try\s+|we\s+could\s+)?(?:"
    + IMPERATIVE_VERBS
    + r")\b(?!\s+(?:me|us)\s+(?:more|what|about|how|everything|anything|why|if\s+i)\b)",
    r"\b(?:just|simply)\s+(?:tell|talk|say|ask|quit|ignore|leave|block|stop|go|call|text|email|"
    r"let\s+it|walk\s+away|put|take|get|send|delete|mute|push|refuse|book|do)\b(?!\s+(?:me|us)\b)",
    r"\bdon't\s+let\s+(?:him|her|them|it|that|this|people|anyone|your)\b",
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
    r"one\s+suggestion|a\s+suggestion|a\s+good\s+(?:solution|idea|option|plan|step|start)\s+"
    r"(?:to|would|is|might|could|would\s+be)|(?:would|could|might)\s+be\s+a\s+good\s+(?:solution|"
    r"idea|option|plan|step|start|thing\s+to))\b",
    r"\b(?:it|that|this|which|they|these|those)\s+(?:should|will|would|could|might|can|may)\s+"
    r"(?:really\s+|definitely\s+|probably\s+|also\s+)?help(?:\s+you|\s+a\s+lot|\s+with|\s+to)?\b",
    r"\b[a-z]+ing\s+(?:[a-z]+\s+){0,4}(?:can|could|might|may|will|would|should)\s+(?:really\s+|"
    r"also\s+|definitely\s+)?help\b",
    r"\bwhat\s+(?:works|helps|helped|worked)\s+(?:best\s+|for\s+me\s+)?(?:for\s+me\s+)?(?:is|was)\b|"
    r"\b(?:works|worked)\s+(?:wonders|best|well)\s+for\s+me\b",
    r"\bis\s+it\s+possible\s+(?:that\s+)?(?:you|to)\b",
    r"\bthe\s+best\s+way\s+to\b",
    r"\btry\s+(?!(?:being|having|doing|living|working)\s+(?:me|my|what\s+i))(?:to\s+[a-z]+|and\s+[a-z]+|[a-z]+ing)\b",
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
    r"(?:tell|told|tells|say|says|said|telling|saying)\s+(?:you\s+)?(?:that\s+)?)[^.?!]{0,20}$"
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
    r"\bis\s+there\s+(?:any\s+way|a\s+way|anything\s+you|something\s+you|anyone\s+you|someone\s+you)\b",
    r"\b(?:can't|cant|can|could|couldn't|could\s+not)\s+(?:you|u)\s+(?:just\s+|simply\s+)?(?:ask|"
    r"tell|say|talk|quit|leave|refuse|push|get|find|switch|move|take|go|call|email|text|report|"
    r"ignore|block|delegate|hire|apply|cancel|skip|put|return|sell|change|stop)\b",
    r"\b(?:did|have|had)\s+(?:you|u)\s+(?:two\s+|both\s+|guys\s+)?(?:ever\s+|already\s+|actually\s+|really\s+|"
    r"even\s+|tried\s+)?(?:ask|asked|tell|told|talk|talked|"
    r"spoke|spoken|speak|report|reported|call|called|email|emailed|mention|mentioned|bring|"
    r"brought|apply|applied|look|looked|check|checked|reach|reached|push|pushed|complain|complained)\b"
    r"(?!\s+(?:me|about\s+how\s+you\s+feel))",
    r"\bshould(?:n't)?\s+(?:you|u|we)\s+(?:just\s+)?(?:ask|tell|say|talk|quit|leave|refuse|push|get|"
    r"find|switch|move|take|go|call|email|text|report|ignore|block|try|look|start|stop)\b",
    r"\bwould\s+it\s+(?:help|be\s+(?:easier|better))\s+(?:to|if\s+you)\b",
    r"\bwhy\s+(?:didn't|did\s+not|don't|do\s+not|won't|can't)\s+(?:you|u)\s+(?:just\s+)?(?:tell|say|"
    r"ask|leave|quit|talk|call|text|stand|refuse|push)\b",
    r"\bwho\s+(?:can|could)\s+(?:you|u)\s+(?:ask|talk|call|turn)\b",
    r"\bdo\s+(?:you|u)\s+have\s+(?:a|an|any|some)\s+[a-z]+[^?.!]{0,40}\b(?:you|that)\s+(?:can|could)\b",
    r"^(?:so\s+|and\s+|but\s+|maybe\s+|ok\s+|well\s+)*(?:could|can|would|will)\s+(?:you|u)\s+(?:maybe\s+|just\s+|"
    r"possibly\s+|not\s+)?(?!tell\s+me|say\s+more|explain|share|help\s+me|walk\s+me|describe|talk\s+"
    r"(?:to\s+me|about|more)|clarify|remind\s+me|give\s+me\s+an\s+example|be\s+more\s+specific|"
    r"imagine|picture|see\s+why|feel|believe|blame)[a-z]+",
    r"\bdo\s+(?:you|u)\s+(?:have|know)\s+(?:anyone|someone|any\s+(?:friends|family|one)|a\s+friend|"
    r"friends|family|people)\b[^?]*\b(?:can|could|to)\s+(?:talk|turn|reach|lean|vent|help|call|ask)\b",
    r"\bwould\s+(?:you|u)\s+(?:like|want|be\s+(?:willing|open|able))\s+to\s+(?!talk\b|tell\b|vent\b|"
    r"share\b|say\s+more)[a-z]+",
    r"\bwhat\s+about\s+(?:your|a|an|the|maybe|talking|asking|trying|getting|going|[a-z]+ing)\b",
    r"\bwhat(?:'s|\s+is)\s+stopping\s+you\b",
)

PROPOSES_PLAN = rx(
    r"\bi(?:'ll|\s+will|'m\s+going\s+to|\s+am\s+going\s+to|'m\s+gonna|\s+can|\s+could)\s+"
    r"(?:just\s+|totally\s+|definitely\s+|happily\s+)?(?!make\s+sure\s+i|tell\s+(?:you|that|how|it)|"
    r"get\s+on\s+your)(?:call|talk\s+to|email|text|tell|fix|handle|"
    r"take\s+care|sort|make|book|deal|look|find|get|write|speak|set\s+up|schedule|draft|cook|clean|"
    r"pay|cover|transfer|buy|research|google|contact|message|ring|figure|help\s+you\s+(?:find|fix|"
    r"write|look|figure|plan|sort|get|make|draft|set))\b",
    r"\blet's\s+(?:just\s+)?(?:move|change|switch|agree|decide|set\s+up|put|start|stop|try|do|get\s+you|"
    r"sign|look\s+(?:for|into|at)|make|figure|plan|sit\s+down\s+and\s+(?:make|plan|figure|write|go)|"
    r"write|go|try|look|come\s+up|sort|fix|get|book|schedule|start|set|call|budget|find|list|"
    r"brainstorm|work\s+out|map)\b",
    r"\bwe\s+(?:should|need\s+to|could|can|'ll|will|have\s+to|gotta|must)\s+(?:just\s+|maybe\s+)?(?:agree|"
    r"decide|set|move|change|switch|put|create|draw\s+up|make|"
    r"figure|plan|sit\s+down|write|go|try|look|start|set|budget|call|schedule|get|find|talk\s+to|"
    r"hire|sell|move|cut|save|book|sign|switch|come\s+up|sort|fix|tell)\b",
    r"\b(?:tomorrow|tonight|this\s+weekend|first\s+thing)\s+(?:we|i)(?:'ll|\s+will|\s+can|"
    r"\s+should)\b",
    r"\bi(?:'m|\s+am)\s+(?:booking|calling|making|getting|setting\s+up|scheduling|ordering|emailing|"
    r"texting|taking\s+you|signing\s+you|buying|sorting|handling|fixing)\b",
    r"\b(?:do\s+you\s+)?want\s+me\s+to\s+(?!just\s+listen|listen|help\s*\?|help\s+you\s+think|brainstorm|"
    r"share|stay|be\s+(?:here|with)|hug|hold|sit|come\s+(?:over|home|sit)|give\s+you\s+(?:a\s+hug|space))[a-z]+",
)

ASKS_PERMISSION = rx(
    r"\b(?:do|would)\s+(?:you|u)\s+(?:want|like|need)\s+(?:some\s+|any\s+|my\s+)?(?:ideas|advice|"
    r"suggestions|input|thoughts|help\s+(?:with|figuring|thinking|brainstorming)|solutions|"
    r"me\s+to\s+(?:just\s+)?(?:listen|help|brainstorm|share|suggest|offer|give|throw|jump|problem)|"
    r"to\s+(?:just\s+)?(?:vent|talk|be\s+heard))\b",
    r"\b(?:just\s+)?(?:want|need)\s+(?:to\s+)?(?:vent|be\s+heard|someone\s+to\s+listen)\s*\?",
    r"\bor\s+(?:do\s+you\s+)?(?:just\s+)?(?:want|need)\s+(?:to\s+vent|to\s+be\s+heard|me\s+to\s+"
    r"(?:just\s+)?listen|some\s+ideas|ideas|advice|suggestions)\b",
    r"\bare\s+you\s+(?:looking\s+for|wanting)\s+(?:advice|ideas|solutions|suggestions|input|"
    r"me\s+to)\b",
    r"\bwould\s+(?:it\s+help\s+(?:if\s+i|to\s+(?:brainstorm|think))|(?:ideas|suggestions|"
    r"advice)\s+help)\b",
    r"\b(?:can|could|may)\s+i\s+(?:offer|share|suggest|throw\s+out|give\s+you)\s+(?:a\s+|an\s+|"
    r"some\s+|my\s+)?(?:idea|thought|suggestion|advice|something|perspective)",
    r"\bwant\s+me\s+to\s+(?:just\s+)?(?:listen|help|brainstorm|share|suggest|offer|throw)\b",
    r"\bshould\s+i\s+(?:just\s+)?(?:listen|offer|share|suggest)\b",
    r"\bwhenever\s+you(?:'re|\s+are)\s+ready\s+(?:for|to\s+(?:think|talk))\s+(?:ideas|solutions|"
    r"next\s+steps|about\s+what\s+to\s+do)",
    r"\bif\s+(?:and\s+when\s+)?you\s+(?:ever\s+)?want\s+(?:ideas|help|advice|to\s+brainstorm|"
    r"to\s+think\s+it\s+through)",
    r"\b(?:support|comfort|a\s+hug|listening)\s+or\s+(?:solutions|suggestions|ideas|advice)\b",
    r"\bwould\s+(?:it\s+help|you\s+(?:like|want))\b[^?.!]*\bor\s+(?:would\s+you\s+)?(?:rather|just|prefer)\b",
    r"\bwould\s+you\s+(?:rather|prefer)\b",
    r"\b(?:solutions|suggestions|ideas|advice)\s+or\s+(?:support|just\s+(?:support|listening|"
    r"venting|to\s+vent)|to\s+vent|a\s+hug|comfort)\b",
)

RUSHING_REASSURANCE = rx(
    r"\b(?:it'll|it\s+will|it's\s+going\s+to|it's\s+gonna|it\s+is\s+going\s+to|everything'll|"
    r"everything\s+(?:will|is\s+going\s+to|'s\s+going\s+to)|things'll|things\s+(?:will|are\s+going\s+to)|"
    r"all\s+will|this\s+will|that\s+will)\s+(?:all\s+|"
    r"definitely\s+|totally\s+|surely\s+|probably\s+|be\s+)*(?:be\s+)?(?:ok|fine|alright|all\s+right|"
    r"good|great|okay|work\s+out|turn\s+out\s+(?:fine|ok|great|well)|get\s+better|blow\s+over|pass|"
    r"look\s+up|sort\s+itself\s+out|fall\s+into\s+place|turn\s+around|be\s+worth\s+it)\b",
    r"\b(?:you'll|you\s+will|you're\s+going\s+to|you're\s+gonna|you\s+are\s+going\s+to|we'll|"
    r"we\s+will|he'll|she'll|they'll)\s+(?:totally\s+|definitely\s+|be\s+)*(?:be\s+)?(?:fine|ok|"
    r"okay|alright|all\s+right|get\s+through|figure\s+(?:it|this)\s+out|bounce\s+back|find\s+"
    r"(?:another|a\s+new|something|someone|a\s+better)|land\s+on\s+your\s+feet|get\s+over|"
    r"forget\s+about|crush\s+it|nail\s+it|do\s+great|be\s+great|make\s+it|come\s+around|"
    r"get\s+another)\b",
    r"\bdon't\s+(?:you\s+)?worry\b|\bno\s+need\s+to\s+worry\b|\bnothing\s+to\s+worry\s+about\b|"
    r"\bstop\s+worrying\b|\btry\s+not\s+to\s+worry\b",
    r"\beverything\s+happens\s+for\s+a\s+reason\b|\bthis\s+too\s+shall\s+pass\b|\btime\s+heals\b|"
    r"\btomorrow\s+is\s+(?:a\s+)?(?:new|another)\s+day\b|\bit\s+is\s+what\s+it\s+is\b",
    r"\bi'm\s+(?:sure|certain|positive)\s+(?:that\s+)?(?:it'll|it\s+will|you'll|you\s+will|things|"
    r"everything|he'll|she'll|they'll|it's\s+(?:nothing|fine|ok)|you're\s+fine|it\s+was\s+nothing|"
    r"they\s+will|he\s+will|she\s+will|it'll|you\s+can)\b",
    r"\b(?:cheer|chin)\s+up\b|\bstay\s+positive\b|\bthink\s+positive\b|\bkeep\s+your\s+head\s+up\b|"
    r"\bsmile\b[,!]|\byou(?:'ve|\s+have)?\s+got\s+this\b(?=\s*[.!,]|\s*$)|\bhang\s+in\s+there\b",
    r"\b(?:i\s+)?hope\s+(?:you|u)(?:'ll|\s+will)?\s+(?:feel|get|are\s+feeling)\s+(?:better|great|good)\b",
    r"\b(?:it's|it\s+is)\s+(?:totally\s+|all\s+|really\s+)?(?:ok|fine|alright|all\s+right)\b"
    r"(?!\s+(?:to|that|if|for\s+you\s+to))",
    r"\bno\s+(?:harm|worries)\b|\bno\s+biggie\b",
    r"\byou(?:'re|\s+are)\s+not\s+(?:a\s+failure|stupid|an\s+idiot|useless|a\s+bad\s+(?:mom|dad|mother|"
    r"father|parent|person|partner|friend)|failing|a\s+fraud|worthless)\b|\byou\s+haven't\s+failed\b",
    r"\b(?:it'll|it\s+will|that'll|this'll)\s+(?:click|come|happen|get\s+easier|be\s+over|fly\s+by|go\s+(?:by|fast)|"
    r"pass|settle)\b|\b(?:nobody|no\s+one)(?:'s|\s+is)?\s+(?:going\s+to|gonna|will)\s+(?:remember|care|notice)\b|"
    r"\bwon't\s+even\s+remember\b|\b(?:she|he|they)(?:'ll|\s+will)\s+(?:catch\s+up|get\s+(?:it|there)|be\s+fine|"
    r"grow\s+out|come\s+around)\b",
)

REASSURANCE_NEGATED_BEFORE = re.compile(
    r"(?:\b(?:how|whether|if|wondering|worried|scared|afraid|fear|sure)\s+$|\bnot\s+(?:going\s+to|gonna)\s+(?:say|tell\s+you|pretend)|\bwon't\s+(?:say|pretend|tell\s+you)|"
    r"\bcan't\s+(?:promise|say)|\bpeople\s+(?:keep\s+)?(?:say|tell|saying|telling)|\beveryone\s+"
    r"(?:says|keeps)|\bnot\s+(?:here\s+to|trying\s+to)\s+(?:say|tell)|\bi\s+don't\s+know\s+(?:if|"
    r"whether)|\bhate\s+when\s+people\s+say|\bno\s+one\s+knows\s+(?:if|whether)|\bnot\s+sure)"
    r"[^.?!]{0,30}$"
)

SILVER_LINING = rx(
    r"\bat\s+least\b(?!\s+(?:\d|one|two|three|four|five|a\s+(?:week|month|day|year|few|couple|"
    r"little)|once|twice|for\s+(?:now|me)|that's\s+how|you\s+(?:told|said|noticed|were\s+"
    r"honest)|i\s+(?:know|think|hope)|in\s+my))",
    r"(?<!no\s)\b(?:look\s+on\s+the\s+)?bright\s+side\b|\bsilver\s+lining\b|\bblessing\s+in\s+disguise\b",
    r"\b(?:it|this|that|things)\s+could\s+(?:always\s+)?(?:be|have\s+been)\s+(?:a\s+lot\s+|so\s+much\s+|"
    r"way\s+|much\s+)?worse\b",
    r"\bon\s+the\s+(?:plus|upside|positive)\s+side\b|\bthe\s+good\s+(?:thing|news|part)\s+is\b|"
    r"\blook\s+at\s+it\s+this\s+way\b",
    r"\b(?:it's|it\s+is|this\s+is)\s+(?:a|such\s+a)\s+(?:great\s+)?(?:learning|growth)\s+"
    r"(?:experience|opportunity)\b",
    r"\b(?:be|you\s+should\s+be)\s+(?:grateful|thankful)\b|\bcount\s+your\s+blessings\b",
    r"\b(?:you're|you\s+are|we're|we\s+are)\s+(?:so\s+|still\s+)?lucky\b|\blucky\s+(?:that|it)\b",
    r"\beverything\s+happens\s+for\s+a\s+reason\b",
    r"\b(?:other|some)\s+people\s+have\s+it\s+(?:way\s+|much\s+|so\s+much\s+)?worse\b",
)

MINIMIZES = rx(
    r"\bat\s+least\b(?!\s+(?:\d|one|two|three|four|five|a\s+(?:week|month|day|year|few|couple|"
    r"little)|once|twice|for\s+(?:now|me)|that's\s+how|you\s+(?:told|said|noticed|were\s+"
    r"honest)|i\s+(?:know|think|hope)|in\s+my))",
    r"\b(?:isn't|is\s+not|'s\s+not|wasn't|was\s+not|not|ain't)\s+(?:such\s+|that\s+|really\s+|even\s+|"
    r"that\s+much\s+of\s+)?(?:a\s+big\s+deal|that\s+bad|so\s+bad|the\s+end\s+of\s+the\s+world|"
    r"a\s+big\s+thing|that\s+serious|worth\s+(?:getting|being|it|stressing|crying)|that\s+big|"
    r"a\s+disaster|a\s+tragedy)\b",
    r"\bno\s+big\s+deal\b|\bnot\s+a\s+huge\s+deal\b|\bbig\s+deal\b(?=[.?!]*\s*$)",
    r"\b(?:it|that|these\s+things|shit|stuff)\s+happens\b(?!\s+to\s+(?:you|u)\s+(?:a\s+lot|so|"
    r"again|all))",
    r"\b(?:happens|that\s+happens)\s+to\s+(?:everyone|everybody|all\s+of\s+us|the\s+best)\b",
    r"\beveryone\s+(?:goes\s+through|has|feels|deals\s+with|gets)\s+(?:this|that|it|days|"
    r"bosses|in-?laws|moments)\b",
    r"\b(?:everyone|everybody|we're\s+all|all\s+of\s+us)(?:'s|\s+is|\s+are|'re)?\s+(?:stressed|tired|busy|"
    r"struggling|exhausted|broke|behind|in\s+the\s+same\s+boat)\b|\btons\s+of\s+(?:moms|dads|people|parents)\b",
    r"\b(?:it's|it\s+is|it\s+was|that's|that\s+was|he's|she's|they're)\s+(?:just|only)\s+(?:a|one|"
    r"the|some|work|money|stuff|things|words|joking|kidding|teasing|a\s+joke|a\s+job|a\s+game|"
    r"a\s+phone|a\s+dinner|a\s+comment|a\s+text|a\s+phase|hormones|stress|tired|busy)\b",
    r"\bdon't\s+(?:sweat|stress(?:\s+about)?|worry\s+about)\s+(?:it|that|this)\b",
    r"\b(?:get|got|getting)\s+over\s+it\b|\bmove\s+on\b|\blet\s+it\s+go\b|\bshake\s+it\s+off\b|"
    r"\blet\s+it\s+slide\b|\bforget\s+about\s+it\b",
    r"\bfirst\s+world\s+problem",
    r"\b(?:other|some)\s+people\s+have\s+it\s+(?:way\s+|much\s+|so\s+much\s+)?worse\b",
    r"\b(?:it|this|that)\s+could\s+(?:always\s+)?(?:be|have\s+been)\s+(?:a\s+lot\s+|so\s+much\s+|"
    r"way\s+|much\s+)?worse\b",
    r"\byou(?:'re|\s+are)\s+(?:totally\s+|perfectly\s+)?fine\b",
    r"\blighten\s+up\b|\b(?:he|she|they)\s+(?:was|were|is|are)\s+(?:just|only)\s+(?:joking|kidding|"
    r"teasing)\b",
    r"\byou'll\s+(?:forget|get\s+over)\b|\bin\s+a\s+(?:week|month|year)\s+you\s+won't\b",
    r"\bnot\s+(?:worth|a\s+reason)\s+to\s+(?:get|be)\s+(?:upset|worked\s+up|stressed)\b",
    r"\bcould\s+be\s+worse\b",
    r"\b(?:you|u)\s+(?:still\s+)?(?:have|got)\s+(?:a\s+lot|so\s+much|plenty)\s+to\s+be\s+"
    r"(?:grateful|thankful|happy)\b",
)

JUDGES = rx(
    r"\bover-?\s?react(?:ing|ed|ion|s)?\b",
    r"\b(?:too|overly|hyper)\s*-?\s*(?:sensitive|dramatic|emotional|touchy|needy|clingy|paranoid)\b",
    r"\b(?:you're|you\s+are|ur|you\s+were|you're\s+being|you\s+are\s+being|stop\s+being|"
    r"you're\s+acting|you\s+always\s+get)\s+(?:so\s+|such\s+a\s+|a\s+bit\s+|kind\s+of\s+|kinda\s+|"
    r"really\s+|way\s+|a\s+little\s+|too\s+|being\s+|very\s+|pretty\s+)*(?:dramatic|drama\s+queen|"
    r"a\s+baby|a\s+crybaby|crybaby|a\s+snowflake|ridiculous|silly|paranoid|irrational|childish|"
    r"petty|hysterical|crazy|hypersensitive|oversensitive|unreasonable|extra|insane|selfish|"
    r"immature|ungrateful|spoiled|hormonal|nuts|delusional)\b",
    r"\b(?:calm|settle)\s+down\b|\bchill\s+out\b|\btake\s+a\s+chill\s+pill\b|\bget\s+a\s+grip\b|"
    r"\bgrow\s+up\b|\btoughen\s+up\b|\bman\s+up\b|\bsuck\s+it\s+up\b|\bstop\s+(?:whining|"
    r"complaining|crying|moaning|sulking|being\s+so)\b",
    r"\b(?:you|u)\s+(?:shouldn't|should\s+not|don't\s+need\s+to|do\s+not\s+need\s+to|"
    r"don't\s+have\s+to)\s+(?:feel|be|get)\s+(?:so\s+|that\s+|this\s+|all\s+)?(?:upset|mad|angry|"
    r"sad|jealous|worried|bothered|hurt|stressed|anxious|bad|guilty|worked\s+up|offended|"
    r"annoyed|down|insecure|scared|nervous|embarrassed|ashamed)\b",
    r"\bthere's\s+no\s+(?:reason|need)\s+to\s+(?:be|feel|get)\b|\bno\s+reason\s+to\s+(?:be|feel|get)\b",
    r"\b(?:that's|that\s+is|it's|this\s+is|thats|being)\s+(?:just\s+|kind\s+of\s+|kinda\s+|a\s+bit\s+|"
    r"so\s+)?(?:ridiculous|silly|crazy|stupid|irrational|absurd|dumb|nonsense|petty|childish|"
    r"insane|unreasonable)\b",
    r"\b(?:it's|it\s+is)\s+(?:all\s+)?in\s+your\s+head\b|\byou're\s+imagining\b|\byou\s+imagined\b",
    r"\b(?:that's|that\s+is|it's)\s+not\s+(?:true|what\s+happened|how\s+it\s+(?:was|happened))\b|"
    r"\byou're\s+wrong\b",
    r"\bwhat\s+did\s+you\s+expect\b|\byou\s+(?:brought|asked\s+for)\s+(?:this|it)\b|"
    r"\b(?:your|ur)\s+own\s+fault\b|\byou\s+(?:knew|know)\s+what\s+(?:you|he|she)\b",
    r"\bto\s+be\s+fair\s+to\s+(?:him|her|them|your)\b|\bin\s+(?:his|her|their)\s+defen[cs]e\b",
    r"\b(?:he|she|they|your\s+(?:boss|mom|mum|mother|dad|father|sister|brother|friend|family|"
    r"manager|parents))\s+(?:probably\s+|prob\s+|just\s+|honestly\s+|really\s+)?(?:didn't|did\s+not|"
    r"doesn't|does\s+not)\s+mean\s+(?:it|to|anything|any\s+harm|that|well)?\b",
    r"\b(?:he|she|they|your\s+(?:boss|mom|mum|mother|dad|father|manager|parents|family))(?:'s|\s+is|"
    r"\s+was|'re|\s+are|\s+were)?\s+(?:just\s+|probably\s+|only\s+|honestly\s+)+(?:trying\s+to\s+"
    r"help|looking\s+out|doing\s+(?:his|her|their)\s+job|worried\s+about\s+you|being\s+"
    r"(?:nice|friendly|honest|helpful)|stressed|busy)\b",
    r"\bi\s+don't\s+(?:think|see\s+why)\s+(?:it's|that's|this\s+is|it\s+was|that\s+was|you\s+"
    r"should)\s+(?:that|so|a\s+big|such|be)\b",
    r"\bcome\s+on\b|\bseriously\s*\?|\bwhy\s+(?:are|r|do)\s+(?:you|u)\s+(?:so|always|getting\s+so|"
    r"making\s+(?:such|this|it))\b",
    r"\bnot\s+everything\s+is\s+about\s+you\b|\bmaking\s+(?:a|such\s+a|this\s+a)\s+(?:big\s+deal|"
    r"mountain|fuss|scene)\b|\bmountain\s+out\s+of\s+a\s+molehill\b",
    r"\bsorry\s+(?:that\s+|if\s+)?you\s+feel\s+(?:that\s+way|like\s+that|so)\b",
    r"\b(?:i\s+hear\s+(?:you|that)|i\s+get\s+(?:it|that)|i\s+understand|i\s+know|that's\s+(?:great|fair|true|"
    r"nice|good))\s*,?\s+but\s+(?:honestly|really|i\s+(?:really\s+)?(?:want|need|think)|you|it's|that's|how|"
    r"come\s+on|seriously)\b",
    r"\bdon't\s+(?:feel|be)\s+(?:so\s+)?(?:guilty|bad|sad|upset|worried|down|hard\s+on\s+yourself|stressed|"
    r"jealous|embarrassed|ashamed|silly|mad|angry)\b|\bstop\s+(?:saying|thinking)\s+(?:that|like\s+that)\b",
    r"\b(?:a\s+bit|a\s+little|kind\s+of|way|too)\s+much\s+to\s+(?:cry|get|be)\b|\bcry(?:ing)?\s+over\s+"
    r"(?:a|an|some|spilt|nothing)\b",
    r"\ba\s+you\s+problem\b|\byou\s+(?:just\s+)?get\s+(?:in|into)\s+(?:these|one\s+of\s+your|a|your)\s+"
    r"moods?\b|\bnot\s+that\s+deep\b|\bstop\s+whining\b",
    r"\bi\s+(?:don't|do\s+not)\s+(?:get|understand|see)\s+why\s+(?:you're|you\s+are|you'd|you\s+would|"
    r"you\s+get|it's|this\s+is)\s+(?:so\s+)?(?:upset|mad|angry|bothered|a\s+big|such|that)\b",
    r"\byou\s+(?:always|never)\s+(?:do\s+this|make\s+(?:everything|this|it)|blow|overreact|get\s+"
    r"like\s+this|take\s+things|turn\s+everything)\b",
    r"\b(?:you|u)\s+(?:need\s+to|have\s+to|gotta|should)\s+(?:calm|relax|chill|get\s+over|stop\s+"
    r"being|let\s+(?:it|this)\s+go)\b",
)

SARCASM = rx(
    r"\bboo\s*-?\s*hoo\b|\bcry\s+me\s+a\s+river\b|\bcry\s+about\s+it\b",
    r"\b(?:oh|aw+|awww*)\s*,?\s*poor\s+(?:baby|you|thing|little)\b|\bpoor\s+baby\b",
    r"\b(?:wow|oh|gee|geez|jeez|gosh)\s*,?\s*(?:what\s+a|such\s+a|how)\s+(?:tragedy|terrible|awful|"
    r"shame|nightmare|hardship|catastrophe|disaster)\b",
    r"\bmust\s+be\s+(?:so\s+|really\s+|nice|rough\s+being)\b(?:nice)?",
    r"\b(?:yeah|yea|ya)\s+right\b|/s\b|\U0001f644|\*\s*eye\s*-?\s*roll\s*\*|\beye\s*-?\s*roll\b",
    r"\bwelcome\s+to\s+(?:the\s+real\s+world|adulthood|my\s+(?:world|life)|the\s+club|adult\s+life)\b",
    r"\b(?:how|so)\s+(?:sad|terrible|tragic|awful)\s+for\s+you\b",
    r"\btough\s+(?:luck|cookies|titties|break)\b|\bsucks\s+to\s+be\s+you\b|\bnot\s+my\s+problem\b|"
    r"\bwho\s+cares\b|\bbig\s+whoop\b|\bget\s+in\s+line\b|\bcry\s+harder\b",
    r"\boh\s+no\s*,?\s*(?:anyway|anyways)\b|\bwhatever\s*[.!]*\s*$|^\s*k\s*[.!]*\s*$",
    r"\bsure\s*,?\s*(?:jan|buddy|pal|whatever)\b|\bthanks\s+for\s+sharing\s*,?\s*i\s+guess\b|"
    r"\bcongrats\s*,?\s*i\s+guess\b|\bgood\s+for\s+you\s*,?\s*i\s+guess\b|\bhere\s+we\s+go\s+again\b|"
    r"\bgive\s+me\s+a\s+break\b|\boh\s+please\b",
    r"\balert\s+the\s+(?:media|press)\b|\bwhat\s+a\s+crime\b|\bcall\s+the\s+(?:police|cops)\b|"
    r"\bworld's\s+(?:smallest|tiniest)\s+violin\b|\bplays?\s+(?:the\s+)?(?:tiny|small)\s+violin\b",
    r"\bpoor\s+you\b|\b(?:wow|oh)\s*,?\s+(?:shocking|big\s+surprise|what\s+a\s+surprise|color\s+me\s+"
    r"shocked|groundbreaking)\b|\byour\s+(?:highness|majesty|royal)\b|\bwould\s+that\s+make\s+you\s+happy\b",
    r"\bsays\s+the\s+(?:person|one|guy|girl|woman|man)\s+who\b|\bproblem\s+solved\b|"
    r"^\s*(?:lmao|lol|haha)\s+ok\b|\bok\s+(?:lol|lmao)\s*$|\bsorry\s+(?:i|for)\s+(?:exist|breathing|"
    r"existing)\b",
)

LAUGH = re.compile(r"\b(?:lol|lmao|lmfao|haha+|hehe+|rofl)\b|\U0001f602|\U0001f923")

# Listener moves that use "I" but keep the focus on the partner.
LISTENER_MOVES = rx(
    r"\bi\s+(?:can\s+|totally\s+|really\s+|completely\s+|fully\s+)?(?:hear|see|get|understand|imagine|"
    r"tell|sense|feel\s+(?:for|how|that\s+you|like\s+you)|notice|picture)\b",
    r"\bi(?:'m|\s+am)\s+(?:so\s+|really\s+|very\s+|truly\s+)?(?:sorry|here|with\s+you|listening|"
    r"glad\s+you|proud|on\s+your\s+side|not\s+going|happy\s+for|thrilled\s+for|excited\s+for|"
    r"curious|wondering|hearing|not\s+here|all\s+ears|in\s+your\s+corner)\b",
    r"\bi\s+(?:think|guess|wonder|bet)\s+(?:you|that\s+you|it|if\s+you|whether)\b",
    r"\bi\s+(?:love|believe\s+in|admire|care\s+about|appreciate)\s+you\b",
    r"\bdid\s+i\s+(?:get|hear|understand|miss)\b|\bwhat\s+i(?:'m|\s+am)\s+hearing\b|"
    r"\bif\s+i(?:'m|\s+am)\s+(?:hearing|getting|understanding)\b|\bam\s+i\s+(?:getting|hearing|right)\b",
    r"\blet\s+me\b|\bi\s+want\s+to\s+(?:understand|hear|know|make\s+sure|get)\b|"
    r"\bi(?:'d|\s+would)\s+(?:love|like)\s+to\s+(?:hear|know|understand)\b",
    r"\bi\s+(?:didn't|did\s+not|should\s+have|should've|forgot\s+to|never)\s+(?:ask|asked|check|"
    r"notice|noticed|realize|realise|see|listen|thank|say|call|text|help|show|make\s+time)\b",
    r"\bi\s+(?:was\s+wrong|messed\s+up|screwed\s+up|dropped\s+the\s+ball|let\s+you\s+down|hurt\s+you)\b",
    r"\bi(?:'d|\s+would)\s+(?:be|feel)\s+(?:the\s+same|that\s+way|upset|hurt|angry|mad|furious|sad|"
    r"pissed|frustrated|exhausted|crushed|devastated|thrilled|over\s+the\s+moon|so|too)\b",
    r"\bi\s+can\s+only\s+imagine\b|\bi\s+know\s+(?:how\s+much|you|that\s+you|it|this)\b",
    r"\bi'm\s+not\s+(?:going|gonna)\s+to\s+(?:tell|fix|try)\b|\bi\s+won't\s+(?:tell|try)\b",
)

SELF_REF = re.compile(r"\b(?:i|me|my|mine|myself|i'm|i've|i'd|i'll|we|us|our)\b")
YOU_REF = re.compile(r"\b(?:you|your|yours|yourself|you're|you've|you'd|you'll|u|ur)\b")

ME_TOO = rx(
    r"\bme\s+too\b|\bsame\s+(?:here|with\s+me|for\s+me|thing\s+(?:happened|happens)\s+(?:to|with)\s+me)\b|"
    r"^\s*(?:ugh\s*,?\s*)?same\b",
    r"\b(?:that|this|it)\s+(?:exact\s+thing\s+)?(?:happened|happens)\s+to\s+me\b",
    r"\bi\s+(?:had|have|got|went\s+through)\s+(?:the\s+)?(?:exact\s+)?(?:same|a\s+similar|"
    r"something\s+similar)\b",
    r"\bi(?:'ve|\s+have)\s+been\s+there\b|\bbeen\s+there\b|\bi\s+know\s+(?:exactly\s+)?(?:the|that)\s+"
    r"feeling\b|\bi\s+went\s+through\b",
    r"\breminds\s+me\s+of\b|\bthat\s+reminds\s+me\b",
    r"\bwhen\s+i\s+(?:was|had|got|worked|lost|did|went|started|moved|used|lived|first)\b",
    r"\b(?:this|that|it|it's|that's)\s+(?:is\s+)?(?:just\s+|exactly\s+)?like\s+(?:when|the\s+time)\s+i\b",
    r"\bi\s+remember\s+(?:when|how|the\s+time)\s+(?:i|my)\b",
    r"\bi\s+know\s+(?:exactly\s+)?how\s+(?:you|that|it)\s+feels?\b|\bi\s+know\s+exactly\s+what\s+(?:you|that)\b",
    r"\bmy\s+(?:boss|manager|mom|mum|dad|ex|sister|brother|mother|father|last\s+job|old\s+job|"
    r"coworker|co-worker|family|parents|friend|best\s+friend|old\s+boss|first\s+job|grandma|"
    r"grandpa|kids|son|daughter|team)\s+(?:did|does|used\s+to|was|is|always|never|also|once|"
    r"did\s+the\s+same|had|said|told|made|makes)\b",
    r"\bi\s+(?:also|too)\s+(?:had|have|got|feel|felt|get|went|lost|hate|struggle)\b",
    r"\bhappened\s+to\s+me\s+(?:too|as\s+well)\b|\bi\s+(?:totally\s+)?relate\b",
    r"\btell\s+me\s+about\s+it\b(?!\s*(?:more|what|,?\s*what))|\bi\s+know\s+how\s+(?:that|it)\s+is\b",
    r"\bi\s+(?:used\s+to|once)\s+(?:have|had|work|deal|get|feel)\b",
    r"\bgrowing\s+up\b|\bwhen\s+i\s+was\s+(?:a\s+kid|young|your\s+age|little|in\s+school)\b|"
    r"\bwhen\s+my\s+\w+\s+(?:died|passed|left|got|was|had)\b|\blook\s+at\s+me\b",
    r"\bmy\s+(?:boss|manager|mom|mum|dad|ex|sister|brother|mother|father|friend|coworker|grandpa|grandma|"
    r"grandmother|grandfather|uncle|aunt|cousin|team|family|kids?)\s+(?:[a-z]+ed|ran|went|had|did|got|"
    r"took|made|said|told|came|left|gave|kept|spent|fell|broke|quit|lost)\b",
    r"\bi\s+(?:also|too)\s+[a-z]+|\bi\s+personally\b|\b(?:me|myself)\s+(?:included|too|as\s+well)\b",
    r"\bi(?:'ve|\s+have)\s+(?:also\s+|even\s+|often\s+|sometimes\s+)?(?:had|felt|been\s+through|dealt\s+with|"
    r"struggled|experienced|gone\s+through|lost|suffered|faced)\b",
    r"\b(?:i|me|my)\b[^.?!]{0,60}\b(?:too|as\s+well|myself)\s*[.!?]*\s*$",
)

COUNTER_COMPLAINT = rx(
    r"\bwhat\s+about\s+(?:me|my|how\s+i|when\s+i|mine)\b",
    r"\b(?:i|i've|i\s+have)\s+(?:also\s+|too\s+|just\s+)?(?:had|have|been\s+having)\s+(?:a\s+|such\s+a\s+|"
    r"an\s+|the\s+)?(?:really\s+|super\s+|so\s+)?(?:long|hard|rough|bad|tough|terrible|awful|crazy|"
    r"shit|shitty|horrible|stressful|busy|brutal|exhausting|insane)\s+(?:day|week|month|time|year)",
    r"\bmy\s+(?:day|week|job|work|boss)\s+(?:was|wasn't|has\s+been|is)\s+(?:also\s+|just\s+as\s+)?"
    r"(?:hard|bad|awful|terrible|rough|crazy|brutal|worse|hell|a\s+nightmare|no\s+picnic)\b",
    r"\b(?:you|u)\s+(?:never|don't\s+ever|don't\s+even|didn't\s+even|hardly\s+ever|rarely|always|"
    r"never\s+even)\s+(?:ask|asked|listen|help|notice|thank|say|care|clean|do|call|text|"
    r"remember|check|appreciate|make\s+time|leave|forget|complain|interrupt|"
    r"spend|come|cook|pick)\b",
    r"\byou\s+think\s+(?:you|you've|you\s+have)\s+(?:it|got\s+it)\s+(?:bad|hard|rough|tough)\b|"
    r"\btry\s+(?:being|doing)\s+(?:me|my\s+job|what\s+i\s+do)\b",
    r"\bi\s+do\s+(?:everything|all\s+the|most\s+of\s+the|so\s+much)\b",
    r"\b(?:you're|you\s+are)\s+not\s+the\s+only\s+one\b",
    r"\bi(?:'m|\s+am)\s+(?:also\s+|just\s+as\s+)?(?:tired|exhausted|stressed|swamped|busy|overwhelmed|"
    r"drowning|burnt\s+out|burned\s+out)\s+(?:too|as\s+well)\b",
    r"\b(?:well|but)\s+(?:you|u)\s+(?:never|always|don't\s+even|didn't\s+even)\b",
    r"\bi\s+(?:never|don't|rarely)\s+get\s+(?:a\s+break|thanked|any\s+help|asked|time)\b|"
    r"\bnobody\s+(?:asks|asked)\s+(?:me|about\s+my)\b|\bno\s+one\s+(?:asks|asked)\s+(?:me|about\s+my)\b",
    r"\bit's\s+not\s+like\s+(?:you|u)\s+(?:ever|always|never|help|do|ask)\b",
    r"\b(?:you're|you\s+are)\s+the\s+one\s+(?:who|that)\b|\bi(?:'m|\s+am)\s+the\s+one\s+(?:who|that)\b|"
    r"\bmeanwhile\s+i\b",
    r"\b(?:you\s+)?didn't\s+hear\s+me\s+complain|\bi\s+(?:never|didn't|don't)\s+(?:complain|complained)\b",
    r"\bi\s+(?:did|do|have\s+done|'ve\s+done)\s+(?:every|all\s+(?:the|of)|most\s+of)\b",
    r"\byou\s+(?:bought|spent|went|had|did|got)\s+[^.?!]{0,40}\band\s+i\s+(?:didn't|never)\s+(?:say|said|"
    r"complain)\b",
)

# Said when the partner is upset with the listener, these explain or justify the listener.
DEFENDS = rx(
    r"\bbut\s+i\s+(?:was|had|did|didn't|thought|just|have\s+been|tried|meant|only|do|am|said|asked|"
    r"told|work|worked|came|called|texted|always|never|was\s+going|really|honestly|literally)\b",
    r"\bi\s+(?:didn't|did\s+not|never)\s+mean\s+(?:to|it|that|anything)\b",
    r"\bi(?:'ve|\s+have)?\s*(?:was|am|'m|been)\s+(?:just\s+|really\s+|so\s+|super\s+|literally\s+)*"
    r"(?:busy|tired|exhausted|swamped|slammed|stressed|distracted|going\s+to|about\s+to|trying\s+to|"
    r"working|buried|drowning|overwhelmed)\b",
    r"\b(?:that's|that\s+is|it's|it\s+is|that's\s+just)\s+not\s+(?:fair|true|what\s+happened|my\s+fault|"
    r"how\s+it|what\s+i)\b",
    r"\bi\s+(?:did|do)\s+(?:ask|help|try|care|listen|text|call|check|notice|clean)\b",
    r"\bit's\s+not\s+(?:my\s+fault|like\s+i)\b|\bnot\s+my\s+fault\b",
    r"\bin\s+my\s+defen[cs]e\b|\bto\s+be\s+fair\s*,?\s+i\b|\bin\s+fairness\b|\bfor\s+the\s+record\b",
    r"\byou\s+know\s+(?:i|how\s+(?:busy|much|hard|tired|stressed))\b",
    r"\bi\s+(?:honestly\s+|really\s+|just\s+|genuinely\s+|actually\s+|kind\s+of\s+)?(?:thought|figured|assumed)\b",
    r"\bi\s+(?:promise|swear)\s+(?:it\s+)?(?:wasn't|was\s+not|isn't|didn't|i\s+(?:didn't|wasn't))\b",
    r"\bit\s+(?:wasn't|was\s+not|isn't)\s+(?:you|personal|about\s+you|on\s+purpose|intentional|like\s+that)\b",
    r"\bi(?:'d|\s+had)\s+(?:already|only\s+had|just\s+had|had)\b|\bi\s+would\s+have\s+(?:remembered|done|called|"
    r"told|asked|noticed)\b",
    r"\bi(?:'m|\s+am)\s+not\s+(?:hiding|lying|cheating|trying\s+to|ignoring|doing\s+anything)\b|"
    r"\bnothing\s+(?:is|was)\s+going\s+on\b",
    r"\bit\s+was\s+(?:literally\s+|just\s+|only\s+|honestly\s+)+(?:a|an|one|lunch|dinner|drinks|coffee|"
    r"work|a\s+joke|on\s+sale)\b|\bit\s+was\s+on\s+sale\b",
    r"\bit's\s+not\s+like\s+i\b|\bi\s+only\s+(?:told|did|said|went|bought|asked|meant|wanted)\b|"
    r"\bslipped\s+my\s+mind\b|\bi\s+can't\s+be\s+(?:in\s+two\s+places|everywhere|on\s+my\s+phone|"
    r"available|there\s+all)\b",
    r"\byou\s+know\s+how\s+(?:she|he|they|it|your\s+\w+)\s+(?:is|are|gets|get)\b|\bi\s+(?:do|did)\s+"
    r"(?:the|all\s+the|most\s+of\s+the)\s+\w+",
    r"\bi\s+forgot\s+because\b|\bbecause\s+i\s+(?:was|had|didn't|thought|got)\b",
    r"\bi\s+had\s+(?:no\s+idea|a\s+(?:long|lot|bad|hard|rough|terrible|crazy|busy))\b",
    r"\bi\s+(?:didn't|did\s+not)\s+(?:know|think|realize|realise)\s+(?:you|that\s+you|it\s+was|"
    r"it\s+would|it\s+mattered|it'd|it\s+was\s+such)\b(?!\s+(?:hurt|hit))",
    r"\b(?:i'm|i\s+am)\s+sorry\s*,?\s*but\b|\bsorry\s*,?\s*but\b",
    r"\bi\s+was\s+(?:gonna|going\s+to)\b|\bi\s+just\s+(?:forgot|didn't|got|was|thought|needed)\b",
    r"\byou\s+(?:didn't|never|did\s+not)\s+(?:tell|told|say|said|ask|asked|remind|mention)\s+me\b",
    r"\bhow\s+(?:was|am)\s+i\s+(?:supposed|meant)\s+to\s+know\b|\byou\s+could\s+have\s+(?:told|asked|"
    r"reminded|said)\b",
    r"\bi\s+have\s+(?:a\s+lot|so\s+much|too\s+much)\s+(?:going\s+on|on\s+my\s+plate)\b",
    r"\bi\s+work(?:ed)?\s+(?:all\s+day|late|so\s+hard|hard|twelve|long)\b",
    r"\bi\s+(?:always|usually)\s+(?:ask|do|help|check|call|text)\b",
    r"\bi\s+(?:had|have)\s+(?:my\s+)?reasons\b|\bthere\s+was\s+a\s+reason\b",
    r"\bso\s+i\s+(?:couldn't|didn't|wasn't\s+able|had\s+to)\b|\bi\s+couldn't\s+(?:help\s+it|get\s+away|make\s+it|"
    r"call|come|leave|get\s+out)\b|\bmy\s+phone\s+(?:was|died|ran)\b|\b(?:ran|went)\s+(?:over|late|long)\b",
)

# Defending whoever the partner is upset with: these justify the listener in any context.
DEFENDS_STRONG = rx(
    r"\bi\s+(?:didn't|did\s+not|never)\s+mean\s+(?:to|it|that|anything)\b",
    r"\bin\s+my\s+defen[cs]e\b|\b(?:it's|it\s+is|that's)\s+not\s+my\s+fault\b|\bnot\s+my\s+fault\b",
    r"\bi(?:'m|\s+am)\s+not\s+(?:hiding|lying|cheating|ignoring)\b|\bnothing\s+(?:is|was)\s+going\s+on\b",
    r"\bi\s+would\s+have\s+(?:remembered|done\s+it|called|noticed)\b|\bit's\s+not\s+like\s+i\b",
    r"\bi\s+do\s+(?:the|all\s+the|most\s+of\s+the)\s+\w+|\bhow\s+(?:was|am)\s+i\s+(?:supposed|meant)\s+to\s+know\b",
    r"\bslipped\s+my\s+mind\b|\bi\s+can't\s+be\s+(?:in\s+two\s+places|everywhere)\b|"
    r"\bi(?:'ve|\s+have)\s+told\s+you\s+(?:that\s+)?(?:a\s+hundred|a\s+million|so\s+many|before)\b",
)

CENTERS_SELF = rx(
    r"\bi\s+(?:just\s+|really\s+|still\s+)?(?:feel|felt)\s+(?:so\s+|really\s+|just\s+|absolutely\s+)*(?:terrible|awful|(?<=so\s)bad|"
    r"(?<=really\s)bad|guilty|"
    r"horrible|like\s+(?:a\s+)?(?:monster|jerk|idiot|failure|the\s+worst|crap|shit|garbage))\b",
    r"\bi(?:'m|\s+am)\s+(?:such\s+|the\s+|a\s+)?(?:worst|terrible|awful|horrible|monster|failure)\s*"
    r"(?:partner|husband|wife|boyfriend|girlfriend|person)?\b",
    r"\bi\s+hate\s+myself\b|\bi\s+can't\s+believe\s+i\b|\bi(?:'ll|\s+will)\s+never\s+forgive\s+myself\b",
    r"\bthis\s+is\s+(?:so\s+)?hard\s+for\s+me\b|\bhow\s+do\s+you\s+think\s+(?:that|this)\s+makes\s+me\s+feel\b",
    r"\bi\s+(?:need|want)\s+you\s+to\s+(?:know|understand)\s+(?:how|that)\s+(?:i|hard|bad)\b",
)

TOPIC_CHANGE = rx(
    r"(?:^|[,;]\s*)(?:(?:ok|okay|so|oh|um|well|hm+|but)\s*,?\s*)?anyway(?:s)?\b(?!\s*,?\s*(?:what\s+matters|back\s+to|i\s+hear|it\s+sounds|you\s+(?:sound|seem|"
    r"must|feel|deserve)|i'm\s+(?:here|sorry|glad|so)|that\s+(?:sounds|must)))",
    r"\bby\s+the\s+way\b|\bspeaking\s+of\b|\bon\s+(?:a|an)?\s*(?:another|other|different|unrelated|"
    r"lighter|happier|separate)\s+note\b|\bchanging\s+the\s+subject\b|\bchange\s+of\s+subject\b",
    r"\b(?:random(?:ly)?|unrelated|totally\s+unrelated)\s*,?\s*but\b|\bbefore\s+i\s+forget\b|"
    r"\boh\s*,?\s*(?:also|and\s+(?:did|have|can))\b",
    r"\bwhat(?:'s|\s+is|\s+do\s+you\s+want|\s+should\s+we\s+(?:have|get|eat|order))\s+for\s+"
    r"(?:dinner|lunch|breakfast)\b|\bwhat\s+(?:are|r)\s+we\s+(?:eating|doing\s+(?:this|tonight|for))\b",
    r"\bcan\s+we\s+talk\s+about\s+(?:something|anything)\s+else\b|\blet's\s+(?:not\s+talk\s+about|"
    r"talk\s+about\s+something\s+else|change\s+the\s+subject|watch|order|get\s+(?:food|pizza|takeout)|"
    r"go\s+(?:out|get))\b",
    r"\b(?:wanna|want\s+to)\s+(?:watch|go\s+(?:out|get)|grab|order)\b",
    r"\bhave\s+you\s+seen\s+(?:my|the)\s+(?:keys|phone|charger|remote|wallet|glasses)\b|"
    r"\bwhere(?:'s|\s+is|\s+are)\s+(?:my|the)\s+(?:keys|phone|charger|remote|wallet|glasses)\b",
    r"\bdid\s+you\s+(?:remember\s+to|pay\s+the|pick\s+up|feed\s+the|book\s+the|see\s+the\s+(?:game|"
    r"news|match|score|show)|hear\s+about\s+(?:the|what))\b",
    r"\bhow\s+(?:was|about)\s+the\s+(?:game|match|show|weather|gym|movie)\b|\bhow\s+was\s+(?:the|your)\s+"
    r"(?:gym|workout|run|game|class|lunch)\b",
    r"\b(?:hey|oh|ok|btw|also|so)\s*,?\s+(?:did|have)\s+(?:you|u)\s+(?:see|seen|hear|heard|catch|watch|notice)\b",
    r"\bcan\s+we\s+(?:please\s+|just\s+)?not\s+(?:talk\s+about|do\s+this|get\s+into|go\s+there|have\s+this)\b|"
    r"\blet's\s+just\s+(?:have|enjoy|watch|forget|not)\b",
    r"\bwhat\s+time\s+(?:are|is|do|should)\s+(?:we|you|it)\b",
    r"\bdid\s+(?:you|u)\s+(?:sign|pay|book|pick\s+up|feed|buy|get|grab|order|return|call\s+the)\s+(?:the|my|our|that)\b",
    r"\bmore\s+importantly\b|\bforget\s+(?:that|about\s+that)\s*,\b|\benough\s+about\s+(?:that|this|work)\b",
)

CHECKS_UNDERSTANDING = rx(
    r"\bdid\s+i\s+(?:get|hear|understand)\s+(?:that|it|this|you|everything)\s*(?:right|correctly|ok)?\b",
    r"\bis\s+(?:that|this)\s+(?:right|it|close|fair|accurate|what\s+(?:you|it)|how\s+(?:you|it)|"
    r"about\s+right|kind\s+of\s+it|more\s+like\s+it)\b",
    r"\bam\s+i\s+(?:getting|hearing|reading|understanding)\s+(?:that|this|it|you)\s*(?:right|correctly)?\b|"
    r"\bam\s+i\s+(?:right|close|off|on\s+track)\b",
    r"\b(?:does|did)\s+(?:that|this)\s+(?:sound|feel|seem)\s+(?:right|accurate|close|true|about\s+right)\b",
    r"\bcorrect\s+me\s+if\b|\btell\s+me\s+if\s+i(?:'m|\s+am|\s+got)\b|\bhave\s+i\s+got\s+(?:that|it|this)\b",
    r"\bdid\s+i\s+miss\s+(?:anything|something)\b|\bis\s+there\s+(?:more|something\s+(?:else|more)|"
    r"anything\s+(?:else|i'm\s+missing))\b",
    r"\bwhat\s+(?:else|was\s+the\s+hardest|part\s+(?:hurt|stung|got\s+to\s+you))\b|"
    r"\btell\s+me\s+more\b|\bsay\s+more\b|\bwhat\s+(?:was|is)\s+(?:that|it)\s+like\b",
    r"\bhow\s+(?:are|r)\s+(?:you|u)\s+(?:feeling|doing|holding\s+up)\b|\bhow\s+did\s+(?:that|it)\s+"
    r"(?:feel|land)\b|\bwhat\s+(?:do|would)\s+you\s+need\b|\bwhat\s+would\s+(?:help|feel\s+good)\b",
)

NEED = rx(
    r"\b(?:you|u)\s+(?:just\s+|really\s+|only\s+|simply\s+)?(?:wanted|needed|want|need|were\s+hoping|"
    r"hoped|wish|wished|were\s+looking\s+for|would\s+have\s+liked|'d\s+have\s+liked|'d\s+like|"
    r"would\s+like|long\s+for|miss|missed|were\s+counting\s+on|deserve|deserved|craved|crave)\s+"
    r"(?:me|someone|to|for|some|a|more|him|her|them|your|that|the|just|real|at\s+least|us)\b",
    r"\b(?:it|that|this|he|she|they)\s+(?:really\s+)?(?:matters|mattered|means|meant)\s+(?:so\s+much\s+|"
    r"a\s+lot\s+|everything\s+)?to\s+you\b|\b(?:so\s+)?important\s+to\s+you\b",
    r"\bwhat\s+you\s+(?:needed|wanted|need|want|were\s+hoping\s+for)\b|\byou\s+(?:feel|felt)\s+like\s+"
    r"(?:you|no\s+one|nobody)\s+(?:don't|didn't|aren't|weren't|can't|couldn't)\b",
    r"\b(?:under|underneath|beneath|behind)\s+(?:it\s+all|all\s+that|that|this|the)\b",
    r"\b(?:feel|felt|feeling|be|being|get|got)\s+(?:really\s+|truly\s+|actually\s+)?(?:seen|heard|"
    r"noticed|appreciated|valued|supported|cared\s+for|included|respected|prioriti[sz]ed|chosen|"
    r"wanted|understood|considered|thought\s+of|asked\s+about)\b",
    r"\b(?:a\s+(?:partner|teammate)|someone)\s+(?:who|to)\s+(?:notices|noticed|asks|asked|sees|"
    r"shows\s+up|has\s+your\s+back|checks\s+in|cares)\b|\bin\s+your\s+corner\b|\bon\s+your\s+side\b",
)

ACKNOWLEDGES = rx(
    r"\b(?:that|this|it|which|all\s+that|all\s+of\s+that|that\s+whole\s+thing|what\s+a)\s+(?:sounds|"
    r"seems|must\s+(?:be|have\s+been|feel)|is|was|'s|would\s+be|feels|felt)\s+(?:so\s+|really\s+|"
    r"very\s+|incredibly\s+|super\s+|pretty\s+|such\s+a\s+|a\s+|just\s+|absolutely\s+|truly\s+|"
    r"seriously\s+|genuinely\s+|honestly\s+|kind\s+of\s+|kinda\s+|like\s+)*(?:hard|rough|tough|"
    r"awful|terrible|horrible|painful|brutal|exhausting|frustrating|a\s+lot|much|heavy|difficult|"
    r"scary|lonely|unfair|infuriating|maddening|sad|heartbreaking|crushing|devastating|stressful|"
    r"overwhelming|draining|demoralizing|demoralising|upsetting|hurtful|annoying|disappointing|"
    r"humiliating|discouraging|confusing|isolating|terrifying|frightening|big|huge|amazing|"
    r"incredible|exciting|awesome|wonderful|fantastic|great|massive|a\s+big\s+deal|a\s+huge\s+deal|"
    r"the\s+worst|a\s+nightmare|rubbish|crap|crappy|shit|shitty|unbearable|insulting|"
    r"a\s+relief|such\s+a\s+relief|a\s+slap|a\s+kick|a\s+gut\s+punch|so\s+much|intense|"
    r"lonely|wild|tiring|infuriating|a\s+blow|gutting|rough\s+stuff|a\s+mess)\b",
    r"\bi(?:'m|\s+am)\s+(?:so\s+|really\s+|truly\s+|very\s+)?sorry\b(?!\s*,?\s*but\b)",
    r"\b(?:so\s+|really\s+|very\s+)?sorry\s+(?:to\s+hear|about|for\s+(?:your|what)|that\s+(?:happened|you))\b",
    r"\b(?:that|this|it)\s+(?:really\s+|totally\s+|honestly\s+|just\s+)?(?:sucks|stinks|blows|hurts|"
    r"stings)\b|\bugh+\b|\boof\b|\boh\s+no\b|\boh\s+(?:my\s+god|god|man|babe|love|honey|sweetheart)\b|"
    r"\bmy\s+heart\s+(?:goes|breaks|hurts)\b|\bi\s+can\s+(?:only\s+)?imagine\b|"
    r"\bthat's\s+(?:the\s+worst|so\s+much|a\s+lot)\b",
    r"\bcongrat(?:s|ulations)\b|\bso\s+(?:happy|proud|thrilled|excited)\s+for\s+you\b|"
    r"\bi(?:'m|\s+am)\s+(?:so\s+)?(?:happy|proud|thrilled|excited)\s+(?:for|of)\s+you\b|"
    r"\bwhat\s+a\s+(?:win|relief|moment|day|thing)\b|\b(?:wow|woah|whoa|yay|omg|oh\s+my\s+god)\b",
    r"\bno\s+way\b\s*!|\bah+h\b|\bcan't\s+stop\s+(?:smiling|grinning)\b|\bi'm\s+(?:so\s+)?(?:buzzing|"
    r"beaming)\s+for\s+you\b",
    r"\bi\s+can\s+(?:hear|see|tell)\s+(?:how|that|it|this)\b|\bi\s+(?:hear|see)\s+(?:you|that|how)\b",
    r"\b(?:you've|you\s+have|you're|you\s+are|you've\s+been)\s+(?:been\s+)?(?:carrying|going\s+through|"
    r"dealing\s+with|holding|juggling)\s+(?:so\s+much|a\s+lot|all\s+of\s+(?:this|that)|this|that)\b",
)

LEGITIMIZES = rx(
    r"\bno\s+wonder\b|\bof\s+course\s+(?:you|you're|you'd|you\s+are|you\s+would|it|that|this|"
    r"that's|it's|you\s+feel|you\s+felt)\b",
    r"\b(?:it|that|this|which|your\s+\w+)\s+(?:totally\s+|completely\s+|really\s+|so\s+|perfectly\s+)?"
    r"makes\s+(?:total\s+|complete\s+|so\s+much\s+|perfect\s+|a\s+lot\s+of\s+|sense|all\s+the\s+sense)",
    r"\b(?:makes|made)\s+(?:total\s+|complete\s+|so\s+much\s+|perfect\s+|a\s+lot\s+of\s+)?sense\b",
    r"\b(?:anyone|anybody|everyone|most\s+people|any\s+(?:person|parent|partner))\s+(?:would|in\s+your)\b|"
    r"\bwho\s+wouldn't\b",
    r"\bi\s+(?:can\s+|totally\s+|completely\s+|really\s+|fully\s+)?(?:see|get|understand)\s+"
    r"(?:why|how)\b",
    r"\b(?:it's|that's|it\s+is|that\s+is|your\s+\w+\s+(?:is|are)|those\s+feelings\s+are|feelings\s+"
    r"are)\s+(?:so\s+|completely\s+|totally\s+|absolutely\s+|entirely\s+|very\s+|really\s+)?"
    r"(?:understandable|valid|fair|legit|legitimate|normal|natural|human|reasonable|justified|real)\b",
    r"\byou\s+(?:have|had)\s+every\s+(?:right|reason)\b|\byou(?:'re|\s+are)\s+(?:allowed|entitled)\s+to\b|"
    r"\byou(?:'re|\s+are)\s+not\s+(?:wrong|crazy|being\s+(?:dramatic|silly|unreasonable)|"
    r"overreacting|imagining|too\s+much|unreasonable|silly|dramatic)\b",
    r"\bi(?:'d|\s+would)\s+(?:be|feel)\s+(?:the\s+same|that\s+way|upset|hurt|angry|mad|furious|sad|"
    r"pissed|frustrated|exhausted|crushed|devastated|thrilled|over\s+the\s+moon|worried|scared|"
    r"jealous|lost|gutted|livid|heartbroken|anxious|terrified|nervous|done)\b",
    r"\b(?:you|u)\s+shouldn't\s+have\s+(?:had\s+)?to\b|\b(?:nobody|no\s+one)\s+should\s+have\s+to\b|"
    r"\byou\s+should\s+(?:not|never)\s+have\s+(?:had\s+)?to\b|\byou\s+deserve(?:d)?\s+(?:better|more|"
    r"to\s+be|a\s+partner|someone|support|to\s+feel)\b",
    r"\b(?:it's|that's|it\s+was|that\s+was)\s+(?:so\s+|really\s+|totally\s+)?(?:not\s+(?:ok|okay|fair|"
    r"right|cool)|unfair|wrong)\b(?!\s+(?:to|of)\s+(?:him|her|them))",
    r"\b(?:it's|it\s+is|that's)\s+(?:completely\s+|totally\s+|perfectly\s+)?(?:ok|okay|alright|"
    r"normal|fine|natural)\s+(?:to|that\s+you|for\s+you\s+to)\s+(?:feel|be|cry|want|need|miss|"
    r"grieve|still|not)\b",
    r"\bhow\s+could\s+you\s+not\b|\bwho\s+could\s+blame\s+you\b|\bi\s+don't\s+blame\s+you\b|"
    r"\bcan't\s+blame\s+you\b|\bwith\s+everything\s+(?:you've|on\s+your)\b|\bafter\s+everything\b",
    r"\bof\s+course\b",
    r"\bthat\s+would\s+(?:hurt|sting|upset|get\s+to|wear\s+down|scare|frustrate|exhaust|crush)\s+"
    r"(?:anyone|anybody|me|most)\b",
    r"\bespecially\s+(?:after|when|since|because|with)\b|\bgiven\s+(?:how|that|everything|what)\b",
    r"\b(?:would|will|could|'d)\s+(?:eat|get\s+to|wear\s+(?:down|out)|wear|break|crush|hurt|sting|upset|"
    r"exhaust|drain|rattle|shake|floor|gut|wreck|flatten|frustrate|scare|terrify)\s+(?:anyone|anybody|"
    r"everyone)\b|\b(?:wears|grinds|gets\s+to)\s+(?:anyone|anybody|everyone)\b",
    r"\bfair\s+enough\b|\bthat(?:'s|\s+is)\s+(?:completely\s+|totally\s+)?fair\b|\bthat\s+tracks\b|"
    r"\bhow\s+could\s+it\s+not\b|\bwho\s+wouldn't\s+be\b",
)

REFLECTIVE_FRAME = rx(
    r"\b(?:sounds|sound|seems|seem)\s+like\b|\bit\s+sounds\b|\byou(?:\s+(?:seem|sound|feel|felt|were|"
    r"are|must|got|get|had|have|wanted|needed|mean|said|keep|kept|just|really)|'re|'ve|'d)\b",
    r"\bso\s+(?:you|your|it|the|he|she|they)\b|\bwhat\s+i(?:'m|\s+am)\s+hearing\b|\bi\s+hear\b|"
    r"\bif\s+i(?:'m|\s+am)\s+(?:hearing|getting)\b|\byou're\s+(?:saying|telling)\b|\bi\s+get\s+(?:that|it)\b|"
    r"\bi\s+can\s+tell\b|\bit's\s+like\b|\byour\b|\bwhen\s+(?:he|she|they|i|your)\b",
)

# "he always does this": an absolute pinned on someone's behaviour
ABSOLUTES = re.compile(
    r"\b(?:he|she|they|you|your\s+\w+|everyone|everybody|nobody|no\s+one)(?:'s|'re)?\s+(?:always|never|"
    r"constantly|literally\s+never|literally\s+always)\b|\bevery\s+(?:single\s+)?time\s+(?:he|she|they|"
    r"you)\b|\b(?:hates?\s+you|can't\s+stand\s+you)\b"
)

IMPUTES_MOTIVE = rx(
    r"\b(?:he|she|they|your\s+(?:boss|manager|mom|mum|mother|dad|father|sister|brother|friend|family|"
    r"parents|ex|coworker|kid|son|daughter|in-?laws|teacher))(?:'s|\s+is|\s+was|'re|\s+are|\s+were)?\s+"
    r"(?:just\s+|probably\s+|obviously\s+|clearly\s+|definitely\s+|totally\s+|only\s+|so\s+|secretly\s+)*"
    r"(?:trying\s+to|out\s+to|doing\s+it\s+to|wants?\s+to|jealous|threatened|intimidated|testing\s+you|"
    r"setting\s+you\s+up|targeting|punishing|manipulating|using\s+you|taking\s+advantage|"
    r"hates?\s+you|doesn't\s+(?:care|respect|like|value|trust)|does\s+it\s+on\s+purpose|"
    r"did\s+it\s+on\s+purpose|wants\s+you\s+(?:gone|out|to\s+fail)|looking\s+for\s+(?:a|an)\s+"
    r"(?:excuse|reason)|power\s+trip|on\s+a\s+power\s+trip)\b",
    r"\byou\s+(?:just|only|really|secretly)\s+want\s+(?:attention|sympathy|to\s+(?:win|be\s+right|"
    r"complain|vent|make\s+me)|me\s+to\s+(?:feel|say))\b",
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
    r"\bi\s+bet\s+(?:he|she|they|your)\b|\b(?:he|she|they)\s+(?:must|probably)\s+(?:think|thinks|want|"
    r"wants|hate|hates|resent|resents)\b",
)

# Who is upset with whom: the partner's statement complains about the listener.
UPSET_WITH_LISTENER = rx(
    r"\b(?:you|u)\s+(?:didn't|did\s+not|never|don't|do\s+not|always|forgot|promised|said\s+you|"
    r"haven't|won't|keep|kept|left|ignored|missed|interrupted|laughed|walked\s+(?:away|out|off)|"
    r"spent|hardly|barely|rarely|chose|picked|went\s+(?:out|behind)|told\s+(?:your|him|her|them|"
    r"everyone)|lied|cheated|embarrassed|humiliated|made\s+(?:me|fun|plans)|were\s+(?:on\s+your|"
    r"late|rude|gone|out|texting|scrolling|glued)|couldn't\s+even|wouldn't|canceled|cancelled|"
    r"booked|bought|invited|agreed|took|just\s+(?:sat|left|walked|kept|scrolled|shrugged|"
    r"ignored|stood)|act(?:ed)?\s+like|sided|defended|snapped|yelled|rolled|checked\s+(?:out|your))\b",
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
)

ASKED_FOR_ADVICE = rx(
    r"\bwhat\s+(?:should|do|would|can|could)\s+i\s+do\b|\bwhat\s+would\s+you\s+do\b|\bany\s+"
    r"(?:ideas|advice|suggestions|thoughts\s+on\s+what)\b|\bhelp\s+me\s+(?:figure|decide|think|"
    r"work\s+out|fix|plan|with)\b|\bshould\s+i\b|\bi\s+need\s+(?:your\s+)?(?:advice|ideas|help\s+"
    r"(?:deciding|figuring))\b|\bwhat\s+do\s+you\s+(?:think|suggest|recommend)\s+i\b|"
    r"\bhow\s+(?:do|should|can)\s+i\s+(?:fix|handle|deal|tell|get|stop|make)\b",
)

HEDGED_QUESTION = re.compile(r"\bi\s+(?:wonder|was\s+wondering)\s+(?:if|whether)\b")
WORD_RX = re.compile(r"[a-z][a-z']*")
