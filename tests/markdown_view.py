"""What a markdown string given to Streamlit shows a reader, judged by an independent CommonMark
parser (markdown-it-py, with the extras Streamlit's renderer has: GFM strikethrough and tables,
$ and $$ maths) plus the rewrites Streamlit's frontend applies to text nodes *after* parsing,
where a backslash no longer protects anything. The rewrite patterns are copied from Streamlit
1.67's frontend bundle (StreamlitMarkdown: material icons, the logo, emoji shortcodes,
typography; mdast-util-gfm-autolink-literal: bare URLs and e-mail addresses)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.dollarmath import dollarmath_plugin

_MD = (
    MarkdownIt("commonmark")
    .enable(["table", "strikethrough"])
    .use(dollarmath_plugin, double_inline=True)
)
_TEXT = {"text", "softbreak", "hardbreak"}
WORD_JOINER = "\u2060"  # invisible; what the pages put where Streamlit would rewrite text
STREAMLIT_REWRITES = {
    "material icon": re.compile(r":material_(\w+):"),
    "streamlit logo": re.compile(r":streamlit:"),
    "emoji shortcode": re.compile(r":[\w+-][\w_+-]*:"),
    "url autolink": re.compile(r"(https?://|www(?=\.))[-.\w]+", re.IGNORECASE),
    "e-mail autolink": re.compile(r"[-.\w+]+@[-\w]+(?:\.[-\w]+)+"),
    "typography": re.compile(r"(^|\s)(<->|->|<-|--|>=|<=|~=)(\s|$)"),
}


@dataclass
class View:
    """Runs of plain text (what a reader sees between formatting), and what formatted."""

    runs: list[str] = field(default_factory=list)
    formatting: list[Token] = field(default_factory=list)
    rewrites: list[str] = field(default_factory=list)

    def shows(self, literal: str) -> bool:
        """`literal` appears as plain text, in one run, with nothing formatted inside it."""
        return any(literal in run.replace(WORD_JOINER, "") for run in self.runs)


def view(markdown: str) -> View:
    out = View()
    # Streamlit's own first step, on the source (icons are then looked up in text nodes).
    source = markdown.replace(":material/", ":material_")
    run: list[str] = []
    for block in _MD.parse(source):
        children = block.children or []
        if block.type not in {"inline", "paragraph_open", "paragraph_close"}:
            out.formatting.append(block)
        for tok in children:
            if tok.type in _TEXT:
                run.append(tok.content if tok.type == "text" else "\n")
                continue
            out.formatting.append(tok)
            out.runs.append("".join(run))
            run = []
        out.runs.append("".join(run))
        run = []
    for text in out.runs:
        for name, pattern in STREAMLIT_REWRITES.items():
            if pattern.search(text):
                out.rewrites.append(f"{name}: {text!r}")
    return out


def shown(markdown: str) -> str:
    """The text a reader sees, formatting dropped (for asserting on a page's words)."""
    return "".join(view(markdown).runs).replace(WORD_JOINER, "")
