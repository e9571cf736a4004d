"""Reading news articles (text, HTML, RSS, Atom, JSONL, folders), coding their events into
the incident schema, merging reports of one event, and the ``events`` command.

Every article here is written for these tests (our own words), none is copied.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest

from geo_disputed.cli import main
from geo_disputed.errors import DataError
from geo_disputed.incidents import SCHEMA, load_incidents, news
from geo_disputed.incidents.news import (
    COLUMNS,
    EVIDENCE,
    Article,
    merge_reports,
    news_events,
    read_articles,
    write_news_events,
)

# --- fixtures: our own articles ------------------------------------------------------------

EN_STRIKE = (
    "Drone strike near Kirkuk\n\n"
    "A drone struck a checkpoint in Kirkuk on Monday, killing 2 soldiers, security "
    "officials said. The army said it was investigating."
)
AR_STRIKE = (
    "استهداف نقطة تفتيش في كركوك\n\n"
    "قصفت طائرة مسيرة نقطة تفتيش في كركوك يوم الاثنين، ما أسفر عن مقتل 3 جنود، بحسب "
    "مصادر أمنية. وقال الجيش إنه يحقق في الحادث."
)
EN_SINJAR = (
    "Clash in Sinjar\n\nGunmen clashed with police in Sinjar on Monday, security sources "
    "said. No casualties were reported."
)
EN_NOWHERE = (
    "Statement\n\nA drone struck a checkpoint on Monday, officials said, without naming it."
)

HTML_PAGE = """<!doctype html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Drone strike near Kirkuk | Northern Desk</title>
<meta property="og:site_name" content="Northern Desk">
<meta property="og:title" content="Drone strike near Kirkuk">
<meta property="article:published_time" content="2024-05-14T08:30:00+03:00">
<link rel="canonical" href="https://www.northern-desk.example/news/drone-kirkuk">
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | Subscribe now to our newsletter</nav>
<article>
<h1>Drone strike near Kirkuk</h1>
<p>A drone struck a checkpoint in Kirkuk on Monday, killing 2 soldiers, security officials
said. The army said it was investigating and that more details would follow later today.</p>
<p>Residents of the area told our correspondent that traffic on the southern road into
the city was slow for several hours in the morning, and that shops opened late.</p>
</article>
<footer>Copyright Northern Desk. All rights reserved. Cookie settings.</footer>
</body></html>
"""

RSS_FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>Valley Wire</title><link>https://valley-wire.example/</link>
<description>Our own test feed</description>
<item><title>Drone strike near Kirkuk</title>
<link>https://valley-wire.example/a/1</link>
<pubDate>Wed, 15 May 2024 01:30:00 +0300</pubDate>
<description>&lt;p&gt;A drone struck a checkpoint in Kirkuk on Monday, killing 2 soldiers,
security officials said.&lt;/p&gt;</description></item>
<item><title>Clash in Sinjar</title>
<link>https://valley-wire.example/a/2</link>
<pubDate>Tue, 14 May 2024 09:00:00 +0300</pubDate>
<description>Gunmen clashed with police in Sinjar on Monday, security sources said.</description>
</item>
</channel></rss>
"""

