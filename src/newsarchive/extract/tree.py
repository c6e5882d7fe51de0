"""One walk over a parsed page: its text cut into blocks, and the elements later passes need.

BeautifulSoup searches (``find_all``) each walk the whole tree; a page needed
dozens of them. Here the tree is walked once, iteratively (pages may nest
100,000 deep), and everything the metadata, headline, date and body passes
look at is collected on the way: meta tags, JSON-LD, microdata, ``<time>``,
the title, class-hinted elements, and the text blocks with the facts the
content scorer needs (their tag, their container, their link text, whether
they sit inside page furniture).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from bs4 import BeautifulSoup, NavigableString, Tag

from . import boilerplate

#: never text: skipped with everything inside
SKIP = {"script", "style", "template", "svg", "math", "iframe", "object", "embed", "canvas",
        "video", "audio", "select", "option", "button", "input", "textarea", "title", "meta", "link", "img",
        "picture", "source", "map", "dialog", "head", "rt", "rp"}   # rt/rp: ruby readings, not text
#: page furniture by tag: its blocks are marked, not dropped (some sites put the story in an <aside>,
#: and some serve the whole page, or the story a script would render, inside <noscript>)
FURNITURE_TAGS = {"nav", "aside", "footer", "figure", "figcaption", "menu", "noscript", "address"}
NOISE_ROLES = {"navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alert",
               "menu", "menubar", "toolbar", "tablist"}
#: The heading tags, whose ids are anchors and whose text titles what follows.
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
BLOCK_TAGS = {"address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt", "fieldset",
              "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
              "li", "main", "nav", "noscript", "ol", "p", "pre", "section", "table", "tbody", "thead", "tfoot", "tr",
              "td", "th", "ul", "center", "summary", "caption", "body", "html"}
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_DATE_HINT = re.compile(r"date|time|publish|posted|updated|datum|fecha", re.I)
_DATELINE_HINT = re.compile(r"(?:^|[-_ ])(?:dateline|location)(?:$|[-_ ])", re.I)
_BYLINE_HINT = re.compile(r"byline|author|autor", re.I)
#: one search for the three: most class names hint at none of them
_ANY_HINT = re.compile("|".join(f"(?:{hint.pattern})" for hint in (_DATE_HINT, _DATELINE_HINT, _BYLINE_HINT)), re.I)


@dataclass(eq=False)
class Block:
    """A run of text between two block boundaries, with the element that holds it. Blocks are
    compared by identity: a page that repeats a paragraph has two blocks, at two places."""

    text: str
    tag: str
    owner: Tag
    link_chars: int = 0
    noisy: bool = False   # inside page furniture (by tag, role, class/id or visibility)

    @property
    def link_density(self) -> float:
        return self.link_chars / max(1, len(self.text))


@dataclass
class PageTree:
    blocks: list[Block] = field(default_factory=list)
    metas: list[Tag] = field(default_factory=list)
    json_ld: list[str] = field(default_factory=list)
    itemprops: list[Tag] = field(default_factory=list)
    times: list[Tag] = field(default_factory=list)
    date_hinted: list[Tag] = field(default_factory=list)
    dateline_hinted: list[Tag] = field(default_factory=list)
    byline_hinted: list[Tag] = field(default_factory=list)
    author_links: list[Tag] = field(default_factory=list)
    h1s: list[Tag] = field(default_factory=list)
    title: str = ""
    canonical: str = ""
    language: str = ""

    def block_holding(self, element: Tag) -> int | None:
        """The index of the block whose element is ``element`` or holds it."""
        for candidate in (element, *element.parents):
            index = self._block_index.get(id(candidate))
            if index is not None:
                return index
        return None

    @cached_property
    def _block_index(self) -> dict[int, int]:
        """Each block's index by its element's ``id``: built once per page, as the date checks
        ask where several ``<time>`` elements stand, once for each day they read."""
        return {id(block.owner): index for index, block in enumerate(self.blocks)}


_COMPONENT_NAMES = ("data-component", "data-testid")


def attribute_text(element: Tag) -> str:
    """The element's class words and id, one space apart (the hints are read from this), and the
    names that pages built of components give their parts instead (``data-component="byline-block"``,
    ``data-testid``). Read for every element of the page: the class value as the parser gives it, a
    string or a list.
    A heading's id is left out: it is the anchor a table of contents links to, spelt from the
    heading's words ("nav_nur_die_folie__1"), and names no role."""
    attrs = element.attrs
    if not attrs:
        return ""   # a fifth of a page's elements
    classes = attrs.get("class") or ""
    words = " ".join(classes if isinstance(classes, list) else classes.split())
    for name in _COMPONENT_NAMES:
        if name in attrs:
            words = f"{words} {attrs[name]}"
    return words if element.name in HEADINGS else f"{words} {attrs.get('id') or ''}".strip()


def attribute_words(element: Tag, name: str) -> list[str]:
    """The words of a space-separated attribute (``class``, ``rel``), whether the parser split
    it into a list or kept it as one string."""
    value = element.get(name) or ""
    return value if isinstance(value, list) else str(value).split()


