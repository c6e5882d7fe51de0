"""Articles in many languages: detected, filterable, and searchable in their own words."""
from __future__ import annotations

import pytest

from newsarchive import Archive, Article, extract_html, index_articles
from newsarchive.extract.language import detect_language
from tests.conftest import SAMPLE_DATA

TEXTS = {
    "de": ("Bundestag berät Mietpreisbremse", "Der Bundestag hat am Mittwochabend über eine Verschärfung der "
           "Mietpreisbremse beraten. Vermieter sollen offenlegen, wie hoch die Miete des Vormieters war."),
    "fr": ("Grève des transports à Paris", "Onze lignes de métro étaient fermées jeudi matin à Paris, au premier "
           "jour d'une grève contre la réforme des retraites."),
    "es": ("Huelga en el puerto", "Los trabajadores del puerto de Valencia iniciaron una huelga indefinida el lunes "
           "para exigir mejores salarios y condiciones de seguridad."),
    "ja": ("東京都知事選挙", "東京都知事選挙が日曜日に行われ、現職の知事が三期目の当選を果たした。投票率は前回を上回った。"),
    "zh": ("北京地铁新线开通", "北京地铁新线路周六正式开通运营，连接城市东部和首都国际机场，预计每天运送乘客十万人次。"),
    "ko": ("서울 아파트 가격 상승", "서울 아파트 가격이 36주 연속 상승했다. 금융당국은 은행들에게 주택담보대출을 제한하라고 지시했다."),
    "ar": ("معارضون يسيطرون على مخازن", "أكدت جهات سورية معارضة أن فصائل مسلحة تمكنت من السيطرة على مستودعات للأسلحة بريف دمشق."),
    "ru": ("Центробанк повысил ставку", "Центральный банк России повысил ключевую ставку до шестнадцати процентов, "
           "сославшись на ускорение инфляции."),
}
QUERIES = {"de": "Mietpreisbremse", "fr": "grève métro", "es": "huelga puerto", "ja": "知事", "zh": "地铁",
           "ko": "아파트", "ar": "دمشق", "ru": "инфляции"}


@pytest.mark.parametrize("code", sorted(TEXTS))
def test_language_is_detected(code):
    headline, body = TEXTS[code]
    assert detect_language(f"{headline}\n{body}") == code


def test_too_little_text_gives_no_guess():
    assert detect_language("OK") == ""


@pytest.fixture(scope="module")
def multilingual(tmp_path_factory):
    articles = [Article(id=code, headline=headline, body=body, language=code)
                for code, (headline, body) in TEXTS.items()]
    index_dir = tmp_path_factory.mktemp("languages") / "index"
    index_articles(articles, index_dir=index_dir)
    with Archive.open(index_dir) as archive:
        yield archive


@pytest.mark.parametrize("code", sorted(QUERIES))
def test_a_query_in_each_language_finds_its_article(multilingual, code):
    assert [hit.article.id for hit in multilingual.search(QUERIES[code])] == [code]


def test_accents_fold_in_queries(multilingual):
    assert [h.article.id for h in multilingual.search("greve metro")] == ["fr"]


def test_language_filter(multilingual):
    assert [h.article.id for h in multilingual.search("", language="ko")] == ["ko"]


def test_extracted_pages_get_their_language():
    page = SAMPLE_DATA / "kurier-am-rhein" / "2016-11-09-bundestag-mietpreisbremse.html"
    assert extract_html(page.read_bytes()).language == "de"
    english = SAMPLE_DATA / "kurier-am-rhein" / "2023-09-04-lagos-rail-opens.html"
    assert extract_html(english.read_bytes()).language == "en"


@pytest.mark.parametrize("code, query", [("de", "Mieten"), ("fr", "grèves"), ("es", "huelgas"),
                                         ("ru", "инфляция")])
def test_words_are_stemmed_in_their_own_language(multilingual, code, query):
    """Inflected forms the article does not use find it: "Mieten" -> miet <- "Miete"."""
    assert [hit.article.id for hit in multilingual.search(query)] == [code]


def test_headline_filter_reads_each_language():
    from newsarchive.query import field_filter
    from newsarchive.schema import build_schema

    query = field_filter(build_schema(), "headline", "Wahlen", families=("de",))
    assert ("headline_de", "wahl") in set(query.all_terms())


def test_fast_index_path_gives_the_tokens_whoosh_sees():
    """Indexing (TextAnalyzer.positions) and querying/highlighting (the token stream) agree term for term."""
    from newsarchive.analysis import TextAnalyzer

    text = "The U.S. envoy met 東京都の知事 in Zürich; the talks were cancelled. Köln's Bürgermeister हिन्दी cafe\u0301"
    for analyzer in (TextAnalyzer("en"), TextAnalyzer("de"), TextAnalyzer("sv"), TextAnalyzer("en", stem=False)):
        streamed: dict[str, list[int]] = {}
        for token in analyzer(text, positions=True):
            streamed.setdefault(token.text, []).append(token.pos)
        assert streamed == dict(analyzer.positions(text))
    english = TextAnalyzer("en").positions(text)
    assert {"envoi", "東京", "知事", "zurich", "cancel"} <= set(english) and "the" not in english
    assert "zürich" in TextAnalyzer("sv").positions(text)   # Swedish keeps its letters


