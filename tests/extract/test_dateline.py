from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsarchive import extract_html
from newsarchive.extract.dateline import dateline_alone, looks_like_place_line, split_lead


@pytest.mark.parametrize("lead, place, agency, rest", [
    ("CARACAS, Venezuela (AP) — Senior officials met.", "Caracas, Venezuela", "AP", "Senior officials met."),
    ("WASHINGTON (Reuters) - The US said", "Washington", "Reuters", "The US said"),
    ("WASHINGTON, March 6 (Reuters) - Talks began", "Washington", "Reuters", "Talks began"),
    ("LONDON: Prices rose", "London", "", "Prices rose"),
    ("NEW YORK, N.Y. — Stocks fell", "New York, N.Y.", "", "Stocks fell"),
    ("Jakarta / The government said", "Jakarta", "", "The government said"),
    ("دمشق، سوريا (CNN) -- أكدت جهات", "دمشق، سوريا", "CNN", "أكدت جهات"),
    ("BERLIN/BRÜSSEL (Reuters) – Die Kommission", "Berlin/Brüssel", "Reuters", "Die Kommission"),
    ("LONDRES, 12 jun (EFE).- El Gobierno", "Londres", "EFE", "El Gobierno"),
    ("São Paulo, 3 de maio (Reuters) - O Banco", "São Paulo", "Reuters", "O Banco"),
    ("Los Angeles, California.- La ciudad", "Los Angeles, California", "", "La ciudad"),
    ("BERLIN, 3. März (dpa) - Die Regierung", "Berlin", "dpa", "Die Regierung"),
    ("MOSCOW, March 3. /TASS/. Russia's bank", "Moscow", "TASS", "Russia's bank"),
    ("NEW YORK, March 3, 2020 /PRNewswire/ -- Acme Corp.", "New York", "PRNewswire", "Acme Corp."),
    ("Los Angeles, CA — City officials", "Los Angeles, CA", "", "City officials"),
    ("Kyiv, Ukraine – Air raid sirens", "Kyiv, Ukraine", "", "Air raid sirens"),
    ("RIO DE JANEIRO (Bloomberg) — Brazil's currency", "Rio de Janeiro", "Bloomberg", "Brazil's currency"),
    ("ST. LOUIS — A judge", "St. Louis", "", "A judge"),
    ("LA PAZ, Bolivia (AP) — Protesters", "La Paz, Bolivia", "AP", "Protesters"),
    ("NEW ORLEANS, LA — The levees", "New Orleans, LA", "", "The levees"),
    # the small words inside a place's name, in lower case ("dos", "del", "di", "upon")
    ("São José dos Campos, Brazil (Reuters) - Embraer", "São José dos Campos, Brazil", "Reuters", "Embraer"),
    ("Ciudad del Este, Paraguay (AP) — Police", "Ciudad del Este, Paraguay", "AP", "Police"),
    ("Reggio di Calabria, Italy (AP) — Police", "Reggio di Calabria, Italy", "AP", "Police"),
    # an outlet named by its web address after the place, as Indonesian papers set it
    ("JAKARTA, KOMPAS.com - Menteri Perhubungan", "Jakarta", "KOMPAS.com", "Menteri Perhubungan"),
    ("Jakarta, CNN Indonesia -- Menteri", "Jakarta, CNN Indonesia", "", "Menteri"),   # mixed case kept as written
    ("BERLIN (dpa): Die Regierung", "Berlin", "dpa", "Die Regierung"),
    # capitals beyond ASCII
    ("KÖLN – Die Stadt", "Köln", "", "Die Stadt"),
    ("SÃO PAULO — A prefeitura", "São Paulo", "", "A prefeitura"),
    ("ŁÓDŹ – Władze miasta", "Łódź", "", "Władze miasta"),
    ("Łódź, Poland — The city", "Łódź, Poland", "", "The city"),
])
def test_lead_datelines(lead, place, agency, rest):
    found = split_lead(lead)
    assert (found.dateline, found.agency, found.rest) == (place, agency, rest)


@pytest.mark.parametrize("lead", [
    "John Smith (left) speaks to reporters.",
    "The US said on Monday - that talks would go on.",
    "Prices rose: the index gained 2 percent.",
    "In 2019 (a year of protests) — many things changed.",
    "Sin embargo.- no hubo acuerdo entre las partes.",
    "Art.-Nr.: 1000017279",   # an abbreviation's point and dash, a label and figures after it
    "Mikaela Shiffrin (USA/Ski alpin): Mit 18 Jahren war sie Olympiasiegerin.",   # a list's item before a colon
    "MIGRATION – Probleme zwischen Einheimischen und Flüchtlingen.",   # a topic, as abstract nouns end
    "SEKRÈ MYSTERY BAG – jede Frau braucht ein Geheimnis!",   # a title: the sentence after it is no lead's
    "Users of Windows/Linux/Mac - can all install it.",   # slashes in prose are no agency's
    "Jordan, the team's striker — who scored twice — was named player of the match.",
    "Jordan — the team's striker — scored twice.",   # a mixed-case place needs its region
])
def test_no_dateline_is_invented(lead):
    assert split_lead(lead) is None


@pytest.mark.parametrize("line, place, agency", [
    ("New York CNN —", "New York", "CNN"), ("CNN —", "", "CNN"), ("WASHINGTON (Reuters) -", "Washington", "Reuters"),
    ("LONDON —", "London", ""), ("Jakarta -", "Jakarta", ""),
])
def test_a_dateline_on_a_line_of_its_own(line, place, agency):
    found = dateline_alone(line)
    assert (found.dateline, found.agency) == (place, agency)


@pytest.mark.parametrize("line", ["Read more —", "The end -", "Some words of a sentence —", "Bears: a record year"])
def test_no_line_of_its_own_is_taken_for_a_dateline(line):
    assert dateline_alone(line) is None


def test_a_dateline_on_a_line_of_its_own_opens_the_story_and_goes_to_its_field():
    story = "<p>" + "Donald Trump brought bombastic rhetoric to the witness stand on Monday, the court heard. " * 3 + "</p>"
    page = ("<html><head><title>Trump testifies</title></head><body><article><h1>Trump testifies</h1>"
            "<div class='video-title'>Trump speaks to reporters after his testimony</div>"
            f"<div class='source'>New York CNN —</div>{story}{story}</article></body></html>")
    article = extract_html(page)
    assert article.body.startswith("Donald Trump brought") and "CNN —" not in article.body
    assert (article.dateline, article.byline) == ("New York", "CNN")


@pytest.mark.parametrize("line, expected", [
    ("Washington, United States", True), ("Jakarta", True), ("Kyiv, Ukraine", True),
    ("Agencies", False), ("The Jakarta Post", False), ("Change text size", False), ("Reuters", False),
])
def test_place_lines(line, expected):
    assert looks_like_place_line(line) is expected


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_split_lead_never_raises(text):
    found = split_lead(text)
    assert found is None or found.rest


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=120))
def test_a_dateline_alone_never_raises_and_always_names_a_place_or_an_agency(text):
    found = dateline_alone(text)
    assert found is None or (found.dateline or found.agency) and not found.rest
