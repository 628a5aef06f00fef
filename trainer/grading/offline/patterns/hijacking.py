"""Not hijacking: me-too stories, counter-complaints, defending oneself, centring oneself and
changing the subject, plus the listener moves that say "I" but keep the focus on the partner.
Detectors: detectors/hijacking.py.
"""

from __future__ import annotations

import re

from trainer.grading.offline.patterns import rx

# Listener moves that use "I" but keep the focus on the partner.
LISTENER_MOVES = rx(
    r"\bi\s+(?:can\s+|totally\s+|really\s+|completely\s+|fully\s+)?(?:hear|see|get|understand|imagine|"
    r"tell|sense|feel\s+(?:for|how|that\s+you|like\s+you)|notice|picture)\b",
    r"\bi(?:'m|\s+am)\s+(?:so\s+|really\s+|very\s+|truly\s+)?(?:sorry|here|with\s+you|listening|"
    r"glad\s+you|proud|on\s+your\s+side|not\s+going|happy\s+for|thrilled\s+for|excited\s+for|"
    r"curious|wondering|hearing|not\s+here|all\s+ears|in\s+your\s+corner)\b",
    r"\bi\s+(?:think|guess|wonder|bet)\s+(?:you|that\s+you|it|if\s+you|whether)\b",
    r"\bi\s+(?:love|believe\s+in|admire|care\s+about|appreciate)\s+you\b|\bi\s+(?:don't|do\s+not)\s+blame\s+"
    r"(?:you|u)\b",
    r"\bhave\s+i\s+(?:described|put|understood|read|summed\s+up|captured)\b|\bam\s+i\s+(?:near|close\s+to)\b|"
    r"\bdid\s+i\s+(?:get|hear|understand|miss)\b|\bwhat\s+i(?:'m|\s+am)\s+hearing\b|"
    r"\bif\s+i(?:'m|\s+am)\s+(?:hearing|getting|understanding)\b|\bam\s+i\s+(?:getting|hearing|right)\b",
    r"\blet\s+me\b|\bi\s+want\s+to\s+(?:understand|hear|know|make\s+sure|get)\b|"
    r"\bi(?:'d|\s+would)\s+(?:love|like)\s+to\s+(?:hear|know|understand)\b",
    r"\bi\s+(?:didn't|did\s+not|should\s+have|should've|forgot\s+to|never)\s+(?:ask|asked|check|"
    r"notice|noticed|realize|realise|see|listen|thank|say|call|text|help|show|make\s+time)\b",
    r"\bi\s+(?:was\s+wrong|messed\s+up|screwed\s+up|dropped\s+the\s+ball|let\s+you\s+down|hurt\s+you)\b",
    r"\bi(?:'d|\s+would)\s+(?:be|feel)\s+(?:the\s+same|that\s+way|upset|hurt|angry|mad|furious|sad|"
    r"pissed|frustrated|exhausted|crushed|devastated|thrilled|over\s+the\s+moon|so|too)\b",
    r"\bi\s+can\s+only\s+imagine\b|\bi\s+know\s+(?:how\s+much|you|that\s+you|it|this)\b|"
    r"\bi\s+know\s*(?=[,.!;]|$)",
    # the listener's absence is their point ("going to sleep without me there", "with me away")
    r"\bwithout\s+me\b(?:\s+(?:there|here|around|home|beside\s+you|next\s+to\s+you))?|"
    r"\bwith\s+me\s+(?:away|gone|not\s+there)\b",
    r"\bi(?:'d|\s+would)\s+(?:be|feel|have\s+been|have\s+felt)\s+(?:\w+\s+){0,4}?(?:too|as\s+well)\b",
    # the same empathy with their trouble as the subject: "that would freak me out too"
    r"\b(?:would|'d|could)\s+(?:\w+\s+)?(?:scare|freak|frighten|terrify|worry|upset|annoy|bother|rattle|shake|"
    r"drive|wind|stress|gut|floor|throw|unsettle|panic)\s+me\b(?:\s+\w+){0,2}?\s+(?:too|as\s+well)\b",
    r"\bdo\s+i\s+have\s+(?:that|it|this)\s+right\b|\bif\s+i(?:'ve|\s+have)?\s+(?:got|have|understood|"
    r"heard)\b|\bhave\s+i\s+got\b|\bi\s+have\s+no\s+idea\b",
    r"\bi'm\s+not\s+(?:going|gonna)\s+to\s+(?:tell|fix|try)\b|\bi\s+won't\s+(?:tell|try)\b",
    r"\bi(?:'m|\s+am)\s+(?:so\s+|really\s+)?(?:sure|certain)\s+(?:that\s+|it\s+|this\s+)?(?:stung|hurt|"
    r"was|must|felt|came|knocked|threw|shook|rattled)\b|\bi\s+wish\s+i(?:'d|\s+had)\s+(?:been|known|"
    r"noticed|asked|listened|realised|realized|seen)\b",
)

