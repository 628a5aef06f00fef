"""Not fixing, in everyday words: advice that wears no "should" (information that pushes a step,
the listener's own remedy, a softened proposal, a future-plan question, an offer to take the task
over), spoken fillers inside advice, and the look-alikes that stay clear (a sound like "hang on",
a need or a wish said back, telling someone how to take it, which is validation's cost).

Matched on normalised text (see text.py); the detectors in detectors/fixing.py decide where.
"""

from __future__ import annotations

import re

from trainer.grading.offline.patterns import rx
from trainer.grading.offline.patterns.fixing import DISCOURSE

# Spoken fillers inside a clause ("you could, um, like, ask him"): blanked before the advice
# patterns run, so the modal and its verb meet again. Words that carry meaning elsewhere ("like",
# "you know", "I mean") count as fillers only between commas.
SET_OFF_FILLERS = re.compile(
    r"(?:,\s*(?:you\s+know|like|i\s+mean|sort\s+of|kind\s+of|basically|honestly|again)\s*)+,"
)
# A repeated word after a stutter ("you'd like to-to work on"): the first copy is blanked.
STUTTER = re.compile(r"\b([a-z']+)-+\s*(?=\1\b)")
BARE_FILLERS = re.compile(r"(?:,\s*)?\b(?:u+m+|u+h+m*|e+r+m*|er|ah+|hmm+|mm+)\b(?:\s*,)?")

# Resources a suggestion points at ("what about a walking group?", "there are apps for that").
RESOURCES = (
    r"(?:apps?|groups?|resources|services|courses?|classes|books?|websites?|sites?|podcasts?|videos?|"
    r"programs?|programmes?|charities|charity|helplines?|hotlines?|forums?|therapy|therapists?|"
    r"counsel+ing|counsel+ors?|coach(?:es|ing)?|tools|clubs?|meetings?)"
)

