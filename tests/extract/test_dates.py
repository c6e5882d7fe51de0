from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsarchive.extract.date_lines import labelled_publication, line_date
from newsarchive.extract.dates import (date_in_url, day_of, find_dates, is_plausible, names_a_span, opening_date,
                                       parse_date, parse_machine_date)


def zone(hours: float) -> timezone:
    return timezone(timedelta(hours=hours))


@pytest.mark.parametrize("text, expected", [
    ("Published on 2022-03-06T16:15:48+07:00", datetime(2022, 3, 6, 16, 15, 48, tzinfo=zone(7))),
    ("Sun, March 6, 2022", date(2022, 3, 6)),
    ("Mar. 6, 2022", date(2022, 3, 6)),
    ("6 March 2022", date(2022, 3, 6)),
    ("6. März 2022, 10:30 Uhr", datetime(2022, 3, 6, 10, 30, tzinfo=timezone.utc)),
    ("12 décembre 2019 à 14h05", datetime(2019, 12, 12, 14, 5, tzinfo=timezone.utc)),
    ("6 de marzo de 2022", date(2022, 3, 6)),
    # the short names of German, Dutch, French, Spanish and Portuguese pages
    ("Aktualisiert am 06. Mär. 2023", date(2023, 3, 6)),
    ("6 mrt 2022", date(2022, 3, 6)),
    ("5 févr. 2021", date(2021, 2, 5)),
    ("12 ago 2020", date(2020, 8, 12)),
    ("3 abr 2019", date(2019, 4, 3)),
    ("06.03.2022", date(2022, 3, 6)),
    ("2022/03/06", date(2022, 3, 6)),
    ("01/21/2020", date(2020, 1, 21)),   # only the US order makes a date, with slashes or dots
    ("01.21.2020 07:00 PM", datetime(2020, 1, 21, 19, 0, tzinfo=timezone.utc)),
    ("Jan 5th, 2019 at 3:45 pm EST", datetime(2019, 1, 5, 15, 45, tzinfo=zone(-5))),
    # a US zone's bare name is standard or daylight time by the day
    ("Mar 3, 2009, 11:22pm ET", datetime(2009, 3, 3, 23, 22, tzinfo=zone(-5))),
    ("Jul 3, 2009 11:22pm ET", datetime(2009, 7, 3, 23, 22, tzinfo=zone(-4))),
    ("Nov. 7, 2023 at 5:02 p.m. PT", datetime(2023, 11, 7, 17, 2, tzinfo=zone(-8))),
    # a day in figures beside a US zone is written month first, as the United States write it
    ("11/07/2023 03:13 PM EST", datetime(2023, 11, 7, 15, 13, tzinfo=zone(-5))),
    ("11/07/2023 03:13 PM", datetime(2023, 7, 11, 15, 13, tzinfo=timezone.utc)),   # else day first
    ("11.07.2023 15:13 EST", datetime(2023, 7, 11, 15, 13, tzinfo=zone(-5))),   # dots: day first
    # a zone is written in capitals: "est" and "et" after a time are French words
    ("le 03/04/2009 10:45 est passé", datetime(2009, 4, 3, 10, 45, tzinfo=timezone.utc)),
    ("le 3 mars 2009 à 10:45 est passé", datetime(2009, 3, 3, 10, 45, tzinfo=timezone.utc)),
    ("le 3 mars 2009 à 10:45 et puis", datetime(2009, 3, 3, 10, 45, tzinfo=timezone.utc)),
    ("Selasa, 14 Mei 2019 09:30 WIB", datetime(2019, 5, 14, 9, 30, tzinfo=zone(7))),   # zones not ending in T
    ("14 мая 2019 09:30 MSK", datetime(2019, 5, 14, 9, 30, tzinfo=zone(3))),
    ("14 May 2019 09:30 Wibowo", datetime(2019, 5, 14, 9, 30, tzinfo=timezone.utc)),   # a name, not a zone
    ("Published 20 Feb 2017 14:00 GMT+09:00", datetime(2017, 2, 20, 14, 0, tzinfo=zone(9))),
    ("2022-03-06T09:15:48Z", datetime(2022, 3, 6, 9, 15, 48, tzinfo=timezone.utc)),
    ("Party, 30.10.23", date(2023, 10, 30)),
    ("2018年6月18日 10:01", datetime(2018, 6, 18, 10, 1, tzinfo=timezone.utc)),
    ("2018年6月20日（水）", date(2018, 6, 20)),
    ("2018년 6월 18일 (월) 오후 3:05", datetime(2018, 6, 18, 15, 5, tzinfo=timezone.utc)),
    ("发布时间：2020年1月23日", date(2020, 1, 23)),
    ("الجمعة 8 فيفري 2019", date(2019, 2, 8)),
    ("نشر في 3 يونيو 2020، 10:30", datetime(2020, 6, 3, 10, 30, tzinfo=timezone.utc)),
    ("12 Μαΐου 2021", date(2021, 5, 12)),
    ("15 августа 2016, 13:43", datetime(2016, 8, 15, 13, 43, tzinfo=timezone.utc)),
    ("3 листопада 2022", date(2022, 11, 3)),
    ("12. března 2021", date(2021, 3, 12)),
    ("5 decembrie 2019", date(2019, 12, 5)),
    ("17. desember 2020", date(2020, 12, 17)),
    # Finnish, Slovak, Serbian, Croatian, Lithuanian, Estonian, Catalan, Bulgarian, Hebrew, Malay
    ("20. tammikuuta 2020", date(2020, 1, 20)),
    ("20. januára 2020", date(2020, 1, 20)),
    ("20. januara 2020.", date(2020, 1, 20)),
    ("20. siječnja 2020", date(2020, 1, 20)),
    ("20 sausio 2020", date(2020, 1, 20)),
    ("20. veebruar 2020", date(2020, 2, 20)),
    ("20 de gener de 2020", date(2020, 1, 20)),
    ("20 октомври 2020", date(2020, 10, 20)),
    ("20 בינואר 2020", date(2020, 1, 20)),
    ("20 Ogos 2020", date(2020, 8, 20)),
    ("20. listopada 2020", date(2020, 11, 20)),   # November, as Polish has it (Croatian's October)
    # the year first, marked by its point or "m." (Hungarian, Lithuanian)
    ("2020. január 20.", date(2020, 1, 20)),
    ("Publikálva: 2020. március 5., 10:12", datetime(2020, 3, 5, 10, 12, tzinfo=timezone.utc)),
    ("2020 m. sausio 20 d.", date(2020, 1, 20)),
    ("am 5.6.99 um 12:30", datetime(1999, 6, 5, 12, 30, tzinfo=timezone.utc)),
    # "28.09.19" and "12:44" set side by side by the page: not the year 1912
    ("Erstellt 28.09.1912:44", datetime(2019, 9, 28, 12, 44, tzinfo=timezone.utc)),
    # a published and an updated date set side by side, the year glued to the next day
    ("28. Juni 201914. Januar 2020 | Ann Lee", date(2019, 6, 28)),
    ("28 June 201914 January 2020", date(2019, 6, 28)),
    ("28.06.201914.01.2020", date(2019, 6, 28)),
    ("06/11/20230 Kommentare", date(2023, 11, 6)),   # the year glued to the comments' count
    ("28.06.2019 12.44 Uhr", datetime(2019, 6, 28, 12, 44, tzinfo=timezone.utc)),
    ("3 de mayo de 202221:25 LA NACION", datetime(2022, 5, 3, 21, 25, tzinfo=timezone.utc)),   # glued to its time
    ("March 6, 20224:15 PM GMT+7Updated 2 years ago",
     datetime(2022, 3, 6, 16, 15, tzinfo=timezone(timedelta(hours=7)))),   # so in English
    ("13. 1. 2020", date(2020, 1, 13)),   # spaced, as Czech and Slovak pages write it
    ("18. 05. 2014 22:38", datetime(2014, 5, 18, 22, 38, tzinfo=timezone.utc)),
    ("26 | 01 | 2022", date(2022, 1, 26)),   # parts set apart by bars
    ("26|01|2022 14:30", datetime(2022, 1, 26, 14, 30, tzinfo=timezone.utc)),
])
def test_parse_date(text, expected):
    found = parse_date(text)
    assert found == expected
    assert type(found) is type(expected)