# "You" inside a listener's formula says nothing about the partner's own experience.
YOU_FORMULA = re.compile(
    r"\bsympathi[sz]e\s+with\s+(?:you|u)\b|\bin\s+your\s+(?:shoes|position|place)\b|\bi\s+(?:hear|see|get|feel)\s+(?:you|ya|u)\b|\bthank\s+(?:you|u)\b|(?<!love\s)(?<!miss\s)(?<!adore\s)\b(?:you|u)\s+too\b|\bwhere\s+(?:you're|"
    r"you\s+are)\s+coming\s+from\b|\bhow\s+(?:you|u)\s+feel\b|\bwhat\s+(?:you|u)\s+mean\b|"
    r"\bwhat\s+(?:you're|you\s+are)\s+(?:going\s+through|saying)\b|\b(?:you're|your)\s+welcome\b|"
    # the generic "you" of a saying ("you get used to it", "no matter how long you talk")
    r"\b(?:you|u)\s+(?:just\s+)?(?:get\s+used\s+to|learn\s+to\s+live|have\s+to\s+laugh|can't\s+win)\b|"
    r"\bno\s+matter\s+(?:how|what)\s+(?:\w+\s+){0,2}?(?:you|u)\b|"
    # a teller's aside: "did I tell you?", "have I told you", "..., you know, ..."
    r"\b(?:did|have)\s+i\s+(?:tell|told|mention|mentioned)(?:\s+(?:it\s+)?to)?\s+(?:you|u)\b|"
    r",\s*(?:you|u)\s+know\s*,"
)

# Comfort that predicts a good end ("I'm sure your aunt will pull through too"): after a story.
PREDICTS_OK = rx(
    r"\bi(?:'m|\s+am)\s+(?:so\s+)?(?:sure|certain|positive|confident)\s+(?:that\s+)?(?:you|your|he|she|they|"
    r"it|things|everything)\b[^.?!]{0,40}\b(?:will|'ll|can|could)\b",
    r"\b(?:will|'ll|can)\s+(?:be\s+(?:fine|ok|okay|alright|all\s+right)|pull\s+through|make\s+it|get\s+through|"
    r"beat\s+(?:it|this))\b",
)

# Imagining oneself in the partner's place ("if someone did that to my work") is no story.
HYPOTHETICAL = re.compile(
    r"\bif\s+(?:someone|anyone|somebody|anybody|that|it|this)\s+[^.?!,;]{0,60}?\b(?:me|my)\b|"
    r"\bif\s+i\s+(?:were|was)\s+(?:you|u|in\s+your\s+\w+)\b"
)

SELF_REF = re.compile(r"\b(?:i|me|my|mine|myself|i'm|i've|i'd|i'll|we|us|our)\b")

# a "thank-you card" is a thing, not the partner
YOU_REF = re.compile(r"(?<!thank-)\b(?:you|your|yours|yourself|you're|you've|you'd|you'll|u|ur)\b")

