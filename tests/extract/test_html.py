from __future__ import annotations

from datetime import date

import pytest

from newsarchive import ExtractionError, extract_html
from newsarchive.extract.boilerplate import is_cookie_notice
from tests.conftest import FIXTURES


def load(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def test_json_ld_fields_and_clean_body():
    article = extract_html(load("jsonld.html"), url="https://coastal.example/port-strike")
    assert article.id == "https://coastal.example/port-strike"
    assert article.headline == "Port strike ends after pay deal"
    assert article.date.isoformat() == "2021-04-09T18:30:00+02:00"   # published, not modified
    assert article.dateline == "Rotterdam"
    assert article.byline == "Ines Marlow"
    assert article.source == "The Coastal Herald"
    assert article.summary == "Dock workers accept a 6 percent rise."
    assert article.language == "en"
    paragraphs = article.body.split("\n\n")
    assert paragraphs[0].startswith("Dock workers in Rotterdam voted")
    assert paragraphs[-1].startswith("Shipping companies had diverted")
    for noise in ("Share on Facebook", "Jan Smit", "Ports brace for strike", "common sense", "Home"):
        assert noise not in article.body


def test_page_without_metadata_gives_heading_date_and_lead_dateline():
    article = extract_html(load("no_metadata.html"))
    assert article.headline == "Bridge reopens after repairs"
    assert article.date == date(2019, 3, 3)
    assert article.dateline == "Caracas, Venezuela"
    assert article.byline == "AP"
    assert article.body.startswith("The main bridge linking the capital")   # dateline cut from the lead
    assert article.source == "Town Crier"


def test_windows_1252_table_layout():
    article = extract_html(load("cp1252.htm"))
    assert article.headline == "Café owners protest new rules"
    assert article.date == date(2016, 6, 2)
    assert "town’s cafés" in article.body
    assert "“We were not consulted,”" in article.body
    assert "Front" not in article.body


def test_str_and_bytes_give_the_same_article():
    text = load("jsonld.html").decode("utf-8")
    assert extract_html(text).body == extract_html(text.encode("utf-8")).body


def test_id_without_url_is_stable_content_hash():
    first, second = extract_html(load("jsonld.html")), extract_html(load("jsonld.html"))
    assert first.id == second.id and len(first.id) == 40


@pytest.mark.parametrize("html", [
    "<html><body><nav><a href='/'>Home</a></nav></body></html>",
    "",
    "<html><body><p>Too short.</p></body></html>",
])
def test_pages_without_an_article_raise_extraction_error(html):
    with pytest.raises(ExtractionError):
        extract_html(html)


def test_captions_ads_and_read_more_boxes_are_dropped():
    from tests.conftest import SAMPLE_DATA

    page = SAMPLE_DATA / "meridian-daily" / "2017-02-20-japan-exporters-yen.html"
    article = extract_html(page.read_bytes())
    assert article.dateline == "Tokyo" and article.byline == "Reuters"
    for noise in ("Advertisement", "READ MORE", "Photo:", "Trending", "Log in"):
        assert noise not in article.body
    assert len(article.body.split("\n\n")) == 4


_STORY = "<p>" + "The council met on Tuesday and agreed the budget after a long debate about roads. " * 4 + "</p>"


def _bears_page(inside_body: str) -> str:
    return f"<html><head><title>Bears: a record year</title></head><body>{inside_body}</body></html>"


def _published_day(page: str) -> date | None:
    found = extract_html(page).date
    return date(found.year, found.month, found.day) if found else None


@pytest.mark.parametrize("h1, headline", [
    # kicker named by its class, separator for screen readers
    ('<span class="article-heading__kicker">Climate</span><span class="visually-hidden">: </span>'
     '<span>Drilling until it gets hot</span>', "Drilling until it gets hot"),
    # kicker ended by a separator hidden from sight, no class hint
    ('<span>Viruses and other zoonoses</span><span aria-hidden="true"> – </span>'
     '<span>How damage to nature breeds epidemics</span>', "How damage to nature breeds epidemics"),
    # <small> kicker on a line of its own
    ("<small>Workout of the week</small><br>Medley pyramid with intervals", "Medley pyramid with intervals"),
    # a label read to screen readers only, and an author box under the headline
    ('<span class="sr-only">Headline:</span> Energy transition and social change'
     '<div class="author">Posted by Jane Roe on 3 March</div>', "Energy transition and social change"),
    # a line break after a colon stays one headline
    ("Dance at the depot: <br>All washed up", "Dance at the depot: All washed up"),
    # a headline inside a block wrapper
    ('<div class="title__name">The war of nerves goes on</div>', "The war of nerves goes on"),
    # a topic label and a sub-heading before the headline are kickers too
    ('<a href="/t/1"><span class="label label--blue">Patch Notes</span> Patchnotes 4.47 bugfix build</a>',
     "Patchnotes 4.47 bugfix build"),
    ('<span class="sub-heading">Energy transition:</span> Leading the way on climate?', "Leading the way on climate?"),
    # classes hashed by a styling library, their rules in a <style> inside the heading
    ('<style>.css-k1{display:block;color:#707}</style><span class="css-k1">Press release of the health office '
     '<style>.css-h2{clip:rect(0 0 0 0);position:absolute;width:1px;height:1px}</style>'
     '<span class="css-h2">:</span></span>Boosters stay open to all until February',
     "Boosters stay open to all until February"),
    # symbols printed before the headline are not part of it; a bracket that closes is
    ("[&gt; Jens Weber", "Jens Weber"),
    ("■ Markets close higher", "Markets close higher"),
    ("[Update] Markets close higher", "[Update] Markets close higher"),
    # ruby readings printed above Japanese characters are not part of the text
    ("<ruby>子<rt>こ</rt></ruby>どもへの<ruby>体罰<rt>たいばつ</rt></ruby>を禁止する", "子どもへの体罰を禁止する"),
])
def test_headline_is_the_line_the_h1_shows_without_its_kicker(h1, headline):
    article = extract_html(f"<html><head><title>Site</title></head><body><article><h1>{h1}</h1>{_STORY}"
                           "</article></body></html>")
    assert article.headline == headline


def test_of_the_headings_that_agree_with_stated_titles_the_one_agreeing_on_most_is_the_headline():
    """A logo's ``<h1>`` ("Park News") starts a stated title too ("Park News.de"), and a section's
    ("Notices") starts the one that goes on with the headline."""
    for head, h1s in [("<meta property='og:title' content='Bears return to the valley'>"
                       "<meta name='twitter:title' content='Park News.de'>", ["Park News", "Bears return to the valley"]),
                      ("<title>Park News - Notices - Bears return to the valley</title>",
                       ["Park News", "Notices", "Bears return to the valley"])]:
        headings = "".join(f"<h1>{h1}</h1>" for h1 in h1s)
        article = extract_html(f"<html><head>{head}</head><body>{headings}<article>{_STORY}</article></body></html>")
        assert article.headline == "Bears return to the valley"


def test_a_heading_repeated_for_small_screens_is_still_the_pages_only_heading():
    head = "<meta property='og:title' content='Run bears in the valley - Park News guide to the bears'>"
    headings = "<h1>Bears return to the valley</h1>" * 2
    article = extract_html(f"<html><head>{head}</head><body>{headings}<article>{_STORY}</article></body></html>")
    assert article.headline == "Bears return to the valley"


def test_a_dash_joining_a_range_of_days_does_not_part_the_title():
    article = extract_html(f"<html><head><title>Weekly report 14. - 20. January 2022 - Avalanche Service</title>"
                           f"</head><body><article>{_STORY}</article></body></html>")
    assert article.headline == "Weekly report 14. - 20. January 2022"


def test_a_heading_of_marks_alone_is_an_ornament_not_the_headline():
    head = ("<title>...: Bears return to the valley</title>"
            "<meta property='og:title' content='Bears return to the valley'>")
    article = extract_html(f"<html><head>{head}</head><body><h1>...</h1><article>{_STORY}</article></body></html>")
    assert article.headline == "Bears return to the valley"


def test_a_site_name_with_accents_is_the_one_its_domain_writes_without_them():
    head = "<meta property='og:title' content='Produkttester werden: gratis testen │ Nestlé Marktplatz'>"
    article = extract_html(f"<html><head>{head}</head><body><article>{_STORY}</article></body></html>",
                           url="https://www.nestle-marktplatz.de/mitmachen/produkttests")
    assert article.headline == "Produkttester werden: gratis testen"


def test_site_name_after_a_colon_in_the_title_is_not_the_headline():
    # the part after the colon is longer than the heading: the heading names the site, not a kicker
    article = extract_html("<html><head><title>The most cheerful music video in the world : Crimeblog</title></head>"
                           f"<body><h1>Crimeblog</h1><article><h3>The most cheerful music video in the world</h3>"
                           f"{_STORY}</article></body></html>")
    assert article.headline == "The most cheerful music video in the world"


def test_a_logos_heading_naming_the_site_is_not_the_headline():
    head = ("<title>Ratschläge geben | Deutsch als Fremdsprache</title>"
            "<meta property='og:site_name' content='Deutsch als Fremdsprache'>")
    article = extract_html(f"<html><head>{head}</head><body><h1>Deutsch als Fremdsprache</h1><article>{_STORY}"
                           "</article></body></html>")
    assert article.headline == "Ratschläge geben"


def test_story_served_inside_noscript_is_found():
    # a page built by a script keeps its story for readers without JavaScript in <noscript>
    page = ("<html><head><title>Bears: a record year</title></head><body>"
            "<script type='text/template'><p>template copy</p></script>"
            f"<noscript><div id='page'><h1>Bears: a record year</h1>{_STORY}</div></noscript>"
            "<noscript><img src='pixel.gif'></noscript></body></html>")
    article = extract_html(page)
    assert article.headline == "Bears: a record year"
    assert article.body.startswith("The council met on Tuesday and agreed the budget")
    assert "template copy" not in article.body


@pytest.mark.parametrize("as_bytes", [False, True])
def test_code_after_a_self_closed_script_tag_is_not_text(as_bytes):
    # in HTML "<script/>" closes nothing: the code after it is the script's, up to </script>
    page = _bears_page("<article><h1>Bears: a record year</h1><script type='text/javascript'/>"
                       "(function() { var meta = JSON.parse('{}'); })();</script>"
                       f"{_STORY}<script src='late.js'/><p>The budget passes to the mayor next week.</p></article>")
    article = extract_html(page.encode() if as_bytes else page)
    assert "function" not in article.body
    assert article.body.startswith("The council met on Tuesday")
    assert article.body.endswith("The budget passes to the mayor next week.")   # no code after it: kept


def test_text_hidden_inside_a_paragraph_is_left_out_of_it():
    # a slideshow's other captions, a label shown on hover: hidden inline, never read on the page
    page = _bears_page("<article><h1>Bears: a record year</h1><p>The council met on Tuesday"
                       "<cite style='display: none'>Photo: a bear on the town hall steps in the rain</cite>"
                       "<span hidden>Download image</span> and agreed the budget after a long debate about roads. "
                       f"{'It took the whole evening and most of the night before the vote was called. ' * 3}</p>"
                       "<div style='display:none'>Slide 2 of 14: a bear outside the library on Monday</div>"
                       f"{_STORY}</article>")
    article = extract_html(page)
    assert article.body.startswith("The council met on Tuesday and agreed the budget")
    for hidden in ("Photo: a bear", "Download image", "Slide 2 of 14"):
        assert hidden not in article.body


def test_a_story_told_in_slides_shown_one_at_a_time_is_read_in_all_of_them():
    # the first slide is shown, the others wait for a click; a carousel's hidden cards link to other stories
    def slide(number: int, shown: bool) -> str:
        style = "" if shown else " hidden' style='display: none;"
        return (f"<div class='gallery-section{style}'><h2>{number}. A bear at the library</h2>"
                f"<p>Bear number {number} came down from the hills on a Monday and stayed for lunch in the town.</p>"
                "</div>")

    def card(number: int, shown: bool) -> str:
        style = "visible" if shown else "hidden"
        return (f"<div class='slide-wrap' style='visibility: {style}'><h3><a href='/story{number}'>Other story "
                f"{number}</a></h3><span>Ann Lee, 24 November, on the harbour and the boats that come in every "
                f"morning, number {number}</span></div>")

    page = _bears_page(f"<article><h1>Bears: a record year</h1>{_STORY}{''.join(slide(n, n == 1) for n in (1, 2, 3))}"
                       f"{''.join(card(n, n == 1) for n in (1, 2, 3))}</article>")
    body = extract_html(page).body
    assert "Bear number 2 came down" in body and "Bear number 3 came down" in body
    assert "every morning, number 2" not in body   # the shown card stands as it would anyway


def test_a_story_the_parser_nests_in_an_unclosed_button_is_found():
    # "<button>" never closed: lxml nests the rest of the page in it, and a button's text is skipped
    page = _bears_page(f"<header><button class='menu'><span>Menu</span><main><article><h1>Bears: a record year</h1>"
                       f"{_STORY}</article></main>")
    article = extract_html(page)
    assert article.headline == "Bears: a record year"
    assert article.body.startswith("The council met on Tuesday and agreed the budget")
    plain = extract_html(page.replace("<main>", "<div>").replace("</main>", "</div>") + "")
    assert "Menu" not in plain.body   # an ordinary button's label stays out


def test_nothing_after_the_heading_of_what_follows_the_story_is_kept():
    bio = ("Ann Lee has reported on the harbour, its council and its ferries for twenty years, and before "
           "that covered the courts for the county paper, where she won two regional prizes.")
    page = _bears_page(f"<article><h1>Bears: a record year</h1>{_STORY}{_STORY}<h3>About the author</h3>"
                       f"<p>{bio}</p></article>")
    article = extract_html(page)
    assert article.body.startswith("The council met on Tuesday and agreed the budget")
    assert "twenty years" not in article.body
    shared_above = page.replace("<h1>Bears: a record year</h1>", "<h1>Bears: a record year</h1><p>Share this</p>")
    assert extract_html(shared_above).body.startswith("The council met")   # a share bar above ends nothing


@pytest.mark.parametrize("heading", ["Leserkommentare", "Reader comments", "So können Sie kommentieren:"])
def test_a_reader_comments_heading_ends_the_story(heading):
    comment = ("I have lived by the harbour for years and I think the council is wrong about the roads, as "
               "anyone who drives there every morning knows well.")
    page = _bears_page(f"<div class='main'><h1>Bears: a record year</h1>{_STORY * 3}<h2>{heading}</h2>"
                       f"<ul><li><p>{comment}</p></li><li><p>{comment}</p></li></ul></div>")
    article = extract_html(page)
    assert article.body.count("The council met on Tuesday") == 12
    assert "harbour for years" not in article.body


@pytest.mark.parametrize("label", ["Etiquetas:", "Mots-clés :", "Parole chiave:", "Palavras-chave:", "Tagi:"])
def test_a_tag_list_label_in_any_language_ends_the_story(label):
    other = ("<p>Un menor de dos años falleció anoche en su domicilio luego de recostarse por una columna de "
             "la red eléctrica conectada sin permiso, informaron los vecinos del barrio.</p>")
    article = extract_html(_bears_page(f"<article><h1>Bears: a record year</h1>{_STORY * 2}<p>{label}</p>"
                                       f"<p>autos bendición capuchinos</p>{other}</article>"))
    assert article.body.count("The council met") == 8 and "Un menor" not in article.body


@pytest.mark.parametrize("label", ["Kontakt:", "Pressekontakt:", "Media contacts:", "Contacto:"])
def test_a_press_releases_contact_label_ends_the_story(label):
    contact = "<p>Ann Lee, Harbour Council press office, Tel.: +49 30 1234 5678, E-Mail: presse@example.org</p>"
    article = extract_html(_bears_page(f"<article><h1>Bears: a record year</h1>{_STORY * 2}<p>{label}</p>"
                                       f"{contact}</article>"))
    assert article.body.count("The council met") == 8 and "press office" not in article.body


def test_more_by_the_author_ends_the_story_a_sentence_opening_alike_does_not():
    other = ("<p>Über drei Millionen Bürger haben Einspruch gegen ihre Bescheide eingelegt, und die Ämter ziehen "
             "Prüfer ab, um sie zu bearbeiten.</p>")
    article = extract_html(_bears_page(f"<article><h1>Bears: a record year</h1>{_STORY * 2}"
                                       f"<p>mehr von Ann Lee auf harbour.example</p>{other}</article>"))
    assert article.body.count("The council met") == 8 and "Einspruch" not in article.body
    sentence = "<p>Mehr von der Soße darübergeben.</p>"
    article = extract_html(_bears_page(f"<article><h1>Bears: a record year</h1>{_STORY * 2}{sentence}{other}</article>"))
    assert "Einspruch" in article.body


def test_an_ad_networks_box_of_stories_from_around_the_web_ends_the_story_a_trending_box_does_not():
    teaser = ("<p>With almost everyone on one or more social media platforms, businesses now turn to social "
              "media as an essential avenue for reaching their customers.</p>")
    second = "<p>" + "Ferries ran again on Thursday once the harbour master lifted the storm warning for the bay. " * 3 + "</p>"
    for label in ("TRENDING ON THE WEB", "Around the web", "Sponsored stories"):
        article = extract_html(_bears_page(f"<article><h1>Bears: a record year</h1>{_STORY * 2}<h3>{label}</h3>"
                                           f"{teaser}{teaser}</article>"))
        assert article.body.count("The council met") == 8 and "social media" not in article.body, label
    # a box of trending stories set amid the story leaves the story going on under it
    trending = "<h4>Trending</h4><p><a href='/other'>Council to vote on new parking charges</a></p>"
    article = extract_html(_bears_page(f"<article><h1>Bears: a record year</h1>{_STORY * 2}{trending}{second}</article>"))
    assert "Ferries ran again on Thursday" in article.body and "parking charges" not in article.body


def test_a_line_labelling_one_other_story_inside_the_story_does_not_end_it():
    """"YOU MAY ALSO LIKE: <a headline>" set between two paragraphs is a teaser to drop; the same
    words alone head the box of other stories under it, where the story ends."""
    second = "<p>" + "Ferries ran again on Thursday once the harbour master lifted the storm warning for the bay. " * 3 + "</p>"
    teaser = "<p>YOU MAY ALSO LIKE: <a href='/other'>Council to vote on new parking charges</a></p>"
    article = extract_html(_bears_page(f"<article><h1>Bears: a record year</h1>{_STORY * 2}{teaser}{second}</article>"))
    assert "Ferries ran again on Thursday" in article.body and "parking charges" not in article.body
    heading = "<h3>You may also like</h3><p><a href='/other'>Council to vote on new parking charges</a></p>"
    article = extract_html(_bears_page(f"<article><h1>Bears: a record year</h1>{_STORY * 2}{heading}{second}</article>"))
    assert "Ferries ran again" not in article.body


@pytest.mark.parametrize("trail, dropped", [
    ("<a href='/'>Home</a> » <a href='/news'>News</a> » ", True),   # a breadcrumb trail of links
    ("Record season: ", True),                                      # a kicker set off by a colon
    ("My ", False),                                                  # a word of the story's own
])
def test_the_headline_repeated_after_a_trail_is_not_the_body(trail, dropped):
    headline = "Bears return to the harbour woods"
    page = (f"<html><head><title>{headline}</title></head><body><article><h1>{headline}</h1>"
            f"<p>{trail}{headline}</p>{_STORY * 2}</article></body></html>")
    article = extract_html(page)
    assert article.headline == headline
    assert (headline not in article.body) is dropped
    assert "The council met on Tuesday" in article.body


def test_a_sentence_reporting_views_is_the_story_where_a_paragraph_disowning_them_is_not():
    reported = "<p>The views expressed in the letter were shared by many residents, the mayor told the council.</p>"
    disowning = "<p>The views expressed by the author are personal.</p>"
    article = extract_html(_bears_page(f"<article><h1>Bears: a record year</h1>{_STORY}{reported}{_STORY}"
                                       f"{disowning}</article>"))
    assert "shared by many residents" in article.body and "are personal" not in article.body


def test_a_run_of_cards_titles_is_not_the_story_where_a_lists_or_a_poems_lines_are():
    cards = "".join(f"<div class='video'><div class='video__details'><div class='video__headline'>Other clip {n}: the "
                    f"mayor answers questions about the harbour {works}</div></div></div>"
                    for n, works in enumerate(["works", "'works'", "works", "works", "“works”"]))   # quotes close titles too
    ingredients = "".join(f"<li class='ingredient'><p class='ingredient-name'>{n}00g flat rice noodles</p></li>"
                          for n in range(1, 6))
    verses = "".join(f"<p class='verse'>The ferry sails at dawn again {n}</p>" for n in range(5))
    article = extract_html(_bears_page(f"<article><h1>Bears: a record year</h1>{_STORY}{cards}{_STORY}"
                                       f"<ul>{ingredients}</ul><div class='poem'>{verses}</div>{_STORY}</article>"))
    assert "Other clip" not in article.body
    assert article.body.count("flat rice noodles") == 5 and article.body.count("The ferry sails") == 5


def test_a_story_set_in_boxes_made_alike_straight_under_the_pages_body_is_read_in_all_of_them():
    """No wrapper holds the whole story: each section is a box of one class, side by side with the
    page's header and footer; the story goes on in every one of them."""
    def section(heading: str, sentence: str, times: int) -> str:
        return f"<div class='topic-block'><div class='row'><h2>{heading}</h2><p>{sentence * times}</p></div></div>"
    menu = "".join(f"<li><a href='/{n}'>Section {n}</a></li>" for n in range(8))
    footer = "".join(f"<li><a href='/more/{n}'>Another story on the harbour, number {n}</a></li>" for n in range(6))
    page = _bears_page(
        f"<nav><ul>{menu}</ul></nav><div class='hero'><h1>Bears: a record year</h1></div>"
        + section("Counting the bears", "Rangers counted the bears in the valley twice this spring. ", 3)
        + section("Why more cubs survive", "A mild winter left the mothers well fed and their cubs strong. ", 8)
        + section("What comes next", "The park will close two trails to keep walkers away from dens. ", 3)
        + f"<footer><ul>{footer}</ul></footer>")
    body = extract_html(page).body
    for sentence in ("Rangers counted", "A mild winter", "The park will close"):
        assert sentence in body
    assert "Another story" not in body and "Section 3" not in body


def test_a_gallery_told_in_its_captions_keeps_them_a_storys_few_captions_go():
    intro = "<p>" + "Cheap and easy costumes are all that matter this year, and these ideas need nothing you would buy. " * 6 + "</p>"
    slides = "".join(f"<figure><img src='/{n}.jpg'><figcaption><p>What you need: a red jumper, a white collar and "
                     f"a black headband turn you into costume number {n} in five minutes.</p></figcaption></figure>"
                     for n in range(8))
    gallery = extract_html(_bears_page(f"<article><h1>Bears: a record year</h1>{intro}"
                                       f"<div class='slides'>{slides}</div></article>"))
    assert gallery.body.startswith("Cheap and easy") and gallery.body.count("What you need") == 8
    photos = "".join("<figure><img src='/bear.jpg'><figcaption>A brown bear crosses the river below the falls "
                     "near the park's northern gate.</figcaption></figure>" for _ in range(2))
    story = extract_html(_bears_page(f"<article><h1>Bears: a record year</h1>{_STORY}{photos}{_STORY}</article>"))
    assert "brown bear crosses" not in story.body


def test_short_lines_above_the_headline_in_the_storys_box_are_not_the_story():
    """The kicker over the headline ("Siemens und die Kohlemine Adani"), a section's name, an
    article number: furniture of the headline, in the story's own box."""
    article = extract_html(_bears_page("<div class='news'><div class='metadata'>5655255</div><article>"
                                       "<h4>Wildlife in the valley</h4><h1>Bears: a record year</h1>"
                                       f"{_STORY}{_STORY}</article></div>"))
    assert article.body.startswith("The council met") and "5655255" not in article.body
    # a subheading under the headline stays
    article = extract_html(_bears_page(f"<article><h1>Bears: a record year</h1>{_STORY}<h4>Wildlife in the valley</h4>"
                                       f"{_STORY}</article>"))
    assert "Wildlife in the valley" in article.body


@pytest.mark.parametrize("byline", ["Article by Barry Alleyne", "Eine Kolumne von Nils Pickert",
                                    "Deniz Aytekin / Kevin Voigt/GettyImages"])
def test_a_byline_or_credit_naming_the_piece_is_not_its_first_paragraph(byline):
    article = extract_html(_bears_page(f"<article><h1>Bears: a record year</h1><p>{byline}</p>{_STORY}{_STORY}</article>"))
    assert article.body.startswith("The council met")


@pytest.mark.parametrize("credit", ["Fotocredit: Ilze Kitshoff © 2021 CTMG, Inc. All Rights",
                                    "Photo credit: Ann Lee for the Courier. All rights reserved",
                                    "A ferry leaves the northern quay. Photograph: Ann Lee/AP",
                                    "Caption: A ferry leaves the northern quay at dawn",
                                    "Bildunterschrift: Eine Fähre verlässt den Nordkai",
                                    "Courtesy of the Harbour Museum"])
def test_a_photo_credit_or_caption_by_its_label_is_not_story_text(credit):
    article = extract_html(_bears_page(f"<article><h1>Bears: a record year</h1>{_STORY}<p>{credit}</p>{_STORY}</article>"))
    assert credit[:12] not in article.body


def test_text_repeating_the_alt_text_of_its_image_is_the_images_caption():
    caption = "Police officers adjust a barricade along the route of the parade in New York."
    photo = f"<div><img src='/1.jpg' alt='{caption} '><cite>{caption}</cite></div>"
    credited = f"<span><span>Ann Lee/Getty Images</span><img src='/2.jpg' alt='{caption}'><span>{caption}</span></span>"
    for figure in (photo, credited):
        article = extract_html(_bears_page(f"<article><h1>Bears: a record year</h1>{figure}{_STORY}{_STORY}</article>"))
        assert "barricade" not in article.body and article.body.startswith("The council met")
    # a subheading that an image under it repeats is still the story's
    heading = "<h2>Wildlife in the valley and beyond</h2><img src='/3.jpg' alt='Wildlife in the valley and beyond'>"
    article = extract_html(_bears_page(f"<article><h1>Bears: a record year</h1>{_STORY}{heading}{_STORY}</article>"))
    assert "Wildlife in the valley and beyond" in article.body


@pytest.mark.parametrize("box, absent", [
    # a video player's title and its description
    ("<div class='video-resource__details'><div class='video-resource__headline'>Hear what happened "
     "inside the court after the ruling</div></div><div class='video-detail'><p>The bears are back in "
     "the valley, and we filmed them for you. Subscribe to our channel for more films like this one.</p></div>",
     ("Hear what happened", "we filmed them")),
    # a table of contents repeats the subheadings as links to them
    ("<div class='article-toc'><p>Contents</p><ul><li>What is a bear?</li><li>Where bears live</li></ul></div>",
     ("bear?", "WANT ADVICE")),
    # a call to action: an offer beside the story, with its form's prompt
    ("<div class='advice-cta'><p>WANT ADVICE ON YOUR NEW HEATING? Certified installers in your region, "
     "free of charge.</p><p>Your postcode</p></div>", ("bear?", "WANT ADVICE")),
    # a donation appeal
    ("<div class='donate'><p>We offer in-depth reporting on the valley's wildlife, and it is free to read. "
     "Please support our work with a donation today.</p></div>", ("in-depth reporting",)),
    # a readers' poll
    ("<div class='poll-box'><p>Would you give your location data to fight the virus?</p>"
     "<ul><li>Yes</li><li>No</li></ul><p>200 readers have voted so far.</p></div>", ("location data", "voted")),
    # a photo's credit box
    ("<div class='media__copyright'>Knauf Gips, Iphofen</div>", ("Knauf",)),
])
def test_a_part_whose_class_names_furniture_inside_the_story_is_not_story_text(box, absent):
    article = extract_html(_bears_page(f"<article><h1>Bears: a record year</h1>{_STORY}{box}{_STORY}</article>"))
    assert all(text not in article.body for text in absent)


def test_an_audio_players_controls_are_not_story_text():
    player = ("<div class='article-audio'><p>Listen to this article</p><p>Read by Abril Mederos.</p>"
              "<p>Download the audio file in one of these formats.</p></div>")
    article = extract_html(_bears_page(f"<article><h1>Bears: a record year</h1>{player}{_STORY}{_STORY}</article>"))
    assert article.body.startswith("The council met") and "Abril" not in article.body


def test_a_line_of_marks_alone_is_not_the_story_a_line_of_figures_is():
    marks = "".join(f"<p>{mark}</p>" for mark in ("\ufeff", "* * *", "———", "..."))
    article = extract_html(_bears_page(f"<article><h1>Bears: a record year</h1>{_STORY}{marks}<p>2 : 1</p>"
                                       f"{_STORY}</article>"))
    assert article.body.count("\n\n") == 2 and "2 : 1" in article.body   # the score between the paragraphs


def test_a_galleries_title_repeated_over_each_photo_is_not_the_story_a_speakers_name_is():
    slides = "<div class='slide'><p>Weather threatens holiday plans</p></div>" * 5
    article = extract_html(_bears_page(f"<article><h1>Bears: a record year</h1>{slides}{_STORY}{_STORY}</article>"))
    assert "Weather threatens" not in article.body and article.body.startswith("The council met")
    answer = "<p>" + "The bears came back because the winter was mild and the berries were plenty. " * 2 + "</p>"
    interview = "".join(f"<p>Anne Lee asks:</p>{answer}" for _ in range(4))
    article = extract_html(_bears_page(f"<article><h1>Bears: a record year</h1>{_STORY}{interview}</article>"))
    assert article.body.count("Anne Lee asks:") == 4


def test_boxes_under_the_storys_own_are_not_the_story_unless_it_goes_on_in_them():
    pitch = ("<p>Get the harbour's news in your inbox every morning, with the council's decisions, the "
             "ferry timetable and the week's events, by signing up to our free letter.</p>")
    bio = ("<p>Ann Lee has reported on the harbour, its council and its ferries for twenty years, and "
           "covered the courts for the county paper before that, where she won two prizes.</p>")
    story = f"<div class='story'><h1>Bears: a record year</h1>{_STORY * 4}</div>"
    article = extract_html(_bears_page(f"<div class='page'>{story}<div class='box'>{pitch}</div>"
                                       f"<div class='box'>{bio}</div></div>"))
    assert article.body.startswith("The council met on Tuesday")
    assert "inbox" not in article.body and "twenty years" not in article.body
    # a story set in sections of one kind goes on in the next section
    sections = extract_html(_bears_page(f"<div class='page'>{story}<div class='story'>{bio}</div></div>"))
    assert "twenty years" in sections.body
    # a box holding much of the prose is the story's too
    long_box = extract_html(_bears_page(f"<div class='page'>{story}<div class='box'>{bio * 4}</div></div>"))
    assert "twenty years" in long_box.body


def test_a_readers_form_below_the_story_does_not_make_the_boxes_above_it_the_story():
    bio = ("<p>Ann Lee has reported on the harbour, its council and its ferries for twenty years, and "
           "covered the courts for the county paper before that, where she won two prizes.</p>")
    consent = ("<p>" + "I agree that the harbour paper stores my name, my address and my comment so that "
               "it can show and moderate it, as its privacy notice explains. " * 4 + "</p>")
    story = f"<div class='story'><h1>Bears: a record year</h1>{_STORY * 4}</div>"
    article = extract_html(_bears_page(f"<div class='page'>{story}<div class='box'>{bio}</div>"
                                       f"<form action='/comment'>{consent}<textarea></textarea></form></div>"))
    assert article.body.startswith("The council met on Tuesday") and "twenty years" not in article.body
    # a form that holds the whole page, as some content systems set one, holds the story too
    wrapped = extract_html(_bears_page(f"<form action='/page'><div class='page'>{story}<div class='box'>{bio}</div>"
                                       f"<div class='box'>{consent}</div></div></form>"))
    assert "twenty years" in wrapped.body


def test_cards_of_other_stories_below_the_story_are_not_the_story_however_much_they_hold():
    card = ("<div class='card'><div class='card-text'><h3><a href='/ferries'>Ferry fares rise again</a></h3>"
            "<p>The third rise this year hits the commuters who cross the bay every morning, the union says, and "
            "it asks the council to step in before the winter timetable starts and the fares go up again.</p>"
            "</div></div>")
    story = f"<div class='story'><h1>Bears: a record year</h1>{_STORY * 2}</div>"
    article = extract_html(_bears_page(f"<div class='page'>{story}<div class='slider'>{card * 8}</div></div>"))
    assert article.body.startswith("The council met on Tuesday") and "commuters" not in article.body
    # two such boxes are no listing: a story may end in a box of its own
    two = extract_html(_bears_page(f"<div class='page'>{story}<div class='slider'>{card * 2}</div></div>"))
    assert "commuters" in two.body


def test_a_list_ending_the_story_keeps_its_short_items():
    items = ("<li>The harbour master's office, on the quay, which opens at seven every weekday morning</li>"
             "<li>The ferry office, on the pier</li><li>The library</li>")
    article = extract_html(_bears_page(f"<article><h1>Bears: a record year</h1>{_STORY}<ul>{items}</ul></article>"))
    assert article.body.endswith("The ferry office, on the pier\n\nThe library")


def test_an_accordions_panels_are_the_story_though_it_is_marked_as_a_list_of_tabs():
    panel = ("<div class='panel'><a href='#more'><h4>The decree of 22 September</h4></a>"
             "<div class='panel-collapse collapse' role='tabpanel'><p>" + "The decree keeps the special measures "
             "in force for as long as the president sees fit, and names no date for the reform. " * 2 + "</p></div></div>")
    article = extract_html(_bears_page(f"<article><h1>Bears: a record year</h1>{_STORY}"
                                       f"<div class='panel-group' role='tablist'>{panel}</div>{_STORY}</article>"))
    assert "names no date for the reform" in article.body
    # a list of tabs that holds only the tabs' names is the page's navigation
    tabs = "<ul role='tablist'><li><a href='#a'>Overview of the harbour</a></li><li><a href='#b'>Ferries</a></li></ul>"
    article = extract_html(_bears_page(f"<article><h1>Bears: a record year</h1>{tabs}{_STORY}{_STORY}</article>"))
    assert "Overview of the harbour" not in article.body


def test_a_link_to_another_story_between_paragraphs_is_not_the_story():
    pointer = "<p>READ: <a href='/ferries'>Ferry fares rise for the third time this year</a></p>"
    article = extract_html(_bears_page(f"<article><h1>Bears: a record year</h1>{_STORY}{pointer}{_STORY}</article>"))
    assert article.body.count("The council met on Tuesday") == 8
    assert "Ferry fares" not in article.body
    listed = ("<p>From the harbour desk</p><p><a href='/ferries'>Ferry fares rise for the third time this year</a></p>"
              "<p><a href='/quay'>The northern quay reopens in April after repairs</a></p>")
    article = extract_html(_bears_page(f"<article><h1>Bears: a record year</h1>{_STORY}{listed}{_STORY}</article>"))
    assert "harbour desk" not in article.body and "northern quay" not in article.body
    assert article.body.count("The council met on Tuesday") == 8


def test_a_php_warning_printed_into_the_story_is_not_the_story():
    warning = ("<p>Warning: Creating default object from empty value in /www/htdocs/site/wp-includes/"
               "classes.php on line 112</p>")
    article = extract_html(_bears_page(f"<article><h1>Bears: a record year</h1>{_STORY}{warning}{_STORY}</article>"))
    assert "Warning" not in article.body and article.body.count("The council met on Tuesday") == 8


def test_a_date_label_alone_and_an_address_block_are_not_story_text():
    """"Published" over its <time>, and <address>, HTML's element for who wrote the article
    ("Ann Lee in Kyiv"), are the story's header, not its text."""
    page = _bears_page("<article><h1>Bears: a record year</h1><div><div>Published</div>"
                       "<time datetime='2022-03-06'>6 March 2022</time></div>"
                       f"<address><a rel='author' href='/ann'>Ann Lee</a> in Kyiv</address>{_STORY}{_STORY}</article>")
    article = extract_html(page)
    assert article.body.startswith("The council met on Tuesday")
    assert article.byline == "Ann Lee" and article.date == date(2022, 3, 6)


def test_a_part_named_by_its_component_attribute_is_read_as_by_its_class():
    byline = "<div data-component='byline-block'><p>By Ann Lee</p><p>Harbour News, Kyiv</p></div>"
    page = _bears_page(f"<article><h1>Bears: a record year</h1>{byline}<div data-component='text-block'>{_STORY}</div>"
                       f"<div data-testid='share-tools'><p>Share this story with your friends and family</p></div>"
                       f"<div data-component='text-block'>{_STORY}</div></article>")
    body = extract_html(page).body
    assert body.startswith("The council met on Tuesday") and "Harbour News" not in body and "Share" not in body


@pytest.mark.parametrize("head, byline", [
    ("<meta name='byl' content='By Ann Lee'>", ""), ("<meta name='author' content='Von Ann Lee'>", ""),
    ("", "By Ann Lee | 3 March 2022"), ("", "Von: Ann Lee"), ("", "Author Ann Lee"),
    ("", "<span itemprop='author'>By: Ann Lee</span>"),   # microdata's author as printed
    ("", "~ Ann Lee"), ("", "| Autor: Ann Lee"), ("", "© Ann Lee,"),   # marks around it
    # the pictures' credits, addresses, dates and times beside it; a label before the name
    ("<meta name='author' content='Ann Lee, (Image: BBC), (Image: PA)'>", ""),
    ("", "Ann Lee, Bild: Bo Roe"), ("", "Ann Lee Foto: © GEPA"),
    ("", "Ann Lee ann.lee@example.org"), ("", "Ann Lee - https://annlee.example.org"), ("", "Ann Lee (www.example.org)"),
    ("", "Ann Lee @annlee"), ("", "Ann Lee, example.org"),
    ("", "Ann Lee at 18:52"), ("", "Ann Lee13.12.2022"), ("", "Ann Lee vor 5 Stunden Mehr"),
    ("", "Interview: Ann Lee"), ("", "Autor/in: Ann Lee"), ("", "Text & Fotos: Ann Lee"),
    ("", "von Ann Lee"), ("", "vom Ann Lee")])
def test_a_byline_in_its_printed_form_gives_the_name_alone(head, byline):
    """A byline's tag or element as the page prints it: with "By", a label, the date."""
    page = (f"<html><head><title>Bears: a record year</title>{head}</head><body><article>"
            f"<h1>Bears: a record year</h1><div class='byline'>{byline}</div>{_STORY}</article></body></html>")
    assert extract_html(page).byline == "Ann Lee"


@pytest.mark.parametrize("byline", ["Łukasz Nowak", "Štěpán Novák", "Özlem Yılmaz"])
def test_a_label_before_a_name_in_any_latin_capitals_is_left_out(byline: str):
    page = _bears_page(f"<article><h1>Bears: a record year</h1><div class='byline'>Autor: {byline}</div>{_STORY}</article>")
    assert extract_html(page).byline == byline


@pytest.mark.parametrize("byline, name", [
    ("von auto-motor.at Redaktion", "auto-motor.at Redaktion"),   # no capital after the word for "by"
    ("vom Support-Team", "Support-Team"), ("Artikel von: annlee", "annlee"),
    ("Ursula von der Leyen", "Ursula von der Leyen"),              # a name's particle stays
    ("Ann Lee, St.Louis", "Ann Lee, St.Louis"),                    # a place, not a web address
])
def test_the_word_for_by_opening_a_byline_is_left_out(byline: str, name: str):
    page = _bears_page(f"<article><h1>Bears: a record year</h1><div class='byline'>{byline}</div>{_STORY}</article>")
    assert extract_html(page).byline == name


def test_microdata_authors_give_way_to_the_structured_datas():
    # the related stories' cards mark their own authors as microdata
    cards = "".join(f'<li><a href="/s{n}">Story {n}</a> <span itemprop="author">Bo Roe{n}</span></li>' for n in range(3))
    page = ('<html><head><title>Bears: a record year</title><script type="application/ld+json">'
            '{"@type": "NewsArticle", "headline": "Bears: a record year", "author": {"@type": "Person", '
            '"name": "Ann Lee"}}</script></head><body><article><h1>Bears: a record year</h1>'
            f'<span itemprop="author">Ann Lee</span>{_STORY}</article><ul>{cards}</ul></body></html>')
    assert extract_html(page).byline == "Ann Lee"


def test_a_list_of_bylines_is_tidied():
    page = _bears_page(f"<article><h1>Bears: a record year</h1><div class='byline'>By Ann Lee , Bo Roe,, By 7 News</div>"
                       f"{_STORY}</article>")
    assert extract_html(page).byline == "Ann Lee, Bo Roe, 7 News"


@pytest.mark.parametrize("label", ["Tags: harbour, council", "Tagged: harbour, council"])
def test_a_tags_line_ends_the_story(label: str):
    other = ("<p>The ferry company said on Friday that it would add two crossings a day in the summer, after a "
             "year in which the boats were full on most weekends and many travellers had to wait for hours.</p>")
    page = _bears_page(f"<article><h1>Bears: a record year</h1>{_STORY * 3}<p>{label}</p>{other}</article>")
    body = extract_html(page).body
    assert "harbour, council" not in body and "ferry" not in body


def test_a_byline_that_is_only_an_address_is_kept():
    page = _bears_page(f"<article><h1>Bears: a record year</h1><div class='byline'>www.example.org</div>{_STORY}</article>")
    assert extract_html(page).byline == "www.example.org"


def test_a_handle_alone_after_an_authors_label_is_the_byline():
    page = _bears_page(f"<article><h1>Bears: a record year</h1><div class='byline'>Autor: annlee</div>{_STORY}</article>")
    article = extract_html(page)
    assert article.byline == "annlee" and "Autor" not in article.body


@pytest.mark.parametrize("meta, name", [
    ("<span class='meta-prep-author'>Posted on</span> <span class='by-author'>by <span class='author'>Ann Lee</span>"
     "</span>", "Ann Lee"),
    ("<span class='byline-label'>Published by</span> <span class='author'>Ann Lee</span>", "Ann Lee"),
    ("<h3 class='authors-title'>Auteurs</h3> <p class='byline author'>Par Ann Lee</p>", "Ann Lee"),
    ("<span class='meta-prep-author'>Veröffentlicht am</span> <span class='by-author'>von annlee</span>", "annlee"),
    ("<span class='author'>Erstellt von Ann Lee</span>", "Ann Lee"),
    ("<span class='author'>Eingestellt von Ann Lee</span>", "Ann Lee"),
])
def test_a_byline_elements_label_alone_gives_way_to_the_name_beside_it(meta, name):
    """Themes set a byline's label ("Posted on", "Published by", "Auteurs") in an element of its
    own, marked as the author's too; the name is in the next one, a handle in lower case after "by"."""
    page = _bears_page(f"<article><h1>Bears: a record year</h1><div class='entry-meta'>{meta}</div>{_STORY}</article>")
    assert extract_html(page).byline == name


@pytest.mark.parametrize("shown, byline", [
    ("<p class='byline'>By Ann Lee</p>", "Ann Lee"),            # a person the page shows outranks the site
    ("<p>Von Ann Lee</p>", "Ann Lee"),                          # or a byline line no class marks
    ("<p class='byline'>Foto: Bo Roe</p>", "Harbour Times"),   # a credit names no author: the metadata stays
    ("<p class='byline'>HT</p>", "Harbour Times"),              # nor do the site's initials
    ("", "Harbour Times"),
])
def test_metadata_naming_the_site_as_the_author_gives_way_to_the_person_the_byline_shows(shown, byline):
    page = ("<html><head><title>Bears: a record year</title><meta property='og:site_name' content='Harbour Times'>"
            "<meta name='author' content='Harbour Times'></head><body><article><h1>Bears: a record year</h1>"
            f"{shown}{_STORY}</article></body></html>")
    assert extract_html(page).byline == byline


@pytest.mark.parametrize("line, byline", [
    ("<p>Von Ann Lee und Bo Roe</p>", "Ann Lee und Bo Roe"),
    ("<p>By Ann Lee | April 13, 2020</p>", "Ann Lee"),
    ("<p>Ein Artikel von Ann Lee | 27.01.2022 - 12:45</p>", "Ann Lee"),
    ("<p>Handball Schweiz • 02.02.2022</p>", ""),                        # a section's name beside the date
    ("<h2>Von Sprachregeln, Gender-Politik und «ganz normalem Deutsch»</h2>", ""),   # a heading opening with "Von"
])
def test_a_byline_line_no_class_marks_in_the_storys_header_gives_the_byline(line, byline):
    page = _bears_page(f"<article><h1>Bears: a record year</h1>{line}{_STORY}</article>")
    article = extract_html(page)
    assert article.byline == byline
    assert "Ann Lee" not in article.body   # the body leaves the byline out


def test_the_name_under_a_byline_label_alone_is_the_byline():
    box = "<div class='box'><p>Published by</p><p>Ann Lee</p><p>Ann Lee covers the harbour for the Times.</p></div>"
    page = _bears_page(f"<article><h1>Bears: a record year</h1>{_STORY}</article>{box}")
    assert extract_html(page).byline == "Ann Lee"


def test_the_structured_datas_author_outranks_an_author_tag_naming_the_publisher():
    structured = ("<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"author\": "
                  "{\"@type\": \"Person\", \"name\": \"Ann Lee\"}}</script>")

    def page(head: str) -> str:
        return (f"<html><head><title>Bears: a record year</title><meta name='author' content='Harbour Media Group'>"
                f"{head}</head><body><article><h1>Bears: a record year</h1>{_STORY}</article></body></html>")

    assert extract_html(page(structured)).byline == "Ann Lee"
    assert extract_html(page("")).byline == "Harbour Media Group"   # without structured data, the tag is all there is


def test_an_author_the_graph_names_by_reference_is_the_byline():
    """Yoast's @graph names the author once, as a Person, and the article points to it."""
    graph = ('{"@graph": [{"@type": "Article", "@id": "https://bears.example/a#article", "author": '
             '{"@id": "https://bears.example/#/person/1"}}, {"@type": "Person", "@id": '
             '"https://bears.example/#/person/1", "name": "Ann Lee"}]}')
    page = (f"<html><head><title>Bears: a record year</title><script type='application/ld+json'>{graph}</script>"
            f"</head><body><article><h1>Bears: a record year</h1>{_STORY}</article></body></html>")
    assert extract_html(page).byline == "Ann Lee"
    malformed = page.replace('{"@id": "https://bears.example/#/person/1"}', '{"@id": ["person", 1]}')
    assert extract_html(malformed).byline == ""   # a reference that is no name points nowhere


def test_a_comments_author_or_a_forms_name_field_is_not_the_byline():
    comments = ("<div class='comments'><div class='comment-author'>Bo Roe says:</div><p>Great story.</p></div>"
                "<form><label class='author-label'>Name *</label><input name='author'></form>")
    page = _bears_page(f"<article><h1>Bears: a record year</h1>{_STORY}</article>{comments}"
                       "<p class='author'>Ann Lee</p>")
    assert extract_html(page).byline == "Ann Lee"


def test_author_link_and_canonical_address_are_read_from_rel_words():
    page = ("<html><head><title>Bears: a record year</title>"
            "<link rel='canonical alternate' href='https://news.example/bears'></head><body><article>"
            "<h1>Bears: a record year</h1><p><a rel='nofollow author' href='/ann'>Ann Lee</a></p>"
            f"{_STORY}</article></body></html>")
    article = extract_html(page)
    assert article.byline == "Ann Lee"
    assert article.url == "https://news.example/bears"


def test_a_lead_set_above_the_articles_container_opens_the_body():
    lead = ("Lovato Electric has widened its range of switches, adding models for the harbour's cranes, "
            "the company said on Tuesday.")
    page = _bears_page(f"<header><h1>Bears: a record year</h1><div class='intro'><p>{lead}</p></div>"
                       f"<p>By Ann Lee</p></header><div class='story'>{_STORY}{_STORY}</div>"
                       f"<footer><p>{lead.replace('Lovato', 'Our')}</p></footer>")
    article = extract_html(page)
    assert article.body.startswith("Lovato Electric has widened its range")
    assert "The council met on Tuesday" in article.body
    assert "Our Electric" not in article.body   # prose below the story is not its lead


@pytest.mark.parametrize("in_container", [False, True])
@pytest.mark.parametrize("box", ["div class='news-details__teaser'", "p class='article-teaser'"])
def test_a_lead_in_a_box_named_teaser_under_the_headline_is_the_storys(box, in_container):
    """Many sites class their standfirst "teaser": a class name, not markup that says furniture;
    above the story's container, or in it under the headline."""
    lead = ("Lovato Electric has widened its range of switches, adding models for the harbour's cranes, "
            "the company said on Tuesday.")
    tag = box.split()[0]
    header = f"<h1>Bears: a record year</h1><{box}>{lead}</{tag}>"
    story = f"<div class='story'>{_STORY}</div><div class='story'>{_STORY}</div>"
    page = _bears_page(f"<article><header><div>3 May 2022</div>{header}</header>{story}</article>"
                       if in_container else header + story)
    assert extract_html(page).body.startswith("Lovato Electric has widened its range")
    assert extract_html(page).body.count("Lovato Electric") == 1
    aside = page.replace(f"<{box}>{lead}</{tag}>", f"<aside><p>{lead}</p></aside>")
    assert "Lovato" not in extract_html(aside).body   # an <aside> is furniture whatever its text


@pytest.mark.parametrize("items", [
    "<ul><li>A new quay for the ferries</li><li>Repairs to the lighthouse</li><li>A covered fish market</li></ul>",
    "<p>• A new quay for the ferries</p><p>• Repairs to the lighthouse</p><p>• A covered fish market</p>"
    "<p>• Two new cranes for the harbour.</p>"])
def test_the_list_that_the_storys_last_line_introduces_with_a_colon_ends_it(items):
    """Short lines after the last paragraph are furniture ("Related", tags) unless they sign the
    story off; the items of a list the story's last line introduces are the story's too."""
    story = f"<article><h1>Bears: a record year</h1>{_STORY * 3}<p>The budget pays for:</p>{items}</article>"
    body = extract_html(_bears_page(story + "<ul><li><a href='/a'>About us</a></li></ul>")).body
    assert body.endswith("A covered fish market") or body.endswith("Two new cranes for the harbour.")
    assert "Repairs to the lighthouse" in body
    pointer = extract_html(_bears_page(story.replace("The budget pays for:", "Read more:"))).body
    assert "lighthouse" not in pointer   # a colon that leads to other stories introduces no list of the story's


def test_a_standfirst_set_as_a_subheading_under_the_headline_opens_the_body():
    standfirst = ("The harbour council's chief said the budget would cover the cranes and the new quay, and "
                  "that the port would hire forty people this year.")
    page = _bears_page(f"<h1>Bears: a record year</h1><h2>{standfirst}</h2><div>3 May 2022</div>"
                       f"<div class='story'>{_STORY}{_STORY}</div>")
    assert extract_html(page).body.startswith("The harbour council's chief said")
    heading = page.replace(f"<h2>{standfirst}</h2>", "<h2>The budget</h2><p>" + standfirst + "</p>")
    assert "The budget\n" not in extract_html(heading).body   # a section's heading stops the search


@pytest.mark.parametrize("standfirst", [
    "The harbour council's chief said the budget would cover the cranes and the new quay, and that the port "
    "would hire forty people this year.",
    "We're about to get bigger cranes, but the quay needs work first.",   # a short sentence right under the headline
])
def test_a_standfirst_is_found_past_the_byline_the_share_buttons_and_an_ad_under_the_headline(standfirst):
    buttons = "".join(f"<div><a href='/share/{name}'>{name}</a></div>" for name in
                      ("facebook", "twitter", "flipboard", "Pinterest", "Reddit", "LinkedIn", "Email"))
    page = _bears_page(f"<div class='article-head'><h1>Bears: a record year</h1><p>{standfirst}</p><div><a href='/ann'>"
                       f"By Ann Lee</a></div><div>February 7, 2020</div>{buttons}<div class='ad'>Advertisement</div></div>"
                       f"<section class='container'><div class='column'><article class='rich-text'>{_STORY}{_STORY}"
                       f"</article></div><aside><a href='/more'>More stories from the harbour</a></aside></section>")
    assert extract_html(page).body.startswith(standfirst)


def test_a_lead_is_found_past_a_caption_and_never_in_a_share_box():
    lead = ("Lovato Electric has widened its range of switches, adding models for the harbour's cranes, "
            "the company said on Tuesday.")
    caption = "The new cranes at the harbour's east quay, photographed on Monday morning from the ferry terminal."
    notice = ("If you press this button, your personal data are sent to the social network, which may store "
              "them and use them for advertising.")
    page = _bears_page(f"<h1>Bears: a record year</h1><p class='intro'>{lead}</p><p class='caption'>{caption}</p>"
                       f"<div class='share-box'><p>{notice}</p></div><div class='story'>{_STORY}{_STORY}</div>")
    body = extract_html(page).body
    assert body.startswith("Lovato Electric has widened its range")
    assert "photographed on Monday" not in body and "personal data" not in body


def test_nothing_above_a_container_that_opens_with_the_headline_is_its_lead():
    crumbs = ("> Blog > From the regions > The harbour council's annual conference on the budget and the "
              "future of the port")
    page = _bears_page(f"<p class='breadcrumb-navigation'>{crumbs}</p>"
                       f"<div class='story'><h1>Bears: a record year</h1>{_STORY}{_STORY}</div>")
    assert "From the regions" not in extract_html(page).body


@pytest.mark.parametrize("notice", [
    "Für Links auf dieser Seite erhält die Redaktion ggf. eine Provision vom Händler.",
    "If you buy something through links on our site, we may earn a small commission.",
    "Anzeige, enthält Affiliate Links",
    "Ich bin damit einverstanden, personalisierte E-Mails mit Angeboten und Neuigkeiten zu erhalten.",
    "Mit der Anmeldung stimme ich der Verarbeitung meiner Daten gemäß der Datenschutzerklärung zu.",
    "I agree to receive the newsletter and occasional offers from the Harbour Times and its partners.",
    "We recommend the best products through an independent review process. We may receive compensation if you "
    "visit partners we recommend.",
    "Wir respektieren deine Privatsphäre und stellen deshalb ohne dein Einverständnis keine Verbindung zu Twitter her.",
    "An dieser Stelle finden Sie externe Inhalte, die den Artikel ergänzen. Sie können sie mit einem Klick freigeben.",
    "This embedded content is hosted by a third party. By showing it you consent to the transfer of your data.",
    "Um Deine persönlichen Daten zu schützen, haben wir das automatische Laden der Inhalte von twitter.com blockiert.",
    "To protect your data, we have blocked the automatic loading of content from twitter.com. Click to show it.",
    # notices about the reader's browser
    "Sorry, but your browser needs Javascript to use this site. If you're not sure how to activate it, read on.",
    "We're sorry but this site doesn't work properly without JavaScript enabled. Please enable it to continue.",
    "Dein Browser ist leider veraltet. Lade für ein besseres Erlebnis einen neueren Browser herunter!",
    "Odtwarzacz wideo wymaga uruchomienia obsługi JavaScript w przeglądarce.",
    "Benachrichtigungen aktivieren: Dürfen wir Sie über die wichtigsten Nachrichten informieren?",
    "Benachrichtigung aktivieren Dürfen wir Sie in Ihrem Browser über die wichtigsten Nachrichten informieren?",
    "Fast geschafft Erlauben Sie harbour.example Ihnen Benachrichtigungen zu schicken.",
    # a login form's messages
    "Falls Sie Ihr Passwort vergessen haben, können Sie es hier per E-Mail anfordern.",
    "Du erhältst in Kürze eine E-Mail von uns mit Infos, wie du dein Passwort zurücksetzen kannst.",
    "Das Passwort muss mindestens 8 Zeichen lang sein, einen Großbuchstaben und eine Ziffer enthalten.",
    "Bitte gib eine gültige E-Mail-Adresse ein.",
    "The Harbour Times would like to keep you informed by email, please tick the box if you would like to be contacted",
    "Read our full mailing list consent terms here", "Switch to the dark mode that's kinder on your eyes at night time.",
    "Masz newsa, zdjęcie lub filmik? Prześlij nam przez harbour.example",
    "Es gab leider ein Problem beim Absenden des Formulars. Bitte versuche es erneut.",
    "Bitte klicke auf den Link in der Bestätigungsmail, um deine Anmeldung abzuschließen.",
    "6 hours ago", "vor 16 Stunden"])   # a post's age told from the day the page was saved
def test_an_affiliate_disclosure_or_a_sign_up_or_embed_consent_is_not_the_story(notice):
    article = extract_html(_bears_page(f"<article><h1>Bears: a record year</h1><p>{notice}</p>{_STORY}</article>"))
    assert article.body.startswith("The council met on Tuesday")


@pytest.mark.parametrize("line", ["Continue reading the main story", "Weiterlesen nach der Anzeige"])
def test_a_pointer_past_an_advertisement_amid_the_story_is_left_out(line):
    article = extract_html(_bears_page(f"<article><h1>Bears: a record year</h1>{_STORY}<p>{line}</p>{_STORY}</article>"))
    assert line not in article.body and article.body.count("The council met on Tuesday") == 8


@pytest.mark.parametrize("notice", [
    "To view the full story, please subscribe to the Harbour Times. You can choose a $60 annual "
    "subscription or a $5 weekly pass.",
    "Um den vollständigen Artikel zu lesen, schließen Sie jetzt ein Abo der Hafenzeitung ab, ab 1 Euro im Monat.",
    "Pour lire la suite de cet article, abonnez-vous au Journal du Port dès aujourd'hui, sans engagement.",
    "This article is only available to subscribers of the Harbour Times: log in or subscribe to read on.",
    # what a sign-up form says once sent, held hidden in the page until then
    "Vielen Dank für Ihre Registrierung. Sie haben jetzt den Aktivierungslink für Ihr Konto per E-Mail erhalten.",
    "Welcome back to the Harbour Times. Thanks for subscribing, you can now read every story on the site."])
def test_a_paywalls_notice_between_the_storys_paragraphs_is_not_the_story(notice):
    article = extract_html(_bears_page(f"<article><h1>Bears: a record year</h1>{_STORY}<p>{notice}</p>{_STORY}"
                                       "</article>"))
    assert notice not in article.body and article.body.count("\n\n") == 1   # both paragraphs, nothing between


@pytest.mark.parametrize("sentence", [
    "The European Commission said the rail links between the two countries would be restored.",
    "Figure skaters will return to the harbour rink on Sunday, the council said.",
    "The council's video of the bears had 37 views by Tuesday.",
    "Vergrößern wollte die Stadt den Hafen nicht, sagte der Bürgermeister am Dienstag.",
    "The mayor announced the new ferry timetable on Twitter/Instagram.",
    "Grafik, besonders die eigene, war ihm wichtiger als der Text, sagte er.",
    "„Dem stimme ich zu, und ich bin einverstanden“, sagte die Bürgermeisterin über den Plan für den Ostkai.",
    "Die Kosten für den neuen Kran am Ostkai teilen sich Bund und Land, sagte der Bürgermeister am Dienstag in "
    "der Sitzung des Stadtrats, die Hafenverwaltung will den Datenschutz prüfen."])
def test_a_storys_sentence_that_only_looks_like_a_notice_stays(sentence):
    article = extract_html(_bears_page(f"<article><h1>Bears: a record year</h1><p>{sentence}</p>{_STORY}</article>"))
    assert article.body.startswith(sentence)
    article = extract_html(_bears_page(f"<article><h1>Bears: a record year</h1>{_STORY}<p>{sentence}</p></article>"))
    assert article.body.endswith(sentence)


@pytest.mark.parametrize("trailer", [
    "Titelbild: Geyres Christophe/ABACA/picture-alliance", "Crédits photos : Bestimage", "Beitragsfoto: Timur | flickr",
    "aja/PAP", "(dr/spot)", "Noah Berger / AP", "Kyle Ross/USA TODAY Sports", "Ann Lee/Instagram",
    "Die Intensivstation im Klinikum am Hafen / picture alliance", "Quelle: Landesregierung", "© Presse- und Informationsamt der Stadt | Jesco Denzel und Ann Lee",
    "ANZEIGE - Heute mal ausgehen?", "Help us continue to spread the news of the harbour to readers everywhere",
    "Follow The Harbour Times on Twitter and Instagram @harbourtimes.",
    "For the latest news download the Harbour Times apps for iOS and Android.",
    "¿Ya sabías que tenemos canal de Telegram? Únete desde tu celular.", "Folgen Sie uns auf Facebook!",
    "Der Beitrag wurde am Mittwoch, den 27. November 2019 um 15:21 Uhr veröffentlicht und wurde unter Allgemein, "
    "Hafen und Stadtrat abgelegt. Sie können die Kommentare zu diesem Beitrag verfolgen.",
    "Erstellt am Dienstag 6. Mai 2014 um 23:30 und abgelegt unter Hafen, Stadtrat, Fähren.",
    "A version of this article appears in print on March 7, 2022, Section A, Page 1 of the New York edition with "
    "the headline: Bears Have a Record Year.", "Dieser Artikel erschien in der Printausgabe vom 7. März 2022.",
    "Abbildung 4: Der neue Kran am Ostkai.", "Dieses Skript als PDF herunterladen", "Valora esta noticia",
    "Lesen Sie das Magazin digital in unserer App (App Store und Google Play).",
    "Verpasse keine News zum Hafen!", "Tú también puedes hacer periodismo incómodo. Cancela cuando quieras.",
    "Werden Sie Mitglied und erhalten Sie exklusive Angebote!", "Jetzt neu! Besuchen Sie unseren Fan-Shop!",
    "Si te parece valioso el trabajo del Puerto, apóyanos para seguir. Únete a nuestra comunidad de lectores.",
    "Eine Welt ohne Sexismus? Unterstütze uns mit deiner Spende!",
    "Helfen Sie mit! Jede kleine Spende hilft den Menschen am Hafen!", "Entdecken Sie jetzt",
    "Die aktuelle Ausgabe der Hafenzeitung jetzt an jedem Bahnhofskiosk, im Abo und als e-Paper erhältlich.",
    "Gefällt dir unser Hafenmagazin? Dann unterstütze uns mit einem Abo.",
    "Get the latest news straight to your phone with our app.", "We rely on your support to make local news free.",
    "Sofern nicht anders ausgewiesen, stehen Inhalte dieser Website unter CC-BY.",
    "(Noch keine Bewertungen) Loading...", "(Alle Angaben ohne Gewähr)", "Vorschau auf den nächsten Artikel",
    "37 views", "Post Views: 22", "Aufrufe: 1120 | Hinzugefügt von: Ann | Tags: Hafen | Rating: 0.0/0",
    # a rating widget's prompt, count and thanks
    "Oceń jakość naszego artykułu:", "Sterne anklicken zum Bewerten", "Rating: 5.0/5 (1 vote cast)",
    "War der Artikel nützlich? ( 95 Stimmen: 4,73 von 5)", "Kommentieren Sie hier",
    "Para comentar debes registrarte y completar los datos generales.",
    "Ann Lee mając 27 lat, ważył 206 kilogramów / domena publiczna",
    "Vielen Dank fuer Ihre Bewertung:",
    "Vergrößern Eine kleine runde Aussparung für die Kamera im Display.",   # an "enlarge" button on a caption
    "The Harbour Times is not responsible for the opinions presented by contributors.", "Externer Inhalt",
    "/Editor’s note: The disclaimer below refers to advertising posts and does not apply to editorial stories.",
    "Follow The Harbour Times on Twitter and Instagram @harbourtimes and on Facebook, and send us your news, "
    "photos and videos at news@harbourtimes.example or by message.",
    "Ann Lee is a senior writer for The Harbour Times, covering the islands. She was previously an editor at "
    "the Island Post.", "Moritz Roe leitet das Ressort Hafen bei der Hafenzeitung.",
    "Ana Pérez es periodista y cubre el puerto desde 2010.",
    "Follow The Harbour Times on Twitter @harbourtimes. Send us a message on WhatsApp or email us at "
    "news@harbourtimes.example.",
    "Puede escribirnos a news@harbourtimes.example o seguir a Harbour Times en Facebook o suscribirse aquí a "
    "nuestra newsletter.",
    "Missing out on the latest Harbour Times developments? Enter your email below to receive future announcements "
    "direct to your inbox. An email confirmation will be sent before you will start receiving notifications - "
    "please check your spam folder if you don't receive this."])
def test_a_credit_a_pitch_or_a_posts_footer_under_the_story_is_not_its_text(trailer):
    article = extract_html(_bears_page(f"<article><h1>Bears: a record year</h1>{_STORY}<p>{trailer}</p></article>"))
    assert article.body.endswith("about roads.")


def test_a_last_paragraph_signed_off_with_the_agencys_codes_is_the_storys_not_a_caption():
    last = ("The office banned twelve pesticides in June. They harm the brains of unborn children and are very "
            "toxic for insects, birds and fish. (ats/nxp)")
    article = extract_html(_bears_page(f"<article><h1>Bears: a record year</h1>{_STORY}<p>{last}</p></article>"))
    assert article.body.endswith(last)
    caption = "Police guard the harbour after the storm on Tuesday. (AP/AFP)"
    article = extract_html(_bears_page(f"<article><h1>Bears: a record year</h1>{_STORY}<p>{caption}</p></article>"))
    assert article.body.endswith("about roads.")


def test_a_last_paragraph_that_links_many_of_its_words_is_still_the_storys():
    last = ("Since the first ferries, <a href='/a'>the harbour's family firms</a> have shaped the town, and "
            "<a href='/b'>the council's new port office</a> now trains <a href='/c'>their young owners</a> in "
            "book-keeping and sales, with help from the chamber of commerce and the county's bank.")
    article = extract_html(_bears_page(f"<article><h1>Bears: a record year</h1>{_STORY}{_STORY}<p>{last}</p></article>"))
    assert article.body.endswith("the county's bank.")
    links = "<p><a href='/a'>Ferry fares rise</a> · <a href='/b'>The port office opens</a> · <a href='/c'>Bears</a></p>"
    article = extract_html(_bears_page(f"<article><h1>Bears: a record year</h1>{_STORY}{_STORY}{links}</article>"))
    assert article.body.endswith("about roads.")


def test_a_bio_above_a_print_editions_notice_is_not_the_storys_text():
    bio = "Ann Lee is a correspondent based in Harbour Town. @annlee"
    notice = "A version of this article appears in print on March 7, 2022, Section A, Page 1 with the headline: Bears."
    article = extract_html(_bears_page(f"<article><h1>Bears: a record year</h1>{_STORY}<p>{bio}</p>"
                                       f"<p>{notice}</p></article>"))
    assert article.body.endswith("about roads.")


def test_a_notice_declining_responsibility_for_contributors_is_not_the_story_wherever_it_stands():
    notice = ("The Harbour Times is not responsible for the opinions, statements or media content presented by "
              "contributors. In case of abuse, click here to report.")
    story = _STORY.replace("</p>", f"</p><p>{notice}</p>", 1)
    article = extract_html(_bears_page(f"<article><h1>Bears: a record year</h1>{story}<p>Sign-off.</p></article>"))
    assert "not responsible" not in article.body


def test_a_story_whose_last_paragraph_describes_a_person_keeps_it_when_it_is_no_bio():
    last = ("Ann Lee, a fisherman for forty years, said the vote came too late for the northern quay, which "
            "lost its railings in the storm and has been closed since January.")
    article = extract_html(_bears_page(f"<article><h1>Bears: a record year</h1>{_STORY}<p>{last}</p></article>"))
    assert article.body.endswith("closed since January.")


def test_a_subheading_whose_anchor_is_spelt_like_furniture_stays_in_the_story():
    # a table of contents links to "#nav_the_vote", an anchor spelt from the subheading's words
    story = _STORY.replace("</p>", "</p><h3 class='subheading' id='nav_the_vote_1'>The vote</h3>", 1)
    article = extract_html(_bears_page(f"<article><h1>Bears: a record year</h1>{story}{_STORY}</article>"))
    assert "\n\nThe vote\n\n" in article.body


def test_a_story_told_mostly_in_a_list_goes_on_in_the_paragraphs_after_the_list():
    point = "Point {}: the council weighed the roads, the bridges and the harbour at length. "
    points = "".join(f"<li>{point.format(n) * 4}</li>" for n in range(1, 6))
    annex = "<p>Annex. The vote on the harbour</p><p>" + "The harbour vote came a week later and passed. " * 5 + "</p>"
    article = extract_html(_bears_page(f"<article><h1>Bears: a record year</h1><div class='body'>{_STORY}"
                                       f"<ul>{points}</ul>{annex}</div></article>"))
    assert article.body.endswith("came a week later and passed.")


def test_a_stub_drawn_in_place_of_the_story_yields_to_the_structured_article_body():
    story = "The council met on Tuesday and agreed the budget after a long debate about roads."
    body = "\\n".join([story] * 12)
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Bears: a record year", '
          f'"articleBody": "{body}"}}</script>')
    lead = "The bears came back to the harbour this year in greater numbers than ever, and the council noticed."
    stub = f"<article><h1>Bears: a record year</h1><p>{lead}</p><p>READ FULL ARTICLE</p></article>"
    article = extract_html(f"<html><head><title>Bears: a record year</title>{ld}</head><body>{stub}</body></html>")
    assert article.body.count("agreed the budget") == 12 and "READ FULL" not in article.body
    short = ld.replace(body, story)   # a truncated articleBody does not replace the page's own story
    page = _bears_page(f"<article><h1>Bears: a record year</h1>{_STORY}</article>")
    page = page.replace("<title>", short + "<title>")
    assert extract_html(page).body.startswith("The council met on Tuesday")


