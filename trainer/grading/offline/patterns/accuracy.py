"""Accuracy: checking understanding, naming the need, the reflective frame, and what distorts
(absolutes the partner never used, motives imputed to someone). Detectors: detectors/accuracy.py.
"""

from __future__ import annotations

import re

from trainer.grading.offline.patterns import rx
from trainer.grading.offline.patterns import statement as S

CHECKS_UNDERSTANDING = rx(
    r"\bdid\s+i\s+(?:get|hear|understand)\s+(?:that|it|this|you|everything)\s*(?:right|correctly|ok)?\b",
    r"\bis\s+(?:that|this)\s+(?:right|correct|true|it|close|fair|accurate|what\s+(?:you|it)|how\s+(?:you|it)|"
    r"about\s+right|kind\s+of\s+it|more\s+like\s+it)\b",
    r"\bam\s+i\s+(?:getting|hearing|reading|understanding)\s+(?:that|this|it|you)\s*(?:right|correctly)?\b|"
    r"\bam\s+i\s+(?:right|close|off|on\s+track)\b",
    r"\b(?:does|did)\s+(?:that|this)\s+(?:sound|feel|seem)\s+(?:right|accurate|close|true|about\s+right)\b",
    r"\blet\s+me\s+(?:just\s+)?(?:check|make\s+sure)\s+(?:that\s+)?i(?:'ve|\s+have)?\s+(?:got|understand|heard|get)\b|"
    r"\bcorrect\s+me\s+if\b|\btell\s+me\s+if\s+i(?:'m|\s+am|\s+got)\b|\bhave\s+i\s+(?:got\s+)?(?:that|it|this)\b(?:\s+right)?|"
    r"\bis\s+(?:that|this)\s+where\s+you(?:'ve|\s+have|'re|\s+are)\s+(?:landed|got\s+to|at)\b",
    # "have I described that right?", "am I near the mark?", "does that fit?", "is that the heart of it?"
    r"\bhave\s+i\s+(?:described|put|understood|read|summed\s+up|captured)\s+(?:that|it|this|you|things)?\s*"
    r"(?:right|correctly|ok)?\b|\b(?:am\s+i|is\s+that|is\s+this)\s+(?:near|close\s+to|anywhere\s+near)\s+the\s+mark\b|"
    r"\bdoes\s+(?:that|this)\s+fit\s*(?:[?,]|$)|\bis\s+(?:that|this)\s+the\s+heart\s+of\s+it\b|"
    r"\bdid\s+i\s+miss\s+(?:anything|something)\b|\bis\s+there\s+(?:more|something\s+(?:else|more)|"
    r"anything\s+(?:else|i'm\s+missing))\b",
    r"\bwhat\s+(?:else|was\s+the\s+hardest|part\s+(?:hurt|stung|got\s+to\s+you))\b|"
    r"\btell\s+me\s+(?:a\s+(?:little|bit)\s+|a\s+little\s+bit\s+)?more\b|\bsay\s+more\b|"
    r"\bwhat\s+(?:was|is)\s+(?:that|it)\s+like\b|\btell\s+me\s+about\s+(?:it|that|this)\b",
    # "...is a fair summary?", "you're worried about the move, right?": a reflection handed back
    r"\bis\s+(?:that|this)\s+a\s+(?:fair|good|right)\s+(?:understanding|summary|way\s+to\s+put\s+it|"
    r"reading)\b|,\s*(?:right|yeah|correct|is\s+that\s+it)\s*\?",
    r"\bif\s+i\s+(?:understand|understood|heard|hear|got)\s+(?:you|that|this|it)?\s*(?:correctly|right)\b|"
    r"\blet\s+me\s+(?:see|check|make\s+sure)\s+(?:if\s+)?i\b|\bjust\s+to\s+(?:check|make\s+sure|clarify)\b|"
    r"\b(?:are|were)\s+you\s+saying\b|\bso\s+what\s+you(?:'re|\s+are)\s+saying\b",
    r"\bhow\s+(?:are|r)\s+(?:you|u)\s+(?:feeling|doing|holding\s+up)\b|\bhow\s+did\s+(?:that|it)\s+"
    r"(?:feel|land)\b|\bwhat\s+(?:do|would)\s+you\s+need\b|\bwhat\s+would\s+(?:help|feel\s+good)\b",
)