# "that reminds me, your mum rang": a reminder with no one of the listener's after it is news
_MINE_NEXT = r"(?:i\b|i'|my\b|me\b|when\s+i\b|we\b|our\b)"
_NEWS_AFTER_REMINDER = r"(?!\s*[,:;\-–—]+\s*(?!" + _MINE_NEXT + "))"
ME_TOO = rx(
    r"\bme\s+too\b|\bsame\s+(?:here|with\s+me|for\s+me|thing\s+(?:happened|happens)\s+(?:to|with)\s+me)\b|"
    r"^\s*(?:ugh\s*,?\s*)?same\b",
    r"\b(?:that|this|it)\s+(?:exact\s+thing\s+)?(?:happened|happens)\s+to\s+me\b|"
    r"\b(?:the\s+)?(?:exact\s+)?same\s+(?:thing\s+)?(?:happened|happens)\s+(?:to|with)\s+(?:me|my|us)\b",
    r"\bi\s+(?:had|have|got|went\s+through)\s+(?:the\s+)?(?:exact\s+)?(?:same|a\s+similar|"
    r"something\s+similar)\b",
    r"\bi(?:'ve|\s+have)\s+been\s+there\b|\bbeen\s+there\b|\bi\s+know\s+(?:exactly\s+)?(?:the|that)\s+"
    r"feeling\b|\bi\s+went\s+through\b",
    r"\breminds\s+me\s+of\b|\bthat\s+reminds\s+me\b"
    + _NEWS_AFTER_REMINDER
    + r"|\bjoin\s+the\s+club\b|"
    r"\bwelcome\s+to\s+(?:my|the)\s+world\b",
    # someone of the listener's with the same trouble: "my cousin's dog had exactly the same thing"
    r"\bmy\s+[a-z']+(?:\s+[a-z']+){0,2}\s+(?:had|has|got|went\s+through)\s+(?:exactly\s+|just\s+|"
    r"literally\s+|the\s+very\s+)?(?:the\s+)?(?:exact\s+)?same\b",
    # someone of the listener's doing the same to them: "he did exactly that at my graduation"
    r"\b(?:he|she|they)\s+did\s+(?:exactly\s+|just\s+)?(?:that|this|the\s+same(?:\s+thing)?)\s+(?:at|to|with|on|"
    r"for)\s+(?:my|me)\b",
    r"^\s*(?:\w+\s*,?\s*)?mine\s+(?:does|did|is|was|has|had|used\s+to)\s+(?:that|this|the\s+same|exactly)\b",
    # "Mine got through last spring too": the listener's own one, opening a clause
    r"(?:^|[.!?,;]\s*)(?:\w+\s*,?\s*)?mine\s+(?:[a-z']+\s+){1,5}(?:too|as\s+well)\b",
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
    r"(?<!you\s)(?<!you,\s)\bgrowing\s+up\b(?!\s*\?)|\bwhen\s+i\s+was\s+(?:a\s+kid|young|your\s+age|little|in\s+school)\b|"
    r"\bwhen\s+my\s+\w+\s+(?:died|passed|left|got|was|had)\b|\blook\s+at\s+me\b",
    r"\bmy\s+(?:boss|manager|mom|mum|dad|ex|sister|brother|mother|father|friend|coworker|grandpa|grandma|"
    r"grandmother|grandfather|uncle|aunt|cousin|team|family|kids?)\s+(?:[a-z]+ed|ran|went|had|did|got|"
    r"took|made|said|told|came|left|gave|kept|spent|fell|broke|quit|lost)\b",
    # "my mum's never said it to me", "my brother's forgotten mine": the listener's own people,
    # in the perfect tense
    r"\bmy\s+(?:boss|manager|mom|mum|dad|ex|sister|brother|mother|father|friend|coworker|grandpa|grandma|"
    r"grandmother|grandfather|uncle|aunt|cousin|nan|gran|parents|family|kids?|son|daughter|husband|wife|"
    r"partner)(?:'s|\s+has|\s+have|'ve)\s+(?:still\s+|just\s+|also\s+|even\s+|always\s+)?(?:never|not|"
    r"forgotten|[a-z]+ed|been|got|done|said|told|made|given|taken|left|broken|missed)\b",
    r"\bi\s+(?:also|too)\s+[a-z]+|\bi\s+personally\b|\b(?:me|myself)\s+(?:included|too|as\s+well)\b",
    r"\bi(?:'ve|\s+have)\s+(?:also\s+|even\s+|often\s+|sometimes\s+)?(?:had|felt|been\s+through|dealt\s+with|"
    r"struggled|experienced|gone\s+through|lost|suffered|faced)\b",
    # "I love you too" answers their words, "I'd hate that too" is anyone's reaction: no me-too
    r"\b(?:i|me|my)\b(?!\s+(?:\w+\s+)?(?:love|miss|adore)\s+(?:you|u)\s+(?:too|as\s+well)\b)"
    r"(?!(?:'d|\s+would)\s+(?:(?:really|absolutely|totally)\s+)?hate\s+(?:that|it|this)\s+(?:too|as\s+well)\b)"
    r"[^.?!]{0,60}\b(?:too|as\s+well|either)\s*[.!?]*\s*$",
    r"\b(?:been|had|felt|done|gone\s+through|struggled\s+with|dealt\s+with|experienced|seen)\b[^.?!]{0,30}"
    r"\bmyself\s*[.!?]*\s*$|\b(?:being|as)\s+(?:an?\s+)?(?:\w+\s+){0,2}myself\s*[.!?]*\s*$",
    r"\bbeen\s+in\s+your\s+shoes\b|\bin\s+the\s+same\s+boat\b|\bi\s+can\s+(?:totally\s+|really\s+)?"
    r"relate\b|\bi\s+have\s+a\s+similar\b|\ba\s+similar\s+(?:thing|problem|situation|experience)\b",
)

# After "I'm the one who": a fault owned ("...who broke that", "...who messed up") is no grievance.
_NOT_A_FAULT = (
    r"(?!\s+(?:\w+\s+)?(?:broke|messed|screwed|lied|hurt|caused|let|should|owes?|was\s+wrong|"
    r"got\s+it\s+wrong|failed|cheated|betrayed|crossed|ruined|blew|forgot|missed|snapped|shouted|"
    r"yelled|did\s+(?:this|that|it|wrong)|made\s+(?:a|the|this)|needs?\s+to)\b)"
)