ATOM_FEED = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>Plains Monitor</title><id>urn:test:plains</id><updated>2024-05-14T10:00:00Z</updated>
<entry><title>Drone strike near Kirkuk</title><id>urn:test:plains:1</id>
<link href="https://plains-monitor.example/e/1"/>
<published>2024-05-15T01:00:00+03:00</published><updated>2024-05-15T01:00:00+03:00</updated>
<content type="html">&lt;p&gt;A drone struck a checkpoint in Kirkuk on Monday, killing 2
soldiers, security officials said.&lt;/p&gt;</content></entry>
</feed>
"""


def _jsonl(*records: object) -> str:
    return "\n".join(
        r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records
    )


# --- reading -------------------------------------------------------------------------------


def test_text_file(tmp_path: Path) -> None:
    path = tmp_path / "strike.txt"
    path.write_text(EN_STRIKE, encoding="utf-8")
    problems: list[news.Problem] = []
    (article,) = read_articles([path], problems=problems)
    assert problems == []
    assert article == Article(EN_STRIKE, "Drone strike near Kirkuk", None, "", "", str(path))
    (dated,) = read_articles([path], published=dt.date(2024, 5, 14))
    assert dated.published == dt.date(2024, 5, 14)


def test_html_page_main_text_title_and_date(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(HTML_PAGE, encoding="utf-8")
    (article,) = read_articles([path])
    assert "A drone struck a checkpoint in Kirkuk on Monday" in article.text
    assert "Subscribe" not in article.text and "Cookie" not in article.text  # boilerplate
    assert article.title == "Drone strike near Kirkuk"
    assert article.published == dt.date(2024, 5, 14)
    assert article.url == "https://www.northern-desk.example/news/drone-kirkuk"
    assert article.outlet == "Northern Desk"


def test_html_page_in_its_declared_charset(tmp_path: Path) -> None:
    page = (
        '<html><head><meta charset="windows-1256"><title>قصف في كركوك</title></head><body>'
        "<article><p>قصفت طائرة مسيرة نقطة تفتيش في كركوك يوم الاثنين، بحسب مصادر أمنية "
        "محلية تحدثت إلى مراسلنا صباح اليوم.</p><p>وقال الجيش إنه يحقق في الحادث وإن "
        "التفاصيل ستعلن بعد انتهاء التحقيق.</p></article></body></html>"
    )
    path = tmp_path / "ar.html"
    path.write_bytes(page.encode("cp1256"))  # not UTF-8: an HTML page says its charset
    (article,) = read_articles([path])
    assert article.title == "قصف في كركوك"
    assert article.text.startswith("قصفت طائرة مسيرة نقطة تفتيش في كركوك")


def test_rss_one_article_per_item(tmp_path: Path) -> None:
    path = tmp_path / "wire.rss"
    path.write_text(RSS_FEED, encoding="utf-8")
    first, second = read_articles([path])
    assert first.text.startswith("A drone struck a checkpoint in Kirkuk")
    assert "<p>" not in first.text
    # the calendar date as written (01:30 +03:00), not moved to UTC (the 14th)
    assert first.published == dt.date(2024, 5, 15)
    assert (first.outlet, first.url, first.title) == (
        "Valley Wire", "https://valley-wire.example/a/1", "Drone strike near Kirkuk"
    )  # fmt: skip
    assert (first.source_file, second.source_file) == (f"{path}#1", f"{path}#2")
    assert second.text.startswith("Gunmen clashed with police in Sinjar")


def test_atom_entry_content(tmp_path: Path) -> None:
    path = tmp_path / "monitor.atom"
    path.write_text(ATOM_FEED, encoding="utf-8")
    (entry,) = read_articles([path])
    assert entry.text.startswith("A drone struck a checkpoint in Kirkuk")
    assert entry.published == dt.date(2024, 5, 15)  # as written, not UTC's 14th
    assert entry.outlet == "Plains Monitor"
    assert entry.url == "https://plains-monitor.example/e/1"


def test_jsonl_lines_and_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text(
        _jsonl(
            {"text": AR_STRIKE, "date": "2024-05-14", "url": "https://www.river-news.example/1",
             "title": "استهداف", "outlet": "River News"},
            "{not json",
            {"date": "2024-05-14"},
            "",
            {"text": EN_SINJAR, "date": "14 May", "url": "https://hill-times.example/2"},
            "[1, 2]",
        ),
        encoding="utf-8",
    )  # fmt: skip
    problems: list[news.Problem] = []
    first, second = read_articles([path], problems=problems)
    assert (first.published, first.outlet, first.title) == (
        dt.date(2024, 5, 14), "River News", "استهداف"
    )  # fmt: skip
    assert first.source_file == f"{path}#1"
    # no outlet field: the URL's host; an unreadable date stays unknown and is reported
    assert (second.outlet, second.published, second.source_file) == (
        "hill-times.example", None, f"{path}#5"
    )  # fmt: skip
    assert [(p.line, p.reason.split(" (")[0]) for p in problems] == [
        (2, "not JSON"),
        (3, "no 'text' field"),
        (5, "unreadable 'date' '14 May': unknown"),
        (6, "not a JSON object but list"),
    ]
    assert all(p.file == str(path) for p in problems)


def test_jsonl_line_by_line(tmp_path: Path) -> None:
    path = tmp_path / "stream.ndjson"
    good = json.dumps({"text": "A drone struck Kirkuk.\u2028The army said so."}, ensure_ascii=False)
    path.write_bytes(good.encode() + b"\n" + b'{"text": "caf\xe9"}\n' + good.encode() + b"\n")
    problems: list[news.Problem] = []
    first, second = read_articles([path], problems=problems)
    assert "\u2028" in first.text and second.source_file == f"{path}#3"  # not split at U+2028
    assert [(p.line, p.reason.split(" (")[0]) for p in problems] == [(2, "not UTF-8 text")]
    (tmp_path / "blank.jsonl").write_text("\n \n", encoding="utf-8")
    assert not list(read_articles([tmp_path / "blank.jsonl"], problems=problems))
    assert str(problems[-1]) == f"{tmp_path / 'blank.jsonl'}: empty file"


def test_folder_recursive_sorted(tmp_path: Path) -> None:
    (tmp_path / "b" / "deep").mkdir(parents=True)
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "deep" / "page.html").write_text(HTML_PAGE, encoding="utf-8")
    (tmp_path / "a.txt").write_text(EN_STRIKE, encoding="utf-8")
    (tmp_path / "b" / "feed.xml").write_text(RSS_FEED, encoding="utf-8")
    (tmp_path / "c.jsonl").write_text(_jsonl({"text": EN_SINJAR}), encoding="utf-8")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n")
    (tmp_path / ".git" / "HEAD.txt").write_text("ref", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("x", encoding="utf-8")
    problems: list[news.Problem] = []
    files = [a.source_file for a in read_articles([tmp_path], problems=problems)]
    assert files == [
        str(tmp_path / "a.txt"),
        str(tmp_path / "b" / "deep" / "page.html"),
        f"{tmp_path / 'b' / 'feed.xml'}#1",
        f"{tmp_path / 'b' / 'feed.xml'}#2",
        f"{tmp_path / 'c.jsonl'}#1",
    ]
    assert [(Path(p.file).name, p.reason) for p in problems] == [
        ("photo.png", "skipped: not a text, HTML, RSS/Atom or JSONL file")
    ]
    again = list(read_articles([tmp_path / "a.txt", tmp_path], problems=problems))
    assert len(again) == len(files)  # a.txt, named and in the folder, is read once
    assert str(problems[-1]) == f"{tmp_path / 'a.txt'}: skipped: already read"


def test_bad_files_reported_and_skipped(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(EN_STRIKE, encoding="utf-8")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 attack".encode("latin-1"))
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "app.html").write_text(  # a page its script fills in: no text to read
        '<html><head><title>Live</title></head><body><div id="app"></div>'
        "<script>render()</script></body></html>",
        encoding="utf-8",
    )
    (tmp_path / "broken.xml").write_text("<rss><channel><item>", encoding="utf-8")
    (tmp_path / "strike.rss").write_text(
        RSS_FEED.replace("Gunmen clashed with police in Sinjar on Monday, security sources "
                         "said.", ""), encoding="utf-8"
    )  # fmt: skip
    problems: list[news.Problem] = []
    articles = list(read_articles([tmp_path, tmp_path / "missing.txt"], problems=problems))
    assert [a.source_file for a in articles] == [str(good), f"{tmp_path / 'strike.rss'}#1"]
    reasons = {(Path(p.file).name, p.line): p.reason for p in problems}
    assert reasons[("latin1.txt", None)].startswith("not UTF-8 text (byte 4")
    assert reasons[("empty.txt", None)] == "empty file"
    assert reasons[("app.html", None)] == "no main text found in the HTML page"
    assert reasons[("broken.xml", None)].startswith("not a readable RSS/Atom feed")
    assert reasons[("strike.rss", 2)] == "feed entry 2 has no text (content or summary)"
    assert reasons[("missing.txt", None)] == "file not found"
    assert len(problems) == 6
    assert str(problems[-1]) == f"{tmp_path / 'missing.txt'}: file not found"


# --- events --------------------------------------------------------------------------------


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_news_events_schema_evidence_and_unplaced(tmp_path: Path) -> None:
    _write(tmp_path, "en.txt", EN_STRIKE)
    _write(tmp_path, "nowhere.txt", EN_NOWHERE)
    stats: Counter[str] = Counter()
    events, problems = news_events(
        [tmp_path], progress=False, published=dt.date(2024, 5, 14), stats=stats
    )
    assert problems == [] and stats["articles"] == 2
    assert list(events.columns) == [*COLUMNS, "geometry"]
    assert list(events.columns[: len(SCHEMA)]) == list(SCHEMA)
    assert str(events.crs) == "EPSG:4326"
    assert len(events) == stats["extracted"]
    placed = events[events["reason"].eq("")]
    unplaced = events[events["reason"].ne("")]
    assert len(placed) + len(unplaced) == len(events)  # nothing silently dropped
    (strike,) = placed.itertuples()
    assert strike.event_type == "Explosions/Remote violence"
    assert strike.location == "Kirkuk" and strike.admin1 == "Kirkuk"
    assert strike.date == pd.Timestamp("2024-05-13")  # "on Monday" before the 14th
    assert strike.fatalities == 2
    assert strike.geometry.x == pytest.approx(strike.longitude)
    assert strike.source_file == str(tmp_path / "en.txt") and strike.reports == 1
    assert EN_STRIKE[strike.trigger_start : strike.trigger_end] == strike.trigger
    assert EN_STRIKE[strike.place_start : strike.place_end] == strike.place == "Kirkuk"
    assert strike.sentence in EN_STRIKE and strike.trigger in strike.sentence
    assert 0 < strike.confidence <= 1
    assert len(unplaced) == 1
    assert unplaced.iloc[0]["reason"] == "no place linked to the event"
    assert unplaced.geometry.isna().all() and unplaced["latitude"].isna().all()


def test_one_event_two_outlets_two_languages(tmp_path: Path) -> None:
    articles = tmp_path / "in"
    _write(articles, "en.jsonl", _jsonl({"text": EN_STRIKE, "date": "2024-05-14",
                                         "url": "https://northern-desk.example/a"}))  # fmt: skip
    _write(articles, "ar.jsonl", _jsonl({"text": AR_STRIKE, "date": "2024-05-14",
                                         "url": "https://river-news.example/b",
                                         "outlet": "River News"}))  # fmt: skip
    events, _ = news_events([articles], progress=False)
    assert len(events) == 2
    (row,) = merge_reports(events).itertuples()
    assert row.reports == 2
    assert set(row.source_url.split(";")) == {
        "https://northern-desk.example/a", "https://river-news.example/b"
    }  # fmt: skip
    assert set(row.outlet.split(";")) == {"northern-desk.example", "River News"}
    assert len(row.source_file.split(";")) == 2
    assert (row.fatalities, row.fatalities_high) == (2, 3)  # the range over the reports
    assert row.date == pd.Timestamp("2024-05-13")


# --- merging, on rows made here ------------------------------------------------------------


def _report(**changes: object) -> dict[str, object]:
    row: dict[str, object] = {c: "" for c in COLUMNS}
    row.update(
        event_id="e", date="2024-05-13", event_type="Battles", sub_event_type="Armed clash",
        location="Kirkuk", latitude=35.468, longitude=44.392, geo_precision=1, admin_precision=3,
        fatalities=None, fatalities_high=None, wounded=None, wounded_high=None,
        trigger_start=0, trigger_end=5, place_start=10, place_end=16, time_precision=1,
        confidence=0.5, reports=1,
    )  # fmt: skip
    row.update(changes)
    return row


def _merge(*rows: dict[str, object], **options: float) -> pd.DataFrame:
    return merge_reports(news._frame(list(rows)), **options)  # type: ignore[arg-type]


def test_merge_range_sources_best_place_and_confidence() -> None:
    merged = _merge(
        _report(event_id="a", source_file="a.txt", source_url="u1", outlet="O1", source="O1",
                fatalities=2, geo_precision=2, confidence=0.9, wounded=4, location="Kirkuk"),
        _report(event_id="b", source_file="b.txt", source_url="u2", outlet="O2", source="O2",
                fatalities=5, fatalities_high=7, geo_precision=1, confidence=0.4,
                date="2024-05-14", latitude=35.50, longitude=44.40, location="Kirkuk airport"),
        _report(event_id="c", source_file="c.txt", source_url="u1", outlet="O1", source="O1",
                latitude=35.47, longitude=44.39, confidence=0.6, geo_precision=3),
    )  # fmt: skip
    (row,) = merged.itertuples()
    assert row.reports == 3
    assert (row.fatalities, row.fatalities_high) == (2, 7)
    assert row.wounded == 4 and pd.isna(row.wounded_high)  # one count, not a range
    (alone,) = _merge(_report(fatalities=2)).itertuples()  # a lone report is left as it is
    assert alone.fatalities == 2 and pd.isna(alone.fatalities_high) and alone.reports == 1
    assert row.confidence == 0.9
    # the best-precision place leads, and its report's date, id and evidence with it
    assert (row.location, row.geo_precision, row.event_id) == ("Kirkuk airport", 1, "b")
    assert row.source_file == "b.txt;a.txt;c.txt"
    assert (row.source_url, row.outlet) == ("u2;u1", "O2;O1")


def test_merge_keeps_apart_other_days_far_places_other_types() -> None:
    base = _report(event_id="a")
    assert len(_merge(base, _report(event_id="b", date="2024-05-15"))) == 2  # 2 days apart
    assert len(_merge(base, _report(event_id="b", date="2024-05-14"))) == 1  # 1 day apart
    assert len(_merge(base, _report(event_id="b", date="2024-05-15"), days=2)) == 1
    # about 13 km north: apart at 10 km, together at 15 km
    far = _report(event_id="b", latitude=35.585)
    assert len(_merge(base, far)) == 2
    assert len(_merge(base, far, km=15)) == 1
    assert len(_merge(base, _report(event_id="b", event_type="Strategic developments"))) == 2
    # no chain: a, b (1 day after), c (2 days after a) -> c does not join a's group
    chain = _merge(base, _report(event_id="b", date="2024-05-14"),
                   _report(event_id="c", date="2024-05-15"))  # fmt: skip
    assert sorted(chain["reports"]) == [1, 2]
    # every member must be near: c is 8 km from a but 16 km from b, a's group already
    north, south = _report(event_id="b", latitude=35.540), _report(event_id="c", latitude=35.396)
    assert sorted(_merge(base, north, south)["reports"]) == [1, 2]


def test_merge_unknown_dates_only_at_the_same_place() -> None:
    undated = _report(event_id="a", date=None, time_precision=None, reason="date unknown: x")
    same = _report(event_id="b", date=None, time_precision=None, reason="date unknown: x")
    near = _report(event_id="c", date=None, latitude=35.47, reason="date unknown: x")
    dated = _report(event_id="d")
    assert len(_merge(undated, same)) == 1
    assert len(_merge(undated, near)) == 2
    assert len(_merge(undated, dated)) == 2
    nowhere = _report(event_id="e", latitude=None, longitude=None, reason="no place")
    assert len(_merge(nowhere, _report(event_id="f", latitude=None, longitude=None))) == 2


# --- writing and the command ---------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".csv", ".geojson"])
def test_written_events_load_back(tmp_path: Path, suffix: str) -> None:
    rows = [
        _report(event_id="a", notes="=cmd", sentence="-3 killed", fatalities=3),
        _report(event_id="b", latitude=None, longitude=None, reason="no place linked"),
        _report(event_id="c", date=None, reason="date unknown: none"),
    ]
    frame = news._frame(rows)
    out = tmp_path / f"events{suffix}"
    held = tmp_path / "held.csv"
    assert write_news_events(frame, out, unplaced=held) == (1, 2)
    result = load_incidents(out)
    assert result.summary() == "read 1, accepted 1, rejected 0"
    assert result.accepted.loc[0, "fatalities"] == 3
    assert {"source_file", "sentence", "trigger_start", "reports"} <= set(result.accepted)
    assert pd.read_csv(held)["reason"].tolist() == ["no place linked", "date unknown: none"]


def test_cli_end_to_end(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    inputs = tmp_path / "in"
    _write(inputs, "en/page.html", HTML_PAGE)
    _write(inputs, "ar.jsonl", _jsonl({"text": AR_STRIKE, "date": "2024-05-14",
                                       "url": "https://river-news.example/b"}))  # fmt: skip
    _write(inputs, "wire.rss", RSS_FEED)
    _write(inputs, "nowhere.txt", EN_NOWHERE)
    (inputs / "bad.txt").write_bytes(b"\xff\xfe\x00broken")
    out, held = tmp_path / "events.csv", tmp_path / "unplaced.csv"
    code = main(["events", str(inputs), "--out", str(out), "--unplaced", str(held),
                 "--date", "2024-05-14", "--no-progress"])  # fmt: skip
    printed = capsys.readouterr().out
    assert code == 0, printed
    assert "articles read: 5" in printed
    assert "skipped: 1" in printed and "bad.txt: not UTF-8 text" in printed
    counts = {k: int(v) for k, v in (line.rsplit(": ", 1) for line in printed.splitlines()
                                      if line.startswith(("events extracted", "after merging",
                                                          "written to")))}  # fmt: skip
    extracted = counts["events extracted"]
    merged = counts["after merging reports of one event"]
    written = counts[f"written to {out}"]
    assert extracted == 5  # html, jsonl, two rss items, the unplaced statement
    assert merged == 3  # three reports of the Kirkuk strike are one event
    result = load_incidents(out)
    assert result.read == written == len(result.accepted) == 2 and not len(result.rejected)
    kirkuk = result.accepted[result.accepted["location"].eq("Kirkuk")].iloc[0]
    assert int(kirkuk["reports"]) == 3 and len(str(kirkuk["source_file"]).split(";")) == 3
    assert pd.read_csv(held)["reason"].tolist() == ["no place linked to the event"]
    assert merged == written + 1


def test_cli_bad_arguments(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["events", str(tmp_path / "none"), "--out", str(tmp_path / "e.csv")]) == 2
    assert "no such file or folder" in capsys.readouterr().err
    assert main(["events", str(tmp_path), "--out", str(tmp_path / "e.txt")]) == 2
    assert ".csv, .geojson" in capsys.readouterr().err


def test_evidence_columns_named_once() -> None:
    assert len(set(COLUMNS)) == len(COLUMNS) and not set(EVIDENCE) & set(SCHEMA)


def test_news_events_enrich_like_incidents(tmp_path: Path, shared_boundaries: Path) -> None:
    """The frame goes through the enrichment of incidents as it is (admin units from the
    boundaries, never finer than the event's precision; belt; nearest centre)."""
    from geo_disputed.geo.belt import security_vacuum_belt
    from geo_disputed.geo.boundaries import load_boundaries
    from geo_disputed.geo.sites import load_centres
    from geo_disputed.incidents.query import enrich

    _write(tmp_path, "en.txt", EN_STRIKE)
    events, _ = news_events([tmp_path], progress=False, published=dt.date(2024, 5, 14))
    units = load_boundaries(shared_boundaries)
    out = enrich(events, units, belt=security_vacuum_belt(units), centres=load_centres())
    (row,) = out.itertuples()
    assert (row.admin1, row.admin2, row.in_iraq) == ("Kirkuk", "Kirkuk", True)
    assert row.nearest_centre and row.nearest_centre_km == pytest.approx(0, abs=30)
    assert row.sentence in EN_STRIKE


def test_a_fault_coding_one_article_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import dataclasses

    from geo_disputed.text import events as coder

    real = coder.extract_events

    def flaky(text: str, **kwargs: object) -> list[coder.Event]:
        if "BOOM" in text:
            raise RuntimeError("coder fault")
        found = real(text, **kwargs)  # type: ignore[arg-type]
        if "Sinjar" in text:  # a place the gazetteer knows only by its kind word: no point
            nowhere = dataclasses.replace(found[0].candidate, lat=float("nan"))
            return [dataclasses.replace(found[0], candidate=nowhere)]
        return found

    monkeypatch.setattr(coder, "extract_events", flaky)
    _write(tmp_path, "a.txt", EN_STRIKE)
    _write(tmp_path, "b.txt", "BOOM " + EN_STRIKE)
    _write(tmp_path, "c.txt", EN_SINJAR)
    events, problems = news_events([tmp_path], progress=False, published=dt.date(2024, 5, 14))
    assert [str(p) for p in problems] == [
        f"{tmp_path / 'b.txt'}: events not coded (RuntimeError: coder fault)"
    ]
    assert events["reason"].tolist() == ["", "place without coordinates: 'Sinjar'"]
    out = tmp_path / "out.csv"
    assert write_news_events(events, out) == (1, 1)


# --- the map's "reported in the news" layer ------------------------------------------------

MARKUP_CLASH = (
    "Gunmen clashed with police in Khanaqin on Monday, security sources said </script><b>&</b>."
)


@pytest.fixture
def asset_cache() -> Path:
    from browser import ensure_asset_cache

    return ensure_asset_cache()


def _news_folder(root: Path) -> Path:
    _write(root, "en/page.html", HTML_PAGE)
    _write(root, "ar.jsonl", _jsonl({"text": AR_STRIKE, "date": "2024-05-14",
                                     "url": "https://river-news.example/b"},
                                    {"text": MARKUP_CLASH, "date": "2024-05-14",
                                     "url": "javascript:alert(1)"}))  # fmt: skip
    _write(root, "wire.rss", RSS_FEED)
    _write(root, "nowhere.txt", EN_NOWHERE)
    return root


def test_map_and_build_draw_the_news_layer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], shared_boundaries: Path, asset_cache: Path
) -> None:
    import pyogrio
    from test_maps import payload

    from geo_disputed.render.style import LAYER_NAMES

    folder = _news_folder(tmp_path / "news")
    options = ["--boundaries", str(shared_boundaries), "--news", str(folder)]
    assert main(["map", "--out", str(tmp_path / "map.html"), *options]) == 0
    printed = capsys.readouterr().out
    assert (
        f"{folder}: read 6 articles, 6 events, 4 after merging reports, 3 drawn "
        "(1 without place or date)"
    ) in printed
    assert "note: news: 1 event(s) not drawn, without a place or a date" in printed
    page = (tmp_path / "map.html").read_text(encoding="utf-8")
    data = payload(page)
    news = data["layers"]["news"]
    assert data["names"]["news"] == list(LAYER_NAMES["news"])
    assert data["colors"]["news"]
    kirkuk = news["loc"].index("Kirkuk")
    assert news["reports"][kirkuk] == "3" and news["fat"][kirkuk] == "2-3"
    assert set(news["outlets"][kirkuk].split(" · ")) == {
        "Northern Desk", "Valley Wire", "river-news.example"
    }  # fmt: skip
    assert news["sentence"][kirkuk] in (AR_STRIKE + HTML_PAGE + RSS_FEED).replace("\n", " ")
    # enriched as the incidents are: the belt and the nearest coordination centre
    assert news["centre"][kirkuk].startswith("Joint Coordination Centre, Kirkuk")
    assert set(news["belt"]) <= {"yes", "no"} and all(news["belt"])
    # the evidence sentence reaches the popup as text: never markup in the page, no unsafe link
    clash = next(i for i, s in enumerate(news["sentence"]) if "Khanaqin" in s)
    assert news["sentence"][clash] == MARKUP_CLASH
    assert "</script><b>" not in page
    assert news["urls"][clash] == ""
    assert "javascript:" not in news["urls"]

    out = tmp_path / "maps"
    assert main(["build", "--out-dir", str(out), *options]) == 0
    capsys.readouterr()
    built = payload((out / "security_vacuum.html").read_text(encoding="utf-8"))
    assert built["layers"]["news"] == news  # build and map draw the same layer
    layer = pyogrio.read_dataframe(out / "security_vacuum.gpkg", layer="news_incidents")
    assert len(layer) == 3 and {"sentence", "nearest_centre", "in_belt"} <= set(layer.columns)
    # the manifest names the articles read among the build's inputs, and the options
    record = json.loads((out / "security_vacuum.manifest.json").read_text(encoding="utf-8"))
    read = {Path(entry["path"]).name for entry in record["inputs"]["news"]}
    assert read == {p.name for p in folder.rglob("*") if p.is_file()}
    assert record["options"]["news"] == str(folder)


