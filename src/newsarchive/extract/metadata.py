"""Structured metadata of an HTML page: JSON-LD, microdata, OpenGraph, meta tags, ``<time>``.

Publishers state headline, dates, authors and their own name in machine form
far more reliably than any layout can be read, so this pass runs first and the
layout-reading passes only fill the gaps.
"""
from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Iterable

from bs4 import Tag

from .boilerplate import strip_byline_prefix
from .dates import day_of, parse_machine_date, precision_rank, without_dates
from .soup import parse
from .tree import HEADINGS, PageTree

_ARTICLE_TYPES = {"newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle",
                  "blogposting", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle",
                  "socialmediaposting", "liveblogposting", "report", "scholarlyarticle", "techarticle",
                  "webpage", "posting", "blog", "howto"}
_PUBLISHED_META = ("article:published_time", "og:published_time", "datepublished", "date", "pubdate",
                   "publishdate", "publish-date", "publish_date", "published_time", "dc.date",
                   "dc.date.issued", "dcterms.date", "dcterms.created", "dcterms.issued", "sailthru.date",
                   "parsely-pub-date", "article.published", "article_date_original", "originalpublicationdate",
                   "datecreated", "creation_date", "citation_publication_date", "cxenseparse:recs:publishtime",
                   "timestamp", "displaydate", "dc.created", "og:article:published_time")
#: Tags that state the page's own publication: an article's (Open Graph), or the document's as
#: Dublin Core describes a resource (its ``date`` element, the bare ``date`` that abbreviates it,
#: and its ``issued``), rather than a publishing system's stamp on every page it serves
_DECLARING_META = ("article:published_time", "date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.issued")
_NEWS_TYPES = {"newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
               "reviewnewsarticle", "backgroundnewsarticle", "liveblogposting"}
#: Written pieces, whose declared publication dates a page that shows none (a WebPage's is a stamp)
_WRITTEN_TYPES = _ARTICLE_TYPES - {"webpage"}
#: Microdata items written by someone other than the page's publisher: a reader's comment, an answer
_OTHERS_ITEMS = {"comment", "answer"}
#: A share plugin's copy of Open Graph's article tags under its own name
#: ("shareaholic:article_published_time"), read as the tag it copies
_COPIED_ARTICLE_TAG = re.compile(r"^[\w.-]+:article_(published|modified)_time$")
_MODIFIED_META = ("article:modified_time", "og:updated_time", "datemodified", "last-modified",
                  "dcterms.modified", "dc.date.modified", "lastmod")
#: meta tags naming the article's authors
_AUTHOR_META = ("author", "article:author", "dc.creator", "byl", "sailthru.author", "parsely-author")


@dataclass
class Metadata:
    headlines: list[str] = field(default_factory=list)   # most trusted first
    published: list[date] = field(default_factory=list)
    modified: list[date] = field(default_factory=list)
    # a publication date declared for a news article (schema.org news types), not just
    # a content system's stamp on every page (article:published_time is on evergreen pages too)
    declares_publication: bool = False
    # a publication date declared for an article of any kind (article:published_time, an
    # Article's datePublished) or for the document (Dublin Core's date): what dates a page that
    # shows readers no date at all
    declares_article: bool = False
    authors: list[str] = field(default_factory=list)
    site_names: list[str] = field(default_factory=list)
    #: the site's social media handle ("handelsblatt_de"): its name as a last resort
    handles: list[str] = field(default_factory=list)
    descriptions: list[str] = field(default_factory=list)
    datelines: list[str] = field(default_factory=list)
    bodies: list[str] = field(default_factory=list)
    videos: list[date] = field(default_factory=list)   # VideoObject upload dates
    url: str = ""
    language: str = ""

    def best_date(self) -> date | None:
        """The earliest-stated published date, upgraded to a timestamp of the same day."""
        return self.published_on(day_of(self.published[0])) if self.published else None

    def video_date(self) -> date | None:
        """The upload date of a page whose one video is its story: no article is declared."""
        return self.videos[0] if len(self.videos) == 1 and not self.published else None

    def published_on(self, day: date) -> date:
        """The most precise published date stated for ``day`` (a timestamp over a bare day)."""
        return max((stated for stated in self.published if day_of(stated) == day), key=precision_rank)



def read_metadata(tree: PageTree) -> Metadata:
    meta = Metadata()
    items = list(_json_ld_items(tree.json_ld))
    nodes = {item["@id"]: item for item in items if isinstance(item.get("@id"), str)}
    for item in items:
        _take_json_ld(item, meta, nodes)
    _take_microdata(tree.itemprops, meta)
    _take_meta_tags(tree.metas, meta)
    meta.url = meta.url or tree.canonical
    meta.language = tree.language
    return meta