COUNTER_COMPLAINT = rx(
    r"\bwhat\s+about\s+(?:me|my|how\s+i|when\s+i|mine)\b",
    # the listener's grievance as a guilt trip: "after everything I do for you", "if you really
    # cared about me you'd..."
    r"\bafter\s+(?:everything|all)\s+(?:that\s+)?i(?:'ve)?\s+(?:do|did|done|have\s+done|give|gave|"
    r"put\s+up\s+with|sacrificed?)\b|\bif\s+(?:you|u)\s+(?:really|actually|truly)\s+(?:loved|cared\s+"
    r"(?:about|for)|respected|appreciated)\s+me\b",
    r"\b(?:i|i've|i\s+have)\s+(?:also\s+|too\s+|just\s+)?(?:had|have|been\s+having)\s+(?:a\s+|such\s+a\s+|"
    r"an\s+|the\s+)?(?:really\s+|super\s+|so\s+)?(?:long|hard|rough|bad|tough|terrible|awful|crazy|"
    r"shit|shitty|horrible|stressful|busy|brutal|exhausting|insane)\s+(?:day|week|month|time|year)",
    r"\bmy\s+(?:day|week|job|work|boss)\s+(?:was|wasn't|has\s+been|is)\s+(?:also\s+|just\s+as\s+)?"
    r"(?:hard|bad|awful|terrible|rough|crazy|brutal|worse|hell|a\s+nightmare|no\s+picnic)\b",
    r"\b(?:you|u)\s+(?:never|don't\s+ever|don't\s+even|didn't\s+even|hardly\s+ever|rarely|always|"
    r"never\s+even)\s+(?:ask|asked|listen|help|notice|thank|say|care|clean|do|call|text|"
    r"remember|check|appreciate|make\s+time|leave|forget|complain|interrupt|"
    r"spend|come|cook|pick)\b"
    # "messages you never asked for", "you never asked for this": what landed on them unwanted
    r"(?!\s+for(?:\s+(?:it|this|that|them|any\s+of\s+(?:it|this|that)))?\s*(?:[.,;:!?]|$))",
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
    # "I'm the one who broke that" owns a fault; "I'm the one who does the cooking" is a grievance
    r"\b(?:you're|you\s+are)\s+the\s+one\s+(?:who|that)\b|\bi(?:'m|\s+am)\s+the\s+one\s+(?:who|that)\b"
    rf"{_NOT_A_FAULT}|"
    r"\bmeanwhile\s+i\b",
    r"\b(?:you\s+)?didn't\s+hear\s+me\s+complain|\bi\s+(?:never|didn't|don't)\s+(?:complain|complained)\b",
    r"\bi\s+(?:did|do|have\s+done|'ve\s+done)\s+(?:every|all\s+(?:the|of)|most\s+of)\b",
    r"\byou\s+(?:bought|spent|went|had|did|got)\s+[^.?!]{0,40}\band\s+i\s+(?:didn't|never)\s+(?:say|said|"
    r"complain)\b",
)

# The listener's own life in a sentence about the listener (listener moves already blanked): what
# they have, had, did, went through, are, like or find ("I have two teenagers", "my aunt is a
# survivor", "it took me a year", "I'm 800 miles from my parents"). Opinions ("I think that
# would help"), plans ("I'll call"), and "I'm sure / glad / sorry" are not disclosures.
DISCLOSURE = rx(
    r"\bi\s+(?:also\s+|too\s+|often\s+|sometimes\s+|still\s+|always\s+|usually\s+|never\s+|"
    r"really\s+|definitely\s+|once\s+|personally\s+|myself\s+|just\s+|actually\s+|do\s+|did\s+|"
    r"[a-z]+ly\s+)?"
    r"(?:have(?!\s+(?:no\s+idea|to\s+(?:say|admit|ask)))|had|was|figured|"
    r"went|got|lost|grew|moved|live|lived|work|worked|used\s+to|learned|learnt|found|find|like|love|"
    r"enjoy|hate|tend|try|tried|struggle|struggled|deal|dealt|spend|spent|take|took|keep|kept|"
    r"remember|suffer|suffered|do\s+the\s+same|did\s+the\s+same|broke|quit|left|started|ended|"
    r"survived|needed|wanted|felt|feel\s+(?:the\s+same|that\s+way|like\s+that))\b",
    r"\bi(?:'m|\s+am)\s+(?:also\s+|too\s+|still\s+|currently\s+|now\s+)?(?:in\s+(?:the|a|my|\w+)|from|"
    r"a\s+\w+|an\s+\w+|\d+|going\s+through|dealing|struggling|married|single|divorced|retired|"
    r"training|studying|working|looking|living|\d+\+?\s+(?:miles|years|hours))\b",
    r"\bi(?:'ve|\s+have)\s+(?:also\s+|too\s+|often\s+|sometimes\s+|always\s+|never\s+|just\s+|"
    r"definitely\s+|personally\s+|recently\s+|not\s+|n't\s+|[a-z]+ly\s+)?(?:been|figured|had|got|done|seen|known|learned|learnt|"
    r"noticed|found|lost|felt|dealt|gone|experienced|tried|struggled|lived|worked|suffered|watched|"
    r"witnessed|met|come\s+across|heard\s+of)\b",
    r"\bmy\s+(?:great\s+|late\s+|old\s+|step-?)?(?:mum|mom|dad|mother|father|aunt|auntie|uncle|nan|nana|gran|"
    r"granny|grandma|grandpa|grandad|grandmother|grandfather|cousin|sister|brother|husband|wife|ex|son|daughter|kids?|niece|nephew|"
    r"friends|best\s+friend|neighbou?r|colleague|coworker|boss)\s+(?:\w+\s+)?(?:beat|survived|fought|"
    r"battled|overcame|recovered|lost|went|got|had|has|struggled|dealt|ended)\b",
    r"\bmy\s+(?!(?:heart|thoughts|prayers|goodness|god|gosh|guess|pleasure|advice|suggestion|"
    r"opinion|point|understanding|love|sympathy|condolences|apologies|bad|fault|question|friend)\b)"
    r"[a-z']+\s+(?:[a-z']+\s+)?(?:is|was|were|are|has|had|have|did|does|do|went|got|gets|died|passed|left|used|"
    r"always|never|also|still|just)\b",
    r"\bmine\s+(?:is|was|gets|does|did|has|had|went|took)\b|\bit\s+took\s+me\b|"
    r"\b(?:helped|helps|helping|worked\s+for|works\s+for)\s+me\b|\bi\s+know\s+for\s+me\b|\bfor\s+me\s*,",
    # the listener's own habits ("whenever I'm low I bake", "it clears my head")
    r"\b(?:whenever|every\s+time)\s+i\b|\bwhen\s+i(?:'m|\s+am|\s+feel|\s+get|\s+hit)\s+(?:like\s+that|down|"
    r"low|sad|stressed|anxious|in\s+a|a\s+slump)\b|\b(?:clears?|sorts?|calms?)\s+my\s+(?:head|mind)\b",
)