# Advice that names no action word a modal would carry: facts and others' experience offered as
# the step to take, the listener's own remedy, softened proposals.
ADVICE = rx(
    # information that pushes an action: "X has been shown to help", "X makes a real difference"
    r"\b(?:has|have)\s+been\s+(?:found|shown|proven|proved)\s+to\s+(?!be\s+(?:bad|harmful|useless)\b)[a-z]+",
    r"\bthere\s+are\s+(?:some\s+|lots\s+of\s+|loads\s+of\s+|so\s+many\s+|many\s+|plenty\s+of\s+|a\s+lot\s+of\s+)?"
    rf"(?:[a-z]+\s+){{0,2}}{RESOURCES}\b",
    r"\b(?:lots\s+of|so\s+many|many|a\s+lot\s+of|most|some|plenty\s+of)\s+(?:people|parents|couples|"
    r"folks|families|women|men|mums|moms|dads)\s+(?:find|found|say|swear\s+by|have\s+found|recommend)\b"
    r"[^.?!]{0,80}\b(?:helps?|helped|works?|worked|useful|helpful|effective|a\s+difference|great)\b",
    r"\b(?:people|couples|parents|folks)\s+swear\s+by\b|\bone\s+thing\s+(?:that\s+)?[^.?!]{0,30}"
    r"\bswear\s+by\b",
    r"\bis\s+(?:usually\s+|often\s+|always\s+|generally\s+)?(?:way\s+|much\s+|a\s+lot\s+|so\s+much\s+)?"
    r"(?:cheaper|quicker|faster|easier)\b",
    r"\b(?:is|are)\s+(?:a\s+|an\s+)?(?:really\s+|very\s+|super\s+)?(?:great|good|brilliant|useful|helpful)\s+"
    r"(?:app|site|website|book|resource|article|podcast|video|course|class|group|option|tool)s?\b",
    r"\b(?:has|have)\s+(?:a|some)\s+(?:really\s+)?(?:good|great|useful|helpful)\s+(?:article|articles|"
    r"video|videos|guide|guides|tips|resources|advice)\b",
    r"\b(?:it's|it\s+is|it\s+would\s+be|it'd\s+be)\s+(?:much\s+|way\s+|a\s+lot\s+|so\s+much\s+|far\s+|more\s+)?(?:better|"
    r"smarter|wiser|easier)\s+(?:to\s+(?!be\b|feel\b)[a-z]+|[a-z]+ing)\b",
    r"\b(?:it|that|this)\s+(?:could|might|may|would)\s+(?:really\s+|also\s+|definitely\s+)?be\s+(?:worth|"
    r"a\s+good\s+idea|smart|wise|best)\s+(?:to\s+[a-z]+|[a-z]+ing)\b",
    r"\bthe\s+(?:more|less|simpler|sooner|earlier|fewer)\b[^.?!,]{0,30},?\s+the\s+better\b",
    r"\bi(?:'d|\s+would)\s+be\s+(?:really\s+|so\s+)?(?:happy|glad|thrilled)\s+if\s+(?:you|u)\s+(?:wanted|want|"
    r"wanna|would|'d|could|tried|gave)\b",
    r"\b(?:something|anything)\s+(?:that\s+)?(?:you|u)(?:'d|\s+would)\s+be\s+(?:willing|up\s+for|open|keen|"
    r"happy)\s+(?:to\s+)?try",
    r"\bi(?:'d|\s+would)\s+hate\s+(?:to\s+see\s+you|for\s+you\s+to)\s+(?!feel\b|be\s+(?:hurt|sad|alone)\b)[a-z]+",
    r"\b(?:maybe|perhaps)\s+(?:[a-z'\"]+\s+){0,3}is\s+the\s+(?:right|best)\s+(?:path|way|choice|option|move|call)\b",
    r"\b(?:you|u)\s+(?:do\s+not|don't)\s+need\s+(?:a|an|another)\s+(?!lecture|speech|sermon|fix|solution|"
    r"reminder|list|reason|excuse|label|word)[a-z]+",
    # a step with its promised outcome: "once you talk to him...", "if you book it ahead..."
    r"\b(?:once|if|when)\s+(?:you|u)\s+(?:just\s+)?(?:arrange|set\s+up|book|schedule|sign\s+up|make\s+(?:a\s+)?"
    r"plans?)\b|\bonce\s+(?:you|u)\s+(?:just\s+)?(?:talk|ask|tell|speak|explain|apply|call|reach\s+out)\b",
    # a way of doing things named as the thing that helps: "how helpful a walk can be",
    # "you two talking it over would show him", "keeping a diary will help"
    r"\bhow\s+(?:helpful|useful|important|effective)\s+[a-z]+ing\b",
    r"\b(?:you|u)(?:\s+guys|\s+two|\s+both)\s+(?!feeling|being)[a-z]+ing\b[^.?!]{0,50}\b(?:would|will|could|"
    r"might)\s+(?:really\s+)?(?:show|help|make|let)\b",
    # a step sold by its benefit: "that'll take your mind off it", "the class will help a lot"
    r"\b(?:it|that|this|which)(?:'ll|\s+will|\s+would|'d|\s+could|\s+might|\s+can)\s+(?:really\s+|also\s+|"
    r"definitely\s+)?(?:give\s+you\s+something\s+to|take\s+your\s+mind\s+off|keep\s+you\s+(?:busy|occupied|"
    r"distracted)|get\s+your\s+mind\s+off)\b|\b(?:will|'ll)\s+(?:really\s+)?help\s+(?:out\s+)?a\s+lot\b",
    # the listener's own remedy, offered as the answer
    r"\bi\s+(?:always\s+|usually\s+|really\s+)?like\s+to\s+(?:just\s+)?(?:breathe?|relax|walk|meditate|stretch|"
    r"journal|unwind|take\s+a)\b",
    r"\bthat's\s+what\s+(?:i|we)\s+(?:always\s+|usually\s+)?do\b",
    r"\bi\s+(?:also\s+|always\s+|usually\s+)?(?:drink|take|use|do|try|listen\s+to|watch|read)\s+[^.?!,]{1,30}\s+"
    r"to\s+(?:calm|relax|help|ease|manage|cope|unwind|de-?stress|sleep|clear)\b",
    r"\bwhat\s+(?:really\s+|always\s+|actually\s+)?(?:helped|helps|worked|works)\s+(?:for\s+)?(?:me|us)\b",
    r"\b(?:it|that|this)\s+(?:has\s+)?(?:really\s+|always\s+|honestly\s+)?(?:helped|helps)\s+(?:me|us)\s+"
    r"(?:a\s+lot\s+|so\s+much\s+|loads\s+)?(?:to|when|with)\b",
    r"\bi\s+(?:always\s+|really\s+)?find\s+(?:that\s+)?(?:[a-z]+ing|it\s+helps)\b[^.?!]{0,60}\b(?:helps?|works?|"
    r"useful|helpful|great\s+for|a\s+difference)\b",
    # a softened proposal: "maybe a rota would take the load off", "perhaps you might mention it"
    r"\b(?:maybe|perhaps)\s+(?!a\s+(?:little\s+)?(?:part|bit)\s+of\s+you)(?:a|an|some)\s+[^.?!,]{1,40}\b(?:would|could|"
    r"might|will)\s+(?:really\s+)?(?:help|take|make|ease|give|work|fix|sort|solve|do\s+the\s+trick|"
    r"be\s+(?:good|worth|a\s+good\s+idea|nice|helpful|useful))\b",
    r"\b(?:maybe|perhaps)\s+(?:you|u)\s+(?:might|may)\s+(?!be\b|feel\b|have\s+(?:been|felt|had|thought)\b|not\b|"
    r"think\b|wonder|need\s+(?:me|time|space)|still\b|also\s+feel|already\b|even\b)[a-z]+",
)