@pytest.mark.parametrize("stated, dateline", [
    ("WASHINGTON, Nov. 7 (Reuters)", "Washington, Nov. 7 (Reuters)"),
    ("2022-05-07T20:06:23-05:00", ""),   # a content system's timestamp in the field names no place
])
def test_a_stated_dateline_names_a_place(stated: str, dateline: str):
    ld = f'<script type="application/ld+json">{{"@type": "NewsArticle", "dateline": "{stated}"}}</script>'
    page = _bears_page(f"<article><h1>Bears: a record year</h1>{_STORY}</article>").replace("<title>", ld + "<title>")
    assert extract_html(page).dateline == dateline


def test_html_written_into_structured_data_is_read_as_text():
    # JSON-LD strings escaped once or twice, or holding markup: entities decoded, a paragraph a line
    paragraph = "The council met on Tuesday and agreed the budget after a long debate about roads &amp;amp; bridges."
    body = "".join(f"&lt;p&gt;{paragraph}&lt;/p&gt;" for _ in range(12))
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Bears &#8211; a record year", '
          '"description": "<p>The bears came back, <strong>in numbers</strong>.</p>", '
          f'"author": {{"@type": "Person", "name": "Redacci&oacute;n"}}, "articleBody": "{body}"}}</script>')
    stub = "<article><h1>Bears – a record year</h1><p>READ FULL ARTICLE</p></article>"
    article = extract_html(f"<html><head>{ld}</head><body>{stub}</body></html>")
    assert article.summary == "The bears came back, in numbers."
    assert article.byline == "Redacción"
    paragraphs = article.body.split("\n\n")
    assert len(paragraphs) == 12 and paragraphs[0].endswith("about roads & bridges.")