def _json_ld_items(scripts: list[str]) -> Iterable[dict[str, Any]]:
    for raw in scripts:
        try:
            data = json.loads(raw.strip().rstrip(";"))
        except ValueError:
            try:
                data = json.loads(re.sub(r"[\x00-\x1f]", " ", raw).strip().rstrip(";"))
            except ValueError:
                continue
        yield from _flatten(data)


def _flatten(data: Any) -> Iterable[dict[str, Any]]:
    if isinstance(data, list):
        for element in data:
            yield from _flatten(element)
    elif isinstance(data, dict):
        if "@graph" in data:
            yield from _flatten(data["@graph"])
        yield data
        main = data.get("mainEntity") or data.get("mainEntityOfPage")
        if isinstance(main, dict) and "@type" in main:
            yield from _flatten(main)


def _types(item: dict[str, Any]) -> set[str]:
    kind = item.get("@type", "")
    kinds = kind if isinstance(kind, list) else [kind]
    return {str(k).lower().split("/")[-1] for k in kinds}


def _as_plain_text(value: str) -> str:
    """A structured value as text: publishers write HTML into JSON-LD strings, escaped once or
    twice ("Geh&auml;lter", "Polic&amp;iacute;a", "&lt;p&gt;…"), or as markup ("<p>En estado
    de alerta … <strong>…</strong></p>"). Entities are decoded, and markup is read as a page's
    text would be, a paragraph a line, scripts left out."""
    for _ in range(_ESCAPE_DEPTH):
        if "&" not in value:
            break
        value = html.unescape(value)
    if not _MARKUP.search(value):
        return value
    fragment = parse(value)
    for unread in fragment(["script", "style"]):
        unread.decompose()
    for line_break in fragment("br"):
        line_break.replace_with("\n")
    for block in fragment(_PARAGRAPH_TAGS):
        block.append("\n")
    return fragment.get_text()


#: How many times a value may have been escaped, and what makes it markup.
_ESCAPE_DEPTH = 2
_MARKUP = re.compile(r"<(?:/?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?|!--)>")
_PARAGRAPH_TAGS = ["p", "div", "li", "blockquote", "tr", *sorted(HEADINGS)]


def _text(value: Any) -> str:
    if isinstance(value, str):
        return " ".join(_as_plain_text(value).split())
    if isinstance(value, dict):
        return _text(value.get("name") or value.get("@value") or "")
    if isinstance(value, list) and value:
        return _text(value[0])
    return ""


def _names(value: Any) -> list[str]:
    values = value if isinstance(value, list) else [value]
    return [strip_byline_prefix(name) for name in (_text(v) for v in values) if name and not name.startswith("http")]


def _referred(value: Any, nodes: dict[str, dict[str, Any]]) -> Any:
    """A reference to a node of the page's graph ({"@id": …}, as Yoast names an article's author
    once, as a Person, and points to it) replaced by that node."""
    if isinstance(value, list):
        return [_referred(part, nodes) for part in value]
    if isinstance(value, dict) and "name" not in value and isinstance(value.get("@id"), str) \
            and value["@id"] in nodes:
        return nodes[value["@id"]]
    return value


def _take_json_ld(item: dict[str, Any], meta: Metadata, nodes: dict[str, dict[str, Any]]) -> None:
    kinds = _types(item)
    if "videoobject" in kinds:
        _take_video(item, meta)
        return
    if kinds & {"organization", "newsmediaorganization", "website"} and not kinds & _ARTICLE_TYPES:
        if "website" in kinds and _text(item.get("name")):
            meta.site_names.append(_text(item.get("name")))
        return
    if not kinds & _ARTICLE_TYPES:
        return
    is_page = kinds <= {"webpage"}
    headline = _text(item.get("headline")) or ("" if is_page else _text(item.get("name")))
    if headline:
        meta.headlines.append(headline)
    for key, target in (("datePublished", meta.published), ("dateCreated", meta.published),
                        ("dateModified", meta.modified)):
        found = parse_machine_date(_text(item.get(key)))
        if found is not None and not (is_page and key != "datePublished"):
            target.append(found)
            meta.declares_publication |= key == "datePublished" and bool(kinds & _NEWS_TYPES)
            meta.declares_article |= key == "datePublished" and not is_page
    meta.authors.extend(_names(_referred(item.get("author") or item.get("creator"), nodes)))
    publisher = _text(item.get("publisher") or item.get("sourceOrganization"))
    if publisher:
        meta.site_names.append(publisher)
    for key, target in (("description", meta.descriptions), ("dateline", meta.datelines),
                        ("articleBody", meta.bodies)):
        value = item.get(key)
        if isinstance(value, str) and value.strip() and (key != "dateline" or _names_more_than_a_date(value)):
            target.append(_as_plain_text(value).strip())
    location = item.get("contentLocation") or item.get("locationCreated")
    if location and not item.get("dateline"):
        place = _text(location)
        if place:
            meta.datelines.append(place)
    if not meta.url and isinstance(item.get("url"), str):
        meta.url = item["url"]


