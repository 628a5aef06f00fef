"""Not fixing by outlook: a good outcome foretold (reassurance: a subject, a future or a
certainty, and a good result, "you'll ace it", "she'll come round", "someone will snap you up")
and a bright side said as a plain fact (a silver lining with no "at least": "now you get to...",
"this way you find out...", "it just means...").

The good results come from trainer/data/words/fixing.yaml; the detectors in detectors/fixing.py
decide what excuses them (a question, their own fear said back, good news).
"""

from __future__ import annotations

import re

from trainer.grading.offline.patterns import alternation, rx
from trainer.grading.offline.patterns.clauses import WORDS

_ADVERBS = (
    r"(?:(?:so|totally|definitely|absolutely|surely|honestly|probably|easily|soon|just|all|really|"
    r"completely|still|even|both|eventually|totally|100%|one\s+day|in\s+the\s+end|perfectly|way|quite|"
    r"absolutely|so\s+much)\s+)*"
)
# Who a forecast is about: the partner, the couple, the situation, the other people in it.
_SUBJECT = (
    r"(?:you|u|(?:ur|your)(?=\s+(?:gonna|going\s+to))|we|it|things|everything|this|that|she|he|they|someone|"
    r"somebody|something|people|"
    r"the\s+(?:kids?|baby|results?|test|scan|interview|job|exam|day|weekend|new\s+one)|"
    r"the\s+(?:next|right)\s+[a-z]+|"
    r"(?:your|ur)\s+(?:little\s+|old\s+)?(?:mum|mom|dad|mam|da|nan|gran|grandad|grandma|grandpa|boy|girl|"
    r"son|daughter|baby|kids?|sister|brother|wife|husband|partner|friend|mate|dog|cat|hair|skin|knee|"
    r"back|leg|arm|wrist|ankle|shoulder|body))"
)
_FUTURE = (
    r"(?:'ll|\s+will|'re\s+going\s+to|\s+are\s+going\s+to|'s\s+going\s+to|\s+is\s+going\s+to|"
    r"'re\s+gonna|'s\s+gonna|\s+are\s+gonna|\s+is\s+gonna|'re\s+bound\s+to|\s+are\s+bound\s+to|"
    r"'s\s+bound\s+to|\s+is\s+bound\s+to|\s+(?:will\s+)?(?:definitely|surely)\s+will|"
    r"(?<=ur)\s+(?:gonna|going\s+to))"
)
# Good results that need their particle or object to be good ("get over it", not "get fired").
_WITH_PARTICLE = (
    r"grow\s+back|come\s+along|forget\s+(?:all\s+)?(?:about\s+(?:it|this|that)|by\s+(?:tomorrow|tonight|monday|"
    r"the\s+weekend|next\s+week))|heal\s+(?:up|fine|quickly|fast)|be\s+back\s+(?:on\s+(?:his|her|their|your)\s+feet|to\s+(?:normal|"
    r"himself|herself|yourself))|"
    r"(?:be|come)\s+right(?=\s*(?:[,.!?;]|$|(?:though|mate|love|babe|hun|in\s+the\s+end|as\s+rain|again)\b))|"
    r"come\s+out\s+in\s+the\s+wash|"
    r"get\s+(?:over|through|there|better|past|back\s+on|the\s+job|a\s+job|another|in\b|it\b(?!\s+[a-z])|"
    r"used\s+to)|come\s+(?:round|around|through|good|out\s+(?:fine|on\s+top|stronger|clear))|"
    r"make\s+(?:it\b|friends|new)|find\s+(?:another|a\s+(?:new|better|way|job)|someone|something|"
    r"your\s+feet|the\s+right)|fall\s+into\s+place|turn\s+(?:out|around|up|a\s+corner)|"
    r"figure\s+(?:it|this|that)\s+out|blow\s+over|work\s+(?:out|itself)|sort\s+(?:itself|out)|"
    r"snap\s+(?:you|u)\s+up|land\s+on\s+(?:your|their|her|his)\s+feet|bounce\s+back|"
    r"be\s+(?:over\s+it|back\s+to\s+normal|laughing|all\s+right|worth\s+it|yourself\s+again|yours)|get\s+easier|"
    r"(?:look\s+back\s+and\s+)?laugh\s+(?:about|at)\s+(?:it|this|that)|pay\s+(?:you|u)\s+back|"
    r"make\s+it\s+up\s+to\s+(?:you|u)|say\s+sorry|apologi[sz]e|"
    r"have\s+(?:totally\s+|completely\s+|probably\s+|all\s+)?(?:forgotten|forgiven|moved\s+on|got(?:ten)?\s+over|"
    r"calmed\s+down|blown\s+over|come\s+round|come\s+around)|"
    r"have\s+(?:a\s+)?(?:(?:new|another|more|loads\s+of|lots\s+of|plenty\s+of)\s+)?(?:best\s+)?(?:friends?|mates?|pals?|job|"
    r"offers?|options?)|"
    r"feel\s+(?:like\s+(?:yourself|you|your\s+old\s+self)\s+again|better|normal|more\s+like\s+yourself|ok|okay|"
    r"fine|great|good)"
)
_SIMPLE_GOOD = alternation(
    WORDS.good_outcomes
    - {"come", "get", "make", "find", "fall", "turn", "figure", "blow", "work", "sort", "land"}
    - {"snap", "bounce", "over", "through", "walk", "fly", "pass", "rock", "storm", "settle"}
)