def test_a_consent_banner_is_not_the_story_however_long():
    banner = ("<p>This website uses cookies to improve your experience, to measure how the site is used and to "
              "show you advertising that matches your interests, and you may withdraw your consent at any "
              "time, change your settings, or read how we use your data, who we share it with and why.</p>")
    article = extract_html(_bears_page(f"<div>{banner * 3}</div><div><h1>Bears: a record year</h1>{_STORY}</div>"))
    assert article.body.startswith("The council met on Tuesday")
    assert "cookies" not in article.body


def test_a_site_telling_of_its_own_cookies_is_not_the_story():
    banner = ("Auf unserer Website werden Cookies gemäß unserer Datenschutzerklärung verwendet. Diese helfen uns "
              "dabei, die Benutzererfahrung zu optimieren und die Nutzung der Seiten auszuwerten.")
    article = extract_html(_bears_page(f"<article><h1>Bears: a record year</h1>{_STORY}<p>{banner}</p>{_STORY}</article>"))
    assert is_cookie_notice(banner) and "Cookies" not in article.body
    # the site's own: a sentence on other sites' cookies is no banner
    assert not is_cookie_notice("Auf vielen Webseiten werden Cookies verwendet, um Nutzer zu verfolgen.")


def test_the_leads_dateline_is_cut_when_the_standfirst_opens_the_body():
    standfirst = "A long dry season has left the Guri dam at its lowest level in a decade."
    lead = ("CARACAS, Venezuela (AP) — Venezuela will cut power to homes and offices for four hours a day in "
            "most states, the electricity ministry said Saturday, as a drought drains the reservoir.")
    page = (f"<html><head><title>Venezuela rations power</title><meta name='description' content='{standfirst}'>"
            f"</head><body><article><h1>Venezuela rations power</h1><p>{standfirst}</p><p>{lead}</p>{_STORY}"
            "</article></body></html>")
    article = extract_html(page)
    assert article.dateline == "Caracas, Venezuela"
    assert article.body.startswith(standfirst + "\n\nVenezuela will cut power")


