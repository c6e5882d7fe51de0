"""Markup -> BeautifulSoup tree, with the lxml parser, built for reading.

Building the tree is nearly half of an HTML page's extraction time, nearly all of it
BeautifulSoup's Python handling of each element lxml reports. The builder here does
only what an HTML page needs: lxml's HTML parser reports no namespaces, so each
element's attributes are handed on as they come instead of copied twice more and
searched for namespace prefixes; comments, which nothing reads, are not kept; nor is the
white space that only lays out the markup (between a list's items, a table's rows, in the
head, between blocks, closing a block): over half of a page's strings.
"""
from __future__ import annotations

import re
import warnings

from bs4 import BeautifulSoup, XMLParsedAsHTMLWarning
from bs4.builder import LXMLTreeBuilder
from bs4.element import AttributeDict

from .tree import BLOCK_TAGS

_SELF_CLOSED_SCRIPT = r"(<script\b[^>]*?)\s*/>(?=\s*[^\s<])"
_SELF_CLOSED_SCRIPT_TEXT = re.compile(_SELF_CLOSED_SCRIPT, re.I)
_SELF_CLOSED_SCRIPT_BYTES = re.compile(_SELF_CLOSED_SCRIPT.encode(), re.I)

#: Elements whose own text a browser never shows: white space in them only lays out the markup
_TEXTLESS = frozenset({"html", "head", "ul", "ol", "dl", "table", "thead", "tbody", "tfoot", "tr", "select",
                       "colgroup"})
#: Blocks whose white space a browser collapses (not preformatted text's)
_SPACED_BLOCKS = frozenset(BLOCK_TAGS - {"pre"})


class _HTMLTreeBuilder(LXMLTreeBuilder):
    """BeautifulSoup's lxml HTML builder without its namespace handling, which HTML lacks."""

    def start(self, tag, attrib, nsmap=None):   # lxml's signature; HTML brings no namespace map
        # the element copies the attributes into its own dict: no copy here. An element
        # without any comes with lxml's empty mapping, which the element would read through
        # the abstract Mapping's methods in Python: None says "none" at once
        self.soup.handle_starttag(tag, None, None, attrib or None, namespaces=self.active_namespace_prefixes[-1])

    def end(self, tag):
        if tag in _SPACED_BLOCKS and _only_space(self.soup.current_data):
            self.soup.current_data.clear()   # white space closing a block lays out the markup too
        self.soup.endData()
        self.soup.handle_endtag(tag, None)

    def data(self, content):
        if not (content.isspace() and _lays_out(self.soup)):
            self.soup.handle_data(content)

    def comment(self, text):
        """Dropped: the text on either side of a comment reads as one."""


def _only_space(pieces: list[str]) -> bool:
    return bool(pieces) and all(piece.isspace() for piece in pieces)


def _lays_out(soup: BeautifulSoup) -> bool:
    """Whether white space arriving now only lays out the markup: in an element that holds no
    text, or in a block before its first child or after a block. Not when it ends a text still
    being read ("Ann " before "<b>Lee</b>"), nor in preformatted text."""
    if soup.current_data:
        return False
    parent = soup.currentTag
    if parent.name in _TEXTLESS:
        return True
    if parent.name not in _SPACED_BLOCKS:
        return False
    return not parent.contents or getattr(parent.contents[-1], "name", None) in BLOCK_TAGS


def parse(html: str | bytes) -> BeautifulSoup:
    html = _reopened_scripts(html)
    with warnings.catch_warnings():
        # XHTML served as HTML parses fine as HTML; the warning would only reach the user's terminal
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        # class values kept as one string: splitting every element's classes into lists was
        # a tenth of parsing, and the walk reads them as words anyway. A plain attribute dict:
        # the lxml builder's default one converts each value in Python, for values that from
        # lxml are always strings already (another tenth of parsing)
        builder = _HTMLTreeBuilder(multi_valued_attributes=None, attribute_dict_class=AttributeDict)
        return BeautifulSoup(html, builder=builder)


def _reopened_scripts(html: str | bytes) -> str | bytes:
    """``<script .../>`` with code right after it, opened again: in HTML the slash closes
    nothing and the code runs to ``</script>``, but lxml closes the element at the slash and
    the code would become page text, in the body."""
    if isinstance(html, str):
        return _SELF_CLOSED_SCRIPT_TEXT.sub(r"\1>", html)
    return _SELF_CLOSED_SCRIPT_BYTES.sub(rb"\1>", html)
