"""News reports to incidents: read articles, code their events, merge reports of one event.

:func:`read_articles` reads text files, HTML pages (main text and title by trafilatura, the
publication date by htmldate), RSS/Atom feeds (feedparser; one article per entry), JSONL
(one article per line: ``text``, ``date``, ``url``, optional ``title`` and ``outlet``) and
folders of them. A bad file or line is reported as a :class:`Problem` and skipped, never
fatal. :func:`news_events` runs every article through
:func:`geo_disputed.text.events.extract_events` and returns one row per report in the
incident schema (:data:`geo_disputed.incidents.SCHEMA`) plus the evidence columns
(:data:`EVIDENCE`); :func:`merge_reports` merges the reports of one event;
:func:`write_news_events` writes the rows :func:`~geo_disputed.incidents.load_incidents`
can read back and, apart, those it cannot (no place, no date) with the reason;
:func:`news_layer` gives the map's "reported in the news" layer (the placed, dated, merged
events) and what was read (:class:`NewsRead`).

Examples
--------
>>> from geo_disputed.incidents.news import merge_reports, news_events, write_news_events
>>> events, problems = news_events(["articles/"])                 # doctest: +SKIP
>>> merged = merge_reports(events, km=10, days=1)                 # doctest: +SKIP
>>> write_news_events(merged, "events.csv", unplaced="held.csv")  # doctest: +SKIP
"""

from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import json
import math
import os
import sys
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import numpy as np
import pandas as pd

from geo_disputed import settings
from geo_disputed.crs import GEOGRAPHIC, geod
from geo_disputed.files import write_csv
from geo_disputed.incidents.formats import ADMIN_PRECISION_ACLED, SCHEMA
from geo_disputed.incidents.load import write_incidents

if TYPE_CHECKING:
    import geopandas as gpd

    from geo_disputed.text.events import Event
    from geo_disputed.text.gazetteer import Gazetteer

#: Evidence columns after the schema, in order: where each report came from and what in its
#: text the event rests on (offsets are characters of :attr:`Article.text`; in a merged row
#: they are those of the first source listed, whose place and sentence the row keeps).
EVIDENCE: tuple[str, ...] = (
    "source_file",
    "outlet",
    "title",
    "sentence",
    "trigger",
    "trigger_start",
    "trigger_end",
    "place",
    "place_start",
    "place_end",
    "date_text",
    "time_precision",
    "fatalities_high",
    "wounded",
    "wounded_high",
    "confidence",
    "reports",
    "reason",
)
#: Columns of :func:`news_events`' frame (plus ``geometry``): the schema, the finest admin
#: level the place supports (as :func:`~geo_disputed.incidents.load_incidents` gives it, for
#: :func:`~geo_disputed.incidents.query.enrich`), the evidence.
COLUMNS: tuple[str, ...] = (*SCHEMA, "admin_precision", *EVIDENCE)
#: Count columns: nullable integers, ``<NA>`` = not reported.
_COUNTS = ("fatalities", "fatalities_high", "wounded", "wounded_high")
_INTS = ("geo_precision", "admin_precision", "time_precision", "trigger_start",
         "trigger_end", "place_start", "place_end", "reports", *_COUNTS)  # fmt: skip