def test_a_layouts_names_printed_as_text_are_not_the_story_and_leave_the_leads_dateline_first():
    breakpoints = "<div><span>for-phone-only</span><span>for-tablet-portrait-up</span><span>for-desktop-up</span></div>"
    lead = ("LOS ANGELES (Reuters) - South Korean thriller Parasite was the upset winner at the Screen Actors "
            "Guild awards on Sunday, while the leading actors took the top prizes.")
    article = extract_html(_bears_page(f"<article><h1>Bears: a record year</h1>{breakpoints}<p>{lead}</p>{_STORY}"
                                       "</article>"))
    assert article.dateline == "Los Angeles" and article.body.startswith("South Korean thriller")
    # an address stays
    address = "<p>https://harbour.example/reports/2020/the-council-budget-for-roads-and-bridges</p>"
    article = extract_html(_bears_page(f"<article><h1>Bears: a record year</h1>{address}{_STORY}</article>"))
    assert article.body.startswith("https://harbour.example/reports")


def test_the_next_story_set_below_a_longer_one_does_not_take_the_storys_place():
    ferries = "<p>" + "The ferry company raised its fares for the third time this year, the union said. " * 4 + "</p>"
    page = ("<html><head><title>Bears: a record year</title><meta property='og:title' content='Bears: a record year'>"
            f"</head><body><article><h1>Bears: a record year</h1>{_STORY * 2}</article>"
            f"<article><h1>Ferry fares rise again</h1>{ferries * 4}</article></body></html>")
    article = extract_html(page)
    assert article.headline == "Bears: a record year"
    assert article.body.startswith("The council met on Tuesday") and "ferry company" not in article.body
    # a story whose sections have headings of the same rank keeps them all
    sections = page.replace("</article><article><h1>Ferry fares rise again</h1>", "<h1>Ferry fares rise again</h1>")
    assert "ferry company" in extract_html(sections).body


