"""Dates people can trust: none invented, none in the future, relative dates in the user's zone."""
from __future__ import annotations

import os
from datetime import date, datetime, timedelta, timezone

import pytest
from click.testing import CliRunner

from newsarchive import Archive, Article, QueryError, index_articles, index_paths
from newsarchive.cli import main
from newsarchive.extract import extract_html
from newsarchive.timespan import parse_bound

BODY = "The harbour council met on Tuesday to discuss the budget for the coming year. " * 5


def page(date_text: str, shown: str | None = None) -> str:
    """A page whose metadata gives ``date_text``, showing ``shown`` (default: the same day) to readers."""
    shown = date_text[:10] if shown is None else shown
    return (f"<html><head><meta property='article:published_time' content='{date_text}'><title>Budget talks</title>"
            f"</head><body><article><h1>Budget talks</h1><p class='meta'>{shown}</p><p>{BODY}</p></article>"
            f"</body></html>")


def test_a_metadata_stamp_the_page_never_shows_is_not_a_publication_date():
    """Content systems stamp evergreen pages too; their ``publishdate`` out of view dates nothing."""
    stamped = page("2020-05-04T10:00:00+00:00", shown="").replace("property='article:published_time'",
                                                                 "name='publishdate'")
    assert extract_html(stamped).date is None
    assert extract_html(stamped.replace("<p class='meta'></p>", "<p class='meta'>Updated 4.5.20, 12:00</p>")).date \
        is not None
    assert extract_html(page("2020-05-04T10:00:00+00:00", shown="Dzisiaj, 04-05-2020 10:00")).date is not None
    assert extract_html(page("2020-05-04T23:30:00+00:00", shown="May 5, 2020")).date is not None   # another zone
    news = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Budget talks", '
            '"datePublished": "2020-05-04T10:00:00+00:00"}</script>')
    assert extract_html(page("2020-05-04T10:00:00+00:00", shown="").replace("<title>", news + "<title>")).date \
        is not None   # a news article's declared publication stands on its own


def test_an_articles_declared_date_dates_a_page_that_shows_none():
    """``article:published_time`` or an ``Article``'s ``datePublished`` declare a publication: a
    story whose date its scripts draw is dated by them, unless the page shows a date of its own."""
    assert extract_html(page("2020-05-04T10:00:00+00:00", shown="")).date.isoformat() == "2020-05-04T10:00:00+00:00"
    blog = ('<script type="application/ld+json">{"@type": "BlogPosting", "headline": "Budget talks", '
            '"datePublished": "2020-05-04"}</script>')
    plain = page("2020-05-04", shown="").replace("property='article:published_time'", "name='robots'")
    assert extract_html(plain).date is None
    assert extract_html(plain.replace("<title>", blog + "<title>")).date == date(2020, 5, 4)
    assert extract_html(page("2020-05-04T10:00:00+00:00", shown="Posted on 21 February 2007")).date \
        == date(2007, 2, 21)   # what readers see comes first


@pytest.mark.parametrize("name", ["date", "DC.date", "DCTERMS.issued"])
def test_a_documents_dublin_core_date_dates_a_page_that_shows_none(name):
    """Dublin Core's date describes the document itself, as ``article:published_time`` does an article."""
    declared = page("2011-07-25", shown="").replace("property='article:published_time'", f"name='{name}'")
    assert extract_html(declared).date == date(2011, 7, 25)
    assert extract_html(declared.replace("<p class='meta'></p>", "<p class='meta'>Posted on 3 May 2012</p>")).date \
        == date(2012, 5, 3)   # what readers see comes first


def test_a_share_plugins_copy_of_the_article_tags_is_read_as_the_tag_it_copies():
    """Share plugins repeat ``article:published_time`` under their own name; it declares the same."""
    copied = page("2014-03-17T01:44:37+01:00", shown="").replace(
        "property='article:published_time'", "name='shareaholic:article_published_time'")
    assert extract_html(copied).date.isoformat() == "2014-03-17T01:44:37+01:00"
    assert extract_html(copied.replace("shareaholic:article_published_time", "shareaholic:image")).date is None