NEED = rx(
    r"\b(?:you|u)(?:\s+|(?='))(?:just\s+|really\s+|only\s+|simply\s+|still\s+)?(?:wanted|wanna|needed|want|need|were\s+hoping|"
    r"hoped|wish|wished|were\s+looking\s+for|would\s+have\s+liked|'d\s+have\s+liked|'d\s+like|"
    r"would\s+like|long\s+for|miss|missed|were\s+counting\s+on|deserve|deserved|craved|crave)\s+"
    r"(?:me|someone|to|for|some|a|more|him|her|them|your|that|the|just|real|at\s+least|us)\b",
    r"\b(?:really\s+|truly\s+)?(?:matters|mattered|means|meant)\s+(?:so\s+much\s+|"
    r"a\s+lot\s+|everything\s+)?to\s+you\b|\b(?:so\s+)?important\s+to\s+you\b",
    r"\bwhat\s+you\s+(?:needed|wanted|need|want|were\s+hoping\s+for)\b|\byou\s+(?:feel|felt)\s+like\s+"
    r"(?:you|no\s+one|nobody)\s+(?:don't|didn't|aren't|weren't|can't|couldn't)\b",
    r"\b(?:under|underneath|beneath|behind)\s+(?:it\s+all|all\s+that|that|this|the)\b",
    r"\b(?:feel|felt|feeling|be|being|get|got)\s+(?:really\s+|truly\s+|actually\s+)?(?:seen|heard|"
    r"noticed|appreciated|valued|supported|listened\s+to|cared\s+for|included|respected|prioriti[sz]ed|chosen|"
    r"wanted|understood|considered|thought\s+of|asked\s+about)\b",
    r"\b(?:you|u)\s+(?:really\s+|just\s+)?(?:don't|do\s+not|didn't)\s+want\s+(?:to|that|this|it|him|her|them)\b|"
    r"\b(?:pulled|split|stuck|torn|caught)\s+between\b|"
    r"\byou(?:'re|\s+are)\s+(?:really\s+|just\s+)?(?:hoping|wanting|longing|wishing|trying\s+to\s+"
    r"(?:protect|keep|hold|do\s+right|make\s+it\s+work))\b|\b(?:your|the)\s+(?:goal|hope|dream|wish)\b|"
    r"\byou\s+(?:really\s+)?(?:care|cared)\s+(?:about|for|so)\b|\byou(?:'re|\s+are)\s+(?:torn|"
    r"caught|stuck)\s+between\b|\bpart\s+of\s+you\b|\bon\s+(?:the\s+)?one\s+hand\b",
    # what they are set on, working at or weighing: an intention or value said back
    r"\byou(?:'re|\s+are|'ve|\s+have|\s+were|\s+seem|\s+sound)\s+(?:really\s+|very\s+|so\s+|"
    r"pretty\s+|quite\s+|still\s+|already\s+|clearly\s+|been\s+|(?!only\b)[a-z]+ly\s+)*(?:keen|eager|determined|"
    r"committed|set\s+on|"
    r"motivated|ready|willing|itching|desperate|trying(?:\s+(?:hard|really\s+hard|your\s+best))?|"
    r"working(?:\s+hard)?|thinking|weighing(?:\s+up)?|wondering|not\s+sure|unsure|planning|hoping|"
    r"looking\s+forward|counting\s+on)\s+(?:to|about|on|at|"
    r"whether|if|how|what)\b|\byou\s+(?:really\s+)?(?:value|treasure|believe\s+in)\b|"
    r"\b(?:important|precious|a\s+big\s+deal)\s+(?:to|for)\s+you\b|\bwhat\s+matters\s+(?:most\s+)?to\s+you\b|"
    r"\b(?:at\s+the\s+same\s+time|on\s+the\s+other\s+(?:hand|side))\b",
    # "you're looking for some relief", "you're desperate for some peace": what they long for
    r"\byou(?:'re|\s+are|\s+were|'ve\s+been)\s+(?:really\s+|just\s+|so\s+|desperately\s+|still\s+)?"
    r"(?:looking|hoping|longing|searching|desperate|yearning|aching|crying\s+out)\s+for\b",
    r"\b(?:a\s+(?:partner|teammate)|someone)\s+(?:who|to)\s+(?:notices|noticed|asks|asked|sees|"
    r"shows\s+up|has\s+your\s+back|checks\s+in|cares)\b|\bin\s+your\s+corner\b|\bon\s+your\s+side\b",
)