# What makes a me-too more than a brief clause: when, how long, how many.
STORY_SPECIFICS = re.compile(
    r"\b(?:last|next)\s+(?:year|month|week|summer|winter|spring|autumn|fall|time)\b|\b(?:years?|"
    r"months?|weeks?)\s+ago\b|\bwhen\s+i\b|\b(?:19|20)\d\d\b|\b\d+\b|\bfor\s+(?:years|months|"
    r"weeks|days|a\s+(?:year|month|while|long\s+time))\b|\bback\s+(?:then|in)\b|\bin\s+the\s+past\b|"
    r"\bevery\s+(?:single\s+)?(?:day|week|month|year|time)\b"
)

# The listener's own load or grievance set against the partner's ("neither have I", "mine wasn't
# a holiday either", "when was the last time you..."): a counter-complaint in any context.
COUNTER_COMPLAINT_MORE = rx(
    r"\bpot\s*[,/]?\s*kettle\b|\bpot\s+calling\s+the\s+kettle\b",
    # "to be fair though, half of those were yours", "to be fair, you've been on your phone too"
    r"\bto\s+be\s+fair(?:\s+though)?\s*,?\s+(?:you(?:'ve|\s+have|'re|\s+are|\s+were|\s+did|\s+do|\s+spent|"
    r"\s+had)\b(?!\s+(?:every|a\s+(?:right|point)|all\s+the\s+right|had\s+(?:a|such|so)|got\s+(?:a|so)))[^.!?]{0,60}\b(?:too|as\s+well|either|"
    r"yours|every\s+(?:night|day|time|weekend)|all\s+the\s+time|constantly)\b|(?:a\s+lot|half|most|loads|plenty)\s+"
    r"of\s+(?:them|(?:those|these|the)(?:\s+\w+)?)\s+(?:were|was|are)\s+yours\b)",
    # "You never asked for that.": said back as their fault (not "messages you never asked for")
    r"(?:^|[.!?]\s+)(?:well\s*,?\s+)?(?:you|u)\s+never\s+(?:even\s+)?asked\s+(?:me\s+)?(?:for|about)\s+(?:that|it|this)\b",
    # "sure, right after you stop scrolling in the bath": their request met with their own habit
    r"(?:^|[.!?]\s+)(?:sure|fine|ok|okay|yeah|right)\s*,?\s+(?:right\s+|straight\s+|just\s+)?after\s+(?:you|u)\s+"
    r"(?:stop|quit|start|give\s+up|put\s+down)\b",
    # "I did tell you about the biscuits", "maybe now you'll listen": their trouble answered with the
    # listener's old grievance about not being heeded
    r"\bi\s+(?:did\s+)?(?:tell|told|warn|warned)\s+(?:you|u)\s+so\b|\bi\s+did\s+(?:tell|warn)\s+(?:you|u)\b",
    r"\bi\s+(?:told|warned)\s+(?:you|u)\b[^.?!]{0,40}\b(?:for\s+(?:years|ages|months)|so\s+many\s+times|"
    r"didn't\s+i|a\s+hundred\s+times)\b",
    # "join the club, I'm sick of being your taxi driver": the listener's grievance with them
    r"\bi(?:'m|\s+am)\s+(?:so\s+|sick\s+and\s+)?(?:sick|tired|fed\s+up)\s+of\s+(?:being\s+)?your\b",
    # "it's exhausting living with you", "you're exhausting": what they cost the listener
    r"\b(?:it's|it\s+is|it\s+gets)\s+(?:so\s+|really\s+|pretty\s+|honestly\s+)?(?:exhausting|draining|"
    r"tiring|hard\s+work|a\s+lot)\s+(?:living|being|dealing)\s+with\s+(?:you|u)\b|"
    r"\b(?:you're|you\s+are|ur)\s+(?:so\s+|really\s+|honestly\s+)?(?:exhausting|draining|hard\s+work)\b",
    r"\bmaybe\s+now\s+(?:you'll|you\s+will)\s+(?:listen|believe\s+me|take\s+(?:me|it)\s+seriously)\b|"
    r"\bwhat\s+did\s+i\s+(?:tell|say\s+to)\s+(?:you|u)\b",
    r"\bneither\s+(?:have|do|did|am|was|can)\s+i\b|\bnor\s+(?:have|do|did)\s+i\b",
    r"\b(?:mine|my\s+(?:day|week|month|year|job|shift|commute|morning|evening))\s+(?:wasn't|was\s+not|"
    r"isn't|is\s+not|hasn't\s+been|has\s+not\s+been)\s+(?:exactly\s+)?(?:a\s+)?(?:holiday|picnic|"
    r"walk\s+in\s+the\s+park|party|easy|fun|breeze|bed\s+of\s+roses|great|a\s+laugh)\b",
    r"\bmy\s+(?:day|week|month|year|shift|night)\s+(?:has\s+been|was|is|'s\s+been)\s+(?:an?\s+)?"
    r"(?:absolute\s+|total\s+|complete\s+|real\s+|pretty\s+|just\s+as\s+)?(?:nightmare|hell|"
    r"disaster|mess|hard|awful|rough|crap|shit|bad|horrible|brutal|exhausting|long)\b[^.?!]{0,20}"
    r"\b(?:too|as\s+well|also|either)\b",
    r"\bi(?:'m|\s+am|'ve\s+been|\s+have\s+been)\s+(?:always\s+|usually\s+|still\s+|literally\s+)"
    rf"?the\s+one\s+(?:who|that|doing|taking|cleaning|cooking|organi[sz]ing|sorting|paying|getting)\b{_NOT_A_FAULT}|"
    r"\bi(?:'m|\s+am)\s+always\s+the\s+one\b",
    r"\bwhen\s+(?:was|did)\s+the\s+last\s+time\s+(?:you|u)\b|\bwhen\s+did\s+(?:you|u)\s+last\b",
    r"\bwho\s+(?:did|does|do|cleaned|cooked|took|paid|sorted|has\s+been\s+doing)\b[^?]{0,80}\?\s*"
    r"(?:me|i\s+did|that\s+was\s+me)\b",
    r"\b(?:i|i'm|i've|me)\b[^.?!,]{0,40}?\b(?:just\s+)?as\s+much\s+as\s+(?:you|u)\s+(?:do|are|have|did)\b",  # "I do as much as you do"
    r"\b(?:don't|do\s+not)\s+know\s+why\s+i'm\s+the\s+(?:problem|bad\s+guy|villain)\b|"
    r"\bwhy\s+am\s+i\s+(?:always\s+)?the\s+(?:problem|bad\s+guy|villain)\b",
    r"\bi(?:'ve|\s+have)\s+(?:cut|given\s+up|stopped|done|been\s+doing|sacrificed)\b[^.?!]{0,50}"
    r"\band\s+(?:you|u)\s+(?:still|never|don't|just|keep)\b",
    r"\b(?:you|u)\s+(?:bought|spent|got|booked|went|did)\b[^.?!]{0,50}\bwithout\s+(?:asking|telling|"
    r"checking\s+with|consulting)\s+me\b",
    r"^\s*(?:mm+|yeah|well|and|right|ok|okay)?\s*,?\s*(?:and|well)\s+your\s+(?:mum|mom|mother|dad|father|"
    r"sister|brother|family|friends?|parents)\s+(?:spent|did|does|said|was|is|always|never|kept)\b",
    r"\b(?:you|u)(?:'re|\s+are)\s+(?:always\s+|constantly\s+)?on\s+your\s+(?:phone|laptop|computer|"
    r"ipad|tablet|xbox|playstation|switch)\b",
    r"^\s*(?:yeah|yes|ok|okay)\s*,?\s*well\s*,?\s+(?:i|mine|my|you)\b",
    # blame turned back ("wonder whose fault that is", "well you're always too tired")
    r"\bwonder\s+whose\s+fault\b|\bwhose\s+fault\s+(?:is\s+that|that\s+is)\b|\bhow\s+convenient\b",
    r"^\s*(?:and\s+)?well\s*,?\s+(?:you|u)(?:'re|\s+are|\s+were|\s+always|\s+never)\b|"
    r"\b(?:you|u)\s+(?:kind\s+of|kinda|sort\s+of)\s+(?:are|do|did|were)\s+though\b",
    r"\bjust\s+as\s+much\s+as\s+(?:me|i\s+(?:am|do|did))\b|\b(?:you|u)\s+(?:missed|forgot|skipped)\s+mine\b",
    r"\bmine\s+(?:barely|never|hardly|rarely|don't\s+even|doesn't\s+even|won't\s+even)\b",
    r"\b(?:you|u)\s+(?:never|don't|didn't|haven't|won't)\b[^.?!]{0,60}\beither\s*[.?!]*\s*$",
    r"\bi\s+had\s+to\s+do\s+(?:all|most|every)\b|\bi(?:'ve|\s+have)\s+(?:\w+\s+)?(?:done|cooked|cleaned|made|"
    r"paid|sorted|washed|walked|covered|handled)\s+(?:every|all\s+(?:the|of)|most\s+of)\b",
    r"\b(?:your|you)\b[^.?!]{0,60}\band\s+i\s+(?:didn't|never|did\s+not)\s+(?:say|said)\s+(?:a\s+(?:thing|"
    r"word)|anything)\b",
    # the listener's forbearance set against the partner's act ("...and I didn't make a fuss")
    r"\band\s+i\s+(?:didn't|didnt|did\s+not|never)\s+(?:make|kick\s+up|cause)\s+(?:a\s+|any\s+)?"
    r"(?:big\s+|single\s+)?(?:thing|fuss|deal|scene|drama)\b",
    r"\b(?:you|u)\b[^.?!]{0,60}\bwithout\s+(?:even\s+)?(?:asking|telling|checking\s+with|consulting)\s+me\b",
)

