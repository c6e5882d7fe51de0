from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from newsarchive import Article


def test_round_trip_keeps_offset_and_precision():
    moment = datetime(2022, 3, 6, 16, 15, 48, tzinfo=timezone(timedelta(hours=7)))
    for value in (moment, date(2022, 3, 6), None):
        article = Article(id="x", headline="h", body="b", date=value)
        again = Article.from_dict(article.to_dict())
        assert again == article
        assert type(again.date) is type(value)


def test_to_dict_writes_iso_with_offset():
    moment = datetime(2022, 3, 6, 16, 15, 48, tzinfo=timezone(timedelta(hours=7)))
    assert Article(id="x", date=moment).to_dict()["date"] == "2022-03-06T16:15:48+07:00"


def test_from_dict_ignores_unknown_keys_and_takes_url_as_id():
    article = Article.from_dict({"url": "https://a.example/x", "headline": "H", "score": 3})
    assert article.id == "https://a.example/x"


def test_content_fingerprint_changes_with_content():
    a = Article(id="x", body="one")
    assert a.content_fingerprint() != a.with_changes(body="two").content_fingerprint()
