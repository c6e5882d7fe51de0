"""The text of a page's ``<h1>`` as readers see the headline in it.

News sites put more than the headline in the headline element: a kicker (overline,
"Dachzeile") above it, a section link, a byline and date below it, labels hidden for
screen readers. ``<h1><span class="kicker">Climate</span><span class="sr-only">: </span>
<span>Drilling until it gets hot</span></h1>`` read whole is "Climate: Drilling until it
gets hot"; readers see two lines, and the headline is the second. So the element is cut
into the lines it shows (block children and ``<br>`` break lines, unless after a colon;
hidden text is not shown; a separator hidden from sight ends a kicker; page furniture by class name, such as
an author box, is not headline); kickers, named by class or ended by a hidden separator,
go; the longest line left is the headline. Sites styled from JavaScript name their classes
by hash (``css-1ftw2zb``) and put the rules in a ``<style>`` inside the heading; those rules
say which classes are hidden or set on a line of their own.
"""
from __future__ import annotations

import re
import unicodedata

from bs4 import NavigableString, Tag

from . import boilerplate
from .dates import dated_spans
from .tree import BLOCK_TAGS, attribute_text, attribute_words

_KICKER_HINT = re.compile(r"kicker|overline|dachzeile|spitzmarke|eyebrow|top-?line|roof-?line|"
                          r"(?:super|pre|over|top|sub)-?(?:title|headline|heading)|overhead|small|"
                          r"(?:^|[-_ ])label(?:$|[-_ ])", re.I)
_HIDDEN_HINT = re.compile(r"visually-?hidden|sr-only|screen-?reader|offscreen|invisible|a11y", re.I)
_CSS_RULE = re.compile(r"\.([\w-]+)\s*\{([^}]*)\}")
_CSS_HIDES = re.compile(r"clip\s*:\s*rect\(\s*0|display\s*:\s*none|visibility\s*:\s*hidden")
_CSS_BLOCK = re.compile(r"display\s*:\s*(?:block|flex)")


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
    hidden_classes, block_classes = _styled_classes(element)

    def end_line(kicker: bool = False) -> None:
        text = " ".join("".join(parts).split()).strip(" :|–—-")
        if text:
            lines.append((text, kicker))
        parts.clear()

    stack: list = [child for child in reversed(element.contents)]
    while stack:
        node = stack.pop()
        if isinstance(node, tuple):   # (was_kicker, own_line): the end of an element
            was_kicker, own_line = node
            if was_kicker or own_line:
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
        classes = set(attribute_words(node, "class")) if hidden_classes or block_classes else set()
        if _is_hidden(node, hint) or classes & hidden_classes:
            if "".join(parts).strip():   # a separator for screen readers: what came before is a kicker
                end_line(kicker=True)
            continue
        if hint and boilerplate.classify_attribute(hint) == "noise" and not _KICKER_HINT.search(hint):
            continue
        kicker = (node.name == "small" or bool(_KICKER_HINT.search(hint))) and not kicker_depth
        own_line = node.name in BLOCK_TAGS or bool(classes & block_classes)
        if kicker or own_line:
            end_line()
        kicker_depth += kicker
        stack.append((kicker, own_line))
        stack.extend(reversed(node.contents))
    end_line()
    return lines


def _is_hidden(node: Tag, hint: str) -> bool:
    return str(node.get("aria-hidden", "")).lower() == "true" or bool(_HIDDEN_HINT.search(hint))


def _styled_classes(element: Tag) -> tuple[set[str], set[str]]:
    """(hidden, block) class names that ``<style>`` elements inside the heading declare."""
    hidden: set[str] = set()
    block: set[str] = set()
    for style in element.find_all("style"):
        for name, declarations in _CSS_RULE.findall(style.get_text()):
            if _CSS_HIDES.search(declarations):
                hidden.add(name)
            elif _CSS_BLOCK.search(declarations):
                block.add(name)
    return hidden, block


_BRACKET_PAIRS = {"(": ")", "[": "]", "{": "}"}


def without_markers(headline: str) -> str:
    """The headline without the symbols some sites print before it: "[> Jens Weber", "■ Markets".

    Symbols and dashes go, and an opening bracket that nothing closes; quotes, "¿", "¡",
    "#" and a bracket that closes ("[Update] …") are part of the headline.
    """
    start = 0
    while start < len(headline):
        char = headline[start]
        category = unicodedata.category(char)
        unclosed = category == "Ps" and _BRACKET_PAIRS.get(char, "") not in headline[start + 1:]
        if not (char.isspace() or category in {"Sm", "So", "Pd"} or char in "•·‣" or unclosed):
            break
        start += 1
    return headline[start:]


def without_leading_date(headline: str) -> str:
    """The headline without the day some sites print before it, set off by a dash, a bar or a
    colon ("23.01.2022 - Dorothea Wierer darf jubeln"): the date is a field of its own. A year or
    a month alone ("2022 - the year in review") names what the story is about, and stays."""
    spans = dated_spans(headline[:40])
    if not spans or spans[0][0] != 0:
        return headline
    rest = _DATE_SEPARATOR.match(headline, spans[0][1])
    return headline[rest.end():] if rest is not None and len(headline[rest.end():].split()) >= 2 else headline


_DATE_SEPARATOR = re.compile(r"\s*[-–—|:]\s+")