# A one-up: the listener's version was bigger, longer, worse. Never a brief me-too.
ONE_UP = rx(
    r"\b(?:our|my)\s+\w+\s+(?:was|were|is|are|had\s+it)\s+(?:way\s+|much\s+|even\s+|so\s+much\s+|"
    r"far\s+)?worse\b|\bmine\s+(?:was|is|were)\s+(?:way\s+|much\s+|even\s+|far\s+)?(?:worse|longer|"
    r"bigger|harder|tougher)\b|\bi\s+(?:had|have)\s+it\s+(?:way\s+|much\s+|far\s+)?worse\b",
    r"\bis\s+nothing\s*[,.!;:-]*\s*(?:i|i've|i'm|i\s+had|mine|my|try)\b|\bthat's\s+nothing\b",
    r"^\s*try\s+(?:\w+\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
    r"a\s+whole|being\s+me)\b",
    r"\bwelcome\s+to\s+the\s+club\b|\bwait\s+(?:till|until)\s+you\b|\bi\s+got\s+nothing\b",
    r"\byou\s+think\s+(?:that's|that\s+is|you're|you\s+are|you've|you\s+have)\b[^.?!]{0,40}\?",
    r"\bi\s+once\s+(?:had|did|ran|got|went|spent|waited|worked|lost|broke)\b",
    # the listener's load set above theirs: "try doing the night feeds, that's a whole other
    # level", "I'd swap any day", "you've no idea how draining it is for me", "you should see
    # the hours I put in"
    r"(?:^|[,;]\s*|\b(?:although|though|but|honestly|well|mate)\s*,?\s+)try\s+(?:doing|being|having|working|"
    r"dealing\s+with|looking\s+after|juggling|living\s+with|getting)\b[^.?!]{0,60}\b(?:whole\s+(?:other|new)|"
    r"then\s+(?:you'll|talk|tell\s+me)|level|nothing\s+on|worse|harder)\b",
    r"\bi(?:'d|\s+would)\s+(?:happily\s+|gladly\s+)?(?:swap|trade|switch)(?:\s+places)?(?:\s+with\s+(?:you|u))?"
    r"\s*(?:any\s+day|in\s+a\s+(?:heartbeat|second|flash)|any\s*time)\b",
    r"\b(?:you've|you\s+have|you)\s+(?:got\s+)?no\s+idea\s+how\s+(?:\w+\s+)?(?:hard|draining|exhausting|tiring|"
    r"difficult|stressful|knackering|brutal|relentless)\b[^.?!]{0,60}\b(?:me|i|my)\b",
    # (within one clause: "you should try the running club, I saw a flyer" is advice and its source)
    r"\byou\s+should\s+(?:see|try)\s+(?:the|my|what)\b[^.?!,;]{0,40}\b(?:i|my|me)\b",
    # "you should've seen my pitch last year": the listener's own bigger version
    r"\byou\s+(?:should've|should\s+have|shoulda)\s+seen\s+(?:my|mine|what\s+i|how\s+i)\b(?!\s+(?:face|"
    r"reaction|jaw|mouth|eyes))",
)