#: Columns listing every source of a merged row, ``;``-separated.
SOURCE_COLUMNS = ("source_file", "source_url", "outlet", "source")
SEPARATOR = ";"

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
FEED_SUFFIXES = frozenset({".rss", ".atom", ".xml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
ARTICLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES | JSONL_SUFFIXES
#: The most of one input file read (64 MiB): a larger one is reported and skipped.
MAX_FILE_BYTES = 64 * 1024**2


@dataclass(frozen=True)
class Article:
    """One news article read from a file.

    Attributes
    ----------
    text : str
        Its text (of an HTML page the main text trafilatura extracts; of a feed entry its
        content or summary as text). Event offsets are characters of this text.
    title : str
        Its headline, "" when none is given (a text file's is its first line).
    published : datetime.date or None
        Publication date as written by the source (not converted to UTC); None when the
        source gives none.
    url : str
        Its address, "" when unknown.
    outlet : str
        Who published it: the JSONL ``outlet``, the feed's title, the page's site name, else
        the host of its URL; "" when unknown.
    source_file : str
        The file read (with ``#N`` for the N-th entry of a feed or line of a JSONL file).
    """

    text: str
    title: str
    published: dt.date | None
    url: str
    outlet: str
    source_file: str


@dataclass(frozen=True)
class Problem:
    """A file, line or entry that could not be read; it was skipped.

    Attributes
    ----------
    file : str
        The file.
    line : int or None
        1-based line of a JSONL file (or entry of a feed), None for the whole file.
    reason : str
        What is wrong.
    """

    file: str
    line: int | None
    reason: str

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}, line {self.line}"
        return f"{where}: {self.reason}"


# --- reading -----------------------------------------------------------------------------


def read_articles(
    paths: Iterable[str | os.PathLike[str]],
    *,
    problems: list[Problem] | None = None,
    published: dt.date | None = None,
) -> Iterator[Article]:
    """Yield the articles of text, HTML, RSS/Atom and JSONL files, and of folders of them.

    Parameters
    ----------
    paths
        Files and folders. A folder is read recursively, its files in sorted order; hidden
        files and folders (``.name``) are ignored, files of other extensions are reported.
        A file is read by its extension (:data:`TEXT_SUFFIXES`, :data:`HTML_SUFFIXES`,
        :data:`FEED_SUFFIXES`, :data:`JSONL_SUFFIXES`), a file named explicitly with another
        one by its content. A file reached twice is read once.
    problems
        Where each file, line or entry skipped is recorded (unreadable, not UTF-8, empty, no
        main text, not a feed, a malformed JSONL line); by default they are logged.
    published
        Publication date of articles whose source gives none (text files, JSONL lines
        without ``date``); by default it stays unknown.

    Yields
    ------
    Article
    """
    sink: list[Problem] = [] if problems is None else problems

    def report(problem: Problem) -> None:
        sink.append(problem)
        if problems is None:
            settings.logger.warning("skipped %s", problem)

    seen: set[Path] = set()
    for given in paths:
        root = Path(given)
        files = _folder_files(root, report) if root.is_dir() else [root]
        for path in files:
            key = path.resolve()
            if key in seen:  # a file named twice (or inside a folder named too) is one input
                report(Problem(str(path), None, "skipped: already read"))
                continue
            seen.add(key)
            for item in _read_file(path):
                if isinstance(item, Problem):
                    report(item)
                elif item.published is None and published is not None:
                    yield replace(item, published=published)
                else:
                    yield item


def _folder_files(root: Path, report: Callable[[Problem], None]) -> list[Path]:
    """The article files under ``root``, sorted; other files are reported."""
    found: list[Path] = []
    for path in sorted(root.rglob("*")):
        parts = path.relative_to(root).parts
        if any(part.startswith(".") for part in parts) or path.is_dir():
            continue
        if path.suffix.lower() in ARTICLE_SUFFIXES:
            found.append(path)
        else:
            report(Problem(str(path), None, "skipped: not a text, HTML, RSS/Atom or JSONL file"))
    return found


def _read_file(path: Path) -> Iterator[Article | Problem]:
    """The articles of one file, or the problems that kept them from being read."""
    name = str(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(4096)
        kind = _kind(path, head)
        if kind == "jsonl":  # read a line at a time: any size
            yield from _read_jsonl(name, path)
            return
        if size > MAX_FILE_BYTES:
            yield Problem(name, None, f"larger than {MAX_FILE_BYTES // 1024**2} MiB")
            return
        data = path.read_bytes()
    except FileNotFoundError:
        yield Problem(name, None, "file not found")
        return
    except OSError as exc:
        yield Problem(name, None, f"cannot read ({exc.strerror or exc})")
        return
    if not data.strip():
        yield Problem(name, None, "empty file")
    elif kind == "html":
        yield _read_html(name, data)
    elif kind == "feed":
        yield from _read_feed(name, data)
    else:
        yield _read_text(name, data)


def _kind(path: Path, data: bytes) -> str:
    """``text``, ``html``, ``feed`` or ``jsonl``: by extension, else by the first bytes."""
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in FEED_SUFFIXES:
        return "feed"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in TEXT_SUFFIXES:
        return "text"
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"{"):
        return "jsonl"
    if head.startswith(b"<"):
        return "feed" if b"<rss" in head or b"<feed" in head or b"<rdf" in head else "html"
    return "text"


def _decode(name: str, data: bytes) -> str | Problem:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return Problem(name, None, f"not UTF-8 text (byte {exc.start + 1}: {exc.reason})")


def _read_text(name: str, data: bytes) -> Article | Problem:
    text = _decode(name, data)
    if isinstance(text, Problem):
        return text
    if not text.strip():
        return Problem(name, None, "no text (blank)")
    title = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return Article(text, title[:300], None, "", "", name)


def _read_html(name: str, data: bytes) -> Article | Problem:
    import htmldate
    import trafilatura

    try:
        document = trafilatura.bare_extraction(
            data, with_metadata=True, include_comments=False, include_tables=False
        )
    except Exception as exc:  # trafilatura raises what lxml raises on broken markup
        return Problem(name, None, f"not a readable HTML page ({type(exc).__name__}: {exc})")
    text = getattr(document, "text", None) or ""
    if not text.strip():
        return Problem(name, None, "no main text found in the HTML page")
    url = getattr(document, "url", None) or ""
    try:  # only dates the page states (its metadata, URL, markup), never a guess from text
        found = htmldate.find_date(
            data, url=url or None, extensive_search=False, original_date=True
        )
    except Exception as exc:  # htmldate is meant not to raise; a page never stops a run
        settings.logger.info("%s: no publication date read (%s)", name, exc)
        found = None
    published = _calendar_date(found) if found else None
    outlet = getattr(document, "sitename", None) or _host(url)
    return Article(text, getattr(document, "title", None) or "", published, url, outlet, name)


def _read_feed(name: str, data: bytes) -> Iterator[Article | Problem]:
    import feedparser
    import trafilatura

    parsed = feedparser.parse(data)
    texts = []
    for entry in parsed.entries:
        contents = entry.get("content") or []
        markup = next((c.get("value", "") for c in contents if c.get("value")), "")
        markup = markup or str(entry.get("summary", "") or "")
        texts.append(trafilatura.html2txt(f"<html><body>{markup}</body></html>") if markup else "")
    why = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if not any(t.strip() for t in texts) and (why or not texts):
        # broken markup feedparser could not read (it warns of lesser faults and reads on)
        reason = f"not a readable RSS/Atom feed ({why})" if why else "a feed without entries"
        yield Problem(name, None, reason)
        return
    outlet = str(parsed.feed.get("title", "") or "") or _host(str(parsed.feed.get("link", "")))
    for number, (entry, text) in enumerate(zip(parsed.entries, texts, strict=True), start=1):
        if not text.strip():
            yield Problem(name, number, f"feed entry {number} has no text (content or summary)")
            continue
        url = str(entry.get("link", "") or "")
        stamp = entry.get("published") or entry.get("updated") or ""
        parsed_stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        published = _calendar_date(str(stamp)) if stamp else None
        if published is None and parsed_stamp:  # a form only feedparser reads: its UTC date
            published = dt.date(*parsed_stamp[:3])
        title = str(entry.get("title", "") or "")
        yield Article(text, title, published, url, outlet or _host(url), f"{name}#{number}")


def _read_jsonl(name: str, path: Path) -> Iterator[Article | Problem]:
    """One article per line (split at ``\\n`` only: a JSON string may hold U+2028)."""
    seen = False
    with path.open("rb") as fh:
        for number, raw in enumerate(fh, start=1):
            if not raw.strip():
                continue
            seen = True
            try:
                line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                yield Problem(name, number, f"not UTF-8 text (byte {exc.start + 1}: {exc.reason})")
                continue
            yield from _jsonl_line(name, number, line)
    if not seen:
        yield Problem(name, None, "empty file")


def _jsonl_line(name: str, number: int, line: str) -> Iterator[Article | Problem]:
    """The article of one JSONL line, and the problems of the line."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        yield Problem(name, number, f"not JSON ({exc.msg}, column {exc.colno})")
        return
    if not isinstance(record, dict):
        yield Problem(name, number, f"not a JSON object but {type(record).__name__}")
        return
    body = record.get("text")
    if not isinstance(body, str) or not body.strip():
        yield Problem(name, number, "no 'text' field (a non-empty string)")
        return
    fields = {}
    for key in ("date", "url", "title", "outlet"):
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            yield Problem(name, number, f"'{key}' is not a string: read as unknown")
            value = None
        fields[key] = (value or "").strip()
    published = _calendar_date(fields["date"]) if fields["date"] else None
    if fields["date"] and published is None:
        yield Problem(name, number, f"unreadable 'date' {fields['date'][:40]!r}: unknown")
    outlet = fields["outlet"] or _host(fields["url"])
    yield Article(body, fields["title"], published, fields["url"], outlet,
                  f"{name}#{number}")  # fmt: skip


def _calendar_date(text: str) -> dt.date | None:
    """The calendar date of an ISO 8601 or RFC 822 stamp, as written (not moved to UTC)."""
    text = text.strip()
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        return None


def _host(url: str) -> str:
    """``www.rudaw.net/...`` -> ``rudaw.net``; "" without a host."""
    try:
        host = (urlsplit(url).hostname or "") if url else ""
    except ValueError:  # a malformed address ("http://[::1")
        return ""
    return host.removeprefix("www.")


# --- events ------------------------------------------------------------------------------


def news_events(
    paths: Iterable[str | os.PathLike[str]],
    *,
    gazetteer: Gazetteer | None = None,
    progress: bool = True,
    published: dt.date | None = None,
    stats: Counter[str] | None = None,
) -> tuple[gpd.GeoDataFrame, list[Problem]]:
    """Code the events of every article, one row per report.

    Parameters
    ----------
    paths
        As for :func:`read_articles`.
    gazetteer
        As for :func:`geo_disputed.text.events.extract_events`.
    progress
        Show a tqdm progress bar (stderr).
    published
        As for :func:`read_articles`.
    stats
        If given, ``articles`` (read) and ``extracted`` (events) are added to it.

    Returns
    -------
    events : geopandas.GeoDataFrame
        :data:`COLUMNS` and ``geometry`` (EPSG:4326 points). An event without a resolved
        place or without a known date is kept, without coordinates or date, its ``reason``
        saying why; the others have ``reason`` "". ``reports`` is 1.
    problems : list of Problem
        Files, lines and entries skipped.
    """
    from tqdm.auto import tqdm

    from geo_disputed.text.events import extract_events

    problems: list[Problem] = []
    rows: list[dict[str, Any]] = []
    articles = read_articles(paths, problems=problems, published=published)
    bar = tqdm(articles, unit=" articles", disable=not progress, file=sys.stderr, leave=False)
    read = 0
    for article in bar:
        read += 1
        try:
            found = extract_events(
                article.text, published=article.published, url=article.url or None,
                gazetteer=gazetteer,
            )  # fmt: skip
        except Exception as exc:  # a fault coding one article is reported, the run goes on
            settings.logger.debug("extract_events failed on %s", article.source_file,
                                  exc_info=True)  # fmt: skip
            problems.append(Problem(article.source_file, None,
                                    f"events not coded ({type(exc).__name__}: {exc})"))  # fmt: skip
            continue
        rows.extend(_row(article, event) for event in found)
    if stats is not None:
        stats["articles"] += read
        stats["extracted"] += len(rows)
    return _frame(rows), problems


def _row(article: Article, event: Event) -> dict[str, Any]:
    """One report as a row of :data:`COLUMNS`."""
    candidate = event.candidate
    reason = ""
    if event.place is None:
        reason = "no place linked to the event"
    elif candidate is None:
        reason = f"place not found in the gazetteer: {event.place!r}"
    elif not (math.isfinite(candidate.lat) and math.isfinite(candidate.lon)):
        reason = f"place without coordinates: {event.place!r}"  # known by its kind word only
    elif event.date is None:
        reason = "date unknown: none in the text and no publication date"
    key = f"{article.source_file}|{article.url}|{event.trigger_span}|{event.event_type}"
    place_start, place_end = event.place_span if event.place_span else (None, None)
    return {
        "event_id": "news-" + hashlib.sha1(key.encode()).hexdigest()[:16],
        "date": event.date,
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "actor1": event.actor1,
        "actor2": event.actor2,
        "location": candidate.name_en if candidate else (event.place or ""),
        "admin1": candidate.admin1 if candidate else "",
        "admin2": candidate.admin2 if candidate else "",
        "latitude": candidate.lat if candidate else math.nan,
        "longitude": candidate.lon if candidate else math.nan,
        "geo_precision": event.geo_precision if candidate else None,
        "admin_precision": ADMIN_PRECISION_ACLED.get(event.geo_precision or 0)
        if candidate
        else None,
        "fatalities": event.fatalities,
        "notes": event.sentence,
        "source": article.outlet,
        "source_url": article.url,
        "source_file": article.source_file,
        "outlet": article.outlet,
        "title": article.title,
        "sentence": event.sentence,
        "trigger": event.trigger,
        "trigger_start": event.trigger_span[0],
        "trigger_end": event.trigger_span[1],
        "place": event.place or "",
        "place_start": place_start,
        "place_end": place_end,
        "date_text": event.date_text,
        "time_precision": event.time_precision,
        "fatalities_high": event.fatalities_high,
        "wounded": event.wounded,
        "wounded_high": event.wounded_high,
        "confidence": float(event.confidence),
        "reports": 1,
        "reason": reason,
    }


def _frame(rows: Sequence[dict[str, Any]]) -> gpd.GeoDataFrame:
    """Rows of :data:`COLUMNS` as a typed GeoDataFrame (EPSG:4326)."""
    import geopandas as gpd

    table = pd.DataFrame(list(rows), columns=list(COLUMNS))
    floats = ("latitude", "longitude", "confidence")
    for name in _INTS:
        values = [None if pd.isna(v) else int(v) for v in table[name]]
        table[name] = pd.array(values, dtype="Int64")
    for name in floats:
        table[name] = table[name].astype(float)
    table["date"] = pd.to_datetime(table["date"]).astype("datetime64[ns]")
    for name in COLUMNS:
        if name not in _INTS and name not in floats and name != "date":
            table[name] = table[name].fillna("").astype(str)
    placed = (table["latitude"].notna() & table["longitude"].notna()).to_numpy()
    geometry = np.array(gpd.points_from_xy(table["longitude"], table["latitude"]), dtype=object)
    geometry[~placed] = None
    return gpd.GeoDataFrame(table, geometry=gpd.GeoSeries(geometry, crs=GEOGRAPHIC))


# --- one event, many reports ---------------------------------------------------------------


def merge_reports(events: gpd.GeoDataFrame, *, km: float = 10.0, days: int = 1) -> gpd.GeoDataFrame:
    """Merge the reports of one event into one row.

    Two reports are of the same event when they have the same ``event_type``, places within
    ``km`` km of each other (geodesic) and dates within ``days`` days; a report of unknown
    date merges only with reports of unknown date at the same place. A group is formed
    greedily in date order: a report joins the first group every member of which it
    matches. Reports without a place are never merged.

    Parameters
    ----------
    events
        Rows of :func:`news_events` (or of an earlier merge).
    km, days
        How far apart in space and time reports of one event may be.

    Returns
    -------
    geopandas.GeoDataFrame
        One row per event, :data:`COLUMNS`. Of each group: ``source_file``, ``source_url``,
        ``outlet`` and ``source`` list every distinct source, ``;``-separated, the primary
        report first; the place, date, sentence, trigger and offsets are the primary
        report's (the best-precision place, then the finest date, then the highest
        confidence); ``fatalities`` and ``wounded`` are the lowest count reported,
        ``fatalities_high``/``wounded_high`` the highest (unknown when no report gives
        one); ``confidence`` the highest; ``reports`` the number of reports.
    """
    if km < 0 or days < 0:
        raise ValueError("km and days must be >= 0")
    frame = events.reset_index(drop=True)
    if frame.empty:
        return frame.copy()
    order = frame.sort_values(["event_type", "date"], kind="stable", na_position="last").index
    groups: list[list[int]] = []
    #: event_type -> groups still open, oldest first: a group whose first report is more
    #: than ``days`` before the report at hand can take no later report (dates ascend)
    open_groups: dict[str, deque[int]] = {}
    lat = frame["latitude"].to_numpy(dtype=float)
    lon = frame["longitude"].to_numpy(dtype=float)
    day = frame["date"].to_numpy(dtype="datetime64[D]")
    kinds = frame["event_type"].astype(str).to_numpy()
    for i in order:
        if not (np.isfinite(lat[i]) and np.isfinite(lon[i])):
            groups.append([i])
            continue
        candidates = open_groups.setdefault(kinds[i], deque())
        while candidates and _closed(day[groups[candidates[0]][0]], day[i], days):
            candidates.popleft()
        near = _near_firsts(i, [groups[g][0] for g in candidates], lat, lon, km)
        for g in (g for g, ok in zip(candidates, near, strict=True) if ok):
            if _same_event(i, np.asarray(groups[g]), lat, lon, day, km, days):
                groups[g].append(i)
                break
        else:
            candidates.append(len(groups))
            groups.append([i])
    records = frame[list(COLUMNS)].to_dict("records")
    merged = [_merge_group(records, group) for group in groups]
    return _frame(merged).sort_values(["date", "event_id"], kind="stable").reset_index(drop=True)


def _closed(first: np.datetime64, current: np.datetime64, days: int) -> bool:
    """Whether a group begun on ``first`` can take no report of ``current`` or later."""
    if np.isnat(current):
        return not np.isnat(first)  # undated reports come last; they join undated groups
    return bool((current - first).astype(int) > days)


def _near_firsts(
    i: int, firsts: list[int], lat: np.ndarray, lon: np.ndarray, km: float
) -> np.ndarray:
    """Whether report ``i`` is within ``km`` of the first report of each group (one
    vectorised geodesic call: a group whose first report is farther cannot take it)."""
    if not firsts:
        return np.zeros(0, dtype=bool)
    n = len(firsts)
    _, _, metres = geod().inv(np.full(n, lon[i]), np.full(n, lat[i]), lon[firsts], lat[firsts])
    return np.asarray(metres) <= km * 1000.0


def _same_event(
    i: int,
    members: np.ndarray,
    lat: np.ndarray,
    lon: np.ndarray,
    day: np.ndarray,
    km: float,
    days: int,
) -> bool:
    """Whether report ``i`` matches every report of a group."""
    unknown = np.isnat(day[i])
    if unknown:
        if not np.isnat(day[members]).all():
            return False
        same_place = (lat[members] == lat[i]) & (lon[members] == lon[i])
        return bool(same_place.all())
    if np.isnat(day[members]).any():
        return False
    apart = np.abs((day[members] - day[i]).astype(int))
    if (apart > days).any():
        return False
    n = len(members)
    _, _, metres = geod().inv(np.full(n, lon[i]), np.full(n, lat[i]), lon[members], lat[members])
    return bool((np.asarray(metres) <= km * 1000.0).all())


def _merge_group(records: list[dict[str, Any]], group: list[int]) -> dict[str, Any]:
    """One row from the reports ``group`` (see :func:`merge_reports`)."""
    if len(group) == 1:
        return dict(records[group[0]])
    part = [records[i] for i in group]

    def rank(r: dict[str, Any]) -> tuple[int, int, float, pd.Timestamp]:
        return (
            9 if pd.isna(r["geo_precision"]) else int(r["geo_precision"]),
            9 if pd.isna(r["time_precision"]) else int(r["time_precision"]),
            -float(r["confidence"]),
            pd.Timestamp.max if pd.isna(r["date"]) else r["date"],
        )

    ordered = sorted(part, key=rank)  # stable: input order breaks ties
    row = dict(ordered[0])
    for name in SOURCE_COLUMNS:
        values: list[str] = []
        for r in ordered:
            values += [v for v in str(r[name]).split(SEPARATOR) if v and v not in values]
        row[name] = SEPARATOR.join(values)
    for low, high in (("fatalities", "fatalities_high"), ("wounded", "wounded_high")):
        lows = [int(r[low]) for r in part if not pd.isna(r[low])]
        highs = [int(r[high]) for r in part if not pd.isna(r[high])]
        row[low] = min(lows) if lows else None
        top = max(highs + lows) if highs or lows else None
        row[high] = None if top == row[low] and not highs else top  # no range: one count
    for name in ("actor1", "actor2"):
        if not row[name]:
            row[name] = next((r[name] for r in ordered if r[name]), "")
    row["confidence"] = max(float(r["confidence"]) for r in part)
    row["reports"] = sum(1 if pd.isna(r["reports"]) else int(r["reports"]) for r in part)
    return row


# --- the map's layer ----------------------------------------------------------------------


@dataclass
class NewsRead:
    """What reading news for a map gave (:func:`news_layer`).

    Attributes
    ----------
    path : str
        The file or folder read.
    articles, extracted, merged, drawn : int
        Articles read, events coded, events after merging reports, events placed and dated
        (the rest, ``merged - drawn``, have no place or no date).
    problems : list of Problem
        Files, lines and entries skipped.
    outlets : list of str
        The distinct outlets of the events drawn, most events first.
    """

    path: str
    articles: int
    extracted: int
    merged: int
    drawn: int
    problems: list[Problem]
    outlets: list[str]

    def summary(self) -> str:
        """``read A articles, E events, M after merging, D drawn (N without place or date),
        P skipped``."""
        held = self.merged - self.drawn
        return (
            f"read {self.articles} articles, {self.extracted} events, {self.merged} after "
            f"merging reports, {self.drawn} drawn"
            + (f" ({held} without place or date)" if held else "")
            + (f", {len(self.problems)} file(s)/line(s) skipped" if self.problems else "")
        )


def news_layer(
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    gazetteer: Gazetteer | None = None,
    km: float = 10.0,
    days: int = 1,
    progress: bool | None = None,
) -> tuple[gpd.GeoDataFrame, NewsRead]:
    """The events reported in news articles that a map can draw: coded
    (:func:`news_events`), merged (:func:`merge_reports`), the placed and dated ones
    (:func:`writable`); and what was read (:class:`NewsRead`).

    ``progress`` ``None`` shows the bar only when stderr is a terminal.
    """
    given = [paths] if isinstance(paths, str | os.PathLike) else list(paths)
    stats: Counter[str] = Counter()
    show = sys.stderr.isatty() if progress is None else progress
    events, problems = news_events(given, gazetteer=gazetteer, progress=show, stats=stats)
    merged = merge_reports(events, km=km, days=days)
    ok = writable(merged).to_numpy()
    drawn = merged.loc[ok].reset_index(drop=True)
    outlets = Counter(o for value in drawn["outlet"] for o in str(value).split(SEPARATOR) if o)
    read = NewsRead(
        path=", ".join(str(p) for p in given),
        articles=stats["articles"],
        extracted=stats["extracted"],
        merged=len(merged),
        drawn=len(drawn),
        problems=problems,
        outlets=[o for o, _ in outlets.most_common()],
    )
    return drawn, read


# --- writing -------------------------------------------------------------------------------


def writable(events: pd.DataFrame) -> pd.Series:
    """Which rows :func:`geo_disputed.incidents.load_incidents` accepts: placed and dated."""
    return (
        events["reason"].eq("")
        & events["latitude"].notna()
        & events["longitude"].notna()
        & events["date"].notna()
    )


def write_news_events(
    events: gpd.GeoDataFrame,
    target: str | os.PathLike[str],
    *,
    unplaced: str | os.PathLike[str] | None = None,
    raw: bool = False,
) -> tuple[int, int]:
    """Write the placed, dated events to ``target`` (.csv, .geojson, .gpkg or .parquet, by
    :func:`geo_disputed.incidents.load.write_incidents`, atomically) and, to the CSV
    ``unplaced`` if given, the others with their ``reason``.

    Returns
    -------
    (written, held) : tuple of int
        Rows written to ``target`` and rows held back (``written + held == len(events)``).
    """
    ok = writable(events).to_numpy()
    write_incidents(events.loc[ok].reset_index(drop=True), target, raw=raw)
    held = events.loc[~ok].reset_index(drop=True)
    if unplaced is not None:
        table = pd.DataFrame(held.drop(columns=held.geometry.name))
        table["date"] = table["date"].dt.strftime("%Y-%m-%d")
        write_csv(table, unplaced, raw=raw)
    return int(ok.sum()), len(held)
