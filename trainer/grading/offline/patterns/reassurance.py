"""Not fixing: reassurance that rushes past the feeling, and the bright side brought in.
Split from patterns/fixing.py; detectors/reassurance.py reads them.
"""

from __future__ import annotations

import re

from trainer.grading.offline.patterns import rx

RUSHING_REASSURANCE = rx(
    # "u'll be over him by next week", "you'll have forgotten it by Friday"
    r"\b(?:you'll|u'll|you\s+will|youll)\s+(?:be\s+over\s+(?:him|her|it|them|this)|have\s+forgotten\s+(?:all\s+about\s+)?"
    r"(?:him|her|it|them|this))\s+(?:by|in|before)\b",
    # "these things have a way of working out", "you're being way too hard on yourself"
    r"\b(?:things|these\s+things|it|life)\s+(?:have|has)\s+a\s+way\s+of\s+(?:working\s+(?:out|themselves\s+out)|"
    r"sorting\s+(?:themselves|itself)\s+out)\b",
    r"\byou(?:'re|\s+are)\s+being\s+(?:way\s+|far\s+|a\s+bit\s+|much\s+)?too\s+hard\s+on\s+yourself\b",
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
    r"\b(?:i\s+)?hope\s+(?:you|u)(?:'ll|\s+will)?\s+(?:[^.?!,]{0,40}?\band\s+)?(?:feel|get|are\s+feeling)\s+"
    r"(?:better|great|good)\b",
    r"\b(?:it's|it\s+is)\s+(?:totally\s+|all\s+|really\s+)?(?:ok|fine|alright|all\s+right)\b"
    r"(?!\s+(?:to|that|if|for\s+you\s+to))",
    r"\bno\s+(?:harm|worries)\b|\bno\s+biggie\b",
    r"\byou(?:'re|\s+are)\s+not\s+(?:a\s+failure|stupid|an\s+idiot|useless|a\s+bad\s+(?:mom|dad|mother|"
    r"father|parent|person|partner|friend)|failing|a\s+fraud|worthless)\b|\byou\s+haven't\s+failed\b",
    # their self-judgement contradicted to comfort them: "you're not a rubbish mother though",
    # "you're not impossible to approach"; not "you're not imagining it" or "not wrong"
    r"\byou(?:'re|\s+are)\s+not\s+(?:being\s+)?(?:(?:a|an)\s+(?:\w+\s+)?(?:rubbish|terrible|awful|useless|"
    r"failure|burden|idiot|mess)|impossible|unapproachable|a\s+burden|too\s+much|boring|lazy|thick|dumb|"
    r"unlovable|too\s+old|behind|selfish)\b",
    # "I'm sure your job's safe", "I'm sure the baby's fine"
    r"\bi'm\s+(?:sure|certain|positive)\s+(?:that\s+)?(?:your\s+\w+|the\s+\w+)(?:'s|\s+is|\s+will\s+be|'ll\s+be)\s+"
    r"(?:totally\s+|completely\s+)?(?:safe|fine|ok|okay|alright|all\s+right)\b",
    # everyone-does-it comfort: "loads of people fail it and turn out fine"
    r"\b(?:loads|lots|plenty|tons|heaps|most)\s+(?:of\s+)?people\s+(?![^.!?]{0,40}?\bseems?\b)[^.!?]{0,40}?"
    r"\band\s+(?:still\s+)?(?:do|did|turn(?:ed)?\s+out|end(?:ed)?\s+up|go\s+on\s+to\s+do)\s+(?:just\s+)?"
    r"(?:fine|ok|okay|great|alright|all\s+right|well)\b",
    # ...or a second go that works out: "loads of people pass it second time"
    r"\b(?:loads|lots|plenty|tons|heaps|most)\s+(?:of\s+)?people\s+(?:pass|get\s+through|manage|make\s+it|"
    r"survive|sail\s+through)\b(?:\s+(?:it|them|that))?\s+(?:the\s+)?(?:second|next|another|on\s+the\s+second)\b",
    r"\byou(?:'ll|\s+will)\s+(?:soon\s+|easily\s+|definitely\s+|totally\s+)?(?:make|meet|find|have)\s+"
    r"(?:new|more|other|plenty|loads|lots|someone|somebody|another|a\s+new|a\s+better)\b|"
    r"\btime\s+(?:will\s+|does\s+|really\s+)?(?:heals?|will\s+help|is\s+a\s+(?:great\s+)?healer)\b|\b(?:it|things|this|that)"
    r"\s+will\s+(?:become|get)\s+(?:easier|better)\b|\bi\s+am\s+(?:sure|certain)\s+(?:that\s+)?(?:he|she|they|"
    r"it|you|things|everything)\s+will\b|\bdon't\s+be\s+(?:so\s+|too\s+)?(?:stressed|sad|upset|worried|"
    r"scared|afraid|nervous|down|hard\s+on\s+yourself)\b|"
    r"\bhopefully\s+(?:you|u|it|things|everything|he|she|they)(?:'ll|\s+(?:can|will|could))\b|"
    r"\bbetter\s+than\s+you\s+(?:think|thought|realise|realize|give\s+yourself\s+credit)\b|"
    r"\bin\s+no\s+time\b|\bbefore\s+you\s+know\s+it\b|\bit\s+(?:wasn't|just\s+wasn't)\s+meant\s+to\s+be\b|"
    r"\b(?:stop|quit)\s+(?:stressing|worrying|fretting|overthinking|beating\s+yourself\s+up)\b|"
    r"\bi'm\s+sure\s+(?:you|it|that|they|he|she)\s+(?:did|was|were|went)\s+(?:fine|great|better|"
    r"well|ok|okay)\b|\bprobably\s+nothing\b|\b(?:you|it)\s+(?:did|went)\s+better\s+than\s+you\s+think\b",
    r"\b(?:it'll|it\s+will|that'll|this'll)\s+(?:click|come|happen|get\s+easier|be\s+over|fly\s+by|go\s+(?:by|fast)|"
    r"pass|settle)\b|\b(?:nobody|no\s+one)(?:'s|\s+is)?\s+(?:going\s+to|gonna|will)\s+(?:remember|care|notice)\b|"
    r"\bwon't\s+even\s+remember\b|\b(?:she|he|they)(?:'ll|\s+will)\s+(?:catch\s+up|get\s+(?:it|there)|be\s+fine|"
    r"grow\s+out|come\s+around)\b",
)