FORECAST = rx(
    rf"\b{_SUBJECT}(?:\s+(?:two|both|guys|all))?(?:\s+(?:better|new|good|else|great))?(?:\s+(?:really|definitely|honestly|surely|totally))?{_FUTURE}\s+{_ADVERBS}(?:be\s+{_ADVERBS})?(?:{_WITH_PARTICLE}|{_SIMPLE_GOOD})\b"
    r"(?!\s+(?:to\s+(?:go|leave|quit|stop)|if|unless))",
    # idioms that need their object: "walk it", "fly through", "sail through", "rock it"
    rf"\b{_SUBJECT}{_FUTURE}\s+{_ADVERBS}(?:walk|sail|fly|breeze|storm|rock|smash|ace|nail|"
    r"crush|pass)\s+(?:it|this|that|through|the\s+[a-z]+)\b",
    rf"\b(?:it|this|that|she|he|they|the\s+[a-z]+){_FUTURE}\s+{_ADVERBS}(?:pass|settle(?:\s+down)?|"
    r"calm\s+down|come\s+back\s+(?:clear|fine|negative|ok|okay))\b",
    # the listener's certainty as a promise: "you've totally got this", "you can do this"
    r"\byou(?:'ve|\s+have)?\s+(?:so\s+|totally\s+|absolutely\s+|definitely\s+|completely\s+)*got\s+this\b"
    r"(?=\s*(?:[.!,;]|$))",
    # the worry predicted away: "nobody will remember it by Friday", "they'd be mad not to"
    r"\b(?:nobody|no\s+one|no-one|noone)(?:'ll|\s+will|'s\s+going\s+to|\s+is\s+going\s+to)\s+"
    r"(?:even\s+)?(?:remember|notice|care|mind|think\s+twice|give\s+it\s+a\s+(?:second\s+)?thought)\b",
    r"\b(?:would|'d)\s+be\s+(?:mad|crazy|daft|insane|fools|idiots|stupid)\s+not\s+to\b",
    r"\bwon't\s+(?:even\s+)?(?:matter|remember|notice|care)\s+(?:in|by|next)\b",
)

# Someone else's kindness foretold: "she'll probably ring you at the weekend", "they'll likely
# still call you back", "maybe they'll scale the marks". The hurt is to be undone by others, so
# it need not be heard. The verb is named so that their own news said back can be told apart.
KINDNESS = rx(
    r"(?:\b(?!(?:i|we|you|u|it|that|this|there|what|who)')[a-z]+(?='ll\b)|\b(?:she|he|they|him|someone|somebody|"
    rf"(?:your|ur|the)\s+(?:[a-z-]+\s+)?[a-z]+)){_FUTURE}\s+"
    r"(?:(?:probably|likely|definitely|surely|still|soon|just|totally|honestly|eventually|be\s+sure\s+to)\s+)*"
    r"(?P<verb>(?:reach|get|be)\s+(?:out|in\s+touch)|(?:call|ring|phone|text|message|email|get\s+back\s+to)\s+"
    r"(?:you|u)(?:\s+back)?|go\s+easy|(?:curve|scale|moderate|bump\s+up|round\s+up)\s+(?:the\s+|your\s+)?"
    r"(?:marks?|grades?|results?|scores?|curve|it|them)|see\s+sense|pop\s+up|let\s+(?:you|u)\s+in|"
    r"be\s+kicking\s+(?:himself|herself|themselves)|come\s+(?:and|to)\s+(?:pet|apologi[sz]e|say\s+sorry|make\s+up)|"
    r"give\s+(?:you|u)\s+(?:another|a\s+second)\s+(?:chance|go|shot)|come\s+back\s+to\s+(?:you|u)|"
    r"(?:come\s+(?:down|back|round|around|over)\s+(?:\w+\s+)?and\s+)?(?:apologi[sz]e|say\s+sorry)|"
    r"have\s+forgotten\s+(?:all\s+)?about\s+it|reali[sz]e\s+(?:she|he|they)|forgive\s+(?:you|u)|"
    r"be\s+(?:generous|lenient|hugging\s+(?:you|u)))\b",
)