def test_a_date_the_story_cites_yields_to_the_articles_declared_date():
    cited = "Benedict XVI, Deus caritas est, 25 December 2005:"
    html = page("2021-11-12T13:00:00", shown="").replace(
        f"<p>{BODY}</p>", f"<p>{BODY}</p>" * 4 + f"<p>{cited}</p><p>{BODY}</p>")
    found = extract_html(html).date
    assert (found.year, found.month, found.day) == (2021, 11, 12)
    plain = html.replace("property='article:published_time'", "name='robots'")
    assert extract_html(plain).date == date(2005, 12, 25)   # without a declared date, the line is all there is


def test_a_date_line_before_the_month_the_url_files_the_story_under_is_not_its_date():
    """The address is made with the story: "/2019/10/" was published in October 2019 or later."""
    html = page("2019-10-01", shown="Posted on 22 October 2018")
    assert extract_html(html, url="https://example.org/2019/10/budget-talks/").date == date(2019, 10, 1)
    assert extract_html(html, url="https://example.org/2018/10/budget-talks/").date == date(2018, 10, 22)
    later = page("2019-10-01", shown="Posted on 10 November 2019")
    assert extract_html(later, url="https://example.org/2019/10/budget-talks/").date == date(2019, 11, 10)


def test_future_dates_are_dropped():
    future = (datetime.now(timezone.utc) + timedelta(days=30)).isoformat()
    assert extract_html(page(future)).date is None
    assert extract_html(page("2020-05-04T10:00:00+00:00")).date is not None


def test_dates_before_1800_are_dropped():
    assert extract_html(page("1700-01-01")).date is None


def test_a_date_later_than_the_file_is_dropped(tmp_path):
    path = tmp_path / "old.html"
    path.write_text(page("2021-06-01T10:00:00+00:00"))
    saved = datetime(2021, 1, 1, tzinfo=timezone.utc).timestamp()
    os.utime(path, (saved, saved))
    index_paths([path], index_dir=tmp_path / "index", jobs=1)
    with Archive.open(tmp_path / "index") as archive:
        [hit] = archive.search("budget")
        assert hit.article.date is None   # published after the file was saved: not believable


def test_a_page_without_a_date_stays_undated():
    html = f"<html><head><title>Budget talks</title></head><body><article><h1>Budget talks</h1><p>{BODY}</p>" \
           "</article><footer>© 2019 Harbour Times</footer></body></html>"
    assert extract_html(html).date is None   # the copyright year is not a publication date


@pytest.mark.parametrize("line", ["Exhibition 9-23 Feb 2017, Mon-Fri", "Ausstellung vom 9. bis 23. Februar 2017",
                                  "Archive: 21 Feb 2007 - 23 Mar 2021", "5 July 2018 read more"])
def test_an_event_span_or_a_teaser_date_is_not_a_publication_date(line):
    html = f"<html><head><title>Budget talks</title></head><body><article><h1>Budget talks</h1><p>{line}</p>" \
           f"<p>{BODY}</p></article></body></html>"
    assert extract_html(html).date is None
    dated = html.replace(line, "Posted on 21 February 2007")
    assert extract_html(dated).date == date(2007, 2, 21)


@pytest.mark.parametrize("line", ["By Ann Lee | 27.06.2018 09:54 | 4 Kommentare",
                                  "3. August 2015 · Filed under family", "June 27, 2018 · Share · Comments (3)"])
def test_a_posts_own_meta_line_dates_it_whatever_else_it_offers(line):
    """Comments, "filed under" and share links belong to the post's own meta line; "read more" to a teaser."""
    html = f"<html><head><title>Budget talks</title></head><body><article><h1>Budget talks</h1><p>{line}</p>" \
           f"<p>{BODY}</p></article></body></html>"
    assert extract_html(html).date is not None
    teaser = html.replace(line, line + " · Read more")
    assert extract_html(teaser).date is None


