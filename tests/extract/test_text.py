from __future__ import annotations

from datetime import date

import pytest

from newsarchive import extract_text
from tests.conftest import SAMPLE_DATA


def dump(name: str) -> str:
    return (SAMPLE_DATA / name).read_text(encoding="utf-8")


def test_another_site_dump_with_wire_dateline_in_the_lead():
    article = extract_text(dump("pacific-courier/2017-02-20-japan-exporters-yen.txt"))
    assert article.headline == "Japanese exporters brace for a stronger yen"
    assert article.date.isoformat() == "2017-02-20T14:00:00+09:00"
    assert article.dateline == "Tokyo"
    assert article.byline == "Reuters"
    assert article.source == "Pacific Courier"
    assert article.summary.startswith("Carmakers and electronics firms")
    # the standfirst opens the body as the page shows it; the lead follows without its dateline
    assert article.body.startswith(article.summary + "\n\nJapan's big exporters are preparing")
    for noise in ("Advertisement", "Read also", "Rudi Hartono", "newsletter", "Related articles", "Listen to"):
        assert noise not in article.body


def test_a_summary_in_the_leads_own_words_gives_way_to_the_lead_and_its_dateline():
    lead = "Thousands of residents have fled the town of Irpin as Russian forces advanced towards the capital."
    rest = ("Families carried children and pets across a makeshift path beside the destroyed bridge.\n\n"
            "Local officials said at least eight people had been killed at a crossing point used by civilians.\n\n")
    article = extract_text(f"Home\nWorld\n\nThousands flee Irpin\n\nMarch 6, 2022\n\n{lead}\n\n"
                           f"KYIV, March 6 (Reuters) - {lead}\n\n{rest * 2}")
    assert (article.dateline, article.byline) == ("Kyiv", "Reuters")
    assert article.body.startswith(lead) and article.body.count(lead) == 1


def test_day_only_date_stays_a_day():
    article = extract_text(dump("pacific-courier/2018-10-30-jakarta-floods-monsoon.txt"))
    assert article.date == date(2018, 10, 30)
    assert article.dateline == "Jakarta"


def test_french_dump():
    article = extract_text(dump("le-veilleur/2019-12-05-greve-transports-paris.txt"))
    assert article.headline == "Grève des transports : Paris au ralenti"
    assert article.date.isoformat() == "2019-12-05T08:00:00+01:00"
    assert article.byline == "AFP"
    assert article.dateline == "Paris"
    assert article.body.startswith(article.summary + "\n\nOnze lignes de métro")
    assert "Abonnez-vous" not in article.body and "Partager" not in article.body


def test_an_affiliate_disclosure_line_is_not_the_story():
    story = "The council met on Tuesday and agreed the budget after a long debate about roads. " * 3
    notice = "Advertising disclosure: we may receive compensation for some of the links in our stories."
    article = extract_text(f"Harbour Times\nBudget agreed\n{notice}\n{story}\n{story}\nContact us\n")
    assert "compensation" not in article.body and article.body.startswith("The council met")


@pytest.mark.parametrize("notice", [
    "Disclaimer: The responses below are not provided or commissioned by the bank advertiser, and have not been "
    "reviewed, approved or otherwise endorsed by it. It is not the advertiser's responsibility to answer them.",
    "NOTE: The advertising disclaimer below does not apply to this article, nor any other from the newsroom.",
    "/Editor’s note: The disclaimer below refers to advertising posts and does not apply to editorial stories.",
    "Materiał chroniony prawem autorskim - zasady przedruków określa regulamin.",
    "Dieser Text ist urheberrechtlich geschützt und darf nur mit Genehmigung der Redaktion verbreitet werden.",
    "Erstellt am Dienstag 6. Mai 2014 um 23:30 und abgelegt unter Hafen, Stadtrat, Fähren, Tutorials.",
    "The views expressed by the author are personal.",
    # a layout's names printed as text, a count of readers, a login form's message: about the page too
    "for-phone-onlyfor-tablet-portrait-upfor-tablet-landscape-upfor-desktop-up", "Post Views: 22",
    "Falls Sie Ihr Passwort vergessen haben, können Sie es hier per E-Mail anfordern.",
    "الآراء الواردة أدناه لا تعبر عن رأي الموقع، بل تعكس وجهات نظر أصحابها فقط."])
def test_a_disclaimer_a_copyright_notice_or_a_posts_footer_is_not_the_story(notice):
    story = "The council met on Tuesday and agreed the budget after a long debate about roads. " * 3
    article = extract_text(f"Harbour Times\nBudget agreed\n{story}\n{notice}\n{story}\nContact us\n")
    assert notice[:30] not in article.body and article.body.startswith("The council met")


@pytest.mark.parametrize("trailer", [
    "Follow The Harbour Times on Twitter and Instagram @harbourtimes and on Facebook, and send us your news and "
    "photos.",
    "Ann Lee is a professor at the Harbour School of Law and the author of The Island Budget: How Towns Pay for "
    "Their Ferries.",
    "We want to hear what you think about this article. Submit a letter to the editor.",
    "Teile diesen Beitrag auf Social Media.",
    "Follow The Harbour Times on Twitter @harbourtimes. Send us a message on WhatsApp or email us at "
    "news@harbourtimes.example.",
    "Missing out on the latest Harbour Times developments? Enter your email below to receive future announcements "
    "direct to your inbox. An email confirmation will be sent before you will start receiving notifications - "
    "please check your spam folder if you don't receive this."])
def test_a_closing_pitch_to_the_reader_or_an_authors_bio_is_not_the_story(trailer):
    story = "The council met on Tuesday and agreed the budget after a long debate about roads. " * 3
    article = extract_text(f"Harbour Times\nBudget agreed\n{story}\n{story}\n{trailer}\nContact us\n")
    assert trailer[:20] not in article.body and article.body.endswith("about roads.")


def test_an_authors_bio_above_the_story_is_not_the_story():
    bio = "Ann Lee is a senior reporter for the Harbour Times, covering the island's council and its budget."
    article = extract_text(f"Harbour Times\nCouncil agrees the harbour budget\n{bio}\n{_STORY_LINES}\nContact us\n")
    assert "senior reporter" not in article.body and article.body.startswith("The harbour council met")


def test_repeated_template_block_is_dropped_but_repeated_standfirst_kept():
    text = "\n\n".join([
        "Daily Example", "Big storm hits the coast overnight",
        "Winds of 150 km/h tore roofs off houses and cut power to thousands of homes along the coast.",
        "March 1, 2020", "Gift this article", "Share the best of Daily Example with friends, family, or colleagues anytime.",
        "The storm made landfall shortly after midnight, forecasters said, and weakened as it moved inland over farmland.",
        "Winds of 150 km/h tore roofs off houses and cut power to thousands of homes along the coast.",
        "Emergency crews worked through the night to clear fallen trees from the main roads into the town.",
        "Gift this article", "Share the best of Daily Example with friends, family, or colleagues anytime.",
    ])
    article = extract_text(text)
    assert article.headline == "Big storm hits the coast overnight"
    assert "Share the best" not in article.body
    assert article.body.count("Winds of 150 km/h") == 1


_BLURB = ("The Pacific Courier is an independent newspaper owned by its readers, and every story we publish "
          "is paid for by subscribers like you, so please consider supporting our journalism today.")


def _site_folder(tmp_path, *, blurb: bool):
    """The sample site's text dumps, each with the site's blurb after the story when ``blurb``."""
    folder = tmp_path / "pacific-courier"
    folder.mkdir(parents=True)
    for dump in sorted((SAMPLE_DATA / "pacific-courier").glob("*.txt")):
        text = dump.read_text(encoding="utf-8")
        if blurb:
            text = text.replace("\nTopics\n", f"\n{_BLURB}\n\nTopics\n", 1)
        (folder / dump.name).write_text(text, encoding="utf-8")
    return folder


def test_lines_most_of_a_sites_dumps_hold_are_not_story():
    from newsarchive.extract.templates import learn

    dumps = [f"Menu\nStory {n} is about the harbour.\n{_BLURB}\nPosted 3 May 2021" for n in range(4)]
    assert learn(dumps) == {"Menu", _BLURB}   # the shared date line is no template
    assert learn(dumps[:2]) == frozenset()   # too few dumps to tell


