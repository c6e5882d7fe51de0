from __future__ import annotations

from newsarchive.extract.soup import parse


def test_attributes_come_through_as_written():
    soup = parse('<html xml:lang="de" lang="de-AT"><body><div class="story  main" id="s1" data-x="1">'
                 '<p>Text</p></div></body></html>')
    div = soup.find("div")
    assert div.attrs == {"class": "story  main", "id": "s1", "data-x": "1"}   # class kept as one string
    assert soup.find("html").attrs == {"xml:lang": "de", "lang": "de-AT"}
    assert soup.find("p").attrs == {}   # none given: an empty dict all the same


def test_comments_are_not_kept_and_the_text_around_one_reads_as_one():
    soup = parse("<p>Bears<!-- ad slot -->ville grows</p>")
    assert soup.find("p").contents == ["Bearsville grows"]


def test_inline_svg_and_structured_data_parse_as_html():
    soup = parse('<body><svg viewBox="0 0 1 1"><path d="M0"/></svg>'
                 '<script type="application/ld+json">{"@type": "NewsArticle"}</script><p>After</p></body>')
    assert soup.find("path")["d"] == "M0"
    assert soup.find("script").string == '{"@type": "NewsArticle"}'
    assert soup.find("p").get_text() == "After"


def test_white_space_that_lays_out_a_list_is_dropped_and_the_texts_spaces_kept():
    soup = parse("<ul>\n  <li><a>Ann</a> <b>Lee</b></li>\n  <li>Bo Roe</li>\n</ul>")
    assert soup.find("ul").contents == soup.find_all("li")   # the layout's new lines are gone
    assert soup.find("li").get_text() == "Ann Lee"            # a space between words stays


def test_white_space_between_blocks_or_closing_one_is_dropped_and_between_words_kept():
    soup = parse("<div>\n  <p>One</p>\n  <p>Two <b>bold</b> words</p>\n  <span>By</span> <a>Ann</a>\n</div>"
                 "<pre>\n<code>x</code></pre>")
    div = soup.find("div")
    assert [getattr(child, "name", child) for child in div.contents][:3] == ["p", "p", "span"]
    assert div.find_all("p")[1].get_text() == "Two bold words"
    assert div.get_text() == "OneTwo bold wordsBy Ann"   # inline neighbours keep their space
    assert soup.find("pre").contents[0] == "\n"             # preformatted text keeps all of it
