"""Validation: acknowledging and legitimising a feeling, and what withholds it (minimising,
judging, sarcasm). The detectors are in detectors/validation.py.
"""

from __future__ import annotations

import re

from trainer.grading.offline.patterns import alternation, rx
from trainer.grading.offline.words import REACTIONS

ACKNOWLEDGES = rx(
    r"\b(?:that|this|it|which|all\s+that|all\s+of\s+that|that\s+whole\s+thing|what\s+a)(?:\s+|(?='s\b))(?:sounds|"
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
    r"stings)\b|"
    r"\bmy\s+heart\s+(?:goes|breaks|hurts)\b|\bi\s+can\s+(?:only\s+)?imagine\b|"
    r"\bthat's\s+(?:the\s+worst|so\s+much|a\s+lot)\b",
    r"\bcongrat(?:s|ulations)\b|\bso\s+(?:happy|proud|thrilled|excited)\s+for\s+you\b|"
    r"\bi(?:'m|\s+am)\s+(?:so\s+)?(?:happy|proud|thrilled|excited)\s+(?:for|of)\s+you\b|"
    r"\bwhat\s+a\s+(?:win|relief|moment|day|thing)\b",
    r"\bcan't\s+stop\s+(?:smiling|grinning)\b|\bi'm\s+(?:so\s+)?(?:buzzing|beaming)\s+for\s+you\b",
    r"\bi\s+can\s+(?:hear|see|tell)\s+(?:how|that|it|this)\b|\bi\s+(?:hear|see)\s+(?:you|that|how)\b",
    r"\b(?:you've|you\s+have|you're|you\s+are|you've\s+been)\s+(?:been\s+)?(?:carrying|going\s+through|"
    r"dealing\s+with|holding|juggling)\s+(?:so\s+much|a\s+lot|all\s+of\s+(?:this|that)|this|that)\b",
    # what they go through, named as the subject: "Waiting till Friday not knowing is horrible"
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?,]))\s*(?:not\s+)?[a-z]{3,}ing\b[^.!?]{0,50}?\b(?:is|was|must\s+be|must\s+have\s+"
    r"been|sounds|would\s+be)\s+(?:so\s+|really\s+|just\s+|absolutely\s+|pretty\s+|such\s+a\s+)*(?:horrible|"
    r"awful|terrible|brutal|the\s+worst|hard|rough|exhausting|scary|frightening|agony|torture|a\s+nightmare|"
    r"painful|miserable|gutting|heartbreaking|lonely|draining)\b",
    # what a hard step cost them: "that took real courage"
    r"\b(?:that|it|this)\s+(?:took|takes|must\s+have\s+taken)\s+(?:real\s+|so\s+much\s+|a\s+lot\s+of\s+|"
    r"such\s+|serious\s+|some\s+)?(?:courage|guts|bravery|strength|nerve)\b|\b(?:that|it)\s+(?:was|is)\s+"
    r"(?:so\s+|really\s+|incredibly\s+)?brave\b",
)

# Legitimising that points at the feeling itself ("anyone would feel the same", "your feelings
# are valid", "I'd be fuming too"): it acknowledges the feeling as well as allowing it.
FEELING_LEGITIMIZED = rx(
    r"\b(?:anyone|anybody|everyone|most\s+people|any\s+(?:person|parent|partner))\b[^.?!]{0,40}?\b"
    r"would\s+(?:have\s+)?(?:feel|felt|be|been)\b",
    r"\b(?:your|those|these|the|that|such)\s+feelings?\s+(?:is|are|was|were)\s+(?:so\s+|completely\s+|"
    r"totally\s+|absolutely\s+|entirely\s+|really\s+|perfectly\s+)?(?:valid|understandable|normal|"
    r"natural|real|fair|legitimate|justified|okay|ok)\b",
    r"\b(?:normal|natural|okay|ok|understandable|fair|human)\s+(?:that\s+you|for\s+you\s+)?(?:to\s+)?"
    r"(?:feel|be\s+feeling|'d\s+feel|would\s+feel)\b",
    r"\b(?:makes?|made)\s+(?:total\s+|complete\s+|so\s+much\s+|perfect\s+)?sense\s+(?:that\s+)?(?:you|u)"
    r"(?:'d|'re|\s+would|\s+are|\s+feel|\s+felt)\b",
    r"\bi(?:'d|\s+would)\s+(?:be|feel|have\s+been|have\s+felt)\s+(?:\w+\s+){0,2}?(?:too|as\s+well)\b",
    r"\bi(?:'d|\s+would)\s+(?:(?:really|absolutely|totally)\s+)?(?:hate|find|struggle\s+with|lose\s+it\s+at|"
    r"be\s+sick\s+of)\s+(?:that|it|this|them)(?:\s+\w+)?\s+(?:too|as\s+well)\b",  # "I'd hate that too"
)