def test_a_sites_template_learnt_from_its_dumps_leaves_the_body(tmp_path):
    from newsarchive.pipeline import extract_paths

    alone = extract_text((_site_folder(tmp_path / "a", blurb=True) / "2017-02-20-japan-exporters-yen.txt")
                         .read_text(encoding="utf-8"))
    assert _BLURB in alone.body   # one dump alone cannot tell the blurb from the story
    articles = {a.path.rsplit("/", 1)[-1]: a for a in extract_paths([_site_folder(tmp_path / "b", blurb=True)], jobs=1)}
    plain = {a.path.rsplit("/", 1)[-1]: a for a in extract_paths([_site_folder(tmp_path / "c", blurb=False)], jobs=1)}
    assert articles.keys() == plain.keys() and len(articles) == 7
    for name, article in articles.items():
        assert _BLURB not in article.body
        # the rest is as without the blurb; a headline other dumps list as related stays the headline
        assert (article.headline, article.body, article.byline, article.date) == \
            (plain[name].headline, plain[name].body, plain[name].byline, plain[name].date)


def test_indexing_a_sites_dumps_leaves_its_template_out(tmp_path):
    from newsarchive import Archive, index_paths

    index_paths([_site_folder(tmp_path, blurb=True)], index_dir=tmp_path / "index", jobs=1)
    with Archive.open(tmp_path / "index") as archive:
        bodies = [hit.article.body for hit in archive.search("", limit=10, all_copies=True)]
    assert len(bodies) == 7 and not any(_BLURB in body for body in bodies)


_STORY_LINES = "\n".join([
    "The harbour council met on Tuesday to agree the budget for the coming year, after weeks of talks.",
    "Members voted to keep the ferry running through the winter and to repair the northern quay first.",
    "The mayor said the decision would keep the island connected and its shops open through the season.",
])


def _story_dump(header: str, footer: str = "") -> str:
    return f"Harbour Times\nHome\nNews\n{header}\nCouncil agrees the harbour budget\n{_STORY_LINES}\n{footer}\n"


def test_the_date_line_nearest_the_story_dates_it_not_a_ticker_above():
    ticker = "Ferry timetable changed 2.3.2020\nWeather\nSport\nCulture\nOpinion\nPodcasts\nVideo\nEvents\nJobs"
    article = extract_text(_story_dump(ticker + "\nBy Ann Lee | 14 March 2020"))
    assert article.date == date(2020, 3, 14)
    assert article.headline == "Council agrees the harbour budget"


def test_a_breadcrumb_set_as_a_numbered_list_gives_the_headline_without_its_number():
    dump_text = ("Harbour Times\nWeather\n1. Home\n2. News\n3. Council agrees the harbour budget\n"
                 f"{_STORY_LINES}\n")
    assert extract_text(dump_text).headline == "Council agrees the harbour budget"
    counted = dump_text.replace("2. News", "News")   # no list: the number is the headline's own
    assert extract_text(counted).headline == "3. Council agrees the harbour budget"


def test_a_kicker_glued_to_the_headline_goes_when_the_header_shows_the_headline_alone():
    dump_text = ("Harbour Times\nCouncil agrees the harbour budget\nShare\n\n"
                 f"Island politics Council agrees the harbour budget\n{_STORY_LINES}\n")
    assert extract_text(dump_text).headline == "Council agrees the harbour budget"
    alone = dump_text.replace("Council agrees the harbour budget\nShare", "Share")
    assert extract_text(alone).headline == "Island politics Council agrees the harbour budget"


@pytest.mark.parametrize("shown", ["home / News / Council agrees the harbour budget",
                                   "3. Council agrees the harbour budget",
                                   "Council agrees the harbour budget - Island politics"])
def test_a_glued_kicker_goes_when_a_breadcrumb_or_a_title_bar_shows_the_headline(shown):
    dump_text = (f"Harbour Times\n{shown}\nShare\n\n"
                 f"Island politics Council agrees the harbour budget\n{_STORY_LINES}\n")
    assert extract_text(dump_text).headline == "Council agrees the harbour budget"


def test_the_story_under_the_headline_its_address_names_outweighs_longer_prose_further_down():
    """A forum's latest posts under the story run longer than the story: the story is the
    prose right under the headline that the page's address names."""
    more = ("The ferry company welcomed the vote and promised a new timetable before the first storms.\n"
            "Shop owners on the quay said the winter service would keep their customers coming over.")
    post = "I think the ferry should run every hour in winter, as the island needs it and the shops too."
    forum = "\n".join(f"{name} wrote: {post}" for name in ("Ann", "Bob", "Cid", "Dee", "Eve", "Fay", "Gus", "Hal"))
    dump_text = f"{_story_dump('')}{more}\nLatest from the forum\n11 March 2020\n{forum}\n"
    named = extract_text(dump_text, url="https://news.example/2020/03/council-agrees-the-harbour-budget")
    assert named.body.startswith("The harbour council met") and "wrote" not in named.body
    assert "Hal wrote" in extract_text(dump_text).body   # no address: the longest prose


def test_an_update_line_closed_by_a_full_stop_is_not_story_text():
    update = "Article mis à jour le 7 janvier 2020."
    dump_text = _story_dump("").replace("\nThe mayor", f"\n{update}\nThe mayor")
    article = extract_text(dump_text)
    assert update not in article.body and article.body.endswith("through the season.")


@pytest.mark.parametrize("title, headline", [
    ("Council agrees the harbour budget | HARBOUR-TIMES.NET", "Council agrees the harbour budget"),
    ("Council agrees the harbour budget | Island Politics", "Council agrees the harbour budget"),
    ("Council agrees budget | Roads, ferries and the northern quay", None),   # a subtitle: kept
])
def test_a_site_name_after_a_bar_is_not_part_of_the_headline(title, headline):
    dump_text = _story_dump("").replace("Council agrees the harbour budget", title)
    assert extract_text(dump_text).headline == (headline or title)


_GERMAN_STORY = "\n".join([
    "Der Stadtrat hat am Dienstag nach wochenlangen Gesprächen den Haushalt für das kommende Jahr beschlossen.",
    "Die Fähre soll auch im Winter fahren, und der nördliche Kai wird als Erstes instand gesetzt.",
    "Der Bürgermeister sagte, der Beschluss halte die Insel verbunden und ihre Geschäfte offen.",
])
_FRENCH_STORY = "\n".join([
    "Le conseil municipal a adopté mardi le budget de l'année prochaine, après des semaines de discussions.",
    "Le bac continuera de circuler pendant l'hiver et le quai nord sera réparé en premier.",
    "Le maire a déclaré que cette décision garderait l'île reliée et ses commerces ouverts toute la saison.",
])


@pytest.mark.parametrize("headline, story, expected", [
    ("Hafen : Stadtrat beschließt den Haushalt", _GERMAN_STORY, "Stadtrat beschließt den Haushalt"),
    ("Port : le conseil adopte le budget", _FRENCH_STORY, "Port : le conseil adopte le budget"),   # French spacing
])
def test_a_kicker_set_off_by_a_spaced_colon_goes_but_in_french(headline, story, expected):
    dump_text = f"Harbour Times\nHome\nNews\n\n{headline}\n{story}\n"
    assert extract_text(dump_text).headline == expected


def test_a_meta_line_is_dated_by_the_day_it_shows_not_by_a_stamp_beside_it():
    article = extract_text(_story_dump("Ann Lee 2022-12-07T10:10:52+01:00 25. Dezember 2022 | Politik"))
    assert article.date == date(2022, 12, 25)
    stamped = extract_text(_story_dump("Ann Lee 2022-12-07T10:10:52+01:00 | Politik"))
    assert (stamped.date.year, stamped.date.month, stamped.date.day) == (2022, 12, 7)   # the stamp alone


def test_a_date_line_just_below_a_short_story_dates_it():
    assert extract_text(_story_dump("", footer="17 March 2020")).date == date(2020, 3, 17)
    buttons = "Tags\nHarbour\nFerries\nPrevious\nNext\n«\n*\n»"
    assert extract_text(_story_dump("", footer=f"{buttons}\n17 March 2020")).date == date(2020, 3, 17)


def test_a_captions_date_below_the_story_does_not_date_it():
    caption = "The old quay on 11 July 1966 (Harbour Archive/Ann Lee)"
    assert extract_text(_story_dump("", footer=f"Photo\n{caption}")).date is None


def test_a_labelled_publication_line_far_below_the_story_dates_it():
    related = "\n".join(f"Ferry story number {n}" for n in range(30))
    dump_text = _story_dump("", footer=f"Related\n{related}\nPublished: 03 December 2019")
    assert extract_text(dump_text).date == date(2019, 12, 3)
    listing = dump_text.replace("Ferry story number 20", "Published: 20 November 2019")
    assert extract_text(listing).date is None   # two days labelled: a listing's


def test_a_listings_dated_items_near_the_story_do_not_date_it():
    """Recent posts under the story, each with a day of its own: an item's date, not the story's."""
    items = "\n".join(f"Ferry story number {n}\n{n + 1} November 2019" for n in range(4))
    assert extract_text(_story_dump("", footer=f"More stories\n{items}")).date is None
    labelled = extract_text(_story_dump("", footer=f"Erscheinungsdatum: 03.12.2019\nMore stories\n{items}"))
    assert labelled.date == date(2019, 12, 3)   # the story's own labelled line stands beside them
    header = "Published 14 March 2020\nUpdated 16 March 2020"   # two dated lines: a header, no listing
    assert extract_text(_story_dump(header)).date == date(2020, 3, 14)


