"""Not hijacking, defending oneself said in stock phrases ("but I was...", "it's not my fault").
Split from patterns/hijacking.py; the defence read by grammar is detectors/defence.py.
"""

from __future__ import annotations

import re

from trainer.grading.offline.patterns import rx

# Said when the partner is upset with the listener, these explain or justify the listener.
DEFENDS = rx(
    r"\bbut\s+i\s+(?:was|had|did|didn't|thought|just|have\s+been|tried|meant|only|"
    # "but I do understand you wanted..." hears them
    r"do(?!\s+(?:understand|get|see|hear|know\s+how|appreciate|want\s+to\s+(?:understand|hear)))|am|said|asked|"
    r"told|work|worked|came|called|texted|always|never|was\s+going|really|honestly|literally)\b",
    r"\bi\s+(?:didn't|did\s+not|never)\s+mean\s+(?:to|it|that|anything)\b",
    r"(?<!while\s)(?<!when\s)\bi(?:'ve|\s+have)?\s*(?:just\s+|really\s+|honestly\s+)?(?:was|am|'m|been)\s+(?:just\s+|really\s+|so\s+|"
    r"super\s+|literally\s+|completely\s+|totally\s+|absolutely\s+|utterly\s+|dead\s+)*"
    r"(?:busy|tired|exhausted|swamped|slammed|stressed|distracted|going\s+to(?!\s+say\b)|about\s+to(?!\s+say\b)|trying\s+to|"
    r"working|buried|drowning|overwhelmed|wiped|knackered|shattered|worn\s+out|done\s+in|jet-?lagged|"
    r"asleep|flat\s+out|snowed\s+under|run\s+off\s+my\s+feet|rushed\s+off\s+my\s+feet|up\s+to\s+my\s+eyes)\b|"
    r"(?<!while\s)(?<!when\s)\bi\s+was\s+(?:\w+\s+)?(?:listening|paying\s+attention)\b|"
    r"\bi\s+(?:literally\s+|honestly\s+)?(?:(?:haven't|have\s+not|hadn't)\s+had|didn't\s+have)\s+a\s+(?:second|sec|"
    r"minute|moment)\b|\bhow\s+(?:flat\s+out|busy|snowed\s+under|swamped)\s+i(?:'ve|\s+have)?\s+been\b",
    r"\bi\s+had\s+to\s+(?:grab|get|book|go|leave|take|work|stay|say|answer|finish)\b|\bi\s+fell\s+asleep\b|"
    r"\bi\s+(?:didn't|did\s+not)\s+have\s+(?:the\s+)?(?:energy|time|strength|headspace|bandwidth)\b|"
    r"\bi(?:'d|\s+had)\s+been\s+(?:up|awake|working|on\s+my\s+feet|at\s+work)\b",
    r"\b(?:it|that)\s+was\s+(?:only|just|literally)\s+(?:for\s+)?(?:a|an|one|ten|five|two|half|\d+)\b|"
    r"\b(?:it\s+was\s+)?half\s+price\b|\bit\s+was\s+(?:a\s+bargain|reduced)\b|"
    r"\bi(?:'ve|\s+have)\s+(?:barely|hardly|never)\s+(?:bought|spent|asked|had|gone)\b",
    # the listener's intent or load vouched for: "I'd never try to embarrass you", "you know how
    # hectic the job's been for me"
    r"\bi(?:'d|\s+would)\s+never\s+(?:try\s+to\s+|want\s+to\s+|mean\s+to\s+|set\s+out\s+to\s+)?(?:embarrass|"
    r"hurt|humiliate|upset|shame|disrespect)\s+(?:you|u)\b|\bi(?:'d|\s+would)\s+never\s+do\s+(?:that|something\s+"
    r"like\s+that|anything\s+like\s+that)\b|\byou\s+know\s+how\s+(?:hectic|busy|mad|crazy|manic|full[\s-]on|"
    r"intense|stressful)\s+(?:work|the\s+job|my\s+job|things|it|life|the\s+week)\b",
    r"\bi\s+heard\s+(?:everything|every\s+word)\b|\bi\s+can\s+do\s+two\s+things\b|"
    r"\byou\s+know\s+(?:what|how)\s+my\s+\w+\s+(?:is|are)\b",
    r"\bwe\s+were\s+(?:just\s+|only\s+)?(?:talking|chatting|catching\s+up)\b|\bit\s+was\s+(?:just\s+)?"
    r"catching\s+up\b|\bit\s+(?:means|meant)\s+(?:literally\s+|absolutely\s+)?nothing\b",
    # the complaint denied as misremembered: "I told you about it, you just forgot", "you're
    # imagining things"
    r"\bi\s+(?:did\s+)?(?:told|tell|mentioned|said)\s+(?:you|u)\b(?:\s+(?:about\s+(?:it|that|this)|already|on\s+\w+|"
    r"last\s+\w+|weeks?\s+ago|twice|loads\s+of\s+times)){0,2}\s*(?:[,.;!]|$)|\byou\s+(?:just\s+|must\s+have\s+|"
    r"probably\s+)?(?:forgot|don't\s+remember|didn't\s+listen|weren't\s+listening)\s*(?:[,.;!]|$|about\s+(?:it|that)\b|"
    r"that\s+i\b|i\s+(?:told|said|mentioned)\b)|\byou(?:'re|\s+are)\s+imagining\s+"
    r"(?:things|it|stuff)\b",
    r"\bi\s+(?:didn't|did\s+not)\s+even\s+notice\b|\bi\s+(?:didn't|did\s+not)\s+notice\s+(?:till|until)\b|"
    r"\bi\s+(?:wasn't|was\s+not)\s+(?:going|gonna)\s+to\b|\bbut\s+(?:people|they|he|she|everyone)\s+(?:were|"
    r"was|kept)\s+(?:asking|telling|saying)\b|\bi\s+have\s+a\s+(?:life|job)\b",
    # "while I was in the shower" restates their account; "I was in the shower" excuses
    r"(?<!while\s)(?<!when\s)\bi\s+was\s+in\s+(?:meetings|a\s+meeting|class|the\s+car|the\s+shower|bed|"
    r"the\s+middle\s+of)\b|"
    r"\bi\s+can't\s+(?:just\s+)?drop\s+everything\b|\b(?:it|that)\s+was\s+(?:only\s+|just\s+|literally\s+)?"
    r"one\s+\w+\s*[.!]*\s*$",
    r"\b(?:that's|that\s+is|it's|it\s+is|that's\s+just)\s+not\s+(?:fair|true|what\s+happened|my\s+fault|"
    r"how\s+it|what\s+i)\b(?!\s+(?:on|to|for)\s+(?:you|u)\b|\s+of\s+me\b)",
    r"\bi\s+(?:did|do)\s+(?:ask|help|try|care|listen|text|call|check|notice|clean)\b",
    r"\bit's\s+not\s+(?:my\s+fault|like\s+i)\b|\bnot\s+my\s+fault\b",
    # what they found disowned: "it's not even mine", "those aren't mine"
    r"\b(?:it's|it\s+is|it\s+was|that's|they're|those\s+are)\s+not\s+(?:even\s+)?mine\b|"
    r"\b(?:it|they|those|that)\s+(?:wasn't|weren't|aren't|isn't)\s+(?:even\s+)?mine\b",
    # the texted excuse with no "I": "Sorry, was driving!", "been in meetings all day"
    r"(?:^|[.!?]\s*|\b(?:sorry|soz|sry)\s*,?\s*)(?:was|been)\s+(?:driving|working|asleep|busy|flat\s+out|"
    r"at\s+work|in\s+(?:a\s+)?meetings?|on\s+(?:the|a)\s+(?:train|bus|call|phone|road))\b",
    # the circumstances with a "though": "the ring road's been a nightmare though"
    r"\b(?:was|were|'s\s+been|has\s+been|have\s+been|is|are)\s+(?:\w+\s+)?(?:a\s+)?(?:nightmare|"
    r"(?:total\s+|complete\s+)?mess|manic|chaos|hell|murder|rammed|gridlocked|hectic|mental|mad|heaving|"
    r"carnage)\s+(?:though|tho)\b",
    r"\bin\s+my\s+defen[cs]e\b|\bto\s+be\s+fair\s*,?\s+i\b|\bin\s+fairness\b|\bfor\s+the\s+record\b",
    r"\byou\s+know\s+(?:i|how\s+(?:busy|much|hard|tired|stressed))\b",
    r"(?<!whatever\s)\bi\s+(?:honestly\s+|really\s+|just\s+|genuinely\s+|actually\s+|kind\s+of\s+)?"
    r"(?:thought|figured|assumed)\b",
    r"\bi\s+(?:promise|swear)\s+(?:it\s+)?(?:wasn't|was\s+not|isn't|didn't|i\s+(?:didn't|wasn't))\b",
    r"\bit\s+(?:wasn't|was\s+not|isn't)\s+(?:you|personal|about\s+you|on\s+purpose|intentional|like\s+that)\b",
    r"\bi(?:'d|\s+had)\s+(?:already|only\s+had|just\s+had|had)\b|\bi\s+would\s+have\s+(?:remembered|done|called|"
    r"told|asked|noticed)\b",
    r"\bi(?:'m|\s+am)\s+not\s+(?:hiding|lying|cheating|trying\s+to|ignoring|doing\s+anything)\b|"
    r"\bnothing\s+(?:is|was)\s+going\s+on\b",
    r"\bit\s+was\s+(?:literally\s+|just\s+|only\s+|honestly\s+)+(?:a|an|one|lunch|dinner|drinks|coffee|"
    r"work|a\s+joke|on\s+sale)\b|\bit\s+was\s+on\s+sale\b",
    r"\bit's\s+not\s+like\s+i\b|\bi(?:'ve|\s+have)?\s+only\s+(?:told|did|do|done|said|went|gone|bought|asked|"
    r"meant|wanted|took|taken|agreed|booked)\b|"
    r"\bslipped\s+my\s+mind\b|\bi\s+can't\s+be\s+(?:in\s+two\s+places|everywhere|on\s+my\s+phone|"
    r"available|there\s+all)\b",
    r"\byou\s+know\s+how\s+(?:she|he|they|it|your\s+\w+)\s+(?:is|are|gets|get)\b|\bi\s+(?:do|did)\s+"
    r"(?:the|all\s+the|most\s+of\s+the)\s+\w+",
    r"\bi\s+forgot\s+because\b|\bbecause\s+i\s+(?:was|had|didn't|thought|got)\b",
    r"\bi\s+had\s+(?:no\s+idea|a\s+(?:long|lot|bad|hard|rough|terrible|crazy|busy))\b",
    r"\bi\s+(?:didn't|did\s+not)\s+(?:know|think|realize|realise)\s+(?:you|that\s+you|it\s+was|"
    r"it\s+would|it\s+mattered|it'd|it\s+was\s+such)\b(?!\s+(?:hurt|hit))",
    r"\b(?:i'm|i\s+am)\s+sorry\s*,?\s*but\b|\bsorry\s*,?\s*but\b",
    # the listener's fluster offered as the reason: "it's just Dan was pushing and I panicked"
    r"\b(?:and|so)\s+i\s+(?:just\s+|kind\s+of\s+)?(?:panicked|froze|freaked\s+out|got\s+flustered)\b",
    r"\bwhere\s+else\s+(?:am|was|would)\s+i\s+(?:meant|supposed)\s+to\b|\bit's\s+only\s+(?:there|here|like\s+that)\s+"
    r"because\b",
    # the reason straight after the apology: "I'm sorry, it's just that the week ran away from me"
    r"\bsorry\s*,\s*it's\s+(?:just\s+)?(?:that\s+)?(?:i\b|i'm|i've|my\b|work\b|the\s+week|it's\s+not|"
    r"there's\s+been)",
    # not noticing, and the listener's standing rush, offered as the reason for what they keep doing
    r"\bi\s+(?:don't|do\s+not)\s+(?:even\s+)?(?:notice|realise|realize)\s+(?:i'm|i\s+am|i\s+do|when|that\s+i)\b|"
    r"\bi'm\s+always\s+(?:rushing|running\s+late|so\s+busy|busy|knackered|shattered|exhausted)\b",
    r"\bi\s+was\s+(?:gonna|going\s+to)\b(?!\s+say\b)|\bi\s+just\s+(?:forgot|didn't|got|was|thought|needed)\b",
    r"\byou\s+(?:didn't|never|did\s+not)\s+(?:tell|told|say|said|ask|asked|remind|mention)\s+me\b",
    r"\bhow\s+(?:was|am)\s+i\s+(?:supposed|meant)\s+to\s+know\b|\byou\s+could\s+have\s+(?:told|asked|"
    r"reminded|said)\b",
    r"\bi\s+have\s+(?:a\s+lot|so\s+much|too\s+much)\s+(?:going\s+on|on\s+my\s+plate)\b",
    # "it wasn't meant to go that late, it just sort of happened", "I was only trying to help"
    r"\bit\s+(?:wasn't|was\s+not)\s+meant\s+to\b|\bit\s+just\s+(?:sort\s+of\s+|kind\s+of\s+)?happened\b|"
    r"\bi\s+was\s+only\s+trying\s+to\b|\b(?:it\s+)?wasn't\s+meant\s+like\s+that\b",
    # "with the week I've had at work I just haven't been able to": the listener's week as reason
    r"\bwith\s+the\s+(?:week|day|month|year)\s+i've\s+had\b",
    r"\bi\s+work(?:ed)?\s+(?:all\s+day|late|so\s+hard|hard|twelve|long)\b",
    r"\bi\s+(?:always|usually)\s+(?:ask|do|help|check|call|text|answer|reply|respond|get\s+back|"
    r"pick\s+(?:\w+\s+)?up)\b",
    # the listener's reason for their conduct: "I didn't want to walk away mid-sentence"
    r"\bi\s+(?:didn't|did\s+not)\s+want\s+to\s+(?:\w+\s+){0,2}?(?:walk\s+away|be\s+rude|leave|interrupt|"
    r"cut\s+(?:\w+\s+)?off|worry|wake|bother|ruin|spoil|make\s+a\s+(?:fuss|scene))\b",
    r"\bi\s+(?:had|have)\s+(?:my\s+)?reasons\b|\bthere\s+was\s+a\s+reason\b",
    r"\bso\s+i\s+(?:couldn't|didn't|wasn't\s+able|had\s+to)\b|\bi\s+couldn't\s+(?:help\s+it|get\s+away|make\s+it|"
    r"call|come|leave|get\s+out)\b|\bmy\s+phone\s+(?:was|died|ran)\b|\b(?:ran|went)\s+(?:over|late|long)\b",
    # protesting the complaint itself ("that's a bit harsh", "you're being unfair")
    r"\b(?:that's|that\s+is|it's|it\s+is|that\s+was|you're\s+being|you\s+are\s+being)\s+(?:so\s+|really\s+|"
    r"a\s+bit\s+|a\s+little\s+|totally\s+|very\s+|pretty\s+|kind\s+of\s+|just\s+|bloody\s+)?(?:unfair|"
    r"not\s+(?:totally\s+|entirely\s+|completely\s+)?fair|harsh|out\s+of\s+order|uncalled\s+for|a\s+bit\s+much|over\s+the\s+top|not\s+true)\b"
    r"(?!\s+(?:on|to|for|that)\s+(?:you|u)\b|\s+of\s+me\b)",
    r"\bcome\s+off\s+it\b|^\s*(?:\w+\s*,\s*)?(?:hang|hold)\s+on\b|\bwhat\s+was\s+i\s+(?:supposed|meant)\s+"
    r"to\s+do\b|\bwhat\s+(?:else\s+)?(?:could|should)\s+i\s+have\s+done\b|\bdidn't\s+i\s*[?!.]",
    r"\bi\s+(?:wasn't|was\s+not)\s+(?:just\s+)?(?:sitting\s+around|doing\s+nothing|lazing|slacking)\b|"
    r"\bi\s+was\s+(?:just|only|literally|actually|busy)\s+\w+ing\b|\bi\s+swear\b",
    # ("don't take it personally" tells them how to feel: minimizing and advice, not a defence)
    r"\b(?:you|u)\s+(?:never|didn't|did\s+not)\s+(?:said|say|told|tell|mentioned|mention)\s+(?:it|that|"
    r"anything|you)\b",
    r"\bi\s+(?:was|am|'m)\s+(?:at\s+work|on\s+a\s+call|in\s+a\s+meeting|driving|asleep|working)\b",
    r"\b(?:i\s+)?(?:didn't|did\s+not|wasn't|was\s+not|never)\s+(?:do(?:ing)?\s+(?:it|that|this)\s+)?"
    r"(?:on\s+purpose|deliberately|intentionally)\b|\bnot\s+(?:on\s+purpose|deliberately|intentionally)\b",
    # after an apology, the act's target denied ("it wasn't at you", "nothing to do with what you
    # said", "I'd never laugh at you"), the listener's state offered as its cause ("I was just
    # nervous") or the act called a reflex ("it was a tired thing")
    r"\b(?:it|that|this)\s+(?:wasn't|was\s+not|isn't|is\s+not)\s+(?:\w+\s+)?(?:at|aimed\s+at|directed\s+at|"
    r"meant\s+for)\s+(?:you|u)\b|\b(?:it|that|this)\s+(?:had|has)\s+(?:nothing|nowt)\s+to\s+do\s+with\s+"
    r"(?:you|u|what\s+(?:you|u))\b",
    r"\bi(?:'d|\s+would)\s+never\s+(?:\w+\s+){0,2}?(?:at|about)\s+(?:you|u)\b|\bi(?:'d|\s+would)\s+never\s+"
    r"(?:laugh|mock|make\s+fun|judge|embarrass|humiliate|hurt\s+you\s+on\s+purpose)\b",
    r"\bi\s+was\s+(?:just|only|honestly|genuinely)\s+(?:so\s+|really\s+|a\s+bit\s+)?(?:nervous|anxious|"
    r"embarrassed|flustered|awkward|caught\s+off\s+guard|surprised|shocked|joking|kidding|teasing|messing|"
    r"trying)\b",
    r"\b(?:it|that)\s+was\s+(?:just\s+|only\s+|honestly\s+|more\s+)?(?:a|an)\s+(?:nervous|tired|stress|"
    r"reflex|knee-jerk|automatic|split-second|heat-of-the-moment)\b|\b(?:it|that)\s+was\s+(?:just\s+|"
    r"only\s+|honestly\s+)?(?:a\s+)?(?:reflex|nerves|an\s+accident)\b",
)