# The right one foretold: "the right person will come along", "the next one will be the one".
RIGHT_ONE = rx(
    rf"\bthe\s+(?:right|next)\s+[a-z]+{_FUTURE}\s+(?:\w+\s+)?"
    r"(?:be\s+the\s+one|come\s+along|turn\s+up|show\s+up)\b"
)

# A good outcome as a habit or a rule ("money always sorts itself out", "you always pull
# through"), the worry ruled out after the fact ("nobody noticed"), time declared enough, the
# dead one's approval promised ("he'd be proud of you"), and "don't be silly" to a worry.
SETTLED = rx(
    r"\b(?:things|it|money|everything|that|these\s+things|life)\s+(?:always|usually|generally|normally)\s+"
    r"(?:sorts?\s+(?:itself|themselves)\s+out|works?\s+out|turns?\s+out\s+(?:fine|ok|okay|alright|well)|"
    r"comes?\s+(?:good|right|back))\b",
    r"\b(?:nobody|no\s+one|no-one|noone)\s+(?:even\s+|really\s+|actually\s+)?(?:noticed|cared|minded|saw\s+it|"
    r"clocked\s+it)\b",
    r"\b(?:is|'s|are|'re)\s+(?:still\s+|honestly\s+)?(?:plenty\s+of|loads\s+of|heaps\s+of|more\s+than\s+enough)\s+"
    r"time\b",
    r"\b(?:he|she|they|your\s+(?:dad|mum|mom|da|ma|nan|gran|grandad|grandma|grandpa))(?:'d|\s+would)\s+"
    r"(?:be\s+(?:so\s+|really\s+|very\s+)?proud|want\s+you\s+to\s+(?:be\s+happy|move\s+on|smile|live|enjoy))\b",
    r"\bdon't\s+be\s+(?:so\s+)?(?:silly|daft|soft|stupid|ridiculous|a\s+(?:silly|daft)\s+\w+)\b",
    r"\b(?:would|'d)\s+be\s+(?:mad|crazy|daft|insane|fools|idiots|stupid|nuts)\s+to\s+(?:lose|let\s+you\s+go|"
    r"sack|fire|drop|turn\s+you\s+down|pass\s+you\s+over)\b",
    r"\byou\s+(?:always|usually)\s+(?:pull\s+(?:it\s+off|through|it\s+out)|come\s+through|get\s+there|"
    r"figure\s+it\s+out|bounce\s+back|land\s+on\s+your\s+feet|manage\s+(?:it|somehow)|find\s+a\s+way)\b",
    r"\b(?:not|never|n't)\s+(?:as|so|that)\s+bad\s+as\s+(?:you|u|it)\s+(?:think|thought|fear|feared|imagine|"
    r"imagined|expect|expected|seems|looks|feels)\b",
    r"\b(?:nobody|no\s+one|no-one|noone)\s+(?:really\s+|even\s+|ever\s+)?(?:minds|judges|remembers)\b",
    r"\b(?:won't|will\s+not|isn't\s+going\s+to|is\s+not\s+going\s+to|doesn't|does\s+not)\s+change\s+"
    r"(?:a\s+(?:single\s+)?thing|anything)\b",
    r"\byou(?:'re|\s+are|r)\s+(?:just\s+|totally\s+|so\s+|massively\s+)?overthinking\b",
    # their verdict on themselves overruled: "one exam doesn't define you", "there's no such
    # thing as failure", "it doesn't make you a bad mum"
    r"\b(?:doesn't|does\s+not|won't|will\s+not|shouldn't|should\s+not|can't|cannot)\s+(?:define|decide|determine)\s+"
    r"(?:you|u|who\s+you\s+are|your\s+(?:worth|future|value)|if\s+you|whether\s+you)\b",
    r"\b(?:marks|grades|results|exams|money|looks|jobs?)\s+(?:are|is)(?:n't|\s+not)\s+everything\b",
    r"\b(?:these\s+things|it|they)\s+(?:usually|normally|often|mostly|always)\s+turns?\s+out\s+to\s+be\s+nothing\b",
    r"\b(?:it|this|that|everyone|everybody)(?:'ll|\s+will)\s+(?:all\s+)?(?:be\s+(?:old\s+news|forgotten|water\s+under\s+the\s+bridge|"
    r"a\s+distant\s+memory)|have\s+forgotten)\b",
    r"\bage\s+is\s+(?:just|only)\s+a\s+number\b|\b(?:you're|you\s+are)\s+(?:only\s+)?as\s+(?:young|old)\s+as\s+you\s+feel\b",
    r"\bthere(?:'s|\s+is)\s+no\s+(?:set\s+|right\s+)?timeline\s+(?:for|in|on)\b|\bexactly\s+where\s+you(?:'re|\s+are)\s+(?:meant|supposed)\s+to\s+be\b",
    r"\bthere(?:'s|\s+is)\s+(?:no\s+such\s+thing\s+as|nothing\s+like)\s+(?:a\s+)?(?:fail|failure|failing|failures|a\s+bad\s+\w+)\b",
    r"\b(?:doesn't|does\s+not|won't|will\s+not)\s+make\s+(?:you|u)\s+(?:a\s+)?(?:bad|terrible|awful|failure|useless|"
    r"stupid|weak|an\s+idiot|a\s+(?:bad|terrible|awful|worse)\s+\w+)\b",
    r"\bthere(?:'s|\s+is)\s+someone\s+(?:out\s+there\s+)?for\s+everyone\b|\bplenty\s+(?:more\s+)?fish\s+in\s+the\s+sea\b",
    r"\b(?:it's|it\s+is|that's|it'll\s+only\s+be)\s+only\s+(?:till|until|for\s+(?:a|another|now)|a\s+few|"
    r"a\s+couple|another|one\s+more|a\s+(?:week|month|year|day)|(?:two|three|four|five|six|a\s+few)\s+"
    r"(?:more\s+)?(?:weeks|months|days|years))\b",
)