@pytest.mark.parametrize("text", ["Seite 1 | 2 | 2022", "Teams | 12 | 24 | 2022 | 6", "10 years ago 2019",
                                  "In 2019 May 20 people came"])   # a year unmarked before a month is prose
def test_what_only_looks_like_a_date_is_not_one(text):
    assert parse_date(text) is None


@pytest.mark.parametrize("text, spans", [
    ("9-23 Feb 2017", True),
    ("Video verfügbar bis 28.02.2021", True),   # only an end: the video's expiry
    ("Offer valid until 3 May 2021", True),
    ("04.04.2020 · Video verfügbar bis 28.02.2021", False),   # the day before the end is still given
    ("Mittwoch, 20. Februar 2019, 14:45 Uhr bis 15:45 Uhr, Köln", False),   # hours end an event's day
    ("Published 3 May 2021", False),
])
def test_a_span_of_days_or_only_its_end_dates_no_publication(text, spans):
    assert names_a_span(text) is spans


def test_opening_date_is_only_the_date_a_text_starts_with():
    assert opening_date("01.02.2022 „Der Arbeitsmarkt ist gut in das Jahr 2022 gestartet.“") == date(2022, 2, 1)
    assert opening_date("27.1.2022 - Bei der Erinnerung an die Verfolgten") == date(2022, 1, 27)
    assert opening_date("The council met on 27.1.2022 to agree the budget") is None