@pytest.mark.browser
def test_news_popup_shows_the_evidence_as_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], shared_boundaries: Path, asset_cache: Path
) -> None:
    from browser import browser_missing, open_map, skip_or_fail

    from geo_disputed.render.browser import launch
    from geo_disputed.render.style import LAYER_NAMES

    if browser_missing():
        skip_or_fail(browser_missing())
    folder = _news_folder(tmp_path / "news")
    html = tmp_path / "map.html"
    options = ["--boundaries", str(shared_boundaries), "--news", str(folder)]
    assert main(["map", "--out", str(html), "--self-contained", *options]) == 0
    capsys.readouterr()
    with launch() as b, open_map(b, html) as (page, log):
        assert page.evaluate("() => { let n = 0; geoDisputedMap.groups.news.eachLayer(() => n++);"
                             " return n; }") == 3  # fmt: skip
        page.evaluate(
            """() => geoDisputedMap.groups.news.eachLayer(l => {
                 if (l.getLatLng().lng > 45.3 && l.getLatLng().lng < 45.5) {  // Khanaqin
                   geoDisputedMap.map.setView(l.getLatLng(), 9); l.openPopup(); } })"""
        )
        popup = page.locator(".leaflet-popup-content")
        popup.wait_for()
        text = popup.inner_text()
        assert "Reported in the news" in text and "Battles / Armed clash" in text
        assert MARKUP_CLASH in text  # the sentence, markup and all, as text
        assert popup.locator("b, script").count() == 0  # nothing of it became HTML
        assert popup.locator("a").count() == 0  # javascript: is no link
        assert log.errors == [] and log.blocked == []
        labels = page.evaluate(
            "() => Array.from(document.querySelectorAll("
            "'.leaflet-control-layers-overlays label')).map(e => e.innerText.trim())"
        )
        assert LAYER_NAMES["news"][0] == "Events reported in the news" in labels


