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


def test_a_metadata_date_the_page_never_shows_is_not_a_publication_date():
    """Content systems stamp evergreen pages too; without the date in view the page is undated."""
    assert extract_html(page("2020-05-04T10:00:00+00:00", shown="")).date is None
    assert extract_html(page("2020-05-04T10:00:00+00:00", shown="Updated 4.5.20, 12:00")).date is not None
    assert extract_html(page("2020-05-04T10:00:00+00:00", shown="Dzisiaj, 04-05-2020 10:00")).date is not None
    assert extract_html(page("2020-05-04T23:30:00+00:00", shown="May 5, 2020")).date is not None   # another zone
    news = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Budget talks", '
            '"datePublished": "2020-05-04T10:00:00+00:00"}</script>')
    assert extract_html(page("2020-05-04T10:00:00+00:00", shown="").replace("<title>", news + "<title>")).date \
        is not None   # a news article's declared publication stands on its own


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


@pytest.mark.parametrize("url", ["https://news.example/2020/05/04/budget-talks",
                                 "https://news.example/detail/307_3_r_20200504_1698920402044235"])
def test_a_metadata_date_the_url_confirms_is_the_publication_date(url):
    html = page("2020-05-04T10:00:00+00:00", shown="")
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


@pytest.mark.parametrize("item", [
    '<li class="entry"><a href="/{n}">The harbour council post number {n}</a>'
    ' <span class="post-date">{d} March 2020</span></li>',
    '<li class="card"><a href="/{n}"><time datetime="2020-03-{d:02d}">{d}. März</time> Post {n}</a></li>',
])
def test_a_date_in_a_listing_beside_the_story_is_an_items_date(item):
    """A sidebar of recent posts or a carousel of cards dates its items, not the page, whatever its classes say."""
    listing = "<ul>" + "".join(item.format(n=n, d=n + 10) for n in range(1, 4)) + "</ul>"
    html = (f"<html><head><title>Budget talks</title></head><body><article><h1>Budget talks</h1><p>{BODY}</p>"
            f"</article><div class='sidebar-box'>{listing}</div></body></html>")
    assert extract_html(html).date is None
    dated = html.replace("<h1>Budget talks</h1>", "<h1>Budget talks</h1><span class='post-date'>9 March 2020</span>")
    assert extract_html(dated).date == date(2020, 3, 9)


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