CENTERS_SELF = rx(
    r"\bi\s+(?:just\s+|really\s+|still\s+)?(?:feel|felt)\s+(?:so\s+|really\s+|just\s+|absolutely\s+)*(?:terrible|awful|(?<=so\s)bad|"
    r"(?<=really\s)bad|guilty|"
    r"horrible|like\s+(?:a\s+)?(?:total\s+|complete\s+|massive\s+|useless\s+|terrible\s+)?(?:monster|jerk|idiot|"
    r"failure|the\s+worst|crap|shit|garbage))\b",
    r"\bi(?:'m|\s+am)\s+(?:such\s+|the\s+|a\s+)?(?:worst|terrible|awful|horrible|monster|failure)\s*"
    r"(?:partner|husband|wife|boyfriend|girlfriend|person)?\b",
    r"\bi\s+hate\s+myself\b|\bi\s+can't\s+believe\s+i\b|\bi(?:'ll|\s+will)\s+never\s+forgive\s+myself\b",
    r"\bthis\s+is\s+(?:so\s+)?hard\s+for\s+me\b|\bhow\s+do\s+you\s+think\s+(?:that|this)\s+makes\s+me\s+feel\b",
    r"\bi\s+(?:need|want)\s+you\s+to\s+(?:know|understand)\s+(?:how|that)\s+(?:i|hard|bad)\b",
    r"\btold\s+(?:you|ya)\s+(?:my|i\s+(?:was|said|would))\b|\bthanks\s+to\s+(?:me|my)\b",
)