def test_a_site_that_names_itself_only_in_its_title_and_footer_is_the_source():
    page = ("<html><head><title>Lagos opens its light rail – Kurier am Rhein</title></head><body><article>"
            f"<h1>Lagos opens its light rail</h1>{_STORY}</article><footer><p>© Kurier am Rhein</p></footer>"
            "</body></html>")
    assert extract_html(page).source == "Kurier am Rhein"
    unsigned = page.replace("© Kurier am Rhein", "© Getty Images")   # a credit, not the site: the title names another
    assert extract_html(unsigned).source == ""


def test_a_sites_social_media_handle_names_it_only_when_nothing_else_does():
    handle = "<meta name='twitter:site' content='@harbourtimes_de'>"
    page = _bears_page(f"<article><h1>Bears: a record year</h1>{_STORY}</article>").replace("<title>", handle + "<title>")
    assert extract_html(page, url="https://www.harbour-times.de/bears").source == "harbour-times.de"
    assert extract_html(page).source == "harbourtimes_de"
    # a handle written as the address of its profile is no name
    profile = page.replace("@harbourtimes_de", "https://twitter.com/harbourtimes_de")
    assert extract_html(profile, url="https://www.harbour-times.de/bears").source == "harbour-times.de"


def test_a_site_name_that_is_the_pages_whole_title_is_the_pages_name():
    title = "Bears return to the harbour in record numbers | Harbour Times"
    named = (f"<html><head><title>{title}</title><meta name='application-name' content='{title}'>"
             "<meta name='author' content='Harbour Times'></head><body><article><h1>Bears return to the harbour "
             f"in record numbers</h1><p class='byline'>By Ann Lee</p>{_STORY}</article></body></html>")
    article = extract_html(named, url="https://www.ht-online.com/bears")
    assert article.source == "ht-online.com"
    # the author tag names the site, as the page's title and that name field do: the name shown wins
    assert article.byline == "Ann Lee"
    short = named.replace(f"content='{title}'", "content='Harbour Times'")
    assert extract_html(short, url="https://www.ht-online.com/bears").source == "Harbour Times"