def test_a_linked_meta_line_at_the_storys_start_dates_it_a_listing_does_not():
    """The author's name is a link, the headline too: the line beside it is still the story's."""
    meta_line = '<div><a href="/authors/ann">Annika Lee-Karrasch</a> 3.11.2023</div>'
    html = (f"<html><head><title>Budget talks</title></head><body><article><h1><a href='/budget'>Budget talks</a>"
            f"</h1>{meta_line}<p>{BODY}</p></article></body></html>")
    assert extract_html(html).date == date(2023, 11, 3)
    listing = "".join(f'<div><a href="/{n}">Another story of the council, number {n}</a></div>' for n in range(3))
    listed = html.replace("<h1>", listing + '<div><a href="/4">Harbour news of the week 14 July 2023</a></div><h1>')
    listed = listed.replace(meta_line, "")
    assert extract_html(listed).date is None   # the last of a run of links dates its own story


def test_a_linked_byline_a_few_lines_into_the_story_dates_it():
    """"von Marianne1 am 20.09.2020", the name a link: a byline, not a teaser, though it stands
    below the headline's standfirst, ratings and counters."""
    header = "".join(f"<div>{text}</div>" for text in ("…der Trick mit dem Strunk", "2 Bewertungen", "727", "0"))
    byline = '<div>von <a href="/users/marianne1">Marianne1 mit ihrem Profil</a> am 20.09.2020</div>'
    html = (f"<html><head><title>Budget talks</title></head><body><article><h1>Budget talks</h1>{header}{byline}"
            f"<p>{BODY}</p></article></body></html>")
    assert extract_html(html).date == date(2020, 9, 20)
    teaser = html.replace(byline, '<div><a href="/other">Another story of the council on 20.09.2020</a></div>')
    assert extract_html(teaser).date is None


def test_a_date_line_closing_the_story_dates_it():
    paragraphs = "".join(f"<p>{BODY}</p>" for _ in range(12))
    html = (f"<html><head><title>Budget talks</title></head><body><article><h1>Budget talks</h1>{paragraphs}"
            f"<p>Aktualisiert: 30.12.2016</p></article></body></html>")
    assert extract_html(html).date == date(2016, 12, 30)


def story_below_its_header(meta_line: str, lead: str) -> str:
    """A header holding the headline and ``meta_line``, nags and a photo credit, then the story."""
    return (f"<html><head><title>Budget talks</title></head><body><div><h1>Budget talks</h1>"
            f"<div>{meta_line}</div></div><div><a href='/flats'>Looking for a flat?</a></div>"
            f"<div><a href='/cars'>Selling your car?</a></div><div>Photo: The Nation</div>"
            f"<article><p>{lead}</p><p>{BODY}</p><p>{BODY}</p></article></body></html>")


def test_a_meta_line_above_the_story_outranks_a_date_its_lead_tells_of():
    lead = "BANGKOK: A video claiming that a courier flew abroad to buy chicken rice went viral on 30 October 2023."
    assert extract_html(story_below_its_header("By Ann Lee | 31.10.23", lead)).date == date(2023, 10, 31)
    assert extract_html(story_below_its_header("", lead)).date == date(2023, 10, 30)   # last resort


def test_a_long_lead_that_opens_with_its_date_dates_the_story():
    lead = "01.02.2022 – " + BODY
    html = (f"<html><head><title>Budget talks</title></head><body><article><h1>Budget talks</h1><p>{lead}</p>"
            f"<p>{BODY}</p></article></body></html>")
    assert extract_html(html).date == date(2022, 2, 1)
    told = html.replace("01.02.2022 – ", "The council, which last met on 01.02.2022, said: ")
    assert extract_html(told).date is None   # a long paragraph's dates are what it tells of