LEGITIMIZES = rx(
    # normalising the feeling: "lots of people feel exactly that", "so many people feel the same"
    r"\b(?:loads|lots|plenty|tons|heaps|so\s+many|many|most)\s+(?:of\s+)?people\s+(?:would\s+)?"
    r"(?:feel|felt|get|find)\s+(?:exactly\s+|just\s+)?(?:that|the\s+same|this\s+way|that\s+way|like\s+that|"
    r"the\s+way\s+you\s+do)\b",
    r"\bno\s+wonder\b|\bof\s+course\s+(?:you|you're|you'd|you\s+are|you\s+would|it|that|this|"
    r"that's|it's|you\s+feel|you\s+felt)\b",
    r"\b(?:it|that|this|which|your\s+\w+)\s+(?:totally\s+|completely\s+|really\s+|so\s+|perfectly\s+)?"
    r"makes\s+(?:total\s+|complete\s+|so\s+much\s+|perfect\s+|a\s+lot\s+of\s+|sense|all\s+the\s+sense)",
    r"\b(?:makes|made)\s+(?:total\s+|complete\s+|so\s+much\s+|perfect\s+|a\s+lot\s+of\s+)?sense\b",
    r"\b(?:anyone|anybody|everyone|most\s+people|any\s+(?:person|parent|partner))\s+(?:would|in\s+your|"
    r"in\s+(?:that|this|the\s+same|their|such\s+a)\s+(?:position|situation|spot|place|shoes)\s+would)\b|"
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
    r"jealous|lost|gutted|livid|heartbroken|anxious|terrified|nervous|done|fuming|seething|raging|"
    r"gutted|shattered|beside\s+myself|in\s+bits|a\s+wreck)\b",
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
    # the same in other words and other Englishes: "you've every right to", "perfectly
    # understandable", "small wonder", "course you are", "can't say I blame you", "and rightly so"
    r"\byou(?:'ve|\s+have|\s+had)\s+(?:got\s+)?(?:every|a|good|every\s+good)\s+(?:right|reason|cause)\s+to\b|"
    r"\bwell\s+within\s+your\s+rights\b|\byou(?:'re|\s+are)\s+right\s+to\s+(?:be|feel)\b",
    r"\b(?:totally|completely|perfectly|entirely|quite|very|so|really)\s+(?:understandable|valid|natural|"
    r"reasonable|normal)\b|\bunderstandably\b|\b(?:and\s+)?rightly\s+so\b|\bquite\s+right\s+too\b",
    r"\b(?:understandable|natural|normal|reasonable|legit|human)\s+(?:reaction|response|way\s+to\s+feel)\b|"
    r"\bnot\s+an\s+overreaction\b|\b(?:it's|that's|it\s+is)\s+only\s+(?:natural|human|normal)\b",
    r"\b(?:small|little|nae)\s+wonder\b|\bi\s+don't\s+wonder\s+you\b|\bhardly\s+surprising\b|"
    r"\b(?:i'm|i\s+am)\s+not\s+surprised\s+you\b",
    r"(?:^|[.!?,]\s*)course\s+(?:you|you're|it|that|they)\b|\bnaturally\s+you(?:'re|'d|\s+are|\s+would)\b|"
    r"\bwhy\s+wouldn't\s+you\b|\bany\s+reasonable\s+person\s+would\b|\bit\s+stands\s+to\s+reason\b",
    r"\bnothing\s+wrong\s+with\s+feeling\b|\bno\s+shame\s+in\s+feeling\b|\bcan't\s+say\s+i\s+blame\s+you\b|"
    r"\b(?:nobody|no\s+one)\s+would\s+blame\s+you\b|\bcan't\s+fault\s+you\b",
    r"\bfair\s+call\b|\b(?:totally|completely|so)\s+fair\b|(?:^|[.!?]\s*)(?:totally\s+|so\s+|very\s+)?valid\b",
    r"\bi\s+(?:quite|can\s+well|well)\s+understand\s+(?:why|how)\b",
)