def test_a_date_earlier_than_the_month_the_address_files_the_story_under_is_not_its_date():
    dump_text = _story_dump("", footer="22 October 2018")
    assert extract_text(dump_text, url="https://news.example/2019/10/budget/").date is None
    assert extract_text(dump_text, url="https://news.example/2018/10/budget/").date == date(2018, 10, 22)


def test_a_linked_pages_date_an_embedded_post_and_an_update_do_not_date_the_story():
    header = ("Read: harbourtimes.example/2019/01/15/old-budget-story\n"
              "— Jane Doe (@janedoe) May 2, 2020\nPublished 14 March 2020\nUpdated 16 March 2020")
    assert extract_text(_story_dump(header)).date == date(2020, 3, 14)
    assert extract_text(_story_dump("Updated 16 March 2020")).date == date(2020, 3, 16)   # the only one: kept


def test_nothing_after_a_comment_section_heading_joins_the_story():
    reply_form = ("Your email address will not be published. Required fields are marked with a star, and "
                  "comments are checked by our team before they appear below the story on this page.")
    after = f"Leave a reply\nName\nEmail\n{reply_form}\n{reply_form.replace('team', 'editors')}"
    article = extract_text(_story_dump("By Ann Lee | 14 March 2020", footer=after))
    assert "checked by our" not in article.body
    assert article.body.endswith("open through the season.")
    interrupted = extract_text(_story_dump("By Ann Lee | 14 March 2020", footer="Read also: Ferry fares rise\n"
                                           + reply_form.replace("Your email", "The council's email")))
    assert "The council's email" in interrupted.body   # "read also" interrupts a story, it does not end it


@pytest.mark.parametrize("notice", ["Alle Rechte vorbehalten", "© 2018 Harbour Times", "Tous droits réservés"])
def test_a_rights_notice_ends_the_story(notice):
    """A copyright under the story closes it: the subscription pitch below it is the site's."""
    pitch = ("Read the new edition before it reaches the shops, on every device, with interactive maps, "
             "videos and the whole archive since 1947.\nSubscribe now and save a third of the price.")
    article = extract_text(_story_dump("By Ann Lee | 14 March 2020", footer=f"By Ann Lee\n{notice}\n{pitch}"))
    assert article.body.endswith("open through the season.")
    assert notice not in article.body and "archive since 1947" not in article.body


@pytest.mark.parametrize("heading", ["Hinterlasse eine Antwort", "Deja una respuesta", "Laisser un commentaire",
                                     "Lascia un commento"])
def test_a_reply_forms_heading_in_any_language_ends_the_story(heading):
    note = ("Required fields are marked with a star, and every reply is checked by our team before it "
            "appears below the story on this page.")
    form = f"{heading}\nName\nEmail\n{note}\n{note.replace('our team', 'an editor')}"
    article = extract_text(_story_dump("By Ann Lee | 14 March 2020", footer=form))
    assert "checked by our team" not in article.body and article.body.endswith("open through the season.")


def test_a_labelled_byline_between_headline_and_date_is_the_byline_not_the_headline():
    dump_text = ("Harbour Times\nHome\nNews\nCouncil agrees the harbour budget\nPost author By Helge Fahrnberger\n"
                 f"14 March 2020\n{_STORY_LINES}\n")
    article = extract_text(dump_text)
    assert article.headline == "Council agrees the harbour budget"
    assert article.byline == "Helge Fahrnberger"


def _dump_with_header(header: str) -> str:
    """A site's dump: its name and menu, the headline, ``header`` in a block of its own, the story."""
    return f"Harbour Times\nHome\nNews\n\nCouncil agrees the harbour budget\n\n{header}\n\n{_STORY_LINES}\n"


@pytest.mark.parametrize("header, byline", [
    ("Veröffentlicht am 14.03.2020 von Sarah Schnieder", "Sarah Schnieder"),
    ("Posted on 2020-03-14 by marc | Leave a comment", "marc"),
    ("Janic Cathomen, 14.03.2020", "Janic Cathomen"),
    ("14.03.2020 - Amelie Loevenich", "Amelie Loevenich"),
    ("Frank Hahn am 14. März 2020", "Frank Hahn"),
    ("Gespeichert von rasos am 14.03.2020 - 18:55", "rasos"),      # a handle, then the date
    ("Posted 14.03.2020 by Alejandro de la Garza | 3 comments", "Alejandro de la Garza"),   # a name's small words
    ("Datum: 14.03.2020 Autor: Fritz Imhof Quelle: Livenet", "Fritz Imhof"),   # the author's label
    ("By Ann Lee, Harbour Times\n\nUpdated 4:15 PM, March 14, 2020\n", "Ann Lee, Harbour Times"),
    ("New York, 14.03.2020", ""),   # a place is no author
    ("Menu\nAbo\nSuchen\nPolitik\nWirtschaft\nSport\nKultur\nWetter\n14.03.2020", ""),   # a menu in its block
    ("Agencies\n14 March 2020", "Agencies"),
    ("Facebook\nTweet\n14 March 2020", ""),           # a share bar's buttons name nobody
    ("By\nAnn Lee\n14 March 2020", "Ann Lee"),        # nor does a byline's label alone
    ("Sport\nVon\nEurosport\n14 March 2020", "Eurosport"),   # the name after the label, not a section's
    # a name of three words is whole where the line's part or the date follows it
    ("Par Loïc Le Clerc | 14 mars 2020", "Loïc Le Clerc"),
    ("By Amelie Marie Nishizawa Mar 14, 2020 5 min read", "Amelie Marie Nishizawa"),
    ("Von Jule Radeck Vom 14. März 2020", "Jule Radeck"),
    ("14.03.2020 von Ann Lee Netzwerk Windows", "Ann Lee"),   # a noun of the line's after the name
    ("14.03.202015.03.2020 | Ann Lee", "Ann Lee"),   # past the update's date, glued to the first
    ("14.03.2020 ~ Ann Lee", "Ann Lee"),
])
def test_the_author_a_date_line_names_or_a_byline_near_it_is_the_byline(header, byline):
    article = extract_text(_dump_with_header(header))
    assert article.byline == byline and article.date.day == 14


def test_a_long_meta_line_that_labels_the_publication_gives_its_author_too():
    # more words than a date line has, for its tags: the label dates the story all the same
    line = ("Veröffentlicht: 14.03.2020 | Autor: gnaddrig | Abgelegt unter: Harbour, Council, Budget, "
            "Ferries, Boats, Summer, Winter, Town Hall, Politics")
    article = extract_text(_dump_with_header(line))
    assert article.byline == "gnaddrig" and article.date.day == 14


@pytest.mark.parametrize("section, byline", [("Wohnen", ""), ("Agencies", "Agencies")])
def test_one_word_beside_the_date_that_the_menu_lists_is_a_section_not_a_byline(section: str, byline: str):
    dump = (f"Harbour Times\nHome\nPolitik\nWohnen\nSport\n\nCouncil agrees the harbour budget\n\n"
            f"{section}\n14 March 2020\n\n{_STORY_LINES}\n")
    assert extract_text(dump).byline == byline


@pytest.mark.parametrize("line, byline", [
    ("Von Ann Lee und Bo Roe", "Ann Lee und Bo Roe"),
    ("Von Sprachregeln, Gender-Politik und «ganz normalem Deutsch»", ""),   # a heading opening with "Von"
])
def test_a_byline_line_by_a_dump_that_shows_no_date_is_the_byline(line, byline):
    article = extract_text(_dump_with_header(line))
    assert article.date is None and article.byline == byline


@pytest.mark.parametrize("box, byline", [
    ("Published by\n\nAnn Lee\n\nAnn Lee covers the harbour for the Times.", "Ann Lee"),
    ("Geschrieben von:\nAnn Lee", "Ann Lee"),
    ("Autor\nAnn Lee ,", "Ann Lee"),        # the separator a list of boxes sets after the name
    ("Von\nMi\nDo\nFr", ""),                 # a date picker's days are no name
    ("Autor\nCRÉDITOS", ""),                  # nor is a label in capitals
])
def test_the_name_under_a_byline_label_alone_is_the_byline(box, byline):
    article = extract_text(f"Harbour Times\nHome\nNews\n\nCouncil agrees the harbour budget\n\n{_STORY_LINES}\n\n{box}\n")
    assert article.byline == byline