def _is_furniture(element: Tag, hint: str, ignored: frozenset[str] = frozenset()) -> bool:
    """Furniture by its markup, or by its class/id (``ignored`` noise words left out). A class
    names a layout as often as a role: an element named like furniture that holds a story's worth
    of paragraphs is the story's wrapper ("contentw-aside", "st_menu_under", "print contentBox"),
    unless the name says the paragraphs are others' (comments, related stories, advertisements)."""
    if _is_layout_furniture(element):
        return True
    return bool(hint) and element.name not in {"body", "html", "main", "article"} \
        and boilerplate.classify_attribute(hint, ignored) == "noise" \
        and (boilerplate.names_others_texts(hint) or not _holds_a_story(element))


#: How much paragraph text, outside links, makes an element named like furniture a story's wrapper,
#: and in how many paragraphs at most it is looked for (a story reaches it in far fewer)
STORY_PROSE_CHARS = 1500
STORY_PARAGRAPHS = 100


def _holds_a_story(element: Tag) -> bool:
    """Whether an element holds a story's worth of paragraphs, outside links."""
    prose = 0
    for paragraph in element.find_all("p", limit=STORY_PARAGRAPHS):
        prose += _prose_chars(paragraph)
        if prose >= STORY_PROSE_CHARS:
            return True
    return False


def _prose_chars(paragraph: Tag) -> int:
    """A paragraph's length, when most of it stands outside links; else 0."""
    text = paragraph.get_text()
    return len(text) if sum(len(link.get_text()) for link in paragraph.find_all("a")) < 0.3 * len(text) else 0


def _is_layout_furniture(element: Tag) -> bool:
    """Furniture by what the markup says it is (its tag, its role) or hides, not by its class. A
    "tablist" that holds prose is an accordion, whose panels hold the story's sections (Bootstrap
    gives the whole accordion that role), not a row of tabs' names."""
    if element.name in FURNITURE_TAGS:
        return True
    attrs = element.attrs
    role = str(attrs.get("role", "")).lower()
    return role in NOISE_ROLES and not (role == "tablist" and _holds_prose(element)) \
        or _is_hidden(element) and not _a_next_slide(element) or str(attrs.get("aria-hidden", "")).lower() == "true"


def _is_hidden(element: Tag) -> bool:
    """Not shown: the ``hidden`` attribute, or a style of ``display: none`` or ``visibility: hidden``."""
    attrs = element.attrs
    return "hidden" in attrs or bool(_HIDDEN_STYLE.search(str(attrs.get("style", ""))))


def _a_next_slide(element: Tag) -> bool:
    """Whether a hidden element is the next page of a slideshow or a story told in steps: made
    like a shown sibling before it (its tag, its first class word), it holds prose and waits for
    a click to show, and a copy of the page holds it as the story's. A carousel's hidden cards,
    links to other stories, hold no prose of their own."""
    kind = attribute_words(element, "class")[:1]
    if not kind:
        return False
    shown_before = any(attribute_words(sibling, "class")[:1] == kind and not _is_hidden(sibling)
                       for sibling in element.find_previous_siblings(element.name, limit=_SLIDES_BACK))
    return shown_before and _holds_prose(element)   # the siblings first: most hidden boxes have no shown twin


#: How many siblings back a hidden slide looks for the shown one it is made like.
_SLIDES_BACK = 100


def _holds_prose(element: Tag) -> bool:
    """Whether an element holds a paragraph of prose, mostly outside links."""
    return any(_prose_chars(paragraph) >= SLIDE_PROSE_CHARS
               for paragraph in element.find_all("p", limit=STORY_PARAGRAPHS))


#: How long a paragraph of a slide's own prose is at least.
SLIDE_PROSE_CHARS = 80


def furniture_only_as_teaser(element: Tag) -> bool:
    """Whether the element is inside furniture only by a "teaser" class: a promotion of another
    story, or the story's own standfirst (which one, its place beside the story tells)."""
    return not any(_is_furniture(node, attribute_text(node), boilerplate.TEASER_WORDS)
                   for node in (element, *element.parents)
                   if isinstance(node, Tag) and node.name not in {"[document]", "html", "body"})


#: what the walk undoes where an element ends, beside the element's own tag: bits of a mask
_LEAVING, _LEAVING_FURNITURE, _LEAVING_HIDDEN = 1, 2, 4