MINIMIZES = rx(
    # the feeling argued away: "there's nothing to be scared about", "that feeling isn't really
    # grounded", "it's probably not as deep as it feels", "it was one throwaway comment", "I
    # wouldn't give it another thought", "it's not really about you"
    r"\bthere(?:'s|\s+is)\s+(?:really\s+|honestly\s+|actually\s+)?nothing\s+to\s+(?:be|feel|get)\s+"
    r"(?:so\s+)?(?:scared|afraid|worried|upset|sad|nervous|jealous|anxious|embarrassed|ashamed|insecure|hurt|angry)\b",
    r"\b(?:isn't|is\s+not|aren't|are\s+not)\s+(?:really\s+)?grounded\s+in\b|\bnot\s+(?:as|that)\s+deep\s+as\s+it\s+"
    r"(?:feels|seems|looks)\b|\b(?:it's|it\s+is|it\s+was|that\s+was)\s+(?:just\s+|only\s+)?one\s+(?:throwaway\s+|"
    r"little\s+|silly\s+|offhand\s+|stupid\s+)?(?:comment|remark|joke)\b",
    r"\bi\s+wouldn't\s+give\s+it\s+(?:another|a\s+second)\s+thought\b|\b(?:it's|it\s+is)\s+not\s+(?:really\s+)?"
    r"about\s+(?:you|u)\b(?!\s+(?:at\s+all\s*,?\s*)?(?:being|doing|not))|\bisn't\s+exactly\s+a\s+lifetime\b",
    # a shrug at the feeling ("sure, whatever"): dismissive, not sarcasm, and no defence of oneself
    r"\bwhatever\s*[.!]*\s*$|\bsure\s*,?\s*whatever\b",
    r"\bat\s+least\b(?!\s+(?:\d|one|two|three|four|five|a\s+(?:week|month|day|year|few|couple|"
    r"little)|once|twice|for\s+(?:now|me)|that's\s+how|you\s+(?:told|said|noticed|were\s+"
    r"honest)|i\s+(?:know|think|hope)|in\s+my|attempt|try|give\s+it|assured))",
    r"\b(?:isn't|is\s+not|'s\s+not|wasn't|was\s+not|not|ain't)\s+(?:such\s+|that\s+|really\s+|even\s+|"
    r"that\s+much\s+of\s+)?(?:a\s+big\s+deal|that\s+bad|so\s+bad|the\s+end\s+of\s+the\s+world|"
    r"a\s+big\s+thing|that\s+serious|worth\s+(?:getting|being|it|stressing|crying)|that\s+big|"
    r"a\s+disaster|a\s+tragedy)\b",
    r"\bno\s+big\s+deal\b|\bnot\s+a\s+huge\s+deal\b|\bbig\s+deal\b(?=[.?!]*\s*$)",
    r"\b(?:it|that|these\s+things|shit|stuff)\s+happens\b(?!\s+to\s+(?:you|u)\s+(?:a\s+lot|so|"
    r"again|all))",
    r"\b(?:happens|that\s+happens)\s+to\s+(?:everyone|everybody|all\s+of\s+us|the\s+best)\b",
    # "everyone drops their keys", "everyone gets palpitations now and then"
    r"\b(?:everyone|everybody)\s+[a-z]+s\s+(?:their\s+[a-z]+|[a-z]+\s+(?:now\s+and\s+then|sometimes|from\s+time\s+"
    r"to\s+time|at\s+some\s+point))\b",
    r"\beveryone\s+(?:goes\s+through|has|feels|deals\s+with|gets)\s+(?:this|that|it|days|"
    r"bosses|in-?laws|moments)\b",
    r"\b(?:everyone|everybody|we're\s+all|all\s+of\s+us)(?:'s|\s+is|\s+are|'re)?\s+(?:stressed|tired|busy|"
    r"struggling|exhausted|broke|behind|in\s+the\s+same\s+boat)\b|\btons\s+of\s+(?:moms|dads|people|parents)\b",
    r"\b(?:it's|it\s+is|it\s+was|that's|that\s+was|he's|she's|they're)\s+(?:probably\s+|prob\s+|likely\s+|"
    r"honestly\s+)?(?:just|only)\s+(?!a\s+matter\s+of\b)(?:a|an|one|nerves|"
    r"the|some|work|money|stuff|things|words|joking|kidding|teasing|a\s+joke|a\s+job|a\s+game|"
    r"a\s+phone|a\s+dinner|a\s+comment|a\s+text|a\s+phase|hormones|stress|tired|busy)\b",
    r"\bdon't\s+(?:sweat|stress(?:\s+about)?|worry\s+about)\s+(?:it|that|this)\b",
    # "you're struggling to get over it" says back their difficulty; it does not tell them to
    r"(?<!struggling\sto\s)(?<!struggle\sto\s)(?<!hard\sto\s)(?<!trying\sto\s)(?<!can't\s)"
    r"\b(?:get|got|getting)\s+over\s+it\b|\bmove\s+on\b|\blet\s+it\s+go\b|\bshake\s+it\s+off\b|"
    # "I let it slide" owns the listener's lapse; "just let it slide" tells them to drop it
    r"(?<!\bi\s)\blet\s+it\s+slide\b|\bi\s+let\s+it\s+slide\s+(?:when|whenever|if)\b|\bforget\s+about\s+it\b",
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
    # the self-judgement waved away as everyone's lot: "nobody's perfect", "you're only human"
    r"\b(?:nobody|no\s+one|no-one|noone)(?:'s|\s+is)\s+perfect\b|\byou(?:'re|\s+are)\s+only\s+human\b|"
    r"(?<!\bsaying\s)(?<!\bsaid\s)(?<!\bknowing\s)(?<!\bknow\s)(?<!\btold\syou\s)"
    r"\b(?:every(?:one|body|\s+(?:parent|mum|mom|dad|mother|father))|we\s+all)\s+(?:makes?\s+mistakes|"
    r"loses?\s+(?:it|(?:their|her|his|your|my|our)\s+temper|the\s+plot)\s+(?:sometimes|now\s+and\s+then|occasionally))\b",
    # the fear waved away: "these things usually turn out to be nothing", "it's probably nothing"
    r"\b(?:these\s+things|it|they)\s+(?:usually|normally|often|mostly|always)\s+turns?\s+out\s+to\s+be\s+nothing\b|"
    r"(?<!\bsaying\s)(?<!\bsaid\s)(?<!\bsays\s)(?<!\btold\syou\s)"
    r"\b(?:it's|it\s+is|it'll\s+be|that's)\s+(?:probably|most\s+likely|likely|almost\s+certainly)\s+nothing\b",
    # "I'm sure it's nothing", "I'm certain it'll be nothing serious"
    r"\b(?:i'm|i\s+am)\s+(?:sure|certain|positive|convinced)\s+(?:that\s+)?(?:it's|it\s+is|it'll\s+be|"
    r"it\s+will\s+be|it\s+was)\s+nothing\b(?!\s+(?:you|that|to|like|but|compared|i)\b)",
    r"\b(?:you|u)\s+(?:still\s+)?(?:have|got)\s+(?:a\s+lot|so\s+much|plenty)\s+to\s+be\s+"
    r"(?:grateful|thankful|happy)\b",
    # others would not have minded: "most people would sleep through that"
    # ranked below a worse loss or a luckier lot: "it's not like losing a person", "loads of
    # people would give anything for that"
    r"\b(?:it's|it\s+is|it\s+was|that's|it's\s+hardly|he\s+was|she\s+was)\s+not\s+like\s+(?:losing|you\s+"
    r"(?:lost|were|got)|it\s+was|a\s+(?:person|human|death|real))\b|\b(?:loads|lots|plenty|tons)\s+of\s+people\s+"
    r"would\s+(?:give\s+anything|kill|love|be\s+(?:glad|grateful|thrilled))\b",
    r"\bmost\s+(?:people|folk|folks)\s+(?:would\s+(?:just\s+)?(?:sleep\s+through|shrug|laugh|be\s+"
    r"(?:fine|glad|grateful|thrilled))|wouldn't\s+(?:even\s+|have\s+)?(?:notice|noticed|mind|minded|"
    r"care|cared|bat\s+an\s+eye(?:lid)?|think\s+twice))\b",
)