@pytest.mark.parametrize("lead", ["Karlsruhe, (12.11.2021). Traditionell gedenken die Gemeinden",
                                  "BERLIN, 12. November 2021 – Die Gemeinden gedenken",
                                  "New York, Nov. 12, 2021 /PRNewswire/ -- The company said",
                                  "Pressemitteilung vom 12. November 2021 | Berlin – Die Gemeinden gedenken",
                                  "Press release of 12 November 2021 – The company said",
                                  "(12. November 2021) Die Gemeinden gedenken"])
def test_a_lead_opens_with_its_date_after_the_place_it_was_filed_from(lead):
    assert opening_date(lead) == date(2021, 11, 12)


def test_a_bracket_opening_with_a_date_dates_the_lead_only_when_it_closes_after_it():
    assert opening_date("(12. November 2021 bis 3. Dezember) Die Ausstellung zeigt") is None


def test_a_sentence_opening_with_a_clause_is_not_a_dated_lead():
    assert opening_date("In the end, the council met on 12.11.2021 to agree the budget") is None
    assert opening_date("Am Sonntag, 5. November 2023, kurz nach 21.25 Uhr, wurde der Polizei gemeldet") is None
    assert opening_date("Die Sitzung vom 5. November 2023, die lange dauerte, brachte nichts") is None


@pytest.mark.parametrize("text", ["28. Juni 2019123", "28.06.2019123"])
def test_a_year_glued_to_other_digits_is_no_year(text):
    assert list(find_dates(text)) == []


def test_find_dates_keeps_page_order():
    assert [d.isoformat()[:10] for d in find_dates("from 3 May 2020 to 2021-01-02")] == ["2020-05-03", "2021-01-02"]


@pytest.mark.parametrize("text", ["2022-13-01", "31 February 2020", "Copyright 1700", "version 1.2.3", "v1.2.23",
                                  "192.168.1.10", "release 2.10.23.1", ""])
def test_impossible_or_implausible_dates_are_ignored(text):
    assert parse_date(text) is None


def test_future_dates_are_implausible():
    tomorrow_plus = (datetime.now(timezone.utc) + timedelta(days=3)).date()
    assert not is_plausible(tomorrow_plus)
    assert parse_date(tomorrow_plus.isoformat()) is None


def test_machine_dates_fall_back_to_dateutil():
    assert parse_machine_date("Tue, 08 Mar 2022 14:00:00 +0000") == datetime(2022, 3, 8, 14, tzinfo=timezone.utc)
    assert parse_machine_date("not a date") is None


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_date_finding_never_raises_on_untrusted_text(text):
    for found in find_dates(text):
        assert is_plausible(found)