_INDIC = {
    "hi": ("नई शिक्षा नीति", "भारत सरकार ने आज नई शिक्षा नीति की घोषणा की। स्कूलों में हिन्दी और अंग्रेज़ी दोनों भाषाओं में "
           "पढ़ाई होगी।"),
    "bn": ("কুষ্টিয়ায় হত্যা", "কুষ্টিয়া-১ আসনের সংসদ সদস্যের ফুপাতো ভাইকে কুপিয়ে হত্যা করা হয়েছে। পুলিশ হামলাকারীকে আটক করেছে।"),
    "ta": ("சென்னையில் மழை", "சென்னையில் இன்று கனமழை பெய்தது. பல சாலைகளில் தண்ணீர் தேங்கியது."),
    "th": ("กรุงเทพฯ แก้น้ำท่วม", "กรุงเทพมหานครประกาศแผนแก้ปัญหาน้ำท่วมในฤดูฝนปีนี้ โดยจะสร้างอุโมงค์ระบายน้ำเพิ่มอีกสามแห่ง"),
}


@pytest.fixture(scope="module")
def indic(tmp_path_factory):
    articles = [Article(id=code, headline=headline, body=body, language=code)
                for code, (headline, body) in _INDIC.items()]
    articles.append(Article(id="fr-nfd", headline="Le cafe\u0301 ferme", language="fr",
                            body="Le cafe\u0301 du port ferme ses portes apre\u0300s quarante ans, dit la mairie."))
    index_dir = tmp_path_factory.mktemp("indic") / "index"
    index_articles(articles, index_dir=index_dir)
    with Archive.open(index_dir) as archive:
        yield archive


@pytest.mark.parametrize("query, found", [("हिन्दी", "hi"), ("शिक्षा नीति", "hi"), ("হত্যা", "bn"),
                                          ("சென்னையில்", "ta"), ("café", "fr-nfd"), ("cafe\u0301", "fr-nfd"),
                                          ("อุโมงค์", "th")])
def test_words_with_combining_marks_are_whole_words(indic, query, found):
    """A Hindi, Bengali or Tamil word's vowel signs and viramas are part of it, text written
    with decomposed accents (e + U+0301) matches a query typed with composed ones, and Thai,
    written without spaces, is found by a word inside a run (character pairs, as for CJK)."""
    hits = indic.search(query)
    assert [hit.article.id for hit in hits] == [found]
    assert "**" in hits[0].snippet


def test_a_single_letter_does_not_match_the_words_it_is_part_of(indic):
    assert [hit.article.id for hit in indic.search("ক")] == []   # a Bengali consonant, not a word


def test_an_index_made_before_marks_were_read_keeps_its_analysis():
    """The analyzer pickled into an older index has no version: it splits at marks, as that
    index's terms were made, so that its queries keep matching them."""
    import pickle

    from newsarchive.analysis import TextAnalyzer

    older = TextAnalyzer.__new__(TextAnalyzer)
    older.__setstate__({"language": "hi", "stem": True})
    assert older.version == 1 and older.words("हिन्दी समाचार") == ["ह", "न", "द", "सम", "च", "र"]
    current = pickle.loads(pickle.dumps(TextAnalyzer("hi")))
    assert current.version == 2 and current.words("हिन्दी समाचार") == ["हिन्दी", "समाचार"]


def _older_index(index_dir, monkeypatch, code: str = "hi") -> Article:
    """An index as the release before words kept their marks made it, holding one article."""
    from newsarchive.analysis import TextAnalyzer

    headline, body = _INDIC[code]
    article = Article(id=code, headline=headline, body=body, language=code)
    with monkeypatch.context() as patched:
        patched.setitem(TextAnalyzer.__init__.__kwdefaults__, "version", 1)
        index_articles([article], index_dir=index_dir)
    return article


def test_an_older_index_keeps_matching_and_stats_tells_its_analysis(tmp_path, monkeypatch):
    """An index made before words kept their marks is searched its own way (its Hindi words still
    found), and ``stats`` tells its analysis version and how to bring it up to date."""
    from click.testing import CliRunner

    from newsarchive.analysis import ANALYSIS_VERSION
    from newsarchive.cli import main

    _older_index(tmp_path / "old", monkeypatch)
    with Archive.open(tmp_path / "old") as archive:
        assert archive.stats().analysis_version == 1 < ANALYSIS_VERSION
        assert [hit.article.id for hit in archive.search("शिक्षा")] == ["hi"]
    shown = CliRunner().invoke(main, ["stats", "--index", str(tmp_path / "old")]).stdout
    assert "analysis:  version 1" in shown and "--rebuild" in shown


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_rebuild_brings_an_older_index_to_the_current_analysis(tmp_path, monkeypatch, jobs):
    """A rebuild replaces the index's schema with this release's in its first commit, by one
    process or several: a Bengali consonant no longer matches the words it is part of."""
    from click.testing import CliRunner

    from newsarchive.analysis import ANALYSIS_VERSION
    from newsarchive.cli import main

    article = _older_index(tmp_path / "index", monkeypatch, "bn")
    with Archive.open(tmp_path / "index") as archive:
        assert [hit.article.id for hit in archive.search("ক")] == ["bn"]   # words split at their marks
    report = index_articles([article], index_dir=tmp_path / "index", rebuild=True, jobs=jobs)
    assert report.added == 1
    with Archive.open(tmp_path / "index") as archive:
        assert archive.stats().analysis_version == ANALYSIS_VERSION
        assert len(archive) == 1
        assert [hit.article.id for hit in archive.search("হত্যা")] == ["bn"]
        assert list(archive.search("ক")) == []
    assert "analysis:" not in CliRunner().invoke(main, ["stats", "--index", str(tmp_path / "index")]).stdout