def test_an_embedded_posts_date_does_not_date_the_page():
    tweet = ('<blockquote class="twitter-tweet"><p>Great news from the harbour</p>'
             '— rubito (@studio) <a href="https://x.example/1">7 января 2018 г.</a></blockquote>')
    html = (f"<html><head><title>Budget talks</title></head><body><article><h1>Budget talks</h1><p>{BODY}</p>"
            f"{tweet}<p>{BODY}</p></article></body></html>")
    assert extract_html(html).date is None
    quoted_time = html.replace('<a href="https://x.example/1">7 января 2018 г.</a>',
                               '<time datetime="2018-01-07T10:00:00Z">7 января 2018 г.</time>')
    assert extract_html(quoted_time).date is None


@pytest.mark.parametrize("update", ["Article mis à jour le 7 janvier 2020.", "Letzte Aktualisierung am 07.01.2020",
                                    "Última actualización: 7 de enero de 2020"])
def test_an_updates_date_yields_to_the_publications(update):
    html = (f"<html><head><title>Budget talks</title></head><body><article><h1>Budget talks</h1>"
            f"<p>{update}</p><p>Par Loïc Le Clerc | 30 septembre 2018</p><p>{BODY}</p></article></body></html>")
    assert extract_html(html).date == date(2018, 9, 30)


@pytest.mark.parametrize("clock", ["Aktuelle Zeit: 14.10.2020, 12:18", "It is currently Wed Oct 14, 2020 12:18 pm"])
def test_the_moment_the_page_was_served_does_not_date_it(clock):
    html = (f"<html><head><title>Budget talks</title></head><body><p class='time'>{clock}</p><article>"
            f"<h1>Budget talks</h1><p>{BODY}</p><p>Beitrag von r23 » 21.01.2009, 05:42</p></article></body></html>")
    assert extract_html(html).date.isoformat()[:10] == "2009-01-21"


def test_a_short_sentence_telling_of_a_date_yields_to_the_meta_line():
    sentence = "Der nächste Stammtisch findet am Mi. 5. Februar 2020 ab 19 Uhr im Cafe statt."
    assert extract_html(story_below_its_header("Von Ann Lee | 29.01.2020", sentence)).date == date(2020, 1, 29)


def test_a_time_element_whose_attribute_is_not_iso_is_read_as_shown():
    """ "01-11-2023" is 1 November where the page says so, not 11 January as a US reading has it."""
    shown = '<time datetime="01-11-2023 10:29">1. November 2023 10:29</time>'
    html = (f"<html><head><title>Budget talks</title></head><body><article><h1>Budget talks</h1>{shown}"
            f"<p>{BODY}</p></article></body></html>")
    assert extract_html(html).date.isoformat()[:10] == "2023-11-01"


_MASTHEAD = "<div class='masthead-date'>Wednesday, 20 June 2018</div><nav><a href='/'>Home</a></nav>"


def test_an_element_named_for_the_publication_outranks_the_mastheads_date():
    html = (f"<html><head><title>Budget talks</title></head><body>{_MASTHEAD}<article><h1>Budget talks</h1>"
            f"<p>{BODY}</p><p>{BODY}</p><dl><dd class='article-publish'>2018/6/19 5:50</dd></dl><p>{BODY}</p>"
            "</article></body></html>")
    assert extract_html(html).date.isoformat()[:10] == "2018-06-19"


def test_the_storys_own_section_beside_a_like_section_of_related_stories_keeps_its_date():
    """Two page sections alike in markup are not two items of a listing: one holds the story."""
    related = "".join(f"<li><a href='/{n}'>Another council story number {n}</a> <span class='time'>(2018/6/1{n})"
                      "</span></li>" for n in range(1, 4))
    html = (f"<html><head><title>Budget talks</title></head><body>{_MASTHEAD}<div id='page'><div class='section'>"
            f"<h1>Budget talks</h1><span class='article-publish'>2018/6/19 5:50</span><p>{BODY}</p><p>{BODY}</p>"
            f"</div><div class='section'><h3>More on the council</h3><ul>{related}</ul></div></div></body></html>")
    assert extract_html(html).date.isoformat()[:10] == "2018-06-19"