# All declared well now, in everyday words ("everything's grand", "we're fine, I swear",
# "nothing's wrong"): the worry ruled out rather than heard. Only at a clause's end, so "it's
# good that you told me" and "we're fine with it" stay clear.
ALL_WELL = rx(
    r"\b(?:everything|all|things|we|it)(?:'s|\s+is|'re|\s+are)\s+(?:all\s+|totally\s+|absolutely\s+|"
    r"completely\s+|really\s+|honestly\s+|perfectly\s+|still\s+)?(?:fine|ok|okay|alright|all\s+right|"
    r"grand|good|sweet|sorted)(?=\s*(?:[,.!;]|$|(?:honestly|really|now|though|mate|love|babe|i\s+promise|"
    r"i\s+swear|trust\s+me|then|between\s+us)\b))",
    r"\bnothing(?:'s|\s+is)\s+wrong\b(?!\s+with\s+(?:feeling|being|wanting|needing|"
    r"asking|that|it|how))",
)

# A third party explained away ("I'm sure he didn't mean anything by it", "she was only
# joking", "I bet she feels awful"): the hurt ruled out by the other's intent. When the third
# party is the listener's own ("your dad", "your friend") it is a defence, read by the detector.
EXCUSED = rx(
    r"\b(?:he|she|they)\s+(?:probably\s+|definitely\s+|honestly\s+|surely\s+|really\s+)?(?:didn't|did\s+not|"
    r"never|wouldn't\s+have|won't\s+have)\s+(?:really\s+)?(?:mean|meant)\s+(?:it|anything|any\s+harm|to|"
    r"that|them|nothing)\b",
    r"\b(?:he|she|they)(?:'s|\s+is|\s+was|'re|\s+are|\s+were)\s+(?:probably\s+|definitely\s+|honestly\s+|"
    r"surely\s+)?(?:only|just)\s+(?:joking|kidding|teasing|messing|having\s+a\s+laugh|winding\s+(?:you|u)\s+up|"
    r"pulling\s+your\s+leg|tired|stressed|busy|snowed\s+under|old-fashioned|awkward|nervous|shy|"
    r"set\s+in\s+(?:his|her|their)\s+ways|clumsy\s+with\s+words)\b",
    r"\b(?:i'm\s+sure|i\s+bet|i\s+reckon|no\s+doubt|probably)\s+(?:that\s+)?(?:he|she|they)(?:'s|\s+is|'re|"
    r"\s+are|\s+feels?|\s+felt)\s+(?:really\s+|so\s+)?(?:awful|terrible|bad|guilty|sorry|dreadful|"
    r"mortified|kicking\s+(?:himself|herself|themselves))\b",
)