def test_a_dateline_on_a_line_of_its_own_under_the_date_is_the_dateline():
    article = extract_text(f"Harbour Times\nHome\nNews\n\nCouncil agrees the harbour budget\n\nBy Ann Lee, CNN\n\n"
                           f"Updated 4:15 PM EST, March 14, 2020\n\nKyiv, Ukraine CNN —\n\n{_STORY_LINES}\n")
    assert (article.dateline, article.byline) == ("Kyiv, Ukraine", "Ann Lee, CNN")
    assert article.body.startswith("The harbour council met")


def test_a_place_in_the_menu_above_the_date_is_no_dateline():
    # a country or a section in the site's menu, in the date's block but far from the date
    menu = "\n".join(["Home", "Politics", "Ghana", "Kenya", "Business", "Sport", "Culture", "Video"])
    article = extract_text(f"Harbour Times\n{menu}\nCouncil agrees the harbour budget\nMarch 14, 2020\n\n"
                           f"{_STORY_LINES}\n")
    assert article.dateline == ""
    near = extract_text(f"Harbour Times\n{menu}\nCouncil agrees the harbour budget\nWashington, United States\n"
                        f"March 14, 2020\n\n{_STORY_LINES}\n")
    assert near.dateline == "Washington, United States"


@pytest.mark.parametrize("meta_lines, byline", [
    # the date line's own author, after the word for "by", over a section's name beside it
    ("Veröffentlicht am 24. Januar 2020, 18:18 von Creeny\nStandard", "Creeny"),
    ("Smartphones\nPor Alberto Ávila 27 de agosto 2019", "Alberto Ávila"),
    # a bare line with figures, a label or a path is no name
    ("Format: Broschur\n24. Januar 2020", ""),
    ("08:30 Uhr\n24. Januar 2020", ""),
    ("Album › Genre: Pop\n24. Januar 2020", ""),
    ("ET Online |\n24. Januar 2020", "ET Online"),   # a bar beside a name parts it from the next
])
def test_the_byline_beside_a_dumps_date(meta_lines: str, byline: str):
    article = extract_text(f"Harbour Times\nHome\nNews\n\nCouncil agrees the harbour budget\n{meta_lines}\n\n"
                           f"{_STORY_LINES}\n")
    assert article.byline == byline


def test_an_article_about_browsers_keeps_its_paragraphs():
    # a notice is short: a story that tells of browsers at length is the story
    paragraph = ("Firefox is one of the few browsers that is not built on Chromium, and its makers say that an "
                 "outdated browser is the most common way into a computer: users who do not update their browser "
                 "for months run old code with known holes, and attackers know it. The foundation therefore asks "
                 "its users to turn on automatic updates, and it will stop supporting versions older than two "
                 "years from the spring on, as other makers of browsers have done before.")
    article = extract_text(f"Harbour Times\nHome\n\nBrowsers and their updates\n\n{paragraph}\n\n{_STORY_LINES}\n")
    assert article.body.startswith("Firefox is one of the few browsers")


@pytest.mark.parametrize("age", ["6 hours ago", "vor 16 Stunden", "Hace 13 horas", "VOR 14 STUNDEN"])
def test_a_posts_age_told_from_now_is_not_the_story(age: str):
    article = extract_text(_dump_with_header(age))
    assert age not in article.body


def test_a_pictures_label_is_no_byline():
    article = extract_text(f"Harbour Times\nHome\n\nCouncil agrees the harbour budget\nPhoto\nMarch 14, 2020\n\n"
                           f"{_STORY_LINES}\n")
    assert article.byline == ""


def test_a_posts_footer_dates_the_story_over_a_date_its_sentences_tell_of():
    lead = ("The harbour court quashed a ruling of the district court (case 6B_1224/2019 of 24.01.2020, five "
            "judges), which had fined the ferry's captain only for careless steering in the harbour.")
    filler = "\n".join(f"Tag {number}" for number in range(12))
    footer = "Dieser Beitrag wurde am 04/02/2020 von kj in Hafen, Gericht, Fähren veröffentlicht."
    dump_text = f"Harbour Law Blog\nCourt quashes the ferry ruling\n{lead}\n{_STORY_LINES}\n{filler}\n{footer}\n"
    assert extract_text(dump_text).date == date(2020, 2, 4)


def test_a_date_line_the_dump_repeats_still_dates_it():
    """A page header shown twice (as it sticks to the top) repeats its date line."""
    header = "Posted: Nov 8, 2023 / 04:43 PM CST\nUpdated: Nov 8, 2023 / 04:50 PM CST\nMenu"
    article = extract_text(_story_dump(header + "\n" + header))
    assert article.date.isoformat()[:10] == "2023-11-08"


def test_php_warnings_and_a_tag_cloud_are_not_the_story():
    warning = ("Warning: Use of undefined constant comments - assumed 'comments' (this will throw an Error in a "
               "future version of PHP) in /www/htdocs/site/wp-content/themes/blue/functions.php on line {n}")
    warnings_run = "\n".join(warning.format(n=n) for n in range(40, 52))
    cloud = ("Alltag Ansage Architektur Auto Bahn Bahnhof Bahnsteig Basel Baum Baustelle Beton Brücke Dach "
             "Eisenbahn Fenster Garten Gebäude Hafen Haus Himmel Kirche Licht Markt Nacht Regen Schiff Stadt")
    article = extract_text(_story_dump("By Ann Lee | 14 March 2020", footer=f"{warnings_run}\nTags\n{cloud}"))
    assert article.body.startswith("The harbour council met on Tuesday")
    assert "PHP" not in article.body and "Bahnsteig" not in article.body


def test_a_form_s_list_of_countries_is_not_prose_though_it_has_a_parenthesis():
    countries = ("Pays (obligatoire) Afghanistan Afrique du Sud Albanie Algérie Allemagne Andorre Angola Anguilla "
                 "Antarctique Antigua-et-Barbuda Arabie saoudite Argentine Arménie Aruba Australie Autriche "
                 "Azerbaïdjan Bahamas Bahreïn Bangladesh Barbade Belgique Belize Bénin Bermudes Bhoutan Biélorussie "
                 "Birmanie Bolivie Bosnie-Herzégovine Botswana Brésil Brunei Bulgarie Burkina Faso Burundi Cambodge "
                 "Cameroun Canada Cap-Vert Chili Chine Chypre Colombie Comores Congo Corée du Sud Costa Rica Croatie "
                 "Cuba Danemark Djibouti Dominique Égypte Équateur Érythrée Espagne Estonie Éthiopie Fidji Finlande")
    form = f"Formulaire\n{countries}\nEnvoyer"   # longer than the story
    article = extract_text(_story_dump("By Ann Lee | 14 March 2020", footer=form))
    assert article.body.startswith("The harbour council met on Tuesday")
    assert "Afghanistan" not in article.body


@pytest.mark.parametrize("heading", ["Recent Posts", "Latest News", "Neueste Beiträge", "HOUSE RULES",
                                     "Weitere Beiträge aus der Kolumne:", "Más noticias"])
def test_a_list_of_the_site_s_latest_posts_below_the_story_is_not_part_of_it(heading):
    teasers = "\n".join([
        "The ferry company has ordered two new boats for the island route, to be delivered next spring.",
        "Fishermen say the new quotas will force half of the harbour's boats to stay ashore this winter."])
    article = extract_text(_story_dump("By Ann Lee | 14 March 2020", footer=f"{heading}\n{teasers}"))
    assert article.body.startswith("The harbour council met on Tuesday")
    assert "ferry company" not in article.body and "quotas" not in article.body


def test_a_short_last_paragraph_past_an_ad_s_label_is_the_story_s_and_a_pitch_is_not():
    article = extract_text(_story_dump("By Ann Lee | 14 March 2020",
                                       footer="Advertisement\nThe council meets again in May.\nMenu\nContact"))
    assert article.body.endswith("The council meets again in May.")
    pitch = extract_text(_story_dump("By Ann Lee | 14 March 2020",
                                     footer="Your Opinion Matters\nShare your views on our coverage with us.\nMenu"))
    assert "Share your views" not in pitch.body and "Opinion" not in pitch.body


@pytest.mark.parametrize("story_end", ["Leave a reply", "Topics in this article\nHarbour\nFerries",
                                       "Themen in diesem Artikel\nHafen\nFähren"])
def test_a_comment_section_longer_than_the_story_is_not_taken_for_it(story_end):
    """Comments follow the heading that ends a story: a comment form's, or that of the story's
    list of topics."""
    comment = ("I have read this twice and I still think the council should have repaired the southern quay "
               "first, because the ferry to the islands leaves from there every morning of the year.")
    comments = "\n".join(f"{name} says:\n{comment}" for name in ("Ann", "Bob", "Cleo", "Dan", "Eve", "Fay"))
    article = extract_text(_story_dump("By Ann Lee | 14 March 2020", footer=f"{story_end}\n{comments}"))
    assert article.body.startswith("The harbour council met on Tuesday")
    assert "southern quay" not in article.body