# "you need to set boundaries", "you just need to leave": a directive, not the partner's need
# ("you feel you need to rest", "you feel like you have to" say back what they feel they need)
DIRECTIVE_NEED = re.compile(
    r"(?<!feel\s)(?<!feel\sthat\s)(?<!feel\slike\s)(?<!felt\s)(?<!felt\sthat\s)(?<!felt\slike\s)"
    r"(?<!feels\s)(?<!feeling\s)(?<!feeling\slike\s)(?<!feel\sas\sthough\s)\b(?:you|u)\s+(?:just\s+|really\s+|simply\s+|definitely\s+|honestly\s+)?(?:need|have|got|ought)"
    r"\s+to\s+(?!(?:be\s+|feel\s+|know\s+|hear\s+|see\s+)?(?:heard|seen|understood|valued|"
    r"supported|respected|appreciated|wanted|included|safe|loved|cared\s+for)\b)[a-z]+"
)

# how a sentence that says something back to them opens: "so", "sounds like", "I hear you
# saying"; then "you..." or, after such an opening, anything about them ("so most nights, you...")
SAYS_BACK_OPENING = re.compile(
    r"^(?:(?:so|and|ok|okay|right|mm|mhm|yeah|oh|hmm|wow|sounds\s+like|it\s+sounds\s+like|it\s+seems"
    r"(?:\s+like)?|i\s+hear\s+(?:you|that)(?:\s+saying)?(?:\s+that)?|what\s+i(?:'m|\s+am)\s+hearing\s+is"
    r"(?:\s+that)?|if\s+i(?:'m|\s+am)\s+hearing\s+you(?:\s+right)?|"
    r"i\s+(?:see|understand|get|gather|can\s+see)(?:\s+that)?)[,\s]+)*"
)

# advice in a reflective frame ("it sounds like you need to go to HR", "so you should just..."):
# it says back nothing of theirs
ADVICE_CLAUSE = re.compile(
    DIRECTIVE_NEED.pattern
    + r"|(?<!\bif\s)\b(?:you|u)\s+(?:really\s+|just\s+)?(?:should|shouldn't|ought\s+to|"
    r"could\s+(?:try|just|always|maybe)|might\s+want\s+to|gotta)\b|\bwhy\s+(?:don't|not)\s+you\b|"
    r"\bhave\s+you\s+(?:tried|thought\s+about|considered)\b"
)

# a reflection said as a question: "So you're worn out?", "You feel like no one helps?",
# "It sounds like work is piling up?" (not "do you..." or "what...": those ask, not check)
TENTATIVE_REFLECTION = re.compile(
    r"^(?:(?:so|and|ok|okay|right|mm|mhm|yeah|oh|hmm|sounds\s+like|it\s+sounds\s+like|it\s+seems"
    r"(?:\s+like)?|i\s+hear\s+you\s+saying(?:\s+that)?)[,\s]+)*"
    r"(?:(?:do|did)\s+you\s+(?:feel|think)\s+(?:like|that|as\s+(?:though|if))|"
    r"you(?:'re|'ve|'d|\s+(?:feel|felt|are|were|have|had|want|wanted|need|needed|think|thought|"
    r"wish|hope|mean|don't|didn't|can't|couldn't|just|really|still|kind\s+of|sort\s+of|never|"
    r"keep|kept|got|get))|your\s+[a-z]+|it(?:'s|\s+(?:feels|felt|was|is))|that(?:'s|\s+was))\b"
)