def test_an_events_hours_do_not_date_the_page():
    html = (f"<html><head><title>Budget talks</title></head><body><article><h1>Budget talks</h1>"
            f"<p class='date'>19.1.23, 10:00-11:30 Uhr</p><p>{BODY}</p></article></body></html>")
    assert extract_html(html).date is None
    assert extract_html(html.replace(", 10:00-11:30 Uhr", ", 10:00 Uhr")).date.isoformat()[:10] == "2023-01-19"


def test_a_utc_time_the_day_before_the_urls_day_was_published_on_the_urls_day():
    """23:01 UTC on the 1st is past midnight in Rome, where the URL says the 2nd."""
    html = page("2023-11-01T23:01:00+00:00", shown='<time datetime="2023-11-01T23:01:00Z">02 Novembre 2023</time>')
    news = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Budget talks", '
            '"datePublished": "2023-11-01T23:01:00Z"}</script>')
    html = html.replace("<title>", news + "<title>")
    assert extract_html(html, url="https://news.example/2023/11/02/budget").date == date(2023, 11, 2)
    assert extract_html(html, url="https://news.example/2023/11/01/budget").date.isoformat()[:10] == "2023-11-01"


@pytest.mark.parametrize("url", ["https://news.example/2020/05/04/budget-talks",
                                 "https://news.example/detail/307_3_r_20200504_1698920402044235"])
def test_a_metadata_date_the_url_confirms_is_the_publication_date(url):
    html = page("2020-05-04T10:00:00+00:00", shown="").replace("property='article:published_time'", "name='publishdate'")
    assert extract_html(html).date is None
    assert extract_html(html, url=url).date.isoformat() == "2020-05-04T10:00:00+00:00"


def test_a_utc_timestamp_is_read_in_the_offset_the_page_shows():
    """02:11 UTC on the 9th is 21:11 on the 8th in New York, where the page's readers saw it."""
    html = page("2023-11-09T02:11:03+00:00", shown='<time datetime="2023-11-08T21:11:03-05:00">November 8</time>')
    published = extract_html(html).date
    assert published.isoformat() == "2023-11-08T21:11:03-05:00"
    elsewhere = page("2023-11-09T02:11:03+00:00", shown='<time datetime="2023-11-09T10:00:00+01:00">Nov 9</time>')
    assert extract_html(elsewhere).date.isoformat() == "2023-11-09T02:11:03+00:00"   # another moment: kept


def test_a_utc_time_is_dated_on_the_day_the_page_shows():
    """23:30 UTC on the 4th is the 5th in Berlin; a page showing only "5 May 2020" was published on the 5th."""
    assert extract_html(page("2020-05-04T23:30:00+00:00", shown="5 May 2020")).date == date(2020, 5, 5)
    kept = extract_html(page("2020-05-04T23:30:00+00:00", shown="4 May 2020")).date
    assert kept.isoformat() == "2020-05-04T23:30:00+00:00"
    zoned = extract_html(page("2020-05-04T23:30:00-04:00", shown="5 May 2020")).date   # its own offset: kept
    assert zoned.isoformat() == "2020-05-04T23:30:00-04:00"
    news = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Budget talks", '
            '"datePublished": "2020-05-04T23:30:00+00:00"}</script><title>')
    arabic = page("2020-05-04T23:30:00+00:00", shown="٥ مايو ٢٠٢٠").replace("<title>", news)   # its own digits
    assert extract_html(arabic).date == date(2020, 5, 5)


@pytest.mark.parametrize("item", [
    '<li class="entry"><a href="/{n}">The harbour council post number {n}</a>'
    ' <span class="post-date">{d} March 2020</span></li>',
    '<li class="card"><a href="/{n}"><time datetime="2020-03-{d:02d}">{d}. März</time> Post {n}</a></li>',
    '<li class="list-item"><span class="datum">{d}.03.2020 18:00 Uhr</span> <a href="/{n}">Tasting {n}</a></li>',
])
def test_a_date_in_a_listing_beside_the_story_is_an_items_date(item):
    """A sidebar of recent posts or a carousel of cards dates its items, not the page, whatever its classes say."""
    listing = "<ul>" + "".join(item.format(n=n, d=n + 10) for n in range(1, 4)) + "</ul>"
    html = (f"<html><head><title>Budget talks</title></head><body><article><h1>Budget talks</h1><p>{BODY}</p>"
            f"</article><div class='sidebar-box'>{listing}</div></body></html>")
    assert extract_html(html).date is None
    dated = html.replace("<h1>Budget talks</h1>", "<h1>Budget talks</h1><span class='post-date'>9 March 2020</span>")
    assert extract_html(dated).date == date(2020, 3, 9)