def test_class_words_are_read_whatever_space_separates_them():
    page = _bears_page(f"<article><h1>Bears: a record year</h1><span class='story-meta\tdateline'>Anchorage</span>"
                       f"{_STORY}</article>")
    assert extract_html(page).dateline == "Anchorage"


@pytest.mark.parametrize("header, aside, dateline", [
    ("<span class='location'>KOBE</span>", "", "Kobe"),
    # a place's name outside the story and its header is a weather box's, a menu's, a job listing's
    ("", "<div class='weather'><span class='js-weather-location'>Lauf an der Pegnitz</span></div>", ""),
    ("", "<ul class='jobs'><li>Java developer <span class='location'>Munich</span></li></ul>", ""),
    # in the header, a label, a trail, a form's prompt and a part of the page are no place's name
    ("<dl><dt>Wohnort: Hagen</dt></dl><dd class='profile-location'>Wohnort: Hagen</dd>", "", ""),
    ("<nav class='breadcrumb-location'>Home &gt; News &gt; Bears</nav>", "", ""),
    ("<form><label class='set-location'>enter location</label><input></form>", "", ""),
    ("<div class='location-header'><p>Bears</p><p>Wolves</p></div>", "", ""),
])
def test_a_dateline_element_is_a_place_s_name_in_the_story_s_header(header: str, aside: str, dateline: str):
    filler = "".join(f"<p>Another story on the front page, number {n}, with a line of its own.</p>" for n in range(20))
    page = _bears_page(f"<article><h1>Bears: a record year</h1>{header}{_STORY * 2}</article><aside>{filler}{aside}</aside>")
    assert extract_html(page).dateline == dateline


def test_a_short_teaser_is_still_an_article():
    # a paywalled story shows its headline and a sentence or two: worth finding, not a failure
    lead = "A senior prison official said in a sworn affidavit that anyone determined enough could escape."
    article = extract_html(f"<html><body><article><h1>Prison official: anyone could escape</h1><p>{lead}</p>"
                           "</article><footer><a href='/'>Home</a></footer></body></html>")
    assert article.headline == "Prison official: anyone could escape"
    assert article.body == lead