# a tentative or summarising opener in the listener's voice: "what I'm hearing is...", "I imagine",
# "I wonder if", "I'm guessing", "I get the sense that": what follows is about them
REFLECTIVE_I_OPENER = re.compile(
    r"^(?:(?:so|and|ok|okay|right|mm|mhm|yeah|oh|hmm|well)[,\s]+)*"
    r"(?:what\s+i(?:'m|\s+am)\s+hearing(?:\s+(?:you|u)\s+say(?:ing)?)?\s+is(?:\s+that)?|"
    r"i(?:'m|\s+am)\s+hearing(?:\s+(?:you|u)\s+say(?:ing)?)?(?:\s+that)?|"
    r"i\s+(?:imagine|guess|sense|suspect|wonder\s+(?:if|whether))|"
    r"i(?:'m|\s+am)\s+(?:guessing|wondering\s+(?:if|whether)|sensing)(?:\s+that)?|"
    r"i\s+get\s+the\s+(?:sense|feeling|impression)(?:\s+that)?|i\s+can\s+(?:see|imagine)(?:\s+that)?)"
    r"[,\s]+"
)

# a short sentence of sympathy that points at their news: "I'm so sorry to hear that.", "Oh no,
# I'm sorry that happened.", "That's so sad to hear." (a feeling named in the next sentence is
# pinned on the news through it)
SYMPATHY_FOR_NEWS = re.compile(
    r"^(?:(?:oh|aw+|ah|gosh|wow|no|oh\s+no|ugh)[,.!\s]+)*(?:i(?:'m|\s+am)\s+(?:so\s+|very\s+|really\s+|truly\s+)?"
    r"sorry\s+(?:to\s+hear\s+(?:that|this|it|about\s+(?:that|this|it|your\s+[a-z']+))|(?:that|this)\s+"
    r"happened(?:\s+to\s+you)?|about\s+(?:that|this|your\s+[a-z']+))|(?:that|this)(?:'s|\s+is)\s+(?:so\s+|really\s+)?"
    r"(?:sad|hard|awful|terrible|horrible|heartbreaking)\s+to\s+hear)[.!\s]*$"
)

# "I'm so sorry (that) you...", "sorry that your...": sympathy opening a sentence about them
SORRY_THAT = re.compile(
    r"^(?:i(?:'m|\s+am)\s+)?(?:so\s+|really\s+|very\s+|truly\s+)?sorry\s+(?:that\s+|to\s+hear\s+(?:that\s+)?)?"
    r"(?=(?:you|your)\b)"
)

# a suggestion said as a question: "maybe try a night off?", "talk to him?", "or a walk first?"
SUGGESTS = re.compile(
    r"^(?:(?:so|and|ok|okay|well|then)[,\s]+)*(?:maybe|perhaps|or|try|how\s+about|what\s+about|"
    r"what\s+if|could|would|wouldn't|can't|just|go|talk|ask|tell|call|get|take|make|stop|start|"
    r"give|let|find|think\s+about|consider|remember)\b|\b(?:try|trying)\s+(?:to\s+)?[a-z]+ing\b|"
    r"\b(?:it|that)\s+(?:might|would|could|will)\s+(?:help|be\s+(?:good|worth|better|best))\b"
)

# the feeling pinned on what happened: "that has made you feel", "it must be so frustrating",
# "being left out like that", "you're hurt about it / because of it / after that"
TIED_TO_SITUATION = re.compile(
    r"\b(?:that|this|it|which|all\s+(?:that|this))\b[^.?!,]{0,30}?\b(?:made|makes|make|making|left|leaves|"
    r"leave|leaving|got\s+to|gets\s+to|hit|hits|knocked|knocks|shook|shakes|felt|feel|feels)\b|"
    r"\b(?:after|about|because\s+of|over|from|with)\s+(?:that|this|it|all\s+(?:that|this))\b|\blike\s+that\b"
)