def test_load_layers_news_static_map_and_briefing(tmp_path: Path, shared_boundaries: Path) -> None:
    from matplotlib.colors import to_hex

    from geo_disputed.layers import load_layers
    from geo_disputed.render.static import static_map
    from geo_disputed.render.style import COLORS, LAYER_NAMES

    folder = _news_folder(tmp_path / "news")
    layers = load_layers(shared_boundaries, news=folder)
    assert layers.news is not None and len(layers.news) == 3
    assert {"admin1", "admin2", "in_belt", "nearest_centre", "sentence"} <= set(layers.news)
    assert layers.news_read is not None and layers.news_read.drawn == 3
    assert "reported in the news: read 6 articles" in layers.summary()
    assert "Northern Desk" in layers.sources()["news"]
    figure = static_map(layers, dpi=60)
    texts = {t.get_text() for ax in figure.axes for leg in [ax.get_legend()] if leg
             for t in leg.get_texts()}  # fmt: skip
    texts |= {t.get_text() for leg in figure.legends for t in leg.get_texts()}
    texts |= {t.get_text() for ax in figure.axes for a in ax.artists for t in
              getattr(a, "get_texts", list)()}  # fmt: skip
    assert LAYER_NAMES["news"][0] in texts
    rings = [
        line for line in figure.axes[0].lines
        if line.get_markerfacecolor() == "none"
        and to_hex(line.get_markeredgecolor()) == COLORS["news"]
    ]  # fmt: skip
    assert len(rings) == 1 and len(rings[0].get_xdata()) == 3
    with pytest.raises(DataError, match="no such file or folder"):
        load_layers(shared_boundaries, news=tmp_path / "none")