def test_a_videos_description_is_its_story_and_a_login_form_after_the_footer_is_not():
    # the description stands in the player's caption (furniture by its class); the page's overlays follow its footer
    description = ("New York is the centre of the pandemic in the United States. Sport has come to a standstill "
                   "too, and nobody knows how the seasons will go on.")
    messages = "".join(f"<p>{text} Please check the address you entered and try again in a moment.</p>" for text in (
        "This e-mail address does not seem to be right: it must hold an @.",
        "No account is known under this e-mail address, or the password is wrong.",
        "The password must be at least eight characters long and hold a capital letter.",
        "This e-mail address is already registered: log in with your account instead.",
        "Sorry, the registration did not work. Please check your entries and send the form again."))
    page = _bears_page(f"<main><article><h1>US sport in times of corona</h1><div class='item-caption'>"
                       f"<p class='item-description'>{description}</p><dl><dt>2 min</dt><dt>04.04.2020</dt>"
                       f"<dt>Video available until 28.02.2021</dt></dl></div></article></main>"
                       f"<footer><a href='/imprint'>Imprint</a></footer>"
                       f"<div class='login-modal'><h2>Log in</h2><form>{messages * 2}</form></div>")
    article = extract_html(page)
    assert article.body.startswith("New York is the centre of the pandemic")
    assert "password" not in article.body
    assert (article.date.year, article.date.month, article.date.day) == (2020, 4, 4)   # not the day it expires


#: A story shorter than a read with furniture let in is tried for
_SHORT_STORY = ("<p>Ingo said he had not written this text himself. Still it stands here. As if planned. But why? "
                "So that Petra writes a text under Ingo's name, and what Ingo said becomes truer? Nobody knows.</p>")


def test_a_short_story_is_not_traded_for_its_comments():
    # the story is short, and a comment holds a little more text: letting furniture in must find much more to win
    story = _SHORT_STORY + "<p>Greetings, Heiko</p>"

    def comment(number: int, text: str) -> str:
        return (f"<li class='comment depth-1'><div id='comment-{number}'><div class='comment-author vcard'>"
                f"Anonymous says:</div><div class='comment-body'>{text}</div></div></li>")

    comments = comment(1, "<p>Nice episode, I enjoyed it.</p>") + comment(2, (
        "<p>Even if I am not from Berlin: you advertise your photo account here, yet for this episode you posted "
        "no picture, nothing at all, and that is not on.</p><p>Still a very entertaining episode (apart from the "
        "intro, good grief). I would have liked more holiday stories. Maybe next time, when Heiko or Petra travel.</p>"))
    article = extract_html(f"<html><body><div class='post'><h2>Episode 82</h2><div class='entry-content'>{story}"
                           f"</div></div><div id='comments'><ol class='commentlist'>{comments}</ol></div></body></html>")
    assert article.body.startswith("Ingo said he had not written")
    assert "Berlin" not in article.body


def test_a_comment_forms_prompts_are_not_read_into_a_short_story():
    # a story this short is read again with furniture let in, in case class names misled: a comment
    # form's labels and prompts, which come with it, stay out
    story = _SHORT_STORY
    prompts = "".join(f"<div class='comment-form-field'><p>{text}</p></div>" for text in (
        "Enter your details below or click an icon to log in so that your comment can be published here:",
        "Email (required) (your address is never made public, and it is not shared with anyone else)",
        "Name (required): the name other readers will see beside your comment when it is published",
        "Notify me of follow-up comments by email, and of new posts on this blog as they are published.",
        "Website (optional): the address your name will link to when your comment is shown to readers"))
    page = (f"<html><body><div class='content'><div class='post'><h2>Episode 82</h2>{story}</div>"
            f"<div id='respond' class='comment-respond'><h3>Leave a reply</h3>"
            f"<form id='commentform' class='comment-form'>{prompts}</form></div></div></body></html>")
    article = extract_html(page)
    assert article.body.startswith("Ingo said he had not written")
    assert "Email" not in article.body and "Website" not in article.body


def test_a_pull_quote_is_read_once_and_a_heading_a_paragraph_repeats_stays():
    quoted = "We ran out of fuel and the electricity is cut off, so the hospital is out of service."
    paragraphs = [
        "The last generator at the city's main hospital stopped on Sunday morning, its director said.",
        f"“{quoted} Nobody can be treated here any more,” said the director, who has run it for ten years.",
        "Doctors moved the patients who could be moved to two smaller clinics on the edge of the city.",
        "Those who could not be moved stayed in the wards, looked after by nurses working by torchlight.",
    ]
    contents = "<p>In this article: Why the power failed. What happens to the patients.</p>"
    page = _bears_page(f"<article><h1>Hospital runs out of fuel</h1>{contents}<h2>Why the power failed</h2>"
                       + "".join(f"<p>{text}</p>" for text in paragraphs[:2])
                       + f"<blockquote class='pull-quote'><p>“{quoted}”</p></blockquote>"
                       + "<h2>What happens to the patients</h2>" + "".join(f"<p>{text}</p>" for text in paragraphs[2:])
                       + "</article>")
    body = extract_html(page).body
    assert body.count("We ran out of fuel") == 1
    assert all(text in body for text in paragraphs)
    assert "\n\nWhy the power failed\n\n" in body and "\n\nWhat happens to the patients\n\n" in body


@pytest.mark.parametrize("head, h1, headline", [
    # the heading wins over metadata that flattened its typographic quotes
    ("<meta property='og:title' content=\"Editor's letter: bye, Baby!\">", "Editor’s letter: bye, Baby!",
     "Editor’s letter: bye, Baby!"),
    # the title keeps the typographic dash that the metadata flattened
    ("<title>Whisky tastings January – May 2020 | Tasting Club</title>"
     "<meta property='og:title' content='Whisky tastings January - May 2020'>", "",
     "Whisky tastings January – May 2020"),
    # a kicker before a colon in the stated title, the heading without it
    ("<title>Petition : Save the radio choir from the cuts</title>", "Save the radio choir from the cuts",
     "Save the radio choir from the cuts"),
    # a heading hidden for screen readers that copies the title, site name and all
    ("<meta property='og:site_name' content='Umweltbundesamt'><meta property='og:title' content='Gas is not green'>",
     "Gas is not green | Umweltbundesamt", "Gas is not green"),
    # an og:title cut short by an unescaped quote; the title has it whole
    ('<title>Senator calls Biden "unfit"</title><meta property="og:title" content="Senator calls Biden "unfit"">',
     "", 'Senator calls Biden "unfit"'),
    # a site name before a bar without spaces, and one holding a separator itself
    ("<title>NEWS WEB EASY|A law bans smacking children</title>", "", "A law bans smacking children"),
    ("<meta property='og:site_name' content='AOC media - Analyse Opinion Critique'>"
     "<title>Pensions are not archaic | AOC media - Analyse Opinion Critique</title>", "", "Pensions are not archaic"),
    # a day printed before the headline is the date's, not the headline's; a year alone is what it is about
    ("<meta property='og:title' content='23.01.2022 - Bears return to the valley'>",
     "23.01.2022 - Bears return to the valley", "Bears return to the valley"),
    ("<meta property='og:title' content='2022 - the year of the bears'>", "2022 - the year of the bears",
     "2022 - the year of the bears"),
    # a Chinese title attaches the site's name without spaces
    ("<title>武汉的声音：有英勇的你，才有英雄的城！-新华网</title>", "", "武汉的声音：有英勇的你，才有英雄的城！"),
    ("<title>短缺药品保供稳价 全力保障临床用药需求_新闻中心_中国网</title>", "", "短缺药品保供稳价 全力保障临床用药需求"),
])
def test_headline_agrees_across_title_metadata_and_heading(head, h1, headline):
    heading = f"<h1>The Daily</h1><h1>{h1}</h1>" if h1 else ""
    article = extract_html(f"<html><head>{head}</head><body><article>{heading}{_STORY}</article></body></html>")
    assert article.headline == headline


@pytest.mark.parametrize("written, read, hidden", [
    ("Mit&shy;tel&shy;al&shy;ter", "Mittelalter", "\u00ad"),   # soft hyphens: where a browser may break the word
    ("Mu\u0308nchen", "München", "\u0308"),   # "u" + a mark, as some editors save "ü": composed, as elsewhere
])
def test_words_are_kept_in_the_one_form_readers_see(written, read, hidden):
    page = _bears_page(f"<article><h1>Bären in {written}</h1>" + _STORY.replace("budget", f"{written} budget")
                       + "</article>")
    article = extract_html(page)
    assert article.headline == f"Bären in {read}"
    assert f"the {read} budget" in article.body and hidden not in article.body


@pytest.mark.parametrize("shown, published", [("12 April 2017", date(2017, 4, 12)), ("", date(2020, 2, 19))])
def test_metadata_that_disagrees_on_the_day_is_settled_by_the_day_the_page_shows(shown, published):
    page = ("<html><head><title>Bears: a record year</title>"
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Bears: a record year", '
            '"datePublished": "2020-02-19"}</script>'
            '<meta property="article:published_time" content="2017-04-12T18:33:59+02:00"></head><body>'
            f"<article><h1>Bears: a record year</h1><p>{shown}</p>{_STORY}</article></body></html>")
    assert _published_day(page) == published


@pytest.mark.parametrize("shown, published", [
    ("03.04.2019", date(2019, 4, 3)),                  # only the update's day: republished, read as of then
    ("21.08.2017, updated 03.04.2019", date(2017, 8, 21)),   # both days: the first publication's
    ("", date(2017, 8, 21)),                            # neither: the declared publication
])
def test_a_story_showing_only_its_update_day_is_dated_that_day(shown, published):
    page = ("<html><head><title>Bears: a record year</title>"
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Bears: a record year", '
            '"datePublished": "2017-08-21T13:09:00Z", "dateModified": "2019-04-03T08:04:01Z"}</script>'
            f"</head><body><article><h1>Bears: a record year</h1><div>{shown}</div>{_STORY}</article></body></html>")
    assert _published_day(page) == published


def test_an_address_filed_under_the_first_day_does_not_show_it_to_readers():
    page = ("<html><head><title>Bears: a record year</title>"
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Bears: a record year", '
            '"datePublished": "2021-03-08T11:15:28Z", "dateModified": "2021-03-14T20:10:50Z"}</script>'
            "</head><body><article><h1>Bears: a record year</h1><div>Updated 2010 GMT March 14, 2021</div>"
            f"{_STORY}</article></body></html>")
    found = extract_html(page, url="https://news.example/2021/03/08/bears/index.html").date
    assert (found.year, found.month, found.day) == (2021, 3, 14)


@pytest.mark.parametrize("shown, published", [
    ("Published March 14, 2021", date(2021, 3, 14)),                   # only the later day: as readers see it
    ("March 8, 2021, updated March 14, 2021", date(2021, 3, 8)),       # the first day too: the address's
])
def test_a_page_showing_its_declared_day_and_not_its_addresss_is_dated_as_shown(shown, published):
    page = ("<html><head><title>Bears: a record year</title>"
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Bears: a record year", '
            '"datePublished": "2021-03-14T11:15:28+01:00"}</script>'
            f"</head><body><article><h1>Bears: a record year</h1><div>{shown}</div>{_STORY}</article></body></html>")
    found = extract_html(page, url="https://news.example/2021/03/08/bears/index.html").date
    assert (found.year, found.month, found.day) == (published.year, published.month, published.day)


def test_a_stamp_the_page_shows_only_as_its_update_does_not_date_it():
    """A content system's stamp (``<meta name=date>``) dates a page when the page shows its day,
    but not when that day is shown as the page's last change: the day labelled as published is."""
    page = ('<html><head><title>Bears: a record year</title><meta name="date" content="2021-10-15"></head>'
            "<body><article><h1>Bears: a record year</h1><div>Erschienen am:</div><div>13.10.2021</div>"
            f"{_STORY * 2}<div>Zuletzt geändert am:</div><div>15.10.2021</div></article></body></html>")
    assert _published_day(page) == date(2021, 10, 13)


@pytest.mark.parametrize("update, published", [
    ("<p>Aktualisiert am 17.01.2021.</p>", date(2021, 1, 17)),   # the only date the page shows
    ("<p>Aktualisiert am 17.01.2021.</p><p>Last updated 02.03.2021</p>", None),   # two days: neither is sure
    ("", None),
])
def test_a_story_dated_only_by_its_update_line_is_dated_that_day(update, published):
    # the update line closes a long story, above its sources: far from where a meta line stands
    sources = "<p>Source: the council's minutes, volume 371, pages 232 to 240, in the town's archive.</p>"
    page = _bears_page(f"<article><h1>Bears: a record year</h1>{_STORY * 12}{update}{sources}</article>")
    assert _published_day(page) == published


def test_a_listings_dated_items_do_not_show_the_day_of_a_stamp():
    """A bare-day stamp (30 April) that only a carousel's teasers show is not the day readers see
    the story dated (29 April, at its top): the day before, as a UTC day often is."""
    teasers = "".join(f"<a href='/story{n}'><div class='teaser'><p>Other story {n} about the harbour</p>"
                      f"<div>{day}.2020 / Ann Lee</div></div></a>"
                      for n, day in enumerate(["30.04", "26.05", "16.05"]))
    page = ('<html><head><title>Bears: a record year</title><meta name="date" content="2020-04-30"></head>'
            "<body><article><h1>Bears: a record year</h1><ul><li>29.04.2020, 12:01 Uhr</li></ul>"
            f"{_STORY * 8}</article><div class='carousel'>{teasers}</div></body></html>")
    assert _published_day(page) == date(2020, 4, 29)