# "you're concerned about that", "worried sick over it": the feeling pinned on what they told;
# "how frightening that is", "what a scary time this must be": the feeling said of their news
PINNED_AFTER = re.compile(
    r"^\s+(?:[a-z]+\s+)?(?:about|over|with|by|after|from)\s+(?:that|this|it|all\s+(?:that|this))\b|"
    # "stressed about the situation", "worried about the whole thing": their news, by name
    r"^\s+(?:[a-z]+\s+)?(?:about|over|with|by|after|from|in)\s+(?:the|this|that|your|all\s+(?:the|this|that))\s+"
    r"(?:whole\s+|current\s+)?(?:situation|thing|business|news|mess)\b|"
    r"^\s+(?:[a-z]+\s+)?(?:that|this|it)\s+(?:is|was|must|would|could|might|may|can|has|had|sounds|seems|feels)\b"
)

# "that must be scary", "this sounds so painful", "that must have really stung": their news is the
# subject of the feeling (only for a named feeling: "that must be hard" fits any news)
NEWS_AS_SUBJECT = re.compile(
    r"\b(?:that|this|it)(?:'s|\s+(?:is|was|must|sounds?|seems?|would|has|had|will|can|could|might|"
    r"may|really|just|all))(?:\s+(?:be|been|have|has|had|must|sound|sounds|seem|seems|feel|feels|felt|"
    r"really|so|very|pretty|quite|truly|just|incredibly|absolutely|totally|awfully|a|an|such|bit|little|"
    r"kind|sort|of|real|deeply|genuinely|understandably|bound|to|all|big|huge|major|massive|serious))*\s*$"
)

# after a feeling pinned on their news, a sentence that turns to the listener ("But I've cut
# back...", "Anyway, I booked...", "Right, I need to tell you..."); "I understand", "I can
# imagine", "I'm sorry" stay with them
_ACK_AFTER_I = (
    r"(?:(?:can|can't|cannot|do|really|totally|completely|just|so|truly)\s+)*(?:understand|imagine|"
    r"hear|see|get\s+(?:it|that|why)|know\s+(?:how|what|that)|feel\s+for|am\s+(?:so\s+)?sorry|"
    r"'m\s+(?:so\s+|really\s+|very\s+)?sorry|sorry|hope|"
    # "I'm here for you", "I am happy to talk about it": an offer to stay with them
    r"(?:am\s+)?(?:always\s+|still\s+)?(?:here\s+(?:for|to|if|with)|happy\s+to\s+(?:talk|listen|help)|"
    r"glad\s+to\s+(?:talk|listen|help)))"
)
TURNS_TO_LISTENER = re.compile(
    r"^(?:\W*(?:but|anyway|anyways|oh|right|ok|okay|so|well|hey|honestly|also|and)\b[\s,]*)*"
    r"(?:i'm|i've|i'll|i'd|i|we're|we'll|we've|we|my|our|us)\b(?!')(?!\s+" + _ACK_AFTER_I + r")|"
    r"^\W*(?:but|anyway|anyways)\b"
)

# "you feel like you're letting them down", "you felt as though nobody noticed": the feeling in
# their own terms (it names the feeling only beside their point; see detect_main_feeling)
FEEL_LIKE = re.compile(
    r"\b(?:you|u)(?:'re|\s+are|\s+were)?\s+(?:(?:must|might|may|probably|really|just|kind\s+of|"
    r"sort\s+of)\s+)?(?:feel|felt|feeling)\s+(?:like|as\s+(?:though|if))\b"
)

# a verdict on someone posed as a feeling: "you feel your manager is a total hypocrite", "you feel
# Dan is being a liar" (not "you feel you're not heard", "you feel it's unfair")
FEEL_VERDICT = re.compile(
    r"\b(?:you|u)\s+(?:feel|felt)\s+(?:that\s+)?(?:(?:your|ur|the|my|his|her|their)\s+)?"
    r"(?!(?:you|u|i|we|it|this|that|things|everything|nothing|like|as)\b)[a-z']+\s+(?:is|was|are|were)\s+"
    r"(?:being\s+)?(?:just\s+|such\s+|really\s+)?(?:a|an|the)\s"
)