@pytest.mark.parametrize("days, first", [((28, 29, 30), 28),   # a thread: its opening post
                                         ((30, 29, 28), 30)])  # a section's front: its newest story
def test_a_page_that_is_a_listing_of_dated_items_is_dated_by_its_first_item(days, first):
    """A page whose story is itself the listing, and that nothing else dates, is dated by the
    listing's first item: a thread by its opening post, a front page by its newest story."""
    posts = "".join(f"<div class='post'><span class='post-date'>{day} September 2019</span>"
                    f"<p>Post number {n} of the thread. {BODY[:240]}</p></div>" for n, day in enumerate(days))
    html = (f"<html><head><title>Ferry fares</title></head><body><h1>Ferry fares</h1>"
            f"<div class='thread'>{posts}</div></body></html>")
    assert extract_html(html).date == date(2019, 9, first)
    one_post = html.replace(posts, posts.split("</div>")[0] + "</div>")
    assert extract_html(one_post).date == date(2019, 9, first)   # a single post's date line dates it anyway


def test_one_dated_item_is_no_listing_to_date_the_page_by():
    """A ``<time>`` its class names for a date is one item, not two: a story holding one dated
    item and an undated twin is not a listing of dated items."""
    posts = "".join(f"<div class='post'><time class='post-date'{stamp}>Saturday</time>"
                    f"<p>Post number {n} of the thread. {BODY[:240]}</p></div>"
                    for n, stamp in enumerate([" datetime='2019-09-28'", ""]))
    html = (f"<html><head><title>Ferry fares</title></head><body><h1>Ferry fares</h1>"
            f"<div class='thread'>{posts}</div></body></html>")
    assert extract_html(html).date is None
    dated = html.replace("<time class='post-date'>", "<time class='post-date' datetime='2019-09-29'>")
    assert extract_html(dated).date == date(2019, 9, 28)


def test_the_storys_own_teaser_in_a_list_of_latest_stories_dates_it():
    """A sidebar of the site's latest stories that shows this one, its date beside its headline,
    dates a story that shows no date of its own; the other teasers' dates are theirs."""
    teasers = [("Ferry fares rise again", "11.11.2021"), ("Budget talks", "10.11.2021"),
               ("Harbour wall repaired", "09.11.2021")]
    sidebar = "".join(f"<a href='/{n}'><div class='teaser'><div class='authored'>{day}</div><h2>{title}</h2>"
                      f"<p>More about {title.lower()}.</p></div></a>" for n, (title, day) in enumerate(teasers))
    html = (f"<html><head><title>Budget talks</title></head><body><article><h1>Budget talks</h1><p>{BODY}</p>"
            f"</article><aside><h3>Latest</h3>{sidebar}</aside></body></html>")
    assert extract_html(html).date == date(2021, 11, 10)
    assert extract_html(html.replace("<h2>Budget talks</h2>", "<h2>Budget cuts</h2>")).date is None
    # one list of titles and dates, no item of its own for each: the line above is another story's
    flat = "".join(f"<h2><a href='/{n}'>{title}</a></h2><div>{day}</div>" for n, (title, day) in enumerate(teasers))
    flat_html = html.replace(f"<aside><h3>Latest</h3>{sidebar}</aside>", f"<aside><h3>Latest</h3>{flat}</aside>")
    assert extract_html(flat_html).date is None