# The partner naming someone as the listener's own: "your dad", "your best mate".
LISTENERS_OWN = re.compile(
    r"\byour\s+(?:[a-z]+\s+)?(?:mum|mom|mam|mother|dad|father|parents?|sister|brother|friends?|mates?|"
    r"family|cousin|aunt|auntie|uncle|nan|gran|grandma|grandad|boss|colleagues?|ex|son|daughter|kids?|"
    r"pal|buddy|bestie|workmates?|sibling|relatives?|folks)\b"
)

# A verdict on the partner that overrides their own ("you're a brilliant mum", "you did nothing
# wrong", "you're more than capable"): reassurance when they doubt themselves.
_ROLE = (
    r"(?:mum|mom|mother|dad|father|parent|partner|friend|daughter|son|sister|brother|wife|husband|"
    r"teacher|nurse|boss|manager|person|human|worker|student|carer|grandma|grandad|nan|colleague|"
    r"girlfriend|boyfriend|mate|cook|writer|player|leader)"
)
_PRAISE = (
    r"(?:great|good|brilliant|amazing|wonderful|fantastic|fab|fabulous|lovely|incredible|excellent|"
    r"devoted|loving|caring|smashing|superb|top|decent|kind|ace|awesome|cracking|terrific|"
    r"ripper|fine|gorgeous|beautiful|natural|born)"
)
VERDICT = rx(
    rf"\byou(?:'re|\s+are|r)\s+(?:such\s+|so\s+|really\s+|honestly\s+|still\s+|obviously\s+|clearly\s+)?"
    rf"(?:a|an)\s+(?:really\s+|truly\s+|genuinely\s+|bloody\s+)?{_PRAISE}\s+{_ROLE}\b",
    r"\byou(?:'re|\s+are|r)\s+(?:doing\s+(?:great|brilliant|amazing|fine|so\s+well|really\s+well|"
    r"a\s+(?:great|good|brilliant|amazing|fantastic)\s+job|your\s+(?:best|absolute\s+best)|everything\s+right))\b",
    r"\byou\s+(?:didn't|did\s+not|haven't)\s+(?:done\s+|do\s+)?anything\s+wrong\b|"
    r"\byou(?:\s+did|'ve\s+done|\s+have\s+done)\s+(?:absolutely\s+)?(?:nothing\s+wrong|the\s+right\s+thing|"
    r"everything\s+(?:you\s+could|right)|all\s+you\s+could|your\s+best)\b",
    r"\byou(?:'ve|\s+have)\s+(?:got\s+)?nothing\s+to\s+(?:feel\s+|be\s+)?(?:guilty|ashamed|sorry|"
    r"embarrassed|worry|apologi[sz]e)\b",
    r"\byou(?:'re|\s+are|r)\s+(?:more\s+than|obviously|clearly|definitely|so|totally|perfectly)\s+"
    r"(?:capable|clever\s+enough|good\s+enough|smart\s+enough|strong\s+enough|qualified|able\s+to)\b",
)