# A sentence led by a way of doing things that "will help" or "will let" ("Keeping a diary, even
# a short one, will help"): information that pushes the step. A question ("having less wine in
# the house will help?") checks their own idea and is left alone by the detector.
GERUND_HELPS = re.compile(
    r"(?:^|(?<=[.;!]\s))\s*(?!(?:some|any|every|no)thing|morning|evening|being|during|feeling|nothing)[a-z]+ing\b"
    r"(?:\s+(?:and|or)\s+[a-z]+ing)?\b[^.?!]{0,80}\b(?:will|can|could|would|might|may)\s+(?:really\s+)?"
    r"(?:help|let\s+(?:you|the|them|it)|allow|ease|improve|make\s+it\s+easier)\b"
)

# "Give it a chance", "give yourself a break": advice wherever it stands, unless a subject or an
# auxiliary comes first ("she won't give him a chance" is a report). Checked in the detector.
GIVE_A_CHANCE = re.compile(
    r"\bgive\s+(?:other|another|yourself|yourselves|each\s+other|it|him|her|them|things|someone|somebody)\s+(?:[a-z]+\s+)?(?:a\s+|some\s+)?"
    r"(?:chance|try|shot|go|break|time|rest|breather|space|(?:night|day|weekend|evening)\s+off)\b"
)
SUBJECT_BEFORE = re.compile(
    r"\b(?:i|you|u|he|she|they|we|it|who|to|will|would|could|can|should|won't|wouldn't|didn't|don't|"
    r"doesn't|never|'ll|'d|might|may|must|not|cannot|can't)\s+(?:\w+\s+)?$"
)

# Questions after the fix or a plan: "what would help you?", "are you going to tell him?",
# "what's one thing you'd like to work on?", "have you heard of...?".
SOLUTION_QUESTION = rx(
    r"\bwhat\s+(?:do\s+(?:you|u)\s+think\s+)?(?:would|could|might|will|can)\s+(?:really\s+|maybe\s+)?help\b"
    r"(?![^?.!]*\bfrom\s+me\b)(?!\s+me\b)",
    r"\b(?:are|r)\s+(?:you|u)\s+(?:going\s+to|gonna|planning\s+(?:to|on)|thinking\s+(?:of|about)|"
    r"about\s+to)\s+(?:just\s+|actually\s+|finally\s+)?(?:say|tell|talk|ask|call|ring|text|email|message|"
    r"confront|leave|quit|report|raise|bring|speak|apply|look|try|write|mention|break|end|do\s+"
    r"(?:something|anything)|sign|book|move|cancel|see\s+(?:a|someone|somebody|the))",
    r"\bwhat(?:'s|\s+is)\s+(?:one\s+(?:small\s+)?(?:thing|step|change)|something|a\s+(?:small\s+)?(?:thing|step)|"
    r"the\s+(?:first|one)\s+thing)\s+(?:that\s+)?(?:you|u|we)\s+(?:could|can|might|would\s+like\s+to|'d\s+like\s+to|"
    r"want\s+to|'d\s+want\s+to)\s+(?:do|try|work|change|start|stop|cut)\b",
    r"\b(?:you|u|we)(?:'d|\s+would)\s+(?:like|want|be\s+willing|be\s+up\s+for)\s+to\s+(?:work\s+on|change|"
    r"try|start|stop|cut)\b",
    r"\b(?:going|moving)\s+forward\b",
    r"\bhave\s+(?:you|u)\s+(?:ever\s+)?heard\s+of\b|\bare\s+(?:you|u)\s+familiar\s+with\b",
    rf"\bwhat\s+about\s+(?:[a-z]+\s+){{0,2}}{RESOURCES}\b",
    r"\b(?:does|would|could)\s+(?:that|it|this)\s+appeal\s+to\s+(?:you|u)\b|\bis\s+(?:that|it|this)\s+appealing\b",
)