def test_a_consent_banner_longer_than_a_short_story_is_not_taken_for_it():
    banner = ("Unsere Website verwendet Cookies für verschiedene Zwecke, insbesondere zur Verbesserung ihrer "
              "Funktionsweise, zur Analyse der Nutzung und zur Anzeige von Werbung, die Ihren Interessen "
              "entspricht; Sie können Ihre Einwilligung jederzeit widerrufen, indem Sie die Einstellungen ändern.")
    article = extract_text(f"{banner}\n{banner.replace('Werbung', 'Angeboten')}\n" + _story_dump("14 March 2020"))
    assert article.body.startswith("The harbour council met on Tuesday")
    assert "Cookies" not in article.body


def test_skip_links_and_search_prompts_are_not_the_headline():
    dump_text = ("Harbour Times\nCouncil agrees the harbour budget\nSpringe zum Inhalt\nSuche nach: Suche\n"
                 f"14 March 2020\n{_STORY_LINES}\n")
    assert extract_text(dump_text).headline == "Council agrees the harbour budget"


def test_a_headline_put_as_a_question_is_the_headline():
    dump_text = ("Harbour Times\nHome\nNews\nShould the council rebuild the southern quay first?\n"
                 f"14 March 2020\n{_STORY_LINES}\n")
    assert extract_text(dump_text).headline == "Should the council rebuild the southern quay first?"
    two_sentences = "Council meets again. Will the quay be rebuilt this year?"
    assert extract_text(dump_text.replace("Should the council rebuild the southern quay first?",
                                          f"Council agrees the harbour budget\n{two_sentences}")).headline \
        == "Council agrees the harbour budget"   # two sentences are a standfirst, not a headline


def test_a_photo_credit_under_the_headline_is_not_the_headline():
    for credit in ("© Harbour Times / Ann Lee", "Photo: Ann Lee", "The southern quay at dawn (Reuters/Ann Lee)"):
        dump_text = f"Harbour Times\nHome\nCouncil agrees the harbour budget\n{credit}\n14 March 2020\n{_STORY_LINES}\n"
        assert extract_text(dump_text).headline == "Council agrees the harbour budget", credit


@pytest.mark.parametrize("player", ["Media playback is unsupported on your device",
                                    "Your browser does not support the video tag."])
def test_a_video_players_notice_and_its_caption_above_the_story_are_not_the_headline(player):
    """A video that opens the story leaves its player's fallback notice and a labelled caption,
    which share the story's words, between the headline and the story."""
    dump_text = (f"Harbour Times\nHome\nCouncil agrees the harbour budget\n14 March 2020\nShare\nEmail\n"
                 f"Facebook\n{player}\nMedia caption The council agrees the harbour budget\n{_STORY_LINES}\n")
    article = extract_text(dump_text)
    assert article.headline == "Council agrees the harbour budget"
    assert player not in article.body and "Media caption" not in article.body


def _story_broken_by(lines: str) -> str:
    """The story's paragraphs in two halves of two, the given lines between them."""
    more = ("Work on the quay starts in April and should be finished before the summer crossings begin.\n"
            "The ferry company welcomed the vote and said it would add a second boat at weekends.")
    return _story_dump("By Ann Lee | 14 March 2020").replace(
        _STORY_LINES, f"{_STORY_LINES.rsplit(chr(10), 1)[0]}\n{lines}\n{_STORY_LINES.rsplit(chr(10), 1)[1]}\n{more}")


@pytest.mark.parametrize("signature", ["— Jane Doe (@janedoe) 12 March 2020",
                                       "A post shared by Jane Doe (@jane.doe) on Mar 12, 2020 at 9:24am PDT",
                                       "https://harbourtimes.example/2020/03/12/ferry-timetable/"])
def test_an_embedded_posts_signature_or_a_linked_pages_address_does_not_cut_the_story(signature):
    article = extract_text(_story_broken_by(signature))
    assert "Members voted to keep the ferry" in article.body
    assert article.body.startswith("The harbour council met") and article.body.endswith("boat at weekends.")
    assert article.date == date(2020, 3, 14)


@pytest.mark.parametrize("times_shown", [1, 2])
def test_a_table_of_contents_does_not_part_the_story_from_its_introduction(times_shown):
    """Nor when the page shows it twice over (for wide and narrow screens), which repeats it
    as the site's template lines would be."""
    introduction = ("Every harbour town argues about its budget, and this year the council had more to share out "
                    "than ever, so we asked the people who run its ferry, its quays and its market what each "
                    "of the plans would mean for them.")
    sections = ["The ferry", "The northern quay", "The southern quay", "The fish market", "The lighthouse",
                "The car park", "The marina", "The boatyard", "The harbour office"]
    body = "\n".join(f"{heading}\n{heading} gets its share of the money this year, the council said on Tuesday, "
                     "after weeks of talks with the people who work there and use it every day."
                     for heading in sections)
    dump_text = (f"Harbour Times\nHome\nCouncil agrees the harbour budget\nBy Ann Lee | 14 March 2020\n"
                 f"{introduction}\n" + ("Contents\n" + "\n".join(sections) + "\n") * times_shown + f"{body}\n")
    article = extract_text(dump_text)
    assert article.body.startswith(introduction)
    assert article.body.endswith("use it every day.") and "The lighthouse gets its share" in article.body
    assert article.date == date(2020, 3, 14)


@pytest.mark.parametrize("pointer", ["VEA TAMBIÉN: El puerto de la isla cierra por el temporal de invierno",
                                     "Lesen Sie hier: Warum die Fähre im Winter nicht mehr fährt",
                                     "Le puede interesar: ¿Qué cambia en el puerto con el nuevo presupuesto?",
                                     ">> Mehr lesen: Was ihr im Winter am Hafen erleben könnt",
                                     ">> Der Hafenmeister verlässt die Stadt – nach 20 Jahren <<"])
def test_a_read_also_line_between_paragraphs_is_not_the_story(pointer):
    article = extract_text(_story_broken_by(pointer))
    assert pointer not in article.body and article.body.endswith("boat at weekends.")


def test_a_subheading_quoted_between_guillemets_stays():
    subheading = "»Wie bringe ich die Fähre dazu, im Winter zu fahren?«"
    assert subheading in extract_text(_story_broken_by(subheading)).body


def test_a_pitch_to_the_reader_between_paragraphs_is_not_the_story():
    pitch = ("Keine Neuigkeiten vom Hafen mehr verpassen: Abonnieren Sie kostenlos unseren Newsletter und bleiben "
             "Sie auf dem Laufenden.")
    article = extract_text(_story_broken_by(pitch))
    assert "Newsletter" not in article.body and article.body.endswith("boat at weekends.")


def test_an_interview_answer_after_a_name_stays():
    answer = "Lea: Ja, das stimmt, wir haben lange auf diese Entscheidung gewartet."
    assert answer in extract_text(_story_broken_by(answer)).body


def test_a_short_line_between_paragraphs_leaves_a_longer_one_stays():
    article = extract_text(_story_broken_by("Share\nPhoto: AFP\nZurück zur Übersicht\nThe northern quay in winter"))
    assert "Share" not in article.body and "Photo: AFP" not in article.body and "Übersicht" not in article.body
    assert "The northern quay in winter" in article.body
    assert article.body.startswith("The harbour council met") and article.body.endswith("boat at weekends.")


def test_the_headline_is_the_line_that_names_the_story_not_the_nearest_section_name():
    dump_text = ("Harbour Times\nHome\nCouncil agrees the harbour budget\nPolitics and Economy\n"
                 f"By Ann Lee | 14 March 2020\nThe island ferry in winter © Jane Roe\n{_STORY_LINES}\n")
    assert extract_text(dump_text).headline == "Council agrees the harbour budget"


def test_the_standfirst_is_the_longest_prose_under_the_headline_not_a_caption():
    standfirst = ("After weeks of talks the council has agreed how the harbour's money is spent, "
                  "and the ferry is the winner.")
    dump_text = ("Harbour Times\nHome\nCouncil agrees the harbour budget\n"
                 f"The quay at dawn, seen from the ferry deck.\n{standfirst}\n"
                 f"14 March 2020\n{_STORY_LINES}\n")
    article = extract_text(dump_text)
    assert article.summary == standfirst
    assert article.body.startswith(standfirst)


def test_a_lone_line_of_prose_below_the_story_and_its_share_buttons_is_not_story():
    bio = ("Ann Lee has reported on the islands for twenty years and writes our weekly column on the "
           "ferries, the fishing fleet and island life; her book on the lighthouse keepers is out in May.")
    article = extract_text(_story_dump("By Ann Lee | 14 March 2020", footer=f"Share\nTweet\nEmail\n{bio}"))
    assert article.body.endswith("open through the season.")
    assert "twenty years" not in article.body
    last = ("Work on the northern quay starts in April, and the council expects the first ferries to berth "
            "there again before the summer crossings begin, weather permitting.")
    closing = extract_text(_story_dump("By Ann Lee | 14 March 2020", footer=f"Photo: AFP\n{last}"))
    assert closing.body.endswith("weather permitting.")   # a caption alone does not set a line apart