# "you're anxious about the exam", "you worry that they...": the feeling with its reason
FEELING_REASON = re.compile(r"^\s+(?:that|about|because|when|since|after|over|at|by|of|for)\b")

# "...frustrating, but I did the bins": the feeling is named on the way to the listener's side
TURNS_AWAY = re.compile(r"^[^.?!]{0,40}?\b(?:but|though|however|although|except)\b")

REFLECTIVE_FRAME = rx(
    r"\b(?:sounds|sound|seems|seem)\s+like\b|\bit\s+sounds\b|\byou(?:\s+(?:seem|sound|feel|felt|were|"
    r"are|must|got|get|had|have|wanted|needed|mean|said|keep|kept|just|really)|'re|'ve|'d)\b",
    r"\bso\s+(?:you|your|it|the|he|she|they)\b|\bwhat\s+i(?:'m|\s+am)\s+hearing\b|\bi\s+hear\b|"
    r"\bif\s+i(?:'m|\s+am)\s+(?:hearing|getting)\b|\byou're\s+(?:saying|telling)\b|\bi\s+get\s+(?:that|it)\b|"
    r"\bi\s+can\s+tell\b|\bit's\s+like\b|\byour\b|\bwhen\s+(?:he|she|they|i|your)\b",
)

# A fuss pinned on the partner as their habit: "you're always stressing about money", "you say
# this every month". It misstates what they told (accuracy) and judges the feeling (validation).
FUSS_HABIT = re.compile(
    r"\byou(?:'re|\s+are)?\s+(?:always|constantly|forever)\s+(?:stressing|complaining|moaning|worrying|"
    r"whinging|whining|panicking|overreacting|freaking|kicking\s+off|going\s+on|getting\s+(?:worked|wound)"
    r"\s+up)\b|\byou\s+(?:say|do|said)\s+(?:this|that)\s+(?:every\s+(?:single\s+)?|all\s+the\s+)"
    r"(?:time|week|month|day)\b"
)

# "he always does this": an absolute pinned on someone's behaviour
ABSOLUTES = re.compile(
    # not "you never saw it coming" (the news was a surprise, not a habit of theirs)
    # (not the partner's own habit or grit: "you never gave up", "you're always the one who...")
    r"\b(?:he|she|they|your\s+\w+|everyone|everybody|nobody|no\s+one)(?:'s|'re)?\s+(?:always|never|"
    r"constantly|literally\s+never|literally\s+always)\b(?!\s+(?:saw|see)\s+(?:it|that|this)?\s*coming)|\bevery\s+(?:single\s+)?time\s+(?:he|she|"
    r"they)\b|\b(?:hates?\s+you|can't\s+stand\s+you)\b|"
    # one complaint swept into a charge they never made: "you feel like I never do anything"
    r"\byou\s+(?:feel|felt|think|thought|reckon|must\s+think|believe)\s+(?:like\s+|that\s+|as\s+if\s+)?i\s+"
    r"(?:never|always|don't\s+ever|do\s+nothing|don't\s+do\s+anything|don't\s+care\s+about\s+anything)\b|"
    + FUSS_HABIT.pattern
    # ...but a fuss pinned on them as their habit is (FUSS_HABIT)
)


# "he was your little buddy", "she's your best mate": someone they spoke of, described as theirs,
# not a person added
DESCRIBED_AS_THEIRS = re.compile(
    r"\b(?:he|she|they|it)(?:'s|\s+was|\s+is|\s+were|\s+are|'re)\s+(?:\w+\s+)?your\s+(?:[a-z'-]+\s+)?$"
)

# "my mum", "our neighbour": the listener's own people, not a fact about the partner's story
OWN_PERSON = re.compile(r"\b(?:my|our|i|i'm|i've|me)\s+(?:[a-z'-]+\s+)?$")

# "you're a good mum", "being a patient dad", "as a friend", "when you were only a kid", "feel like a
# rubbish mum": a role the partner holds, not a person added to their story
ROLE_OF_THEIRS = re.compile(
    r"\b(?:you're|you\s+are|you\s+were|being|as|to\s+be|such|like)\s+(?:(?:just|only|still|such)\s+)?"
    r"(?:a|an|the)\s+(?:[a-z'-]+\s+){0,2}$"
)

