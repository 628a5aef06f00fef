"""Read in the partner's statement, not the reply: are they upset with the listener, and did
they ask for advice (then advice is what they asked for)?
"""

from __future__ import annotations

from trainer.grading.offline.patterns import rx

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