REASSURANCE_NEGATED_BEFORE = re.compile(
    r"(?:\b(?:how|whether|if|wondering|worried|scared|afraid|fear)\s+$|\b(?:not|n't|un)\s*sure\s+$|\byou\s+(?:\w+\s+)?(?:hope|hoped|"
    r"hoping|wish|wished|think|thought|believe|tell\s+yourself|telling\s+yourself)\s+(?:that\s+)?$|\bnot\s+(?:going\s+to|gonna)\s+(?:say|tell\s+you|pretend)|\bwon't\s+(?:say|pretend|tell\s+you)|"
    r"\bcan't\s+(?:promise|say)|\bpeople\s+(?:keep\s+)?(?:say|tell|saying|telling)|\beveryone\s+"
    r"(?:says|keeps)|\bnot\s+(?:here\s+to|trying\s+to)\s+(?:say|tell)|\bi\s+don't\s+know\s+(?:if|"
    r"whether)|\bhate\s+when\s+people\s+say|\bno\s+one\s+knows\s+(?:if|whether)|\bnot\s+sure)"
    r"[^.?!]{0,30}$"
)

SILVER_LINING = rx(
    # other chances pointed at: "there are plenty of other apprenticeships"
    r"\bthere\s+(?:are|'re)\s+(?:plenty|loads|lots)\s+(?:of\s+)?(?:other|more)\s+[a-z]+",
    # a replacement promised for what they lost: "they'll probably plant a new one", "you'll get
    # another one"
    r"\b(?:they'll|you'll|we'll|they\s+will|you\s+will|we\s+will|you\s+can\s+always|we\s+can\s+always)\s+"
    r"(?:probably\s+|surely\s+|soon\s+|easily\s+|just\s+)?(?:get|plant|find|buy|build|adopt|have|make)\s+"
    r"(?:a\s+new\s+one|another\s+one|a\s+better\s+one|another)\b",
    r"(?<!to\s)(?<!you're\s)(?<!are\s)\bat\s+least\b(?!\s+(?:\d|one|two|three|four|five|a\s+(?:week|month|day|year|few|couple|"
    r"little)|once|twice|for\s+(?:now|me)|that's\s+how|you\s+(?:told|said|noticed|were\s+"
    r"honest)|i\s+(?:know|think|hope)|in\s+my))",
    r"(?<!no\s)\b(?:look\s+on\s+the\s+)?bright\s+side\b|\bsilver\s+lining\b|\bblessing\s+in\s+disguise\b",
    r"(?:\b(?:it|this|that|things)\s+|^|(?<=[.!?,]\s))could\s*(?:always\s+)?(?:be|have\s+been|'ve\s+been|of\s+been)\s+(?:a\s+lot\s+|so\s+much\s+|"
    r"way\s+|much\s+)?worse\b",
    r"\bon\s+the\s+(?:plus|upside|positive)\s+side\b|\bthe\s+good\s+(?:thing|news|part)\s+is\b|"
    r"\blook\s+at\s+it\s+this\s+way\b",
    r"\b(?:it's|it\s+is|this\s+is)\s+(?:a|such\s+a)\s+(?:great\s+)?(?:learning|growth)\s+"
    r"(?:experience|opportunity)\b",
    r"\b(?:be|you\s+should\s+be)\s+(?:grateful|thankful)\b|\bcount\s+your\s+blessings\b",
    r"\b(?:you're|you\s+are|we're|we\s+are)\s+(?:so\s+|still\s+|very\s+)?(?:lucky|fortunate)\b|\blucky\s+(?:that|it)\b",
    r"\beverything\s+happens\s+for\s+a\s+reason\b",
    # "it's just a customer, you'll never see him again" (not when that loss is what they said)
    r"\byou(?:'ll|\s+will)\s+never\s+(?:have\s+to\s+)?see\s+(?:him|her|them)\s+again\b",
    # a bright side later: "in the long run it might be the push you needed"
    r"\b(?:in\s+the\s+long\s+run|in\s+time|one\s+day|down\s+the\s+line)\b[^.!?]{0,25}\b(?:it'll|it\s+will|it\s+"
    r"might|it\s+could|this\s+(?:will|might|could)|maybe\s+it'll)\s+(?:be\s+(?:the|a)\s+(?:push|chance|best|"
    r"good|making)|free\s+you|push\s+you|turn\s+out|make\s+you|open)\b",
    r"\b(?:other|some)\s+people\s+have\s+it\s+(?:way\s+|much\s+|so\s+much\s+)?worse\b",
    # "maybe this is the push you needed", "plenty more fish", "she had a good long innings",
    # "you could have been told something far more serious", "count yourself lucky", "dime a dozen",
    # "this'll be the funniest story in your speech"
    r"\bthe\s+(?:push|kick(?:\s+up\s+the\s+\w+)?|wake-?up\s+call|nudge|excuse)\s+(?:you|u)\s+needed\b|"
    r"\bplenty\s+(?:more\s+)?(?:of\s+)?(?:other\s+)?fish\b|\b(?:a\s+)?(?:good|long|good\s+long|decent)\s+innings\b",
    r"\bcould\s+have\s+been\s+(?:told\s+)?(?:something|anything)\s+(?:far|much|way|a\s+lot)\s+(?:more\s+serious|worse)\b|"
    r"\bcount\s+(?:yourself|yourselves|themselves|ourselves)\s+lucky\b|\b(?:a\s+)?dime\s+a\s+dozen\b",
    r"\b(?:the\s+)?funniest\s+story\b|\b(?:you'll|we'll|you\s+will|we\s+will|u'll)\s+(?:all\s+)?(?:look\s+back\s+and\s+)?"
    r"laugh\s+about\s+(?:this|it|that)\b",
)
