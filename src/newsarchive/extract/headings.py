"""The text of a page's ``<h1>`` as readers see the headline in it.

News sites put more than the headline in the headline element: a kicker (overline,
"Dachzeile") above it, a section link, a byline and date below it, labels hidden for
screen readers. ``<h1><span class="kicker">Climate</span><span class="sr-only">: </span>
<span>Drilling until it gets hot</span></h1>`` read whole is "Climate: Drilling until it
gets hot"; readers see two lines, and the headline is the second. So the element is cut
into the lines it shows (block children and ``<br>`` break lines, unless after a colon;
hidden text is not shown; a separator hidden from sight ends a kicker; page furniture by class name, such as
an author box, is not headline); kickers, named by class or ended by a hidden separator,
go; the longest line left is the headline.
"""
from __future__ import annotations

import re

from bs4 import NavigableString, Tag

from . import boilerplate
from .tree import BLOCK_TAGS, attribute_text

_KICKER_HINT = re.compile(r"kicker|overline|dachzeile|spitzmarke|eyebrow|top-?line|roof-?line|"
                          r"(?:super|pre|over|top|sub)-?(?:title|headline|heading)|overhead|small|"
                          r"(?:^|[-_ ])label(?:$|[-_ ])", re.I)
_HIDDEN_HINT = re.compile(r"visually-?hidden|sr-only|screen-?reader|offscreen|invisible|a11y", re.I)


def heading_text(element: Tag) -> str:
    """The headline an ``<h1>`` shows: its longest visible line that is not a kicker."""
    lines = _visible_lines(element)
    kept = [text for text, kicker in lines if not kicker]
    if not kept:
        kept = [text for text, _ in lines]
    return max(kept, key=len) if kept else ""


def _visible_lines(element: Tag) -> list[tuple[str, bool]]:
    """(text, is_kicker) for each line the element shows, in order."""
    lines: list[tuple[str, bool]] = []
    parts: list[str] = []
    kicker_depth = 0

    def end_line(kicker: bool = False) -> None:
        text = " ".join("".join(parts).split()).strip(" :|–—-")
        if text:
            lines.append((text, kicker))
        parts.clear()

    stack: list = [child for child in reversed(element.contents)]
    while stack:
        node = stack.pop()
        if isinstance(node, tuple):   # (tag, was_kicker): the end of an element
            tag, was_kicker = node
            if was_kicker or tag.name in BLOCK_TAGS:
                end_line(kicker=was_kicker)
            kicker_depth -= was_kicker
            continue
        if isinstance(node, NavigableString):
            if type(node) is NavigableString:
                parts.append(str(node))
            continue
        if not isinstance(node, Tag) or node.name in {"script", "style", "time", "rt", "rp"}:
            continue
        if node.name == "br":
            if "".join(parts).rstrip().endswith(":"):   # "Dance at the depot: <br>All washed up": one headline
                parts.append(" ")
            else:
                end_line()
            continue
        hint = attribute_text(node)
        if _is_hidden(node, hint):
            if "".join(parts).strip():   # a separator for screen readers: what came before is a kicker
                end_line(kicker=True)
            continue
        if hint and boilerplate.classify_attribute(hint) == "noise" and not _KICKER_HINT.search(hint):
            continue
        kicker = (node.name == "small" or bool(_KICKER_HINT.search(hint))) and not kicker_depth
        if kicker or node.name in BLOCK_TAGS:
            end_line()
        kicker_depth += kicker
        stack.append((node, kicker))
        stack.extend(reversed(node.contents))
    end_line()
    return lines


def _is_hidden(node: Tag, hint: str) -> bool:
    return str(node.get("aria-hidden", "")).lower() == "true" or bool(_HIDDEN_HINT.search(hint))