@pytest.mark.parametrize("caption", ["The northern quay at dawn. Foto: Jane Roe | flickr | CC BY 2.0",
                                     "Ferries wait out the storm © Jane Roe/harbour-pictures.example",
                                     "The mayor, photo: Archives of the Harbour Council",
                                     "The picket line in the harbour office / (C) Jane Roe",
                                     "Photograph by Jane Roe, Harbour Restoration Programme",
                                     "Fot. Jane Roe / Agencja Harbour",
                                     "Die Fähre im Hafen von Emden. Bildrechte: Jane Roe"])
def test_a_caption_closing_with_its_credit_leaves_the_body(caption):
    article = extract_text(_story_broken_by(caption))
    assert "Jane Roe" not in article.body and "Archives of" not in article.body
    assert article.body.endswith("boat at weekends.")


@pytest.mark.parametrize("button", ["Schon registriert? Hier einloggen", "Udostępnij na Facebooku (12)",
                                    "Déjà abonné ? Connectez-vous", "Télécharger au format EPUB",
                                    "21 minutes - 4312 words", "Ten tekst przeczytasz w mniej niż minutę",
                                    "Join the discussion (14 comments)", "Je fais un don à Harbour Aid",
                                    "Auf einer Seite lesen", "Newer Post Older Post Home", "HIDE CAPTION",
                                    "Zum Vergrößern bitte anklicken", "Click to enlarge", "ESCUCHA LA NOTICIA",
                                    "8 minutos de lectura", "Social Share", "Hauptinhalt"])
def test_a_button_or_reading_time_between_paragraphs_leaves_the_body(button):
    article = extract_text(_story_broken_by(button))
    assert button not in article.body and article.body.endswith("boat at weekends.")


def test_a_credit_label_inside_a_sentence_stays():
    line = "The council asked for one photo: the quay as it stood before the storm took its railings away."
    assert line in extract_text(_story_broken_by(line)).body


@pytest.mark.parametrize("meta_line", ["By Jane Roe, harbour correspondent", "Updated 15 March 2020, 10:02"])
def test_a_byline_or_date_line_inside_the_story_is_not_kept_in_it(meta_line):
    paragraph = ("The ferry company welcomed the vote on Tuesday and said it would add a second boat at "
                 "weekends, once the northern quay reopens to traffic in the spring.")
    dump_text = (f"Harbour Times\nHome\nCouncil agrees the harbour budget\n14 March 2020\n{paragraph}\n"
                 f"{meta_line}\n{paragraph.replace('Tuesday', 'Wednesday')}\n")
    article = extract_text(dump_text)
    assert meta_line not in article.body
    assert "on Wednesday" in article.body and "on Tuesday" in article.body


def test_teasers_cut_short_below_the_story_are_not_story():
    teasers = ("Most read\nFerry fares rise for the third time this year as the island...\n"
               "The northern quay reopens in April after a winter of...\n"
               "Council names the new harbour master after a long…")
    article = extract_text(_story_dump("By Ann Lee | 14 March 2020", footer=teasers))
    assert article.body.endswith("open through the season.")
    assert "Ferry fares" not in article.body


def test_a_sentence_naming_a_day_between_paragraphs_does_not_cut_the_story():
    article = extract_text(_story_broken_by("Share\nTweet\nThe council first met on 3 March 2020.\nPhoto: AFP"))
    assert article.body.endswith("boat at weekends.")
    assert article.date == date(2020, 3, 14)


def test_the_story_joins_across_a_photo_gallery_longer_than_a_short_break():
    gallery = "\n".join(f"Photo {number} of 30\nThe quay, seen from the ferry" for number in range(1, 31))
    before = " ".join(["Harbour staff said the quay had not been repaired since the storm of the winter before."] * 5)
    after = " ".join(["The ferry company welcomed the vote and said it would add a second boat at weekends."] * 5)
    article = extract_text(_story_broken_by(f"{before}\n{gallery}\n{after}"))
    assert article.body.startswith("The harbour council met") and article.body.endswith("boat at weekends.")
    assert before in article.body and after in article.body and "Photo 12 of 30" not in article.body


def test_sentences_closing_with_german_quotation_marks_are_prose():
    quotes = ("„Wir haben lange gewartet, jetzt fahren die Fähren endlich wieder nach Plan.“\n"
              "„Der Hafen ist für die Insel wichtiger als jede Straße, das weiß hier jeder.“\n"
              "„Im Sommer brauchen wir mehr Boote, sonst reicht es wieder nicht.“")
    dump_text = f"Hafenblatt\nStartseite\nDie Fähre fährt wieder\n14. März 2020\n{quotes}\nTeilen\nKommentare\n"
    article = extract_text(dump_text)
    assert article.body == quotes.replace("\n", "\n\n")


@pytest.mark.parametrize("above", [
    "You are here: Home » Harbour » Council » Budget agreed",   # a breadcrumb trail
    "Home / News / Council / Budget agreed",
    "← Ferry timetable changes for the winter",                 # a link to the previous post
    "Roads , Budget , Council",                                  # a tag list
    "Ingredients:",                                              # a label for what follows
])
def test_navigation_and_labels_above_the_story_are_not_its_headline(above):
    story = "The council met on Tuesday and agreed the budget after a long debate about the roads. " * 3
    article = extract_text(f"Harbour Times\nBudget agreed\n{above}\n{story}\n{story}\nContact us\n")
    assert article.headline == "Budget agreed"


def test_a_short_headline_may_end_with_a_full_stop():
    story = "The fog soup came in from the sea on Tuesday and stayed over the town for three days. " * 3
    article = extract_text(f"Harbour Times\nMenu\nFog soup.\n{story}\n{story}\nContact us\n")
    assert article.headline == "Fog soup."


def test_a_one_word_headline_does_not_make_the_first_sentence_a_caption():
    story = "Emden is a port town in the north, known for its harbour and its canals and its museums. " * 3
    article = extract_text(f"Harbour Guide\nMenu\nEmden\n{story}\n{story}\nContact us\n")
    assert article.headline == "Emden" and article.body.startswith("Emden is a port town")


def test_the_headline_is_the_line_a_blank_line_sets_apart_not_the_deck_below_it():
    story = ("The council met on Tuesday and agreed the harbour budget after a long debate about the roads "
             "and the ferries. ") * 3
    article = extract_text("Harbour Times\nHome\nNews\n\nHarbour budget agreed\nCouncil debate on roads and ferries\n"
                           f"{story}\n{story}\nContact us\n")
    assert article.headline == "Harbour budget agreed"


@pytest.mark.parametrize("address", [
    {"url": "https://harbour.example/2021/03/ferry-fares-frozen-for-the-winter/"},   # the URL's slug
    {"path": "saved/Ferry fares frozen for the winter.txt"},                         # the name it was saved under
])
def test_the_pages_address_names_its_headline_among_the_lines_above_the_story(address):
    story = ("The council met on Tuesday and agreed the harbour budget after a long debate about the roads "
             "and the ferries. ") * 3
    page = ("Harbour Times\nHome\nRoads and ferries\nNews\nFerry fares frozen for the winter\n"
            f"{story}\n{story}\nContact us\n")
    assert extract_text(page, **address).headline == "Ferry fares frozen for the winter"


def test_an_address_without_accents_names_a_headline_with_them():
    """A slug drops the accents its headline has ("daran-bendicion-a-vehiculos"): the words match."""
    story = ("Los capuchinos celebran su fiesta anual con una bendición para los conductores de la ciudad, "
             "que llegan desde temprano con sus familias. ") * 3
    page = ("Diario del Puerto\nInicio\nNacionales\n\nDarán bendición a vehículos este sábado\n\n"
            f"Capuchinos celebran su fiesta anual en la ciudad\n\n{story}\n{story}\nContacto\n")
    url = "https://puerto.example/nacionales/daran-bendicion-a-vehiculos-este-sabado"
    assert extract_text(page, url=url).headline == "Darán bendición a vehículos este sábado"