TOPIC_CHANGE = rx(
    r"\bthat\s+reminds\s+me\s*[,:;\-–—]+\s*(?!" + _MINE_NEXT + ")",
    r"(?:^|[,;]\s*)(?:(?:ok|okay|so|oh|um|well|hm+|but)\s*,?\s*)?anyway(?:s)?\b(?!\s*,?\s*(?:what\s+matters|back\s+to|never\s+mind\b|i\s+hear|it\s+sounds|you\s+(?:sound|seem|"
    r"must|feel|deserve)|i'm\s+(?:here|sorry|glad|so)|that\s+(?:sounds|must)))",
    # a trailing "btw" on a statement is an aside ("mom groups are great for this btw!"); at the
    # start, or on a question ("did you see the game btw?"), it turns to something else
    r"\bby\s+the\s+way\b(?!\s*(?:[.!]|$|x+\b|:\)|[\U0001F300-\U0001FAFF\u2600-\u27BF]))|(?:^|(?<=[.!?]\s)|(?<=[.!?]\s\s))(?:did|do|does|have|has|can|could|will|would|what|when|"
    r"where|who|how|is|are)\b[^.!?]*?\bby\s+the\s+way\b|\bspeaking\s+of\b|\bon\s+(?:a|an)?\s*(?:another|other|different|unrelated|"
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
    r"\b(?:hey|oh|ok|btw|also|so|wait|omg|ooh|oh\s+my\s+god)\s*,?\s+(?:did|have)\s+(?:you|u)\s+(?:see|seen|hear|heard|"
    r"catch|watch|notice)\b",
    r"\bcan\s+we\s+(?:please\s+|just\s+)?not\s+(?:talk\s+about|do\s+this|get\s+into|go\s+there|have\s+this)\b|"
    # "let's just not talk about it" leaves the subject; "let's just not invite him" is a plan
    r"\blet's\s+just\s+(?:have|enjoy|watch|forget|not\s+(?:talk|think|discuss|dwell|go\s+there|get\s+into))\b",
    r"\bwhat\s+time(?:'s|\s+(?:are|is|do|does|should|will))\s+(?:we|you|it|the|your|our)\b",
    # someone else's news or the listener's own, brought in ("oh, and your sister rang",
    # "remind me to tell you about my day")
    r"\boh\s*,?\s+and\s+(?:[a-z]+\s+){1,2}(?:rang|called|phoned|texted|messaged|emailed|popped\s+round|"
    r"is\s+coming|'s\s+coming)\b|\bremind\s+me\s+to\s+tell\s+(?:you|u)\b",
    r"\bdid\s+(?:you|u)\s+(?:sign|pay|book|pick\s+up|feed|buy|get|grab|order|return|call\s+the)\s+(?:the|my|our|that)\b",
    r"\bmore\s+importantly\b|\bforget\s+(?:that|about\s+that)\s*,\b|\benough\s+about\s+(?:that|this|work)\b",
    r"\bwhat\s+(?:do\s+(?:you|u)\s+|d'you\s+)?(?:fancy|want)\s+(?:for|to\s+(?:eat|do(?!\s+(?:about|with|"
    r"next|now|differently))|watch))\b|"
    r"\bwhat(?:'s|\s+is|\s+are\s+we\s+having)\s+for\s+(?:tea|supper|dinner|lunch)\b",
    r"\bare\s+we\s+still\s+(?:going|on|doing|meeting|having|seeing)\b|\bhave\s+we\s+(?:rsvp|replied|booked|"
    r"paid|sent|ordered)",
    r"\bdid\s+(?:you|u)\s+(?:see|watch|catch)\s+the\s+\w+\s+(?:last\s+night|yesterday|earlier|today|this\s+"
    r"morning|at\s+the\s+weekend)\b|\b(?:look\s+at|check\s+out)\s+this\b",
    r"\bcan\s+we\s+(?:talk\s+about|discuss|sort\s+out|go\s+over)\s+(?:the|my|our|what)\b|"
    r"\b(?:need|have|want|got)\s+to\s+tell\s+you\s+(?:about|what)\b|\bso\s+what\s+(?:are|r)\s+we\s+doing\s+about\b",
    r"\bdo\s+(?:you|u)\s+fancy\b|\b(?:are|r)\s+(?:you|u)\s+still\s+(?:coming|going|up\s+for|on\s+for)\b|"
    r"\bdid\s+(?:you|u)\s+(?:ring|phone|email|message)\s+(?:the|back|him|her|them)\b",
    r"\bdoes\s+(?:that|this)\s+mean\s+(?:we|i)(?:'re|\s+are|'ll|\s+will|\s+have\s+to|\s+can)\b",
)

# "Right, shall I put the pasta on?", "Okay so, do you still want to go to the cinema?": a pivot to
# the evening's jobs; not "Right, I'll make a cuppa and you can tell me the whole thing", and
# not a plan for their trouble ("Right, we need to sort accommodation") - that is fixing
PIVOT = rx(
    r"^(?:(?:right|okay\s+so|ok\s+so|alright|anyhow|hey|oh|also|anyway|anyways)\s*,?\s+|now\s*,\s*(?!(?:did|what|how|and)\b))+(?![^.!?]*\b(?:tell\s+me|talk|listen|hear\s+"
    r"(?:it|you|more|all)|hug|sit\s+with|here\s+for|with\s+you|sort|fix|set\s+up|look\s+(?:at|into)|"
    r"rota|plan)\b)(?:shall\s+i|should\s+we|do\s+you\s+(?:still\s+)?want|we\s+"
    r"(?:need|have|'ve\s+got|still\s+need)\s+to|i'll\s+(?:get|put|make|start|do|go)|did\s+you|have\s+"
    r"you|can\s+you|when\s+(?:do|are|is)|is\s+(?:it|that)\s+still|i\s+(?:need|have)\s+to|had\s+(?:you|u)|"
    r"have\s+u|did\s+u)\b",
)