@pytest.mark.parametrize("line, kept", [
    ("Aktualisiert am 17.01.2021.", False),             # an update's date line, closed by a full stop
    ("Article mis à jour le 7 janvier 2020.", False),
    ("Posted: Thursday, April 21, 2022. 10:11 pm CST.", False),   # the publication's, its label first
    ("Publié le 27 octobre 2023 à 15h01 Lecture 1 min.", False),
    ("The mayor died on 3 May 2020.", True),            # a sentence of the story that names a day
    ("Published on 3 May 2020, the report named the harbour's three worst roads and the cost of each.", True),
])
def test_an_update_or_publication_line_in_the_story_is_not_story_text(line, kept):
    page = _bears_page(f"<article><h1>Bears: a record year</h1>{_STORY * 3}<p>{line}</p>{_STORY}</article>")
    assert (line in extract_html(page).body) == kept


def test_a_mastheads_today_far_above_the_story_does_not_date_it():
    masthead = ('<div class="navtop"><time datetime="2023-11-01T13:56:20+01:00">'
                "Mittwoch, 01. November 2023</time></div>")
    menu = "".join(f'<div><a href="/section/{n}">Section {n}</a></div>' for n in range(20))
    story = "<article><h1>Bears: a record year</h1><p>31. Oktober 2023. The council met on Tuesday.</p>" \
            f"{_STORY * 3}</article>"
    assert _published_day(_bears_page(masthead + menu + story)) == date(2023, 10, 31)
    assert _published_day(_bears_page(masthead + story)) == date(2023, 11, 1)   # in the story's header: its date


def test_a_linked_meta_line_under_the_headings_above_the_story_dates_it():
    """Server warnings printed above the page are not the story's container, and the meta line
    under a section's name and the headline dates the story although its links ("Email this
    post", "Comment") make it mostly link text."""
    warnings = "".join(f"<br />\n<b>Strict Standards</b>:  Declaration of Walker_Page::start_el{n}() should be "
                       f"compatible with Walker::start_el(&$output, $page) in <b>/www/htdocs/wp-includes/classes.php"
                       f"</b> on line <b>{n}</b><br />" for n in range(16))
    meta_line = ("<div>⋅ November 22, 2011 ⋅ <a href='/mail'>Email this post</a> ⋅ <a href='/print'>Print this "
                 "page</a> ⋅ <a href='#comments'>Leave a comment</a></div>")
    page = (f"<html><head><title>Bears: a record year</title></head><body>{warnings}<div class='column'>"
            f"<h2>General</h2><h2>Bears: a record year</h2>{meta_line}{_STORY * 3}</div></body></html>")
    assert _published_day(page) == date(2011, 11, 22)


def test_an_empty_time_element_is_not_a_day_the_page_shows():
    """Metadata sources that disagree on the day are settled by the day readers see ("04. Dezember
    2022"), not by a ``<time>`` element with no text, which shows readers nothing."""
    page = ("<html><head><title>Bears: a record year</title>"
            '<script type="application/ld+json">{"@type": "Article", "headline": "Bears: a record year", '
            '"datePublished": "2022-12-06T14:42:13+01:00"}</script>'
            '<meta property="article:published_time" content="2022-12-04T15:00:00+01:00"></head><body>'
            '<article><h1>Bears: a record year</h1><time datetime="2022-12-06T14:42:13+01:00"></time>'
            f"<div>04. Dezember 2022</div>{_STORY * 2}</article></body></html>")
    assert _published_day(page) == date(2022, 12, 4)


@pytest.mark.parametrize("title, published", [
    ("Bears: a record year - 11/05/2022 - Harbour Times", date(2022, 5, 11)),   # the title bar shows the day
    ("Bears: a record year - Harbour Times", date(2022, 5, 10)),                # nothing shows one: as stated
])
def test_the_title_bar_shows_readers_the_day_of_a_utc_time(title, published):
    page = (f"<html><head><title>{title}</title>"
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Bears: a record year", '
            '"datePublished": "2022-05-10T23:35:55Z"}</script></head><body>'
            f"<article><h1>Bears: a record year</h1>{_STORY * 2}</article></body></html>")
    assert _published_day(page) == published


def test_an_embedded_posts_date_does_not_count_as_a_day_the_page_shows():
    # published 21:25 on 3 May where the page is read, 00:25 UTC on the 4th; a quoted post is of the 4th
    page = ("<html><head><title>Bears: a record year</title>"
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Bears: a record year", '
            '"datePublished": "Wed, 04 May 2022 00:25:56 GMT", "dateCreated": "Tue, 03 May 2022 23:53:14 GMT"}'
            "</script></head><body><article><h1>Bears: a record year</h1><p>3 May 2022</p>"
            f"{_STORY}<blockquote>Bears everywhere! — Ann Lee (@annlee) May 4, 2022</blockquote>"
            "</article></body></html>")
    assert _published_day(page) == date(2022, 5, 3)


def test_paragraphs_a_page_hides_behind_its_paywall_are_the_story():
    hidden = _STORY.replace("<p>", "<p class='paywall'>").replace("Tuesday", "Wednesday")
    page = _bears_page(f"<article><h1>Bears: a record year</h1>{_STORY * 2}{hidden * 3}"
                       "<div class='paywall'><p>Subscribe now to keep reading</p></div></article>")
    article = extract_html(page)
    assert article.body.count("met on Wednesday") == 12
    assert "Subscribe" not in article.body


@pytest.mark.parametrize("item_type, published", [
    ("https://schema.org/BlogPosting", date(2017, 8, 9)),   # an article's own declared publication
    ("http://schema.org/WebPage", None),                     # a content system's stamp on any page
])
def test_microdata_dates_a_page_that_shows_none_only_for_an_article(item_type, published):
    page = _bears_page(f'<div itemscope itemtype="{item_type}"><meta itemprop="datePublished" '
                       'content="2017-08-09T10:59:19+02:00"></div>'
                       f"<article><h1>Bears: a record year</h1>{_STORY}</article>")
    found = extract_html(page).date
    assert (date(found.year, found.month, found.day) if found else None) == published


def test_a_comments_microdata_date_and_author_are_not_the_articles():
    # a "latest comments" box above the story carries its writer's name and date
    page = _bears_page('<aside><div itemscope itemtype="https://schema.org/Comment">'
                       '<meta itemprop="datePublished" content="2021-03-04T08:00:00+01:00">'
                       '<span itemprop="author">Rex Reader</span><p>Lovely bears.</p>'
                       '</div></aside><article itemscope itemtype="https://schema.org/NewsArticle">'
                       '<meta itemprop="datePublished" content="2017-08-09T10:59:19+02:00">'
                       f"<h1>Bears: a record year</h1>{_STORY}</article>")
    article = extract_html(page)
    assert date(article.date.year, article.date.month, article.date.day) == date(2017, 8, 9)
    assert "Rex Reader" not in article.byline


@pytest.mark.parametrize("item_type, published", [
    ("HowTo", date(2022, 1, 10)),   # a written guide, published like an article
    ("Recipe", None),               # evergreen, stamped with the day it was entered
])
def test_json_ld_dates_a_page_that_shows_none_only_for_written_pieces(item_type, published):
    page = ("<html><head><title>Bears: a record year</title>"
            f'<script type="application/ld+json">{{"@type": "{item_type}", "name": "Bears: a record year", '
            '"datePublished": "2022-01-10T22:06:08:684Z"}</script></head><body>'
            f"<article><h1>Bears: a record year</h1>{_STORY}</article></body></html>")
    found = extract_html(page).date
    assert (date(found.year, found.month, found.day) if found else None) == published


@pytest.mark.parametrize("wrapper", ["above-footer", "below-nav"])
def test_a_wrapper_named_for_its_place_beside_furniture_is_not_furniture(wrapper):
    """"above-footer" places the story's wrapper above the footer; it does not name a footer."""
    terms = ("<p>Many offers on this site come from companies that pay us; this may affect where they appear "
             "on the page and in which order, and the site does not list every offer there is.</p>")
    notice = f"<section class='site-notice'><h3>Advertiser notice</h3>{terms * 4}</section>"
    page = _bears_page(f"{notice}<div class='{wrapper}'><article><h1>Bears: a record year</h1>{_STORY * 3}"
                       "</article></div><footer><p>© Harbour Times</p></footer>")
    article = extract_html(page)
    assert article.body.count("The council met on Tuesday") == 12
    assert "offers" not in article.body and "Harbour Times" not in article.body


def test_a_wrapper_named_like_furniture_that_holds_the_story_is_the_storys():
    """A class names a layout as often as a role: "contentw-aside" wraps the story beside an
    aside. A part named for others' texts (comments) stays out, however much it holds."""
    sidebar = "<div class='sidebar'><p><a href='/a'>Ferry fares rise again</a></p></div>"
    comments = "<div class='comments'>" + "<p>I have lived by the harbour for years and I think the council " \
               "is wrong about the roads, as anyone who drives there every morning knows well.</p>" * 12 + "</div>"
    page = _bears_page(f"<header><h1>Bears: a record year</h1><p class='excerpt'>The council has a budget at last, "
                       f"after a long debate.</p></header><div class='contentw contentw-aside'>{_STORY * 6}"
                       f"{sidebar}</div>{comments}")
    article = extract_html(page)
    assert article.body.count("The council met on Tuesday") == 24
    assert "Ferry fares" not in article.body and "lived by the harbour" not in article.body


def test_other_stories_teasers_cut_short_above_their_links_are_not_the_story():
    teaser = ("<div class='card'><p>The mayor said on Tuesday that the new ferry line would open in spring, "
              "after the council agreed to pay for ...</p><p><a href='/{n}'>Ver más</a></p></div>")
    grid = "".join(teaser.format(n=n) for n in range(3))
    article = extract_html(_bears_page(f"<div><h1>Bears: a record year</h1>{_STORY * 3}{grid}</div>"))
    assert article.body.count("The council met on Tuesday") == 12
    assert "ferry line" not in article.body
    # one post trailing off above its author's link is kept
    post = "<p>Try the other tablets first, the small ones alone help for a day or so...</p><p><a href='/u'>Ann</a></p>"
    kept = extract_html(_bears_page(f"<div><h1>Bears: a record year</h1>{_STORY * 3}{post}{_STORY}</div>"))
    assert "the other tablets" in kept.body


def test_a_thai_headline_written_without_spaces_is_the_headline():
    """Thai sets no spaces between words: the heading is one run, not a one-word label."""
    paragraph = "<p>กรุงเทพมหานครประกาศแผนแก้ปัญหาน้ำท่วมในฤดูฝนปีนี้ โดยจะสร้างอุโมงค์ระบายน้ำเพิ่มอีกสามแห่ง</p>"
    page = f"<html><head><title>ข่าวไทย</title></head><body><h1>กรุงเทพฯแก้ปัญหาน้ำท่วม</h1>{paragraph * 4}</body></html>"
    assert extract_html(page).headline == "กรุงเทพฯแก้ปัญหาน้ำท่วม"


def test_a_themes_dummy_text_is_not_the_story():
    """A box the site never filled keeps its theme's "Lorem ipsum": however long, it is no story."""
    dummy = ("<p>Lorem ipsum dolor sit amet, consectetuer adipiscing elit. Aenean commodo ligula eget dolor. "
             "Aenean massa. Cum sociis natoque penatibus et magnis dis parturient montes, nascetur ridiculus mus, "
             "donec quam felis, ultricies nec, pellentesque eu, pretium quis, sem.</p>") * 4
    story = "<p>The surfer crossed the bay on Sunday, and the harbour master, who watched, said it was a first.</p>"
    page = _bears_page(f"<article><h1>Bears: a record year</h1>{story * 2}{dummy}</article>")
    body = extract_html(page).body
    assert "Lorem" not in body and body.startswith("The surfer crossed the bay")


@pytest.mark.parametrize("label", ["Keep Reading", "Top news stories today"])
def test_a_box_of_other_stories_between_the_storys_paragraphs_is_left_out(label):
    """A box set inside the story sends readers elsewhere: its label and its headlines go, and the
    story's next paragraph, a quote closed by its full stop, stays."""
    box = (f"<div class='callout'><div>{label}</div>"
           "<div>The latest on bears, from the Alps to the Carpathians and more</div></div>")
    quote = '<p>The ranger said: "We counted more cubs than ever."</p>'
    page = _bears_page(f"<article><h1>Bears: a record year</h1>{_STORY * 2}{box}{quote}{_STORY}</article>")
    body = extract_html(page).body
    assert label not in body and "from the Alps" not in body
    assert quote[3:-4] in body and body.endswith("about roads.")


def test_a_long_code_listing_does_not_make_the_storys_last_paragraphs_a_trailing_box():
    """Code is no prose: the story's box is the one its paragraphs stand in, not the longest
    listing's, and the paragraphs after the listing are still the story's."""
    paragraph = ("<div class='paragraph'>The scraper sends one request per search and reads the links it"
                 " returns.</div>")
    listing = "results = [link['href'] for link in soup.find_all('a')] " * 8
    code = f"<div class='code-container'><pre>{listing}</pre></div>"
    ending = "<div class='paragraph'>There are caveats: too many requests in a short time bring captchas.</div>"
    page = _bears_page(f"<div class='content'><h1>Bears: a record year</h1>{paragraph * 4}{code}{ending}</div>")
    assert extract_html(page).body.endswith("bring captchas.")