# Defending whoever the partner is upset with: these justify the listener in any context.
# the partner's earlier yes held up against them: "you said I could go" (read on the reply's own
# words: what follows "you said" is masked as theirs)
THEIR_YES = re.compile(
    r"(?<!but\s)\byou\s+(?:literally\s+|even\s+)?said\s+(?:i|we)\s+could\b(?![^.!?]{0,40},?\s+but\b)"
)

DEFENDS_STRONG = rx(
    # good intentions pleaded: "I acted entirely in good faith"
    r"\bi\s+(?:acted|did\s+it|meant\s+it)\s+(?:entirely\s+|completely\s+|only\s+)?in\s+good\s+faith\b",
    r"\bi\s+(?:honestly\s+|really\s+|genuinely\s+|truly\s+|just\s+)?(?:didn't|did\s+not|never)\s+mean\s+"
    r"(?:to|it|that|anything)\b",
    r"\bin\s+my\s+defen[cs]e\b|\b(?:it's|it\s+is|that's)\s+not\s+my\s+fault\b|\bnot\s+my\s+fault\b",
    r"\bi(?:'m|\s+am)\s+not\s+(?:hiding|lying|cheating|ignoring)\b|\bnothing\s+(?:is|was)\s+going\s+on\b",
    r"\bi\s+would\s+have\s+(?:remembered|done\s+it|called|noticed)\b|\bit's\s+not\s+like\s+i\b|"
    # "it wasn't that I didn't want to come"
    r"\bit\s+(?:wasn't|was\s+not|isn't|is\s+not)\s+(?:that|like|as\s+if)\s+i\s+(?:didn't|did\s+not|don't|do\s+not)\s+"
    r"(?:want|care|try|mean)\b",
    r"\bi\s+do\s+(?:the|all\s+the|most\s+of\s+the)\s+\w+|\bhow\s+(?:was|am)\s+i\s+(?:supposed|meant)\s+to\s+know\b",
    r"\bslipped\s+my\s+mind\b|\bi\s+can't\s+be\s+(?:in\s+two\s+places|everywhere)\b|"
    r"\bi(?:'ve|\s+have)\s+told\s+you\s+(?:that\s+)?(?:a\s+hundred|a\s+million|so\s+many|before)\b",
    r"\bi\s+(?:didn't|did\s+not|wasn't|was\s+not|never)\s+(?:do(?:ing)?\s+(?:it|that|this|anything)\s+)?"
    r"(?:on\s+purpose|deliberately|intentionally)\b",
)
