"""What the partner says of their own feelings: the ones they name, and the ones they deny
("I'm not mad, I'm worried"). Split from accuracy.py, which judges the reply's feeling by them."""

from __future__ import annotations

import re

from trainer.grading.offline.detectors.context import Ctx, Hit
from trainer.grading.offline.feeling_matcher import felt_families, find_feelings
from trainer.grading.offline.feelings import Feeling, feelings_in
from trainer.grading.offline.patterns import accuracy as A
from trainer.grading.offline.patterns import statement as S


def stated_families(ctx: Ctx) -> set[str]:
    """The feelings they named themselves ("I still feel so sad"): anger said beside their point
    ("it makes you angry") for someone who named sadness or hurt is the rubric's wrong feeling."""
    return {
        f.family for f in feelings_in(ctx.stmt.text) if f.owner != "other" and f.kind == "feeling"
    }


def disowned(ctx: Ctx, family: str) -> bool:
    """They said in so many words they do not feel it: "I'm not even angry", "not cross, just sad";
    not when the hidden truth says they do ("I'm not angry anymore" from someone resentful)."""
    hidden = ctx.hidden
    if hidden and any(
        family in felt_families(w) for w in [*hidden.primary_feelings, *hidden.secondary_feelings]
    ):
        return False
    text = ctx.stmt.text
    return any(
        h.family == family and A.DISOWNED_BEFORE.search(text[max(0, h.start - 30) : h.start])
        for h in find_feelings(text)
    )


def denied_families(ctx: Ctx) -> tuple[set[str], set[str]]:
    """Feelings the partner says they do not have ("I'm not mad, I'm worried"), and those they
    say they have: "I'm not even cross" denies anger even when a "cross" counts elsewhere."""
    text = ctx.stmt.text
    denied: set[str] = set()
    affirmed: set[str] = set()
    for h in find_feelings(text):
        if h.kind == "feeling":
            before = text[max(0, h.start - 40) : h.start]
            if A.DENIED_BEFORE.search(before) and S.SOMEONE_SAID_BEFORE.search(before):
                continue  # "she said it's not a worry yet": someone else's verdict, not theirs
            said = denied if A.DENIED_BEFORE.search(before) else affirmed
            said.add(h.family)
    return denied, affirmed


def disowned_words(ctx: Ctx) -> set[str]:
    """The words of the feelings they disowned ("I'm not angry"): said back, such a word restates
    nothing of their point (it is the wrong feeling)."""
    text = ctx.stmt.text
    return {text[h.start : h.end] for h in find_feelings(text) if disowned(ctx, h.family)}


def names_disowned(ctx: Ctx, wrong: list[Hit], attributed: list[Feeling]) -> bool:
    """A wrong feeling named in the reply is one they disowned in so many words."""
    return any(
        w.start <= a.start < w.end and disowned(ctx, a.family) for w in wrong for a in attributed
    )


ANGER = frozenset({"anger", "frustration", "disgust"})
SAD = frozenset({"sadness", "hurt", "loneliness"})
LONELY = frozenset({"sadness", "loneliness"})
AFRAID = frozenset({"anxiety", "distress"})
_BLAMING = ANGER | {"disappointment"}

# someone wronged them: anger at it is theirs to feel ("he shouted at me till I cried")
WRONGED = re.compile(
    r"\bhow\s+dare\b|\bunfair\b|\bout\s+of\s+order\b|\bthe\s+nerve\b|\b(?:shouted|yelled|screamed|swore)\s+at\s+"
    r"me\b|\bhad\s+a\s+go\s+at\s+me\b"
)


_BLAME_REPORTED = re.compile(
    r"\bapparently\b|\baccording\s+to\b|\bblam(?:e|es|ed|ing)\s+me\b|\bpinn(?:ed|ing)\s+it\b"
)
# "angry at the director", "frustrated with your mum", "disappointed in management"
_AT_OTHER = re.compile(
    r"\s+(?:at|with|in)\s+(?!(?:yourself|you|u|your\s+own|myself|me|us|how|the\s+way|what|it)\b)[a-z]"
)


def blame_turned_outward(ctx: Ctx, named: list[Feeling], stated: set[str]) -> bool:
    """They blame themselves ("I let every one of them down", "I should never have left her")
    and every feeling the reply names for them is blame, one of it aimed at someone else ("you're
    furious with that nurse... anyone would be raging"): not their feeling. Not when they named
    anger of their own ("...and I'm furious with him")."""
    if not named or not S.SELF_BLAME.search(ctx.stmt.text) or stated & _BLAMING:
        return False
    if _BLAME_REPORTED.search(ctx.stmt.text):
        return False  # "apparently it's all my fault... he's been blaming me": their verdict
    aimed = [f for f in named if _AT_OTHER.match(ctx.resp.masked[f.end : f.end + 20])]
    return bool(aimed) and all(f.family in _BLAMING for f in named)