JUDGES = rx(
    r"\bover-?\s?react(?:ing|ed|ion|s)?\b",
    r"\b(?:too|overly|hyper)\s*-?\s*(?:sensitive|dramatic|emotional|touchy|needy|clingy|paranoid)\b|"
    r"\b(?:you're|you\s+are|ur)\s+(?:so\s+|really\s+|very\s+|always\s+)?sensitive\s+about\b",
    r"\b(?:you're|you\s+are|ur|you\s+were|you're\s+being|you\s+are\s+being|your\s+being|stop\s+being|"
    r"you're\s+acting|you\s+always\s+get)\s+(?:so\s+|such\s+a\s+|a\s+bit\s+|kind\s+of\s+|kinda\s+|"
    r"really\s+|way\s+|a\s+little\s+|too\s+|being\s+|very\s+|pretty\s+)*(?:dramatic|drama\s+queen|"
    r"a\s+baby|a\s+crybaby|crybaby|a\s+snowflake|ridiculous|silly|paranoid|irrational|childish|"
    r"petty|hysterical|crazy|hypersensitive|oversensitive|unreasonable|extra|insane|selfish|"
    r"immature|ungrateful|spoiled|hormonal|nuts|delusional|old-fashioned|old\s+fashioned|precious|touchy|"
    r"thin-?\s?skinned|"
    r"a\s+martyr|the\s+victim)\b",
    # "you exaggerate a lot", "you do tend to catastrophise", "you like playing the martyr"
    r"\b(?:you|u)\s+(?:do\s+|always\s+|tend\s+to\s+|do\s+tend\s+to\s+|really\s+)*(?:exaggerate|catastrophi[sz]e|"
    r"overdramati[sz]e|blow\s+(?:things|everything|it)\s+(?:up\s+)?out\s+of\s+proportion)\b|"
    r"\b(?:you|u)(?:'re|\s+are|\s+like|\s+love|\s+enjoy)?\s+(?:\w+\s+)?playing\s+the\s+(?:martyr|victim)\b",
    r"\bstop\s+(?:all\s+)?(?:this|that|the|your)\s+(?:sulking|moaning|whining|whinging|complaining|fussing|"
    r"drama|nonsense|crying)\b|\b(?:you|u)\s+can't\s+expect\s+me\s+to\b",
    r"\b(?:calm|settle)\s+down\b|\bchill\s+out\b|\btake\s+a\s+chill\s+pill\b|\bget\s+a\s+grip\b|"
    r"\bgrow\s+up\b|\btoughen\s+up\b|\bman\s+up\b|\bsuck\s+it\s+up\b|(?<!can't\s)(?<!cannot\s)(?<!couldn't\s)\bstop\s+(?:whining|"
    r"complaining|crying|moaning|sulking|being\s+so|stressing|worrying|panicking|fretting|overthinking)\b",
    # the size of the feeling judged: "you're making a lot of it", "letting her get to you way too
    # much", "you should be grateful" (not "you should be proud": that praises), "sounds a bit
    # ungrateful"
    r"\breading\s+(?:far\s+|way\s+|a\s+bit\s+|rather\s+|much\s+)?(?:too\s+much|a\s+lot|so\s+much)\s+into\b",
    r"\bmaking\s+(?:rather\s+|quite\s+|a\s+bit\s+|way\s+|far\s+)?(?:a\s+lot|too\s+much|so\s+much|much\s+more)"
    r"\s+(?:of|out\s+of)\s+(?:it|this|that)\b",
    r"\blett?ing\s+(?:him|her|them|it|this|that|people|work|things)\s+get\s+to\s+you\s+(?:(?:way|far|a\s+bit|"
    r"a\s+little)\s+)?(?:too\s+much|so\s+much)\b",
    r"\byou\s+should\s+(?:be|feel)\s+(?:\w+\s+)?(?:grateful|thankful|happy|glad|pleased|relieved)\b",
    r"\b(?:sounds?|seems?)\s+(?:a\s+bit\s+|kind\s+of\s+|quite\s+|rather\s+|pretty\s+|a\s+little\s+)?"
    r"(?:ungrateful|selfish|dramatic|petty|childish|over\s+the\s+top|ott|spoilt|spoiled)\b",
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
    # "Seriously?" said alone, not "taking your problems seriously?"
    r"\bcome\s+on\b|(?:^|[.!?,]\s*)seriously\s*\?|\bwhy\s+(?:are|r|do)\s+(?:you|u)\s+(?:so|always|getting\s+so|"
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
    # the feeling as a misreading: "you're reading too much into it", "overthinking it"
    r"\breading\s+(?:way\s+|far\s+|a\s+bit\s+|a\s+lot\s+|so\s+much\s+|a\s+little\s+)?(?:too\s+much\s+)?"
    r"in\s*to\s+(?:it|this|that|things|everything)\b|\b(?:you're|you\s+are|ur|stop|quit)\s+(?:just\s+|so\s+|"
    r"totally\s+|probably\s+)?overthinking\b|\bsomething\s+out\s+of\s+nothing\b|\btaking\s+(?:it|this|"
    r"things)\s+(?:way\s+|far\s+|a\s+bit\s+|so\s+)?too\s+(?:personally|seriously|much\s+to\s+heart)\b",
    # the feeling blamed on their nature after a reflection ("mind you, you are a bit of a
    # worrier", "you do get wound up easily though", "you can't be that surprised")
    r"(?<!\bknow\s)(?<!\beveryone\s)(?<!\bsays\s)(?<!\bthat\s)"
    r"\b(?:you're|you\s+are|you've\s+always\s+been)\s+(?:\w+\s+){0,4}(?:worrier|worry-?wart|"
    r"light\s+sleeper|hothead|drama\s+llama|sulker)\b",
    r"\b(?:you|u)\s+(?:do\s+|always\s+|tend\s+to\s+|can\s+)?(?:cry|panic|worry|stress|flap|overthink|"
    r"get\s+(?:so\s+)?(?:wound\s+up|worked\s+up|upset|stressed|angry|emotional|jealous|offended|"
    r"defensive|hurt|annoyed|rattled|flustered))\s+(?:\w+\s+){0,2}(?:easily|quickly|at\s+the\s+"
    r"drop\s+of\s+a\s+hat|over\s+(?:nothing|little\s+things|the\s+smallest))\b",
    r"\b(?:you|u)\s+can't\s+(?:really\s+|honestly\s+|exactly\s+)?be\s+(?:that|so|too|all\s+that)\s+"
    r"(?:surprised|shocked|upset|hurt|bothered|cross|mad)\b",
    # "Bit dramatic though", "it's not healthy to still be doing this"
    # ("a bit over the top of him" is said of someone else)
    r"(?:(?:^|(?<=[.!?,;]\s)|(?<=[.!?,;])|\b(?:you're|ur)\s+)(?:a\s+)?(?:bit|little|tad)\s+"
    r"(?:dramatic|over\s+the\s+top|ott|extreme)\b|\b(?:that's|that\s+is|it's)\s+(?:a\s+)?(?:bit|little|tad)\s+"
    r"dramatic\b)(?!\s+(?:of|from)\s+(?:him|her|them|your))",
    r"\b(?:it's|it\s+is|that's|that\s+is)\s+not\s+(?:healthy|normal)\s+to\s+(?:still\s+)?(?:be\s+(?:like\s+this|"
    r"doing\s+this|this\s+upset|so\s+upset|upset|sad|grieving|crying|thinking\s+about)|feel\s+(?:like\s+this|this|"
    r"so)|keep\s+(?:doing|thinking|going\s+on))\b",
)