def walk(soup: BeautifulSoup) -> PageTree:
    tree = PageTree()
    parts: list[str] = []
    state = {"links": 0}
    owners: list[Tag] = [soup]
    link_depth = 0
    noise_depth = 0
    hidden_depth = 0   # inside a hidden inline element, whose text readers never see

    image_texts: list[str] = []   # the alt texts of the images in the block being gathered

    def flush() -> None:
        if parts:   # every block boundary flushes, most with nothing gathered (link text comes with text)
            text = " ".join("".join(parts).split())
            if text:
                owner = owners[-1]
                noisy = noise_depth > 0 or (bool(image_texts) and owner.name not in HEADINGS
                                            and _repeats_an_image_text(text, image_texts))
                tree.blocks.append(Block(text, owner.name, owner, min(state["links"], len(text)), noisy))
            parts.clear()
            state["links"] = 0
        image_texts.clear()

    # elements to enter, and (element, a mask of _LEAVING bits) where one ends
    stack: list[object] = [soup]
    while stack:
        node = stack.pop()
        kind = type(node)
        if kind is NavigableString:   # not its subclasses: comments, script and style text
            if hidden_depth:
                continue
            text = str(node)
            parts.append(text)
            if link_depth:
                state["links"] += len(text.strip())
            continue
        if kind is tuple:
            node, leaving = node
            name = node.name
            if name in BLOCK_TAGS:
                flush()
                owners.pop()
            elif name == "a":
                link_depth -= 1
            if leaving & _LEAVING_FURNITURE:
                noise_depth -= 1
            if leaving & _LEAVING_HIDDEN:
                hidden_depth -= 1
            continue
        if not isinstance(node, Tag):
            continue
        name = node.name
        if name == "img" and not noise_depth:
            alt = " ".join(str(node.get("alt") or "").split())
            if len(alt) >= CAPTION_ALT_CHARS:
                image_texts.append(alt)
        if (name in SKIP and not _holds_the_page(node, name)) or name == "br":
            _collect_skipped(tree, node, name, parts, flush)
            continue
        hint = attribute_text(node)
        _collect(tree, node, name, hint)
        # inside furniture everything is furniture already: not asked again
        furniture = not noise_depth and node is not soup and _is_furniture(node, hint)
        leaving = _LEAVING
        if name in BLOCK_TAGS:
            flush()
            owners.append(node)
        else:
            if name == "a":
                link_depth += 1
            if _is_hidden(node):
                # a hidden block is a block of furniture; a hidden part of one is left out of it
                hidden_depth += 1
                leaving |= _LEAVING_HIDDEN
        if furniture:
            noise_depth += 1
            leaving |= _LEAVING_FURNITURE
        stack.append((node, leaving))
        stack.extend(reversed(node.contents))
    flush()
    return tree


#: How long an image's alt text is at least for text repeating it to be its caption (a short
#: one, "Photo" or a name, is repeated by prose as well); and how much a caption adds to it at
#: most (a credit: "SilviaJansen/Gettyimages").
CAPTION_ALT_CHARS = 20
CAPTION_CREDIT_CHARS = 40


def _repeats_an_image_text(text: str, image_texts: list[str]) -> bool:
    """Whether a block repeats the alt text of an image it holds: the image's caption, written
    once for screen readers and once for sight, with a credit beside it at most."""
    bare = text.strip(" .").casefold()
    for alt in image_texts:
        alt = alt.strip(" .").casefold()
        if len(bare) - len(alt) <= CAPTION_CREDIT_CHARS and (bare.startswith(alt) or bare.endswith(alt)):
            return True
    return False


def _holds_the_page(node: Tag, name: str) -> bool:
    """A control holding the page's article or main part: markup that leaves a ``<button>``
    unclosed makes the parser nest the rest of the page in it, and skipping it loses the story."""
    return name == "button" and node.find(("article", "main")) is not None


def _collect_skipped(tree: PageTree, node: Tag, name: str, parts: list[str], flush) -> None:
    if name == "br":
        # one <br> is a line break inside a paragraph; two in a row end it
        previous = node.previous_sibling
        while isinstance(previous, NavigableString) and not previous.strip():
            previous = previous.previous_sibling
        if isinstance(previous, Tag) and previous.name == "br":
            flush()
        else:
            parts.append(" ")
    elif name == "meta":
        tree.metas.append(node)
        if "itemprop" in node.attrs:
            tree.itemprops.append(node)
    elif name == "script":
        if "ld+json" in str(node.get("type", "")).lower():
            tree.json_ld.append(node.string or node.get_text() or "")
    elif name == "title" and not tree.title:
        tree.title = " ".join(node.get_text(" ").split())
    elif name == "link":
        if "canonical" in attribute_words(node, "rel") and node.get("href"):
            tree.canonical = str(node["href"])
    elif name == "head":
        # head holds meta, title, link and scripts: walk it for those only
        for child in node.find_all(["meta", "title", "link", "script"]):
            _collect_skipped(tree, child, child.name, parts, flush)


def _collect(tree: PageTree, node: Tag, name: str, hint: str) -> None:
    attrs = node.attrs
    if name == "html":
        tree.language = str(attrs.get("lang") or attrs.get("xml:lang") or "").split("-")[0].lower()
    if "itemprop" in attrs:
        tree.itemprops.append(node)
    if name == "time":
        tree.times.append(node)
    elif name == "h1":
        tree.h1s.append(node)
    elif name == "a" and "author" in attribute_words(node, "rel"):
        tree.author_links.append(node)
    if hint and _ANY_HINT.search(hint):
        if _DATE_HINT.search(hint):
            tree.date_hinted.append(node)
        if _DATELINE_HINT.search(hint):
            tree.dateline_hinted.append(node)
        if _BYLINE_HINT.search(hint):
            tree.byline_hinted.append(node)