def test_a_labelled_publication_line_below_the_related_stories_dates_the_story():
    """Some layouts set the story's meta line below its tags and related links, out of reach of the
    search near the story; a line that labels its day the publication's still dates it."""
    links = "".join(f"<li><a href='/{n}'>Budget story {n}</a></li>" for n in range(12))
    related = f"<ul class='more'>{links}</ul>"
    html = (f"<html><head><title>Budget talks</title></head><body><article><h1>Budget talks</h1><p>{BODY}</p>"
            f"</article>{related}<div class='byline'>erstellt von Ann Lee — veröffentlicht 28.01.2022 06:00</div>"
            "</body></html>")
    assert extract_html(html).date.date() == date(2022, 1, 28)
    two = html.replace("</body>", "<div class='byline'>veröffentlicht 20.01.2022</div></body>")
    assert extract_html(two).date is None   # two days labelled: a listing's
    comment = html.replace("<div class='byline'>erstellt von Ann Lee — veröffentlicht 28.01.2022 06:00</div>",
                           "<div class='comments'><p>erstellt von Ann Lee — veröffentlicht 28.01.2022 06:00</p></div>")
    assert extract_html(comment).date is None


def test_a_blog_footer_whose_label_closes_the_date_dates_the_post():
    """"Dieser Beitrag wurde am … veröffentlicht": the label follows its date, in a footer block
    of several sentences; a sentence telling of something published does not date the page."""
    footer = ("<p class='postmetadata'>Dieser Beitrag wurde am Samstag, 3. Dezember 2011 um 14:20 Uhr "
              "veröffentlicht und unter Recht gespeichert. Sie können Kommentare zu diesem Eintrag über den "
              "RSS-Feed verfolgen. Kommentare sind momentan deaktiviert, aber Sie können einen Trackback von "
              "Ihrer Website hinterlassen.</p>")
    links = "".join(f"<li><a href='/{n}'>Budget story {n}</a></li>" for n in range(12))
    html = (f"<html><head><title>Budget talks</title></head><body><article><h1>Budget talks</h1><p>{BODY}</p>"
            f"</article><ul class='more'>{links}</ul>{footer}</body></html>")
    assert extract_html(html).date.date() == date(2011, 12, 3)
    told = html.replace(footer, "<p>Am 3. Dezember 2011 hat die Regierung in Berlin den langen Bericht endlich "
                                "veröffentlicht, den viele erwartet hatten.</p>")
    assert extract_html(told).date is None


@pytest.fixture
def mixed(tmp_path):
    articles = [Article(id="dated", headline="Budget", body=BODY, date=date(2020, 5, 4)),
                Article(id="undated", headline="Budget", body=BODY + " Undated copy.")]
    index_articles(articles, index_dir=tmp_path / "index")
    with Archive.open(tmp_path / "index") as archive:
        yield archive


def test_undated_articles_are_found_listed_and_excluded_by_ranges(mixed):
    assert {h.article.id for h in mixed.search("budget", all_copies=True)} == {"dated", "undated"}
    assert [h.article.id for h in mixed.search("", undated=True)] == ["undated"]
    assert [h.article.id for h in mixed.search("budget", since="2000", all_copies=True)] == ["dated"]
    with pytest.raises(QueryError):
        mixed.search("", undated=True, since="2020")


def test_relative_dates_are_read_in_the_users_zone(monkeypatch):
    monkeypatch.setenv("NEWSARCHIVE_TZ", "Asia/Jakarta")
    start = parse_bound("today", end=False)
    jakarta_today = datetime.now(timezone(timedelta(hours=7))).date()
    assert start == datetime.combine(jakarta_today, datetime.min.time()) - timedelta(hours=7)
    monkeypatch.setenv("NEWSARCHIVE_TZ", "Not/AZone")
    with pytest.raises(QueryError, match="unknown time zone"):
        parse_bound("yesterday", end=False)