# the partner said it happens over and over ("always", "every", "he keeps borrowing it"): an
# absolute or "every single time" said back is theirs, not a distortion
ABSOLUTES_THEIRS = re.compile(
    r"\b(?:always|never|every|constantly|all\s+the\s+time|hates?|keeps|keep\s+on|kept)\b|"
    # "all of it sits in my head", "all of it is on me": the whole of it is theirs to say
    r"\ball\s+of\s+(?:it|them|that|this)\s+(?:is|was|sits|falls|lands|comes)\b|"
    r"\b(?:haven't|hasn't|not|never)\s+(?:had\s+)?(?:five|two|ten|a|one)\s+minutes?\b|"
    # "I didn't walk once", "not once did she ask": an absolute in its negative form
    r"\b(?:didn't|did\s+not|don't|haven't|hasn't|wasn't|not|without)\s+(?:\w+\s+){0,3}?once\b"
    r"(?!\s+(?:i|we|you|he|she|they|it|the|my|our|his|her|their|that|this)\b)"
)

# a large number said as a fact: "thousands in debt", "every single day", "40 texts", "countless
# times", "nonstop" (small counts are left alone: "two jobs" for covering for someone is a fair
# gist); the partner's own "a million times" said back is theirs
NUMBER = re.compile(
    r"\b(?P<n>\d{2,}|dozens|hundreds|thousands|millions|every\s+single|countless|"
    r"loads\s+of\s+times|a\s+million\s+times|nonstop|non-stop|round\s+the\s+clock)\b"
)

# capitalised words that name no one ("on Thursday", "in March", "at Christmas")
NOT_A_NAME = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december christmas easter eid diwali english "
    "okay yeah honestly well".split()
)

WORD_RX = re.compile(r"[a-z][a-z']*")
# words and numbers: what a reply may share with the partner's content
CONTENT_RX = re.compile(r"[a-z][a-z']*|\d+")

# acknowledgements that name no feeling: "I'm sorry", "I hear you", "you're right", "valid"
NO_FEELING_ACK = re.compile(
    r"^(?:(?:god|oh|oof|ah)\W+)?(?:i'?m\s+(?:so\s+|really\s+|very\s+|truly\s+)*sorry|i\s+hear\s+you|"
    r"you'?re\s+(?:so\s+|completely\s+|absolutely\s+)?right|.*\bvalid\b)",
    re.IGNORECASE,
)
# "I'd be <x>" without "too": the listener's own lot ("I'd be stuck here"), not their feeling
OWN_WOULD = re.compile(r"^i'?d\s+be\b(?!.*\b(?:too|as\s+well|same)\b)", re.IGNORECASE)
# a word that opens the reply's sentence as a form of address ("Mate, ...", "Love, ..."): with
# nothing before it but an interjection, it names the partner, not someone new
VOCATIVE = re.compile(r"[a-z]+\s*,", re.IGNORECASE)
# what may come before a form of address at a sentence's start: "Aw", "Oh", "Och", "Hey"
INTERJECTION_LEAD = re.compile(
    r"\s*(?:aw+|oh+|ah+|och|ach|eh|hey|oi|ok|okay|right|well|yeah|god|gosh|jeez)\s*,?\s*",
    re.IGNORECASE,
)


# a feeling said not to be there, just before it: "I'm not mad", "never really angry", "didn't
# feel..." (a possessive is not part of a denial: "didn't cause my anxiety" owns the anxiety).
# One predicate for the partner's denial and for a reply that denies it with them.
DENIED_BEFORE = re.compile(
    # (not "can't stop crying", "couldn't help laughing": those insist on it; nor "trying not
    # to cry", "did my best not to panic": holding it back is having it)
    r"(?<!trying\s)(?<!tried\s)(?<!best\s)(?<!hard\s)\b(?:not|never|no\s+longer|\w+n't)\s+(?!(?:stop|help)\b)"
    r"(?:(?!(?:my|your|his|her|their|our)\b)[a-z']+\s+){0,2}$"
)