@pytest.mark.parametrize("slug", ["grosse-bruecke-ueber-die-foehrde-eroeffnet", "grosse-brucke-uber-die-fohrde-eroffnet"])
def test_an_address_that_spells_umlauts_out_or_drops_their_dots_names_the_headline(slug):
    story = ("Die neue Brücke verbindet beide Ufer der Förde und verkürzt den Weg in die Stadt um eine "
             "halbe Stunde für alle Pendler. ") * 3
    page = ("Hafenblatt\nStartseite\nVerkehr\n\nGroße Brücke über die Förde eröffnet\n\n"
            f"Pendler sparen eine halbe Stunde\n\n{story}\n{story}\nKontakt\n")
    assert extract_text(page, url=f"https://hafen.example/verkehr/{slug}").headline \
        == "Große Brücke über die Förde eröffnet"


def test_the_line_the_address_spells_out_is_the_headline_over_a_standfirst_in_the_storys_words():
    """A standfirst is longer than the headline and told in the story's own words, so it can score
    higher; the slug was made from the headline."""
    story = ("In an interview, the researcher Anna Berg explains why groups of people solve problems better "
             "than the smartest single expert, and what her book on groups says about it. ") * 3
    page = ("Weekly Review\nIdeas\nOpen Future\n\nWhy collaborative thinking beats individual smarts\n\n"
            "Anna Berg, author of a book on groups, explains why groups of people solve problems better\n\n"
            f"{story}\n{story}\nContact\n")
    url = "https://review.example/open-future/2018/06/18/why-collaborative-thinking-beats-individual-smarts"
    assert extract_text(page, url=url).headline == "Why collaborative thinking beats individual smarts"
    assert extract_text(page).headline.startswith("Anna Berg")   # without an address, the story's words decide


def test_a_headline_in_lower_case_is_the_headline_when_the_address_names_it_from_its_first_word():
    story = ("Apple fixed the display bug in its latest update, and the photo editor runs smoothly again "
             "on the large screen. ") * 3
    page = ("Photo Blog\nShop\nBooks & Magazines\nWorkshops\n\niMac display bug fixed at last\n\n"
            f"{story}\n{story}\nContact\n")
    assert extract_text(page, url="https://photo.example/imac-display-bug-fixed-at-last/").headline \
        == "iMac display bug fixed at last"
    # a lower-case line that carries on the label above it names the story too, but does not open as it
    recipe = ("Kitchen\nAlmond biscuits\nIngredients\nfor the almond biscuits\n300 g flour\n"
              "Mix the flour, the sugar and the almonds in a bowl, then knead them into a smooth dough.\n"
              "Roll the dough out on a floured board and cut the almond biscuits into any shapes you like.\n"
              "Bake the biscuits for fifteen minutes at 200 degrees, until they turn golden brown.\n")
    assert extract_text(recipe, url="https://kitchen.example/almond-biscuits").headline == "Almond biscuits"


def test_a_dump_that_shows_no_date_is_dated_by_the_day_its_address_files_it_under():
    story = ("The council met on Tuesday and agreed the harbour budget after a long debate about the roads "
             "and the ferries. ") * 3
    page = f"Harbour Times\nHome\n\nBudget agreed\n{story}\n{story}\nContact us\n"
    assert extract_text(page, url="https://harbour.example/2021/03/04/budget-agreed/").date == date(2021, 3, 4)
    assert extract_text(page, path="mirror/harbour.example/2021/03/04/budget-agreed.txt").date == date(2021, 3, 4)
    shown = page.replace("Budget agreed\n", "Budget agreed\n2 March 2021\n")
    assert extract_text(shown, url="https://harbour.example/2021/03/04/budget-agreed/").date == date(2021, 3, 2)
    assert extract_text(page).date is None


def test_a_date_earlier_than_the_month_the_address_files_the_story_under_gives_way_to_the_headers():
    """A review's facts box dates the book ("Erscheinungsdatum: 14.08.2017"), nearest the story; the
    address files the review in September, and the header's date line is the review's."""
    review = ("Nachdem mir der erste Band richtig gut gefallen hat, war ich auf die Fortsetzung sehr gespannt, "
              "und sie hat mich nicht enttäuscht. ") * 3
    page = ("Rubriken\nRezensionen\n\nSamstag, 9. September 2017\n\nLove is War - Sehnsucht\n\nBuchinfos:\n"
            "Seiten: 448\nVerlag: Heyne\nErscheinungsdatum: 14.08.2017\n\n"
            f"{review}\n\n{review}\n\nKommentare\n")
    url = "https://books.example/2017/09/love-is-war-sehnsucht.html"
    assert extract_text(page, url=url).date == date(2017, 9, 9)


def test_a_headline_fifty_lines_above_the_story_past_a_long_menu_is_found():
    story = ("The council met on Tuesday and agreed the harbour budget after a long debate about the roads "
             "and the ferries. ") * 3
    menu = "\n".join(f"Section {number}" for number in range(1, 50))
    page = f"Harbour Times\n\nHarbour budget agreed\n\n{menu}\n{story}\n{story}\nContact us\n"
    assert extract_text(page).headline == "Harbour budget agreed"


def test_what_stands_between_the_headline_and_the_story_opens_the_body():
    """A recipe's ingredients, a fact box: short lines under the headline, above the prose, that
    belong to the story; the date, byline, buttons and one-word labels there do not."""
    dump_text = ("Harbour Kitchen\nRecipes\nAlmond biscuits\n14 March 2020\nBy Ann Lee\nListen to this article\n"
                 "Print this recipe\nPinterest\nIngredients:\n300 g flour\n200 g sugar\n100 g ground almonds\n"
                 "Method:\nMix the flour, the sugar and the almonds in a bowl, then knead them into a smooth dough.\n"
                 "Roll the dough out on a floured board and cut the almond biscuits into any shapes you like.\n"
                 "Bake the biscuits for fifteen minutes at 200 degrees, until they turn golden brown.\n")
    article = extract_text(dump_text)
    assert article.headline == "Almond biscuits" and article.byline == "Ann Lee"
    assert article.body.startswith("300 g flour\n\n200 g sugar\n\n100 g ground almonds\n\nMix the flour")
    for furniture in ("14 March", "Ann Lee", "Listen", "Print", "Pinterest", "Ingredients:", "Method:"):
        assert furniture not in article.body


def test_a_headline_with_nothing_under_it_but_furniture_leaves_the_body_as_the_story():
    article = extract_text(_story_dump("Share on Facebook\nSign up for our newsletter\nPhoto: Jane Roe"))
    assert article.body.startswith("The harbour council met")


def test_a_list_the_story_ends_with_is_the_storys_but_not_what_follows_it():
    dump_text = ("Harbour Times\nCouncil agrees the harbour budget\n14 March 2020\n"
                 f"{_STORY_LINES}\nThe budget pays first for:\n"
                 "the northern quay\nthe winter ferry\nnew lamps on the pier\n"
                 "\nYou might also like:\nFerry fares go up\nThe quay in pictures\n\nContact us\n")
    article = extract_text(dump_text)
    assert article.body.endswith("The budget pays first for:\n\nthe northern quay\n\nthe winter ferry\n\n"
                                 "new lamps on the pier")
    assert "Ferry fares" not in article.body


@pytest.mark.parametrize("label", ["Zuletzt geändert am:", "Last updated on:"])
def test_a_dates_label_under_the_story_opens_no_list_of_the_storys(label):
    dump_text = ("Harbour Times\nCouncil agrees the harbour budget\n14 March 2020\n"
                 f"{_STORY_LINES}\n{label}\n15.03.2020\nPress team\nAnn Lee\nPress officer of the harbour council\n"
                 "+49 30 1234-5\nHarbour Council press office\n")
    article = extract_text(dump_text)
    assert article.body.endswith("through the season.")
    assert "Press officer" not in article.body


@pytest.mark.parametrize("label", ["Related", "Keep reading", "Zum Thema", "Lee también...", "Leggi anche:"])
def test_a_box_of_other_stories_between_paragraphs_is_not_the_story(label):
    story = _STORY_LINES.splitlines()
    last = "The ferry will keep its winter timetable, and the first repairs start on the quay in April."
    dump_text = (f"Harbour Times\nCouncil agrees the harbour budget\n14 March 2020\n{story[0]}\n{story[1]}\n"
                 f"{label}\nFerry fares go up again next spring\nThe quay in pictures: is it safe for walkers?\n"
                 f"{story[2]}\n{last}\nContact us\n")
    article = extract_text(dump_text)
    assert article.body.endswith(last)
    assert "Ferry fares" not in article.body and "The quay in pictures" not in article.body


def test_a_hard_wrapped_paragraph_is_one_line_of_the_story_again():
    wrapped = ("The harbour council met on Tuesday to agree the\nbudget for the coming year, after weeks of talks,\n"
               "and voted to keep the ferry running through the\nwinter and to repair the northern quay first.")
    dump_text = f"Harbour Times\nHome\nNews\nCouncil agrees the harbour budget\n{wrapped}\n\n{_STORY_LINES}\n"
    article = extract_text(dump_text)
    assert article.body.startswith("The harbour council met on Tuesday to agree the budget for the coming year, "
                                   "after weeks of talks, and voted to keep the ferry running through the winter")
    assert "Home" not in article.body