# A bright side given as fact: a new good (time, a chance, a lesson), the worst that did not
# happen, a loss that was for the best. Signals of a reframe, not of one case's words.
REFRAME = rx(
    r"\b(?:now|and\s+now|so\s+now|this\s+way|that\s+way|on\s+the\s+other\s+hand)\s*,?\s+(?:you|u|we)\s+"
    r"(?:(?:finally|actually|really|even|also)\s+)?(?:get\s+to|can(?!'t)\b|could|have\s+(?:more|the|"
    r"time|a\s+chance|the\s+chance|freedom|space)|'ll\s+have|will\s+have|find\s+out|learn|know\s+(?:who|"
    r"not\s+to|for\s+next\s+time|better))",
    r"\b(?:now|and\s+now|so\s+now)\s*,?\s+(?:you|u|we)(?:'ve\s+got|\s+have\s+got|\s+have|\s+get)\s+(?:an?\s+|the\s+)?"
    r"(?:excuse|chance|reason|opportunity|more\s+time|time\s+for)\b",
    # what they still have, offered as consolation ("you'll still have the weekends")
    r"\byou(?:(?:'ve|\s+have)\s+(?:still\s+)?got|'ve\s+still|\s+still\s+(?:have|got)|(?:'ll|\s+will)\s+still\s+have)\s+"
    r"(?!to\b)(?:loads|plenty|lots|"
    r"so\s+many|other|each\s+other|your\s+health|the\s+kids|(?:a\s+)?(?:video\s+)?calls?|the\s+weekends)\b"
    r"|\byou(?:'ll|\s+will)\s+still\s+(?:have|get)\b(?!\s+to\b)",
    r"\b(?:it's|it\s+is|maybe\s+it's|that's|this\s+is)\s+(?:probably\s+|all\s+|maybe\s+|honestly\s+)?for\s+the\s+best\b",
    r"\b(?:it|this|that)\s+(?:just|only)\s+means\b(?!\s+(?:so\s+much|a\s+lot|everything|the\s+world)\b)|\bmeans\s+(?:you|u|we)\s+(?:get\s+to|can\s+|'ll\s+have|"
    r"will\s+have|have\s+more)\b",
    r"\b(?:it's|it\s+is|this\s+is|that's|that\s+is|see\s+it\s+as|think\s+of\s+it\s+as|treat\s+it\s+as|"
    r"look\s+at\s+it\s+as)\s+(?:a|an)\s+(?:[a-z]+\s+)?(?:chance|opportunity|excuse|fresh\s+start|"
    r"new\s+start|new\s+beginning|clean\s+slate|blessing|lesson|wake-up\s+call|sign)\b",
    r"(?<!you\s)(?<!i\s)\bthink\s+(?:of|about)\s+(?:all\s+the|the\s+(?:money|time|positives?|good|upside)|how\s+(?:much|far)|"
    r"what\s+you(?:'ve|\s+have)\s+(?:got|learned|learnt|gained))",
    r"\b(?:you(?:'ve|\s+have)|you)\s+(?:still\s+)?(?:learn(?:ed|t)|gained|grown)\s+(?:so\s+much|loads|"
    r"a\s+lot|lots|heaps|tons)\b",
    r"\b(?:won't|will\s+not|never)\s+go\s+to\s+waste\b|\bnothing\s+is\s+(?:ever\s+)?wasted\b|\bno\s+(?:[a-z]+\s+){0,3}?is\s+(?:ever\s+)?(?:truly\s+|really\s+)?wasted\b|"
    r"\b(?:stronger|wiser|better)\s+for\s+it\b|\bmake\s+you\s+(?:stronger|wiser)\b|"
    r"\bwhat\s+doesn't\s+kill\b|\bplenty\s+(?:more\s+)?fish\b|\bevery\s+cloud\b|"
    r"\b(?:his|her|their)\s+loss\b|\bbetter\s+off\s+(?:without|now|this\s+way)\b|\bgood\s+riddance\b",
    r"(?:\bnot|\b[a-z]+n't|\bno\s+longer)\s+in\s+(?:any\s+)?pain\b|\b(?:had|lived|led)\s+(?:such\s+)?a\s+(?:really\s+)?"
    r"(?:good|long|full|great|happy|lovely|wonderful)\s+(?:(?:long|full|happy)\s+)?life\b|"
    r"\b(?:start|beginning)\s+of\s+something\b|\b(?:just|only)\s+a\s+phase\b|\b(?:in|at)\s+a\s+better\s+place\b|"
    r"\bat\s+peace\s+now\b|\bno\s+longer\s+suffering\b|\bnot\s+suffering\s+any\s*more\b",
    r"\bthat's\s+(?:the\s+(?:main|important|most\s+important)\s+thing|what\s+(?:really\s+)?matters)\b|"
    r"\bthe\s+(?:main|important)\s+thing\s+is\b|\bthe\s+(?:upside|plus\s+side|positive|good\s+side)\s+is\b|"
    r"(?:^|[.!?,]\s*|\bthe\s+)(?:best|good|great)\s+(?:thing|part|news)\s+is\b",
    r"\b(?:you|u)(?:'ll|\s+will)\s+have\s+(?:more|so\s+much|loads\s+of|lots\s+of|plenty\s+of)\s+"
    r"(?:time|money|freedom|space)\b|\b(?:even\s+more|all\s+the)\s+(?:special|sweeter)\b",
    r"\bbetter\s+(?:now|to\s+(?:find\s+out|know)\s+now)\s+than\b",
    # a gain named: "one less bill", "more time with the kids", "good experience for next time"
    r"\bone\s+less\s+(?:thing|bill|worry|expense|chore|headache|problem|job)\b",
    r"(?<!\bwhich\s)\b(?:just|only)\s+means\s+(?!(?:you're|you\s+are|you\s+feel|more|less|another|they\s+don't|"
    r"so\s+much|a\s+lot|everything|the\s+world|"
    r"he\s+doesn't|she\s+doesn't|nobody|no\s+one)\b)",
    r"\b(?:that's|it's|which\s+is|that\s+is|it\s+is)\s+(?:actually\s+|really\s+|probably\s+)?a\s+(?:good|great|"
    r"positive)\s+(?:thing|sign)\b(?!\s+(?:that|you|to|he|she|they|it|for)\b)",
    r"\b(?:more|extra)\s+(?:[a-z]+\s+){0,2}?(?:time|days?|evenings?|weekends?|nights?|money|room|space|"
    r"sleep|potatoes|cake|food|telly)\s+(?:with|for)\s+(?:the\s+kids|yourself|the\s+rest\s+of\s+us|us|you)\b",
    r"\b(?:it's|it\s+is|that's|it\s+was|it'll\s+be|still|all)\s+(?:really\s+|still\s+|all\s+)?(?:good|great|"
    r"useful|valuable)\s+(?:experience|practice|practise|prep|preparation|learning)\b",
    r"\b(?:it's|it\s+is|that's|that\s+is)\s+(?:really\s+|so\s+)?(?:good|great|lucky|a\s+blessing|nice)\s+"
    r"(?:that\s+)?you(?:'ve|\s+have)?\s+(?:still\s+)?(?:got|have|had|get)\b",
)