SARCASM = rx(
    # "alert the media", "want a medal?", "sorry your majesty", "to hear you tell it", a clown
    r"\balert\s+the\s+(?:media|press|papers|news|authorities|olympic)\b|\b(?:do\s+)?(?:you|u)\s+want\s+a\s+"
    r"(?:medal|trophy|gold\s+star|round\s+of\s+applause)\b|\byour\s+(?:royal\s+)?(?:majesty|highness)\b|"
    r"\bto\s+hear\s+(?:you|u)\s+tell\s+it\b|\U0001f921",
    # "oh sorry, I didn't realise I needed a warrant to go into my own kid's room"
    r"\bi\s+(?:didn't|did\s+not)\s+(?:realise|realize|know)\s+i\s+needed\s+(?:a\s+|an\s+|your\s+)?(?:warrant|"
    r"permission|licen[cs]e|appointment|form|written\s+consent|approval|sign-?off|passport)\b",
    r"\bboo\s*-?\s*hoo\b|\bcry\s+me\s+a\s+river\b|\bcry\s+about\s+it\b",
    r"\b(?:oh|aw+|awww*)\s*,?\s*poor\s+(?:baby|you|thing|little)\b|\bpoor\s+baby\b",
    r"\b(?:wow|oh|gee|geez|jeez|gosh)\s*,?\s*(?:what\s+a|such\s+a|how)\s+(?:tragedy|terrible|awful|"
    r"shame|nightmare|hardship|catastrophe|disaster)\b",
    r"\bmust\s+be\s+(?:so\s+)?(?:rough|hard|"
    r"tough|awful)\s+being\s+(?:you|so|such|rich|perfect|loved|popular|that)\b",
    r"\b(?:yeah|yea|ya)\s+right\b|/s\b|\U0001f644|\*\s*eye\s*-?\s*roll\s*\*|\beye\s*-?\s*roll\b",
    r"\bwelcome\s+to\s+(?:the\s+real\s+world|adulthood|my\s+(?:world|life)|the\s+club|adult\s+life)\b",
    r"\b(?:how|so)\s+(?:sad|terrible|tragic|awful)\s+for\s+you\b",
    r"\btough\s+(?:luck|cookies|titties|break)\b|\bsucks\s+to\s+be\s+you\b|\bnot\s+my\s+problem\b|"
    # "who cares" opening a clause dismisses; "someone who cares about it" praises
    r"(?:^|[.!?,;:\-]\s*|\b(?:and|but|so|honestly|seriously|like|well|oh|ok|okay)\s+)who\s+cares\b|\bbig\s+whoop\b|"
    r"\bget\s+in\s+line\b|\bcry\s+harder\b",
    r"\boh\s+no\s*,?\s*(?:anyway|anyways)\b|^\s*k\s*[.!]*\s*$",
    r"\bsure\s*,?\s*(?:jan|buddy|pal)\b|\bthanks\s+for\s+sharing\s*,?\s*i\s+guess\b|"
    r"\bcongrats\s*,?\s*i\s+guess\b|\bgood\s+for\s+you\s*,?\s*i\s+guess\b|\bhere\s+we\s+go\s+again\b|"
    r"\bgive\s+me\s+a\s+break\b|\boh\s+please\b",
    r"\b(?:alert|call|ring)\s+the\s+(?:media|press|papers|news(?:papers)?)\b|\bwhat\s+a\s+crime\b|\bcall\s+the\s+(?:police|cops)\b|"
    r"\bworld's\s+(?:smallest|tiniest)\s+violin\b|\bplays?\s+(?:the\s+)?(?:tiny|small)\s+violin\b",
    r"\bpoor\s+you\b|\b(?:wow|oh)\s*,?\s+(?:shocking|big\s+surprise|what\s+a\s+surprise|color\s+me\s+"
    r"shocked|groundbreaking)\b|\byour\s+(?:highness|majesty|royal)\b|\bwould\s+that\s+make\s+you\s+happy\b",
    r"\b(?:do\s+you\s+want|shall\s+i\s+get\s+you|should\s+i\s+get\s+you|i'll\s+get\s+you|you\s+want)\s+a\s+"
    r"(?:medal|gold\s+star|trophy|round\s+of\s+applause)\b|\bgold\s+star\s+for\s+you\b",
    r"\bsays\s+the\s+(?:person|one|guy|girl|woman|man)\s+who\b|\bproblem\s+solved\b|"
    r"^\s*(?:lmao|lol|haha)\s+ok\b|\bok\s+(?:lol|lmao)\s*$|\bsorry\s+(?:i|for)\s+(?:exist|breathing|"
    r"existing)\b",
    # an apology said in sarcasm: "sorry I'm not a mind reader", "oh sorry, I forgot you're the only
    # one who does anything" (not "I'm sorry I'm not a better listener")
    r"\b(?:sorry|excuse\s+me)\s*,?\s+(?:that\s+)?i(?:'m|\s+am)\s+not\s+(?:a\s+|an\s+|your\s+(?:personal\s+)?)?"
    r"(?:mind\s*reader|saint|robot|machine|servant|maid|slave|butler|secretary|pa|assistant|psychic|"
    r"superman|superwoman|superhero|perfect|mum|mother|mom|dad|diary|alarm\s+clock|calendar|"
    r"at\s+your\s+beck\s+and\s+call|hanging\s+(?:off|on)\s+(?:your\s+)?every\s+word)\b",
    r"\bsorry\s*,?\s+i\s+forgot\s+(?:that\s+)?(?:you're|you\s+are|you\s+were)\s+(?:the\s+only|so\s+perfect|"
    r"perfect|always\s+right|never\s+wrong)\b",
)