def test_a_menu_whose_entries_run_together_is_not_the_story():
    menu = ("Go to... Choose a blog... Harbour Times main page All about the seaFerry newsHarbour lifeIsland "
            "weatherThe council at workOld boats and new, Sport on the quayLetters to the editorPictures of the "
            "week, Tides and timetables")
    article = extract_text(f"Harbour Times\n{menu}\n\nCouncil agrees the harbour budget\n{_STORY_LINES}\n")
    assert article.body.startswith("The harbour council met") and "Ferry news" not in article.body
    assert article.headline == "Council agrees the harbour budget"


def test_the_numbered_steps_of_a_recipe_are_one_story():
    steps = ["Sift the flour and the sugar into a large bowl and mix them well.",
             "Add the egg and the soft butter and knead them into a smooth dough.",
             "Shape small balls, set them on a tray and bake them for twenty minutes.",
             "Let them cool, then dip each biscuit halfway into the melted chocolate."]
    numbered = "\n".join(f"{number}. {number}.\n{step}" for number, step in enumerate(steps, 1))
    notice = ("Attention: images taken from the internet are protected by their authors' rights and are "
              "removed when the authorship is proven to us by mail, with a link to the original.")
    dump_text = f"Harbour Kitchen\nChocolate biscuits\n{notice}\nIngredients\n200 g flour\nMethod\n{numbered}\nMore\n"
    article = extract_text(dump_text)
    assert all(step in article.body for step in steps)


def test_a_colon_before_other_stories_opens_no_list_of_the_storys():
    dump_text = ("Harbour Times\nCouncil agrees the harbour budget\n14 March 2020\n"
                 f"{_STORY_LINES}\nYou might also like:\nFerry fares go up again\nThe quay in pictures\n")
    assert extract_text(dump_text).body.endswith("through the season.")


def test_a_headline_that_quotes_a_whole_sentence_is_still_the_headline():
    headline = "Harbour mayor on the budget: “We will keep the island's ferry running through every winter”"
    dump_text = f"Harbour Times\nHome\nNews\n{headline}\n14 March 2020\n{_STORY_LINES}\n"
    assert extract_text(dump_text).headline == headline


@pytest.mark.parametrize("headline", ['"Not this winter": the council keeps the harbour ferry in port',
                                      "#HarbourBudget: the council agrees on the ferry"])
def test_a_headline_opening_with_a_quote_or_a_hash_is_still_the_headline(headline):
    dump_text = f"Harbour Times\nHome\nNews\n{headline}\n14 March 2020\n{_STORY_LINES}\n"
    assert extract_text(dump_text).headline == headline


def test_a_headline_the_page_shows_twice_with_its_byline_is_still_the_headline():
    """A header that sticks to the top of the window repeats the headline with the line under it."""
    header = "Council agrees the harbour budget\nBy Ann Lee"
    dump_text = f"Harbour Times\nHome\n{header}\n14 March 2020\n{_STORY_LINES}\n{header}\nContact us\n"
    article = extract_text(dump_text)
    assert article.headline == "Council agrees the harbour budget"
    assert article.body.startswith("The harbour council met") and "Ann Lee" not in article.body


def test_a_standfirst_the_page_shows_twice_with_its_headline_opens_the_story():
    """The header stuck to the top of the window repeats the standfirst with the headline: a
    template pair, but the story's own opening, unlike the reading time under it."""
    header = "Council agrees the harbour budget\n\nA decision that pleases shopkeepers and commuters alike"
    dump_text = (f"Harbour Times\nHome\n\n{header}\n\nBy Ann Lee\n14 March 2020\nLesedauer: 3 Min.\n\n"
                 f"{_STORY_LINES}\n\n{header}\n\nContact us\n")
    article = extract_text(dump_text)
    assert article.headline == "Council agrees the harbour budget"
    assert article.body.startswith("A decision that pleases shopkeepers and commuters alike\n\nThe harbour council met")
    assert "Lesedauer" not in article.body


def test_a_question_headline_that_opens_the_storys_prose_is_the_headline_when_the_address_names_it():
    headline = "Will the harbour council keep the island's ferry running through the winter?"
    dump_text = f"Harbour Times\nHome\nNews\n\n{headline}\n{_STORY_LINES}\n"
    url = "https://harbour.example/news/2020/03/14/council-keep-island-ferry-running-winter/"
    article = extract_text(dump_text, url=url)
    assert article.headline == headline and article.body.startswith("The harbour council met")
    assert extract_text(dump_text, url="https://harbour.example/news/budget-agreed/").headline != headline


def test_a_thai_dump_whose_sentences_end_without_full_stops_is_read():
    """Thai writes no full stop: a long line of it is prose by its length."""
    story = ("กรุงเทพมหานครประกาศแผนแก้ปัญหาน้ำท่วมในฤดูฝนปีนี้ โดยจะสร้างอุโมงค์ระบายน้ำเพิ่มอีกสามแห่ง\n"
             "ผู้ว่าราชการกรุงเทพมหานครกล่าวว่าโครงการนี้จะช่วยลดปัญหาน้ำท่วมขังในพื้นที่ชั้นในได้อย่างมาก")
    article = extract_text(f"ข่าวไทย\nหน้าแรก\nการเมือง\nกรุงเทพฯ แก้น้ำท่วม\n12 มกราคม 2566\n{story}\nแชร์\n")
    assert article.headline == "กรุงเทพฯ แก้น้ำท่วม"
    assert article.body.startswith("กรุงเทพมหานครประกาศ") and "แชร์" not in article.body
    assert article.date == date(2023, 1, 12)


def test_a_line_of_marks_alone_between_paragraphs_is_not_the_story():
    article = extract_text(_story_broken_by("* * *\n———"))
    assert "* * *" not in article.body and "———" not in article.body
    assert article.body.startswith("The harbour council met") and article.body.endswith("at weekends.")


def test_a_kicker_ending_with_a_colon_over_the_headline_is_part_of_it():
    """The page broke one headline in two, as a heading's lines after a colon are in HTML."""
    dump_text = f"Harbour Times\nHome\nNews\n\nHarbour budget:\nCouncil agrees the spending\n\n{_STORY_LINES}\n"
    assert extract_text(dump_text).headline == "Harbour budget: Council agrees the spending"
    apart = dump_text.replace("Harbour budget:\n", "Harbour budget:\n\n")   # a label on its own stands apart
    assert extract_text(apart).headline == "Council agrees the spending"


def test_a_standfirst_with_soft_hyphens_is_cleaned_as_the_body_is_and_shown_once():
    story = "The council met on Tuesday and agreed the budget after a long debate about roads and bridges. " * 3
    standfirst = "Die Stadt\u00adver\u00adwaltung zählt mehr Bären als je zuvor in ihrer Geschichte."
    dump = (f"Town Crier\nHome | News | Sport\n\nBears: a record year\n\n{standfirst}\n\n12 March 2022\n\n"
            f"{story}\n\n{story}")
    article = extract_text(dump)
    assert article.body.startswith("Die Stadtverwaltung zählt mehr Bären")
    assert "\u00ad" not in article.body and article.body.count("Die Stadtverwaltung") == 1


def test_a_caption_under_the_headline_gives_way_to_the_storys_one_paragraph():
    """A paywalled story shows one paragraph, below a photo's caption that stands right under the
    headline: the caption is left out, and the paragraph, not nothing, is the story."""
    caption = ("The north quay is the oldest part of the port, yet more than half of its ships are classed as"
               " heavy freighters. Photo: Ann Lee")
    story = "A senior harbour official has said in a sworn statement that the north quay could collapse."
    headline = "North quay could collapse, official says"
    text = (f"Harbour Times\nHome News {headline}\n\n{caption}\n\nNews\n\n{headline}\n\n"
            "'The port is not fit for heavy freighters'\n\nBy\nJames Smith\n-\nMay 4, 2022\nShare\nFacebook\n"
            f"Email\n\n{story}\n\nRelated Videos\nTopics\nHarbour\nPrevious article\n")
    article = extract_text(text, url="https://harbour.example/2022/05/04/north-quay-could-collapse-official-says/")
    assert article.body.endswith(story) and caption not in article.body
    assert article.date == date(2022, 5, 4)


def test_a_php_warning_above_the_story_is_not_its_headline():
    warning = ("Strict Standards: Non-static method Gallery::render() should not be called statically in "
               "/www/htdocs/wp-content/plugins/gallery/lib/core.php on line 341")
    story = "The council met on Tuesday and agreed the budget after a long debate about roads. " * 3
    article = extract_text(f"{warning}\n{story}\n{story}\n")
    assert "Strict Standards" not in article.headline and article.headline.startswith("The council met")