# The listener offering to take the task over: a plan, before the feeling is heard.
OFFERS = rx(
    # "let's <step>"; not a look at what they said ("let's unpack that"), a hope, or "he let's"
    r"(?<!\bone\s)(?<!\bhe\s)(?<!\bshe\s)(?<!\bit\s)(?<!\bwho\s)(?<!\bthat\s)\blet's\s+(?!talk|reflect|recap|"
    r"summari[sz]e|see|think|slow|sit|calm|relax|take\s+a|back\s+up|pause|be\b|not\b|just\s+(?:listen|sit|be)|go\s+back|"
    r"hear|start\s+with\s+(?:what|how)|say|stay|breathe|rewind|hope|pray|face\s+it|explore|unpack|dig|"
    r"look\s+at\s+(?:that|this|what|how|why)|check\s+(?:that|it|this)\s+out|understand)[a-z]+",
    r"\bi(?:'d|\s+would|'m|\s+am)\s+(?:be\s+)?(?:really\s+|more\s+than\s+)?(?:happy|glad|willing|keen)\s+to\s+"
    r"help\s+(?:you\s+)?(?!through\b|understand\b|listen\b)[a-z]+",
)

# A sound that opens a reply ("hang on", "wait", "hold on"): surprise or protest, not advice.
INTERJECTION_START = re.compile(
    rf"^{DISCOURSE}(?:hang\s+on|hold\s+on|hold\s+up|wait(?:\s+a\s+(?:sec|second|minute|moment))?|"
    r"come\s+on|steady\s+on)\b(?!\s+(?:for|until|till|to\s+(?:see|hear)|and\s+see|it\s+out|a\s+(?:day|"
    r"week|few|couple)))"
)

# Telling them how to take it ("don't take it so personally", "calm down"): the rubric calls this
# minimizing or arguing with the feeling, validation's cost; it proposes no course of action.
HOW_TO_FEEL = re.compile(
    rf"^{DISCOURSE}(?:(?:don't|do\s+not|try\s+not\s+to)\s+(?:take\s+(?:it|this|that|things)\s+(?:so\s+|too\s+)?"
    r"(?:personally|to\s+heart|seriously|so\s+hard)|be\s+(?:so\s+|too\s+)?(?:sensitive|dramatic|touchy|"
    r"precious|offended)|get\s+(?:so\s+|too\s+)?(?:worked\s+up|wound\s+up|upset|offended))|"
    r"(?:calm|settle)\s+down|lighten\s+up|chill(?:\s+out)?|don't\s+start(?:\s+with\s+me)?)\b"
)

# What they need of the listener: "you need me to just notice" (not "you need to just...").
WANTED_OF_LISTENER = (
    r"\b(?:you|u)\s+(?:really\s+|just\s+)?(?:need|needed|expect|expected)\s+(?:me|us)\s+to\b"
)

# A need or a wish said back ("you'd love a night where you can switch off"): a modal later in
# the same clause continues the wish and is not advice.
THEIR_WISH = re.compile(
    r"\b(?:you|u)(?:'d|\s+would)?\s+(?:really\s+|just\s+|so\s+)?(?:love|like|wish|wished|want|wanted|hope|"
    r"hoped|long|longed|crave|dream|were\s+hoping|'re\s+hoping|are\s+hoping)\b|\bpart\s+of\s+you\b|"
    r"\bif\s+only\b|" + WANTED_OF_LISTENER
)

# "you need to be able to rely on me": the partner's need of the listener, not an instruction.
NEED_OF_LISTENER = re.compile(
    r"^(?:you|u)\s+(?:really\s+|just\s+)?(?:need|needed)\s+to\s+(?:be\s+able\s+to\s+|know\s+(?:that\s+)?"
    r"you\s+can\s+)?(?:count|rely|depend|lean|trust)\b(?:\s+on)?\s+(?:me|us)\b"
)

# An imperative that opens a later clause ("I know it's stressful, write it all down"): the verbs
# that name a step, followed by what the step acts on. Verbs whose past looks the same ("put",
# "set", "cut", "quit") are left out: "I was laid up for weeks, put on a stone" is a story.
CLAUSE_IMPERATIVE = re.compile(
    rf"(?:[,;:]|\bso|\band\s+then|\bthough)\s+{DISCOURSE}(?:just\s+)?(?:go\s+and\s+|try\s+and\s+|try\s+to\s+)?"
    r"(?:write|ring|call|text|email|message|book|ask|tell|block|delete|grab|buy|sign|apply|look\s+for|"
    r"look\s+into|search|google|download|join|make\s+(?:a|an|some)|start|stop|leave|talk\s+to|"
    r"speak\s+to|reach\s+out|switch|send|use|try(?!\s+(?:that|this|it)\b)|"
    r"get\s+(?:a|an|some|yourself|him|her|them)|"
    r"find|check\s+out|plan|schedule|cancel|report|confront|visit|invite|give\s+(?:him|her|them|it|yourself)|"
    r"take\s+(?:a|an|some|him|her|them)|go\s+(?:for|to|out|and|see)|focus\s+on)\s+"
    r"(?!me\b|us\b|my\b|you\s+(?:feel|felt|think)\b)"
)