@pytest.mark.parametrize("line, day", [
    ("Letzte Änderung: 31.10.2023 - 14:49:39 Erschienen am: 01.11.2023", date(2023, 11, 1)),
    ("Updated 5 May 2021, first published 3 May 2021", date(2021, 5, 3)),
    ("Veröffentlicht am 3. Mai 2021, aktualisiert am 5. Mai 2021", date(2021, 5, 3)),
])
def test_a_date_line_giving_update_and_publication_gives_the_publication(line, day):
    found, _ = line_date(line, 0)
    assert date(found.year, found.month, found.day) == day


def test_an_update_alone_ranks_after_a_publication_date():
    assert line_date("Zuletzt geändert: 5. Mai 2021", 1)[1] > line_date("5. Mai 2021", 1)[1]


@pytest.mark.parametrize("url, day", [
    ("https://news.example/2019/10/04/budget-talks", date(2019, 10, 4)),
    ("https://press.example/meldungen/29-10-2021", date(2021, 10, 29)),
    ("https://press.example/news/29.10.2021/", date(2021, 10, 29)),
    ("https://press.example/releases/10-29-2021", date(2021, 10, 29)),   # only the US order makes a date
    ("https://press.example/releases/03-04-2021?page=2", date(2021, 4, 3)),   # else day first
    ("https://shop.example/item/13-25-2021", None),
    ("https://shop.example/item-29-10-2021-sale", None),   # a day inside a slug is not a whole segment
])
def test_date_in_url_reads_a_day_filed_in_the_path(url, day):
    assert date_in_url(url) == day


@pytest.mark.parametrize("line, day", [
    ("Literatur und Typografie wurde am 19. Mai 2010 um 23:03 Uhr gepostet und unter Lesenswert abgelegt.",
     date(2010, 5, 19)),
    ("Publicerad 3 mars 2021", date(2021, 3, 3)),
    ("Julkaistu 19.2.2020", date(2020, 2, 19)),
    ("Opublikowano: 12.05.2022", date(2022, 5, 12)),
    ("Опубликовано 12.05.2022", date(2022, 5, 12)),
])
def test_a_publication_label_in_other_languages_dates_the_page(line, day):
    assert day_of(labelled_publication([line])) == day


@pytest.mark.parametrize("text, day", [("12 มกราคม 2566", date(2023, 1, 12)),   # the Buddhist era's year
                                       ("12 มกราคม 2023", date(2023, 1, 12))])
def test_thai_dates_are_read_in_either_era(text, day):
    assert parse_date(text) == day


@pytest.mark.parametrize("text, day", [
    ("الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)", date(2013, 8, 28)),   # two names of one month
    ("5 شباط 2020", date(2020, 2, 5)),   # Levantine month names
    ("12 تموز 2019", date(2019, 7, 12)),
    ("1 ابريل 2021", date(2021, 4, 1)),   # written without the hamza
])
def test_arabic_month_names_of_either_calendar_are_read(text, day):
    assert day_of(parse_date(text)) == day


@pytest.mark.parametrize("text, day", [
    ("| শনিবার, আগস্ট ২৯, ২০২০ | ১০:৪৬ পূর্বাহ্ণ", date(2020, 8, 29)),   # Bengali, in Bengali digits
    ("अपडेटेड: 15 जनवरी 2021", date(2021, 1, 15)),   # Hindi
    ("१५ दिसंबर २०२१", date(2021, 12, 15)),   # Hindi, in Devanagari digits
    ("14 جنوری 2021", date(2021, 1, 14)),   # Urdu
    ("۲۹ اوت ۲۰۲۰", date(2020, 8, 29)),   # Persian, in Persian digits
    ("Jakarta, 3 Agustus 2020", date(2020, 8, 3)),   # Indonesian
    ("Publicerad 12 maj 2020", date(2020, 5, 12)),   # Swedish
])
def test_month_names_of_south_asian_persian_indonesian_and_nordic_pages_are_read(text, day):
    assert day_of(parse_date(text)) == day