# the partner's own plain denial, first person or bare "not": "I'm not even angry", "not cross,
# just sad" (not "I can't stop crying", "I didn't want to worry you")
DISOWNED_BEFORE = re.compile(
    r"\b(?:i'm\s+not|i\s+am\s+not|i\s+wasn't|i\s+was\s+not|i\s+don't\s+feel|i\s+didn't\s+feel|i\s+never\s+"
    r"felt|it's\s+not\s+that\s+i'm|not)\s+(?:even\s+|really\s+|actually\s+|that\s+|so\s+|just\s+)*$"
)

# a feeling the reply says has passed, as they did: "the anger has gone", "the anger's over"
GONE_AFTER = re.compile(
    r"\s*(?:(?:has|'s|is|was)\s+)?(?:all\s+)?(?:gone|passed|faded|burnt\s+out|died\s+down)\b|"
    r"\s*(?:has|'s|is|was)\s+(?:all\s+)?over\b|"
    r"\s*(?:isn't|is\s+not|wasn't)\s+(?:there|the\s+point|what\s+it's\s+about)\b"
)

# a feeling the reply sets aside by comparison, as they did: "more confusion than anger"
SET_ASIDE = re.compile(r"\b(?:than|rather\s+than|instead\s+of)\s+(?:\w+\s+)?$")

# their own reading of someone said back as theirs: "you think she's jealous", "you wonder if
# he's stalling". Not text.theirs_ranges: "so you think I'm useless" is a hostile restatement
# the hijacking detectors must still read, so only the motive detector skips these.
THEIR_READING = re.compile(
    r"\byou(?:'re|\s+are)?\s+(?:\w+\s+){0,2}?(?:think|thinking|reckon|suspect|feel\s+like|wonder(?:ing)?\s+"
    r"(?:if|whether)|worry|worried|worry\s+that|sense|fear)\s+(?:that\s+)?$"
)

# An echo offered as a reflection: opened with "so" / "sounds like", or asked back ("So, you want
# your son to have more than you had?"), not their sentence handed back bare.
CHECKED_BACK = re.compile(
    r"^\W*(?:(?:okay|ok|right|mm+|mhm|yeah)\W+)*(?:so|sounds\s+like|it\s+sounds\s+like|"
    r"what\s+i'm\s+hearing|you're\s+saying|if\s+i'm\s+hearing)\b|\?\s*$"
)
# "feels impossible", "I feel unimportant": the word after a verb of feeling is a feeling, even
# one the lexicon lacks
FELT_WORD = re.compile(
    r"\bfe(?:el|els|lt|eling)\s+(?:so\s+|really\s+|a\s+bit\s+|totally\s+)?(?!like\b|as\b|that\b)"
    r"([a-z]{4,})"
)

# "furious with yourself" to someone who calls themselves names: their anger, said back
AT_YOURSELF = re.compile(r"\s+(?:with|at)\s+yourself\b")
# a name they call themselves in their own voice ("Idiot. Complete idiot.", "I'm such a fool";
# not "he called me an idiot", "the printer is useless"), or the self-blame statement.py reads
SELF_REPROACH = re.compile(
    r"(?:^|[.!?]\s*)(?:what\s+an?\s+|such\s+an?\s+|complete\s+|total\s+|absolute\s+|utter\s+)?"
    r"(?:idiot|eejit|muppet|numpty|moron|fool|dumbass|dummy)\b|"
    r"\bi(?:'m|\s+am|\s+was|\s+feel\s+like|\s+felt\s+like)\s+(?:such\s+an?\s+|a\s+complete\s+|"
    r"a\s+total\s+|an?\s+|so\s+|really\s+)?(?:idiot|stupid|useless|pathetic|moron|muppet|eejit|"
    r"numpty|fool|dumbass)\b|(?:^|[.!?]\s*)my\s+(?:own\s+)?fault\b|" + S.SELF_BLAME.pattern
)