def test_cli_utc_and_undated(tmp_path):
    moment = datetime(2022, 3, 6, 16, 15, 48, tzinfo=timezone(timedelta(hours=7)))
    index_articles([Article(id="a", headline="Budget", body=BODY, date=moment),
                    Article(id="b", headline="Budget", body=BODY + " Another.")], index_dir=tmp_path / "i")
    runner = CliRunner()
    own = runner.invoke(main, ["search", "budget", "--all-copies", "--index", str(tmp_path / "i")])
    assert "2022-03-06T16:15:48+07:00" in own.stdout
    utc = runner.invoke(main, ["search", "budget", "--all-copies", "--utc", "--index", str(tmp_path / "i")])
    assert "2022-03-06T09:15:48+00:00" in utc.stdout
    undated = runner.invoke(main, ["search", "--undated", "--json", "--index", str(tmp_path / "i")])
    assert undated.stdout.count("\n") == 1 and '"id": "b"' in undated.stdout
    tz = runner.invoke(main, ["search", "--from", "yesterday", "--tz", "Asia/Jakarta", "--index", str(tmp_path / "i")])
    assert tz.exit_code == 1   # nothing that recent, but the zone is accepted


def test_a_video_that_is_the_pages_story_dates_it_by_its_upload():
    """A broadcaster's news clip states a VideoObject, not an article; a video embedded beside
    another, or in an article that states its own date, does not date the page."""
    video = ('{"@context": "https://schema.org", "@type": "VideoObject", "name": "Budget talks", '
             '"uploadDate": "2020-04-04T20:57:00+02:00"}')
    page = (f"<html><head><title>Budget talks</title><script type='application/ld+json'>{video}</script></head>"
            f"<body><article><h1>Budget talks</h1><p>{BODY}</p></article></body></html>")
    assert extract_html(page).date.isoformat() == "2020-04-04T20:57:00+02:00"
    two = page.replace("</head>", f"<script type='application/ld+json'>{video.replace('04-04', '03-01')}</script></head>")
    assert extract_html(two).date is None
    article = page.replace("</head>", "<meta property='article:published_time' content='2020-05-01'></head>")
    assert extract_html(article).date == date(2020, 5, 1)


def test_a_day_shown_only_as_a_machine_stamp_is_not_one_readers_see():
    """Two stated publication days; the page prints one as its readers read dates ("Berlin,
    28.10.2021") and the other only as a machine stamp (a script's output, a time element whose
    text is "2021-10-27T20:35:36+01:00"): the day readers see is the publication's."""
    stamps = ('{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Budget talks", '
              '"datePublished": "2021-10-27T20:35:36+01:00"}')
    page = (f"<html><head><title>Budget talks</title><script type='application/ld+json'>{stamps}</script>"
            "<meta property='article:published_time' content='2021-10-28T13:21:30+01:00'></head><body>"
            "<div class='data'>Budget talks de-DE 2021-10-27T20:35:36+01:00</div>"
            "<time datetime='2021-10-27T20:35:36+01:00'>2021-10-27T20:35:36+01:00</time>"
            f"<article><h1>Budget talks</h1><p>Berlin, 28.10.2021</p><p>{BODY}</p></article></body></html>")
    assert extract_html(page).date.date() == date(2021, 10, 28)


def test_a_mastheads_date_yields_to_the_date_line_by_the_story():
    """The masthead names today's edition in an element classed "date"; the story's own date line
    stands by it. Dated items of a listing beside the story are the items'."""
    menu = "".join(f"<li><a href='/{n}'>Section {n}</a></li>" for n in range(12))
    listing = "".join(f"<div>Ferry story {n}</div><div>{n + 10}/03/2019</div>" for n in range(4))
    page = (f"<html><head><title>Budget talks</title></head><body><div class='date'>lun. 5 août 2019 Édition du "
            f"matin</div><ul>{menu}</ul><article><h1>Budget talks</h1><p>27 juin 2019</p><p>{BODY}</p></article>"
            "</body></html>")
    assert extract_html(page).date == date(2019, 6, 27)
    beside = (f"<html><head><title>Budget talks</title></head><body>{listing}<article><h1>Budget talks</h1>"
              f"<p>{BODY}</p></article></body></html>")
    assert extract_html(beside).date is None