# "Must be nice": sarcasm when it envies or resents ("must be nice for some", "...some of us are
# still looking", "having a bonus to throw around"), and said to a complaint; sincere when it is
# glad for their good news ("that must be nice, finally a weekend off").
MUST_BE_NICE = rx(
    r"\bmust\s+(?:be|have\s+been|'ve\s+been)\s+(?:so\s+|really\s+|very\s+)?(?:nice|lovely|fun)\b"
)
# the envious turn: "for some", "some of us", "the rest of us", "at all", "to throw around", or
# the listener's own lot in the reply ("mine never says that to me")
NICE_ENVIES = rx(
    r"\bfor\s+some(?:\s+(?:people|of\s+us))?\b|\b(?:some|the\s+rest|most|a\s+few)\s+of\s+us\b|"
    r"\bat\s+all\b|\bto\s+(?:throw|splash|waste|burn)\s+(?:around|about)\b|\bi\s+wouldn't\s+"
    r"know\b|\bi\s+(?:wish|guess)\b|\bnot\s+all\s+of\s+us\b|\bsome\s+people\b|"
    r"\b(?:i|i'm|i've|me|my|mine)\b",
)
# glad for them: "finally", "you deserve it", "so happy for you", "you've wanted that for ages",
# or "that/it must be nice" / "must have been nice" about their news
NICE_GLAD = rx(
    r"\bfinally\b|\bat\s+(?:long\s+)?last\b|\byou\s+(?:so\s+|really\s+|totally\s+)?deserve\b|"
    r"\bwell[\s-]+(?:earned|deserved)\b|\b(?:so\s+)?(?:happy|glad|pleased|thrilled)\s+for\s+(?:you|u)\b|"
    r"\byou(?:'ve|\s+have)\s+(?:wanted|been\s+(?:wanting|waiting|hoping))\b|\benjoy\b|"
    r"\bafter\s+(?:all|so\s+long|everything)\b",
    r"\b(?:that|it|this)(?:'s|\s+is)?\s+must\s+(?:be|have\s+been)\b|\bmust\s+(?:have|'ve)\s+been\b",
)