# "that" or "this" after a word is more often a relative pronoun or a determiner than a subject.
RELATIVE_SUBJECT = re.compile(r"(?:that|this)\b(?!')")
NOUN_BEFORE = re.compile(
    r"\b(?!(?:sure|know|promise|bet|think|guess|swear|believe|reckon|and|but|so|honestly|trust|"
    r"me|feeling|hope)\b)[a-z]+\s*$"
)

# A bright side that is their view or a guess at it: "it sounds like you're better off".
THEIR_VIEW = re.compile(
    r"\b(?:sounds|seems|feels|looks)\s+(?:like|as\s+if)\b|\byou\s+(?:feel|think|believe|know|said|realise|"
    r"realize|wonder|hope|see)\b"
)

# Their own hope, fear or belief said back: "you're scared you'll fail", "you hope it'll pass".
THEIR_FORECAST = re.compile(
    r"(?:\b(?:scared|afraid|worried|worry|worrying|terrified|frightened|fear|fearing|dread|dreading|"
    r"panicking|nervous|unsure|doubt|wondering|wonder|hope|hoping|hoped|wish|whether|if|unless|until|"
    r"once|when|what\s+if|in\s+case|believe|convinced|pretend|pretending|promised|told\s+yourself|"
    r"telling\s+yourself|said|say|keep\s+saying|kept\s+saying|how|what|about|act\s+like|acting\s+like|"
    r"announc(?:ed|ing|es)|told\s+(?:everyone|everybody|people)|telling\s+(?:everyone|everybody|people)|"
    r"as\s+if|as\s+though)\s+(?:that\s+)?(?:[a-z']+\s+){0,1}$)"
)