def _names_more_than_a_date(dateline: str) -> bool:
    """Whether a stated dateline holds a word besides its date ("WASHINGTON, Nov. 7 (Reuters)"):
    content systems that fill the field with the story's timestamp give no place."""
    return bool(_WORD.search(without_dates(dateline)))


_WORD = re.compile(r"[^\W\d_]{2,}")


def _take_video(item: dict[str, Any], meta: Metadata) -> None:
    """A video's upload date: the page's own when the video is the page's story (a broadcaster's
    news clip), which ``Metadata.video_date`` decides once every item is read; a video embedded
    in an article has its own date, and the article's is stated beside it."""
    found = parse_machine_date(_text(item.get("uploadDate") or item.get("datePublished")))
    if found is not None:
        meta.videos.append(found)


def _take_microdata(elements: list[Tag], meta: Metadata) -> None:
    found_authors: list[str] = []
    targets = {"headline": meta.headlines, "datepublished": meta.published, "datemodified": meta.modified,
               "author": found_authors}
    for element in elements:
        for prop in str(element.get("itemprop", "")).lower().split():
            target = targets.get(prop)
            if target is None:
                continue
            scope = _item_type(element)
            if scope in _OTHERS_ITEMS:
                continue   # a reader's comment: its date and author are its writer's, not the article's
            if prop == "author":
                named = element.find(attrs={"itemprop": "name"})
                element = named if isinstance(named, Tag) else element
            value = element.get("content") or element.get("datetime") or element.get_text(" ", strip=True)
            value = " ".join(str(value).split())
            if not value:
                continue
            if target is meta.published or target is meta.modified:
                found = parse_machine_date(value)
                if found is not None:
                    target.append(found)
                    if target is meta.published and scope in _WRITTEN_TYPES:
                        meta.declares_article = True
                        meta.declares_publication |= scope in _NEWS_TYPES
            elif len(value) < 300:
                target.append(strip_byline_prefix(value) if prop == "author" else value)   # "By: Ann Lee"
    # the structured data's authors, where it names any, are the article's: microdata's may be
    # the related stories' cards' too
    if not meta.authors:
        meta.authors.extend(found_authors)


def _item_type(element: Tag) -> str:
    """The schema.org type of the item a microdata property belongs to, lower-cased
    ("https://schema.org/NewsArticle" -> "newsarticle"); "" outside any typed item."""
    scope = element.find_parent(attrs={"itemtype": True})
    kinds = str(scope.get("itemtype")).split() if scope is not None else []
    return kinds[0].rstrip("/").rsplit("/", 1)[-1].lower() if kinds else ""


def _take_meta_tags(tags: list[Tag], meta: Metadata) -> None:
    named: dict[str, list[str]] = {}
    for tag in tags:
        key = str(tag.get("property") or tag.get("name") or tag.get("itemprop") or tag.get("http-equiv") or "")
        content = tag.get("content")
        if key and content:
            key = _COPIED_ARTICLE_TAG.sub(r"article:\1_time", key.strip().lower())
            named.setdefault(key, []).append(" ".join(str(content).split()))
    for key in ("og:title", "twitter:title", "dc.title", "title", "sailthru.title", "parsely-title"):
        meta.headlines.extend(named.get(key, []))
    for key in _PUBLISHED_META:
        for value in named.get(key, []):
            found = parse_machine_date(value)
            if found is not None:
                meta.published.append(found)
                meta.declares_article |= key in _DECLARING_META
    for key in _MODIFIED_META:
        for value in named.get(key, []):
            found = parse_machine_date(value)
            if found is not None:
                meta.modified.append(found)
    # a byline's tag may carry its printed form ("By Ann Lee"); the structured data's authors, where
    # it names any, are the article's, where a tag often names the site ("Prisma Média")
    tagged = [strip_byline_prefix(v) for key in _AUTHOR_META for v in named.get(key, []) if not v.startswith("http")]
    if not meta.authors:
        meta.authors.extend(tagged)
    for key in ("og:site_name", "application-name", "publisher", "dc.publisher"):
        meta.site_names.extend(named.get(key, []))
    meta.handles.extend(v.lstrip("@") for v in named.get("twitter:site", []) if not v.startswith("http"))
    for key in ("og:description", "description", "twitter:description", "dc.description"):
        meta.descriptions.extend(named.get(key, []))
    for key in ("og:url", "twitter:url"):
        if not meta.url and named.get(key):
            meta.url = named[key][0]