# Marked sarcasm: mock agreement and mock surprise ("sure, because...", "what a shock").
SARCASM_MARKED = rx(
    r"^\s*(?:oh\s+)?(?:sure|right|yeah|yes|oh\s+yes)\s*,?\s+(?:because|cause|'cause|coz)\b",
    # "what a shocker" mocks; "I've had a shocker of a week" is a bad week
    r"(?<!had\sa\s)\bshocker\b(?!\s+of\s+a)|\bcolou?r\s+me\s+(?:shocked|surprised)\b|\bbig\s+surprise\s+there\b",
    # their word said back with mock surprise: "tired again, what a surprise"
    r"\b(?:again|(?:wow|oh)\s*,?\s*(?!no\b|my\b|god\b|gosh\b|wow\b|dear\b|man\b|mate\b|love\b)[a-z]+)"
    r"\s*[,.!]+\s*what\s+a\s+(?:surprise|shock)\b",
    r"\b(?:well\s+)?excuse\s+me\s+for\s+(?:\w+ing|having|being|breathing|existing|living)\b",
    r"\bmy\s+heart\s+bleeds\b|\boh\s*,?\s+the\s+(?:horror|humanity|drama|tragedy|scandal)\b|\bdiddums\b",
    # mock awe and mock apology: "Groundbreaking.", "sorry I exist", "your highness"
    r"(?:^|[.!?]\s*)(?:wow\s*[.,!]*\s*)?(?:groundbreaking|revolutionary|riveting|fascinating|"
    r"earth-?shattering|stop\s+the\s+press(?:es)?|alert\s+the\s+media|call\s+the\s+papers)\s*[.!]*\s*$",
    r"\bsorry\s+(?:that\s+)?i\s+(?:exist|breathe|breathed|was\s+born)\b|\bsorry\s+for\s+(?:existing|"
    r"breathing|living)\b|\byour\s+(?:royal\s+)?(?:highness|majesty|ladyship|lordship)\b",
    r"^\s*oh\s+(?:great|brilliant|perfect|wonderful|fantastic|lovely)\s*,\s*(?:so|just|another|now|"
    r"that's|more)\b",
)

# Sounds of reaction ("ugh", "wow", "oh no"): alone they acknowledge nothing.
INTERJECTION = re.compile(rf"\b(?:{alternation(REACTIONS.interjections, stretch=True)})\b")
DISMAY = re.compile(rf"^(?:{alternation(REACTIONS.dismay, stretch=True)})$")
# A reply made only of these (and interjections, punctuation, emoji) has no listening in it.
_FILLER = alternation(REACTIONS.no_listening | REACTIONS.interjections, stretch=True)
NO_LISTENING = re.compile(rf"^[\W_]*(?:(?:{_FILLER}|oh|well|so|then|i\s+guess|lol)\b[\W_]*)+$")

LAUGH = re.compile(r"\b(?:lol|lmao|lmfao|haha+|hehe+|rofl)\b|\U0001f602|\U0001f923")
