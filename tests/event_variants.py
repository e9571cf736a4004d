"""Every published shape of ACLED and UCDP event files, written to disk for conformance tests.

The events are invented (no row comes from a real file), but each file is laid out the way its
publisher ships it: column set and order, header case, date format, encoding, delimiter and
cell types. Where the published format is not certain, a comment says so.

Examples
--------
>>> from event_variants import ACLED_EVENTS, expected
>>> expected(ACLED_EVENTS, "acled_upper")[0]["date"]
'2022-01-05'

Run ``python tests/event_variants.py`` to write every variant to a temporary directory and read
each back with its format's usual reader.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import json
import os
import threading
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook


@dataclass(frozen=True)
class Event:
    """One event's canonical facts, as the source reports them.

    ``fatalities`` None means unknown (written as an empty cell, never 0); ``precision`` is on
    the source's own scale (ACLED ``geo_precision`` 1-3, UCDP ``where_prec`` 1-7); ``inter1``
    and ``inter2`` are ACLED actor-type codes (1-8, ``inter2`` None when there is no actor 2).
    For UCDP events ``event_type`` is the type of violence and ``sub_event_type`` the conflict.
    """

    event_id: str | None
    date: dt.date
    latitude: float
    longitude: float
    fatalities: int | None
    country: str
    admin1: str
    admin2: str
    location: str
    event_type: str
    sub_event_type: str
    actor1: str
    actor2: str
    inter1: int
    inter2: int | None
    precision: int
    notes: str
    source: str


D = dt.date
EXPL, IED = "Explosions/Remote violence", "Remote explosive/landmine/IED"
IS_IRQ, TUR_ARMY = "Islamic State (Iraq)", "Military Forces of Turkey (2016-)"

# fmt: off
#: Invented ACLED events (field order of :class:`Event`), admin names in ACLED's spelling.
ACLED_EVENTS: tuple[Event, ...] = (
    Event("IRQ31001", D(2022, 1, 5), 35.4681, 44.3922, 2, "Iraq", "Kirkuk", "Kirkuk", "Kirkuk",
          EXPL, IED, IS_IRQ, "Police Forces of Iraq (2018-)", 2, 1, 1,
          'On 5 January 2022, an IED planted by "IS militants" hit a police patrol in Kirkuk '
          'city, killing 2 policemen, and wounding 3.', "Shafaq News; Rudaw"),
    Event("IRQ31002", D(2021, 6, 12), 34.8856, 44.6326, None, "Iraq", "Salah al-Din", "Tooz",
          "طوز خورماتو", "Battles", "Armed clash", IS_IRQ, "PMF: Popular Mobilization Forces",
          2, 3, 2, "On 12 June 2021, IS militants clashed with PMF near Tuz Khurmatu. Casualties "
          "unknown.", "Al Sumaria"),
    Event("IRQ31003", D(2020, 2, 29), 36.34, 43.13, 0, "Iraq", "Ninewa", "Mosul", "Mosul",
          "Protests", "Peaceful protest", "Protesters (Iraq)", "", 6, None, 1,
          "On 29 February 2020, students protested in Mosul against unemployment.", "Alsumaria"),
    Event("IRQ31004", D(2022, 12, 31), 36.3209, 41.8764, 3, "Iraq", "Ninewa", "Sinjar", "Sinjar",
          EXPL, "Air/drone strike", TUR_ARMY, "YBS: Sinjar Resistance Units", 8, 3, 1,
          "On 31 December 2022, a Turkish drone struck a vehicle in Sinjar, killing 3 YBS "
          "members.", "Kurdistan 24"),
    Event("IRQ31005", D(2016, 3, 24), 35.7756, 43.5786, 142, "Iraq", "Erbil", "Makhmur",
          "Makhmur", "Battles", "Armed clash", "Military Forces of Iraq (2014-)", IS_IRQ, 1, 2, 2,
          "Around 24 March 2016, Iraqi forces launched an offensive near Makhmur; 142 IS "
          "militants were reported killed.", "Xinhua; AFP"),
    Event("IRQ31006", D(2019, 9, 17), 34.348, 45.3916, 1, "Iraq", "Diyala", "Khanaqin",
          "Khanaqin", "Violence against civilians", "Attack", IS_IRQ, "Civilians (Iraq)", 2, 7, 1,
          "On 17 September 2019, IS militants shot dead a shepherd near Khanaqin.", "Shafaq News"),
    Event("IRQ31007", D(2023, 3, 1), 33.3406, 44.4009, 1, "Iraq", "Baghdad", "Resafa", "Baghdad",
          "Riots", "Violent demonstration", "Rioters (Iraq)", "Police Forces of Iraq (2018-)",
          5, 1, 1, "On 1 March 2023, rioters threw stones at police in Baghdad; 1 rioter died.",
          "Rudaw"),
    Event("IRQ31008", D(2022, 3, 13), 36.19, 44.01, 0, "Iraq", "Erbil", "Erbil", "Erbil", EXPL,
          "Shelling/artillery/missile attack", "Military Forces of Iran (1989-) Islamic "
          "Revolutionary Guard Corps", "", 8, None, 1,
          "On 13 March 2022, the IRGC fired missiles at Erbil; no fatalities.", "Kurdistan 24"),
    Event("SYR120001", D(2021, 11, 5), 37.1744, 42.1364, 2, "Syria", "Al-Hasakeh",
          "Al-Malikiyah", "Al-Malikiyah", EXPL, "Air/drone strike", TUR_ARMY,
          "SDF: Syrian Democratic Forces", 8, 2, 1,
          "On 5 November 2021, a Turkish drone hit an SDF post in Al-Malikiyah, killing 2.",
          "SOHR"),
    Event("IRN4501", D(2022, 9, 28), 34.5156, 45.5786, 0, "Iran", "Kermanshah", "Qasr-e Shirin",
          "Qasr-e Shirin", "Protests", "Peaceful protest", "Protesters (Iran)", "", 6, None, 1,
          "On 28 September 2022, people protested in Qasr-e Shirin.", "Iran International"),
    Event("TUR7001", D(2020, 12, 31), 37.2475, 43.6136, 4, "Turkey", "Hakkari", "Cukurca",
          "Cukurca", "Battles", "Armed clash", TUR_ARMY, "PKK: Kurdistan Workers Party", 1, 2, 2,
          "On 31 December 2020, Turkish forces clashed with PKK near Cukurca; 4 were killed.",
          "Anadolu Agency"),
)

GOV_IRQ, GOV_TUR = "Government of Iraq", "Government of Turkey"
IRQ_GOV, STATE, ONE_SIDED = "Iraq: Government", "State-based conflict", "One-sided violence"

#: Invented UCDP GED events, admin names in GeoNames spelling with UCDP's kind word.
UCDP_EVENTS: tuple[Event, ...] = (
    Event("412001", D(2019, 3, 14), 35.4681, 44.3922, 0, "Iraq", "Kirkūk province",
          "Qaḑā’ Kirkūk", "Kirkuk town", STATE, IRQ_GOV, GOV_IRQ, "IS", 1, 2, 1,
          "Police and IS exchange fire in Kirkuk", "Rudaw"),
    Event("412002", D(2018, 6, 10), 35.4681, 44.3922, 2, "Iraq", "At-Ta'mim province",
          "Qaḑā’ Kirkūk", "Kirkuk town", STATE, IRQ_GOV, GOV_IRQ, "IS", 1, 2, 2,
          'Two soldiers killed near Kirkuk, "IS" claims attack', "Agence France Presse; Xinhua"),
    Event("412003", D(2017, 7, 9), 36.34, 43.13, 212, "Iraq", "Nīnawá province",
          "Qaḑā’ al Mawşil", "Mosul city", STATE, IRQ_GOV, GOV_IRQ, "IS", 1, 2, 1,
          "Fighting in Mosul's old city, hundreds dead", "Reuters News; BBC Monitoring"),
    Event("412004", D(2021, 12, 31), 36.3209, 41.8764, 3, "Iraq", "Nīnawá province",
          "Sinjār district", "Sinjar town", STATE, "Turkey: Kurdistan", GOV_TUR, "PKK", 8, 2, 1,
          "Turkish drone strike kills 3 in Sinjar", "Kurdistan 24"),
    Event("412005", D(2019, 10, 2), 34.8856, 44.6326, 3, "Iraq", "Şalāḩ ad Dīn province",
          "Tooz district", "Tuz Khurmatu district", STATE, IRQ_GOV, GOV_IRQ, "IS", 1, 2, 3,
          "Three PMF fighters killed in Tuz Khurmatu district", "Shafaq News"),
    Event("412006", D(2020, 2, 29), 34.348, 45.3916, 2, "Iraq", "Diyālá province",
          "Qaḑā’ Khānaqīn", "Khanaqin town", "Non-state conflict", "IS - PUK", "IS", "PUK", 2, 2,
          1, "IS attack on PUK post near Khanaqin, two dead", "Rudaw"),
    Event("412007", D(2019, 8, 20), 35.7756, 43.5786, 1, "Iraq", "Arbīl province",
          "Qaḑā’ Makhmūr", "Makhmur town", ONE_SIDED, "IS - Civilians", "IS", "Civilians", 2,
          7, 1, "Villager killed by IS near Makhmur", "Kurdistan 24"),
    Event("412008", D(2017, 3, 12), 33.95, 45.05, 4, "Iraq", "Diyālá province", "",
          "Diyala province", STATE, IRQ_GOV, GOV_IRQ, "IS", 1, 2, 4,
          "Four soldiers killed in Diyala", "Xinhua"),
    Event("412009", D(2018, 5, 3), 34.55, 44.45, 6, "Iraq", "Şalāḩ ad Dīn province", "",
          "Hamrin mountains", STATE, IRQ_GOV, GOV_IRQ, "IS", 1, 2, 5,
          "Six killed in clashes in the Hamrin mountains", "Agence France Presse"),
    Event("412010", D(2016, 11, 20), 33.0, 44.0, 15, "Iraq", "", "", "Iraq", STATE, IRQ_GOV,
          GOV_IRQ, "IS", 1, 2, 6, "Iraqi army says 15 IS fighters killed", "Xinhua"),
    # where_prec 7 (international waters or airspace): invented, placed in the northern Gulf
    Event("412011", D(2015, 4, 7), 29.85, 48.65, 1, "Iraq", "", "", "Persian Gulf", STATE,
          IRQ_GOV, GOV_IRQ, "IS", 1, 2, 7, "One killed in attack on boat off Iraq's coast",
          "BBC Monitoring"),
)
# fmt: on

# --- published column sets (copied from geo_disputed/incidents.py and the brief, on purpose
# --- not imported: these are the publishers' shapes, independent of the loader being written)

#: acleddata.com export and API, 2023 onwards (31 columns).
ACLED_CURRENT: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "tags", "timestamp",
)  # fmt: skip
#: The pre-2020 export (31 columns).
ACLED_LEGACY: tuple[str, ...] = (
    "data_id", "iso", "event_id_cnty", "event_id_no_cnty", "event_date", "year",
    "time_precision", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1",
    "actor2", "assoc_actor_2", "inter2", "interaction", "region", "country", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "timestamp", "iso3",
)  # fmt: skip
_NOT_IN_NO_ID = {"event_id_cnty", "admin1", "admin2", "admin3"}
ACLED_NO_ID = tuple(c for c in ACLED_CURRENT if c not in _NOT_IN_NO_ID)
#: UCDP GED 20.1 onwards (49 columns).
UCDP_GED: tuple[str, ...] = (
    "id", "relid", "year", "active_year", "code_status", "type_of_violence",
    "conflict_dset_id", "conflict_new_id", "conflict_name", "dyad_dset_id", "dyad_new_id",
    "dyad_name", "side_a_dset_id", "side_a_new_id", "side_a", "side_b_dset_id",
    "side_b_new_id", "side_b", "number_of_sources", "source_article", "source_office",
    "source_date", "source_headline", "source_original", "where_prec", "where_coordinates",
    "where_description", "adm_1", "adm_2", "latitude", "longitude", "geom_wkt",
    "priogrid_gid", "country", "country_id", "region", "event_clarity", "date_prec",
    "date_start", "date_end", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown",
    "best", "high", "low", "gwnoa", "gwnob",
)  # fmt: skip
#: HDX's UCDP export: 45 columns (the brief and data/real/README.md say 43; the list, the
#: hashtag row and the real file's header all have 45).
UCDP_HDX: tuple[str, ...] = (
    "id", "year", "active_year", "start_year", "end_year", "type_of_violence",
    "conflict_new_id", "conflict_name", "dyad_new_id", "dyad_name", "side_a_new_id", "gwnoa",
    "side_a", "side_b_new_id", "gwnob", "side_b", "number_of_sources", "source_article",
    "source_office", "source_date", "source_headline", "source_original", "where_prec",
    "where_coordinates", "adm_1", "adm_2", "latitude", "longitude", "geom_wkt", "priogrid_gid",
    "country", "country_id", "iso3", "region", "event_clarity", "date_prec", "date_start",
    "date_end", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "low", "best",
    "high",
)  # fmt: skip
HDX_HXL = (
    ",#date+year,,#date+year+start,#date+year+end,,,,,,,,#group+name+first,,,#group+name+second,"
    ",#meta+source,,,#description,,,#loc+name,#adm1+name,#adm2+name,#geo+lat,#geo+lon,,,"
    "#country+name,,#country+code,#region+name,,,#date+start,#date+end,,,,,,#affected+killed,"
)
PLAIN_KILLED = ("id", "date", "lat", "lng", "province", "killed", "description")
PLAIN_DEATHS = ("event_date", "latitude", "longitude", "governorate", "deaths", "notes")
PLAIN_STATE = ("Date", "Latitude", "Longitude", "State", "Fatalities", "Type")

ACLED_INTER = {
    1: "State forces", 2: "Rebel group", 3: "Political militia", 4: "Identity militia",
    5: "Rioters", 6: "Protesters", 7: "Civilians", 8: "External/Other forces",
}  # fmt: skip
_COUNTRIES = {"Iraq": (368, "IRQ"), "Syria": (760, "SYR"), "Iran": (364, "IRN"),
              "Turkey": (792, "TUR")}  # fmt: skip
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip
_VIOLENCE = {"State-based conflict": 1, "Non-state conflict": 2, "One-sided violence": 3}
#: Invented-but-plausible UCDP ids: conflict -> (conflict_new_id, dyad_new_id) and
#: actor -> (side id, Gleditsch-Ward number or "").
_UCDP_CONFLICTS = {"Iraq: Government": (259, 524), "Turkey: Kurdistan": (337, 421),
                   "IS - PUK": (13650, 15012), "IS - Civilians": (13641, 14120)}  # fmt: skip
_UCDP_SIDES = {"Government of Iraq": (116, "645"), "Government of Turkey": (120, "640"),
               "IS": (234, ""), "PKK": (323, ""), "PUK": (1077, ""),
               "Civilians": (1, "")}  # fmt: skip


# --- small helpers --------------------------------------------------------------------------


#: How each publisher writes a date (a datetime is written as its date part).
_DATES: dict[str, Callable[[dt.date], str]] = {
    "iso": lambda d: f"{d:%Y-%m-%d}",  # 2022-01-05
    "long": lambda d: f"{d:%d} {_MONTHS[d.month - 1]} {d:%Y}",  # 05 January 2022
    "abbrev": lambda d: f"{d:%d}-{_MONTHS[d.month - 1][:3]}-{d:%y}",  # 05-Jan-22
    "slash": lambda d: f"{d:%d/%m/%Y}",  # 05/01/2022, day first
    "ged": lambda d: f"{d:%Y-%m-%d} 00:00:00.000",  # GED 23.1+ CSV
    "api": lambda d: f"{d:%Y-%m-%d}T00:00:00",  # UCDP API
}


def _text(value: object, date_style: str = "iso") -> str:
    """One CSV cell: None is an empty cell, dates in the :data:`_DATES` style ``date_style``."""
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return _DATES[date_style](value)
    return str(value)


def _write_csv(
    path: Path,
    columns: Sequence[str],
    records: Sequence[dict[str, object]],
    *,
    date_style: str = "iso",
    header: Sequence[str] | None = None,
    extra_line: str | None = None,
    delimiter: str = ",",
    bom: bool = False,
    newline: str = "\n",
) -> Path:
    """Write ``records`` as CSV; ``header`` None writes ``columns``, ``()`` no header at all."""
    with path.open("w", encoding="utf-8-sig" if bom else "utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter=delimiter, lineterminator=newline)
        head = columns if header is None else header
        if head:
            writer.writerow(head)
        if extra_line is not None:
            fh.write(extra_line + newline)
        for record in records:
            writer.writerow([_text(record[c], date_style) for c in columns])
    return path


def _write_xlsx(path: Path, columns: Sequence[str], records: Sequence[dict[str, object]]) -> Path:
    """Write an Excel sheet: typed cells, date cells for dates, empty cells for None or ''."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Sheet1"  # unsure which sheet names ACLED's and UCDP's Excel files use
    sheet.append(list(columns))
    for record in records:
        sheet.append([None if record[c] in ("", None) else record[c] for c in columns])
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, dt.date):
                cell.number_format = "yyyy-mm-dd"
    book.save(path)
    return path


def _write_json(path: Path, payload: dict[str, object], *, ascii_only: bool) -> Path:
    path.write_text(json.dumps(payload, ensure_ascii=ascii_only), encoding="utf-8")
    return path


def _timestamp(day: dt.date) -> int:
    """A plausible ACLED ``timestamp``: the row's last edit, 8 days after the event (UTC)."""
    edited = dt.datetime.combine(day, dt.time(9, 30), tzinfo=dt.timezone.utc)
    return int((edited + dt.timedelta(days=8)).timestamp())


def _priogrid(lat: float, lon: float) -> int:
    """PRIO-GRID cell id (0.5 degree cells, numbered from the south-west corner)."""
    return int((lat + 90) // 0.5) * 720 + int((lon + 180) // 0.5) + 1


# --- ACLED --------------------------------------------------------------------------------------


def _interaction(event: Event, numeric: bool) -> int | str:
    """ACLED ``interaction``: the two codes, lower first (12, 17; 60 for a sole actor).

    The text form (``State forces-Rebel group``, ``Protesters only``) is from memory of the
    2024 codebook and may not be ACLED's exact wording.
    """
    codes = sorted((event.inter1, event.inter2)) if event.inter2 else [event.inter1]
    if numeric:
        return int("".join(map(str, codes)) + ("" if event.inter2 else "0"))
    names = [ACLED_INTER[c] for c in codes]
    return "-".join(names) if event.inter2 else f"{names[0]} only"


def _acled_record(event: Event, numeric_inter: bool) -> dict[str, object]:
    """Every ACLED field (current and legacy) for one event, as typed Python values."""
    iso, iso3 = _COUNTRIES[event.country]
    number = "".join(ch for ch in event.event_id or "" if ch.isdigit())
    inter2: int | str | None = event.inter2 or 0  # numeric exports write 0 for no actor 2
    if not numeric_inter:
        inter2 = ACLED_INTER.get(event.inter2 or 0, "")
    demonstration = event.event_type in ("Protests", "Riots")
    # fmt: off
    return {
        "data_id": int(number) + 9_000_000 if number else None, "iso": iso, "iso3": iso3,
        "event_id_cnty": event.event_id, "event_id_no_cnty": int(number) if number else None,
        "event_date": event.date, "year": event.date.year, "time_precision": 1,
        "disorder_type": "Demonstrations" if demonstration else "Political violence",
        "event_type": event.event_type, "sub_event_type": event.sub_event_type,
        "actor1": event.actor1, "assoc_actor_1": "",
        "inter1": event.inter1 if numeric_inter else ACLED_INTER[event.inter1],
        "actor2": event.actor2, "assoc_actor_2": "", "inter2": inter2,
        "interaction": _interaction(event, numeric_inter),
        "civilian_targeting": "Civilian targeting" if event.inter2 == 7 else "",
        "region": "Middle East", "country": event.country,
        "admin1": event.admin1, "admin2": event.admin2,
        "admin3": "",  # ACLED fills admin3 for Iraq; the Event carries no third level
        "location": event.location, "latitude": event.latitude, "longitude": event.longitude,
        "geo_precision": event.precision, "source": event.source,
        "source_scale": "National" if ";" not in event.source else "National-International",
        "notes": event.notes, "fatalities": event.fatalities,
        "tags": "crowd size=no report" if event.event_type == "Protests" else "",
        "timestamp": _timestamp(event.date),
    }
    # fmt: on


def _acled_records(events: Sequence[Event], numeric_inter: bool = False) -> list[dict]:
    return [_acled_record(e, numeric_inter) for e in events]


def write_acled_current(directory: Path, events: Sequence[Event] = ACLED_EVENTS) -> Path:
    """The acleddata.com export since 2023: 31 columns, UTF-8 with BOM, text ``inter``."""
    records = _acled_records(events)
    return _write_csv(directory / "acled_current.csv", ACLED_CURRENT, records, bom=True)


def write_acled_long_dates(directory: Path, events: Sequence[Event] = ACLED_EVENTS) -> Path:
    """As :func:`write_acled_current`, with ``event_date`` like ``05 January 2022``."""
    path = directory / "acled_long_dates.csv"
    return _write_csv(path, ACLED_CURRENT, _acled_records(events), date_style="long", bom=True)


def write_acled_upper(directory: Path, events: Sequence[Event] = ACLED_EVENTS) -> Path:
    """UPPER-CASE headers, ``05-Jan-22`` dates, numeric ``INTER1``/``INTER2``.

    Old ACLED releases (Africa v7/v8) had upper-case headers but a different column set (GWNO,
    ALLY_ACTOR_1, no sub_event_type); this writes the current 31 columns upper-cased.
    """
    records = _acled_records(events, numeric_inter=True)
    header = [c.upper() for c in ACLED_CURRENT]
    path = directory / "acled_upper.csv"
    return _write_csv(path, ACLED_CURRENT, records, header=header, date_style="abbrev")


def write_acled_legacy(directory: Path, events: Sequence[Event] = ACLED_EVENTS) -> Path:
    """The pre-2020 export: ``data_id`` ... ``iso3``, numeric codes, ``05 January 2022``."""
    records = _acled_records(events, numeric_inter=True)
    path = directory / "acled_legacy.csv"
    return _write_csv(path, ACLED_LEGACY, records, date_style="long")


def write_acled_no_id(directory: Path, events: Sequence[Event] = ACLED_EVENTS) -> Path:
    """ACLED columns without event ids and admin1-3, dates ``05/01/2022``."""
    path = directory / "acled_no_id.csv"
    return _write_csv(path, ACLED_NO_ID, _acled_records(events), date_style="slash")


def write_acled_xlsx(directory: Path, events: Sequence[Event] = ACLED_EVENTS) -> Path:
    """The Excel export: date cells, numeric coordinates, fatalities and ``inter`` codes."""
    records = _acled_records(events, numeric_inter=True)
    return _write_xlsx(directory / "acled.xlsx", ACLED_CURRENT, records)


def write_acled_api_json(directory: Path, events: Sequence[Event] = ACLED_EVENTS) -> Path:
    """The ACLED API answer: every ``data`` value a string.

    Unsure: whether the API gives ``inter1``/``inter2`` as text labels (as the 2024+ export
    does; written here) or as code strings; that ``last_update`` counts hours since the last
    data update; the ``filename`` form; and whether it escapes non-ASCII text (PHP's default,
    written here as ``\\uXXXX``).
    """
    data = [{c: _text(r[c]) for c in ACLED_CURRENT} for r in _acled_records(events)]
    days = sorted(e.date for e in events)
    payload = {
        "status": 200,
        "success": True,
        "last_update": 37,
        "count": len(data),
        "messages": [],
        "data": data,
        "filename": f"{days[0]}-{days[-1]}" if days else "",
    }
    return _write_json(directory / "acled_api.json", payload, ascii_only=True)


def write_acled_semicolon(directory: Path, events: Sequence[Event] = ACLED_EVENTS) -> Path:
    """The current export re-saved by a European-locale spreadsheet: ``;``, no BOM.

    Such a spreadsheet also writes decimal commas (``35,4681``), done here for latitude and
    longitude, and CRLF line ends; ISO dates are kept (LibreOffice keeps them; Excel would
    rewrite them in the locale's short form).
    """
    records = [
        {**r, "latitude": str(r["latitude"]).replace(".", ","),
         "longitude": str(r["longitude"]).replace(".", ",")}
        for r in _acled_records(events)
    ]  # fmt: skip
    path = directory / "acled_semicolon.csv"
    return _write_csv(path, ACLED_CURRENT, records, delimiter=";", newline="\r\n")


# --- UCDP ---------------------------------------------------------------------------------------


def _ucdp_record(event: Event) -> dict[str, object]:
    """Every UCDP GED field for one event, as typed Python values (dates as datetime)."""
    violence = _VIOLENCE[event.event_type]
    conflict_id, dyad_id = _UCDP_CONFLICTS[event.sub_event_type]
    side_a, gwnoa = _UCDP_SIDES[event.actor1]
    side_b, gwnob = _UCDP_SIDES[event.actor2]
    best = event.fatalities
    if best is None:
        deaths: tuple[int | None, ...] = (None,) * 4
        low = high = None
    else:
        fighters = 0 if violence == 3 else best
        deaths = (fighters // 3, fighters - fighters // 3, best - fighters, 0)
        low, high = best - best // 5, best + best // 2 if best else 1
    sources = [s.strip() for s in event.source.split(";")]
    reported = event.date + dt.timedelta(days=1)
    start = dt.datetime.combine(event.date, dt.time())
    # fmt: off
    return {
        "id": int(event.event_id) if event.event_id else None,
        "relid": f"IRQ-{event.date.year}-{violence}-{dyad_id}-{(event.event_id or '')[-3:]}",
        "year": event.date.year, "active_year": 1, "code_status": "Clear",
        "type_of_violence": violence, "conflict_dset_id": str(conflict_id),
        "conflict_new_id": conflict_id, "conflict_name": event.sub_event_type,
        "dyad_dset_id": str(dyad_id), "dyad_new_id": dyad_id,
        "dyad_name": f"{event.actor1} - {event.actor2}",
        "side_a_dset_id": str(side_a), "side_a_new_id": side_a, "side_a": event.actor1,
        "side_b_dset_id": str(side_b), "side_b_new_id": side_b, "side_b": event.actor2,
        "number_of_sources": len(sources),
        "source_article": ";".join(f'"{s},{reported},{event.notes}"' for s in sources),
        "source_office": ";".join(sources),
        "source_date": ";".join([reported.isoformat()] * len(sources)),
        "source_headline": event.notes, "source_original": "Security source",
        "where_prec": event.precision, "where_coordinates": event.location,
        "where_description": ", ".join(p for p in (event.location, event.admin1) if p),
        "adm_1": event.admin1, "adm_2": event.admin2,
        "latitude": event.latitude, "longitude": event.longitude,
        "geom_wkt": f"POINT ({event.longitude} {event.latitude})",
        "priogrid_gid": _priogrid(event.latitude, event.longitude),
        "country": event.country, "country_id": 645, "region": "Middle East",
        "event_clarity": 1, "date_prec": 1, "date_start": start, "date_end": start,
        "deaths_a": deaths[0], "deaths_b": deaths[1],
        "deaths_civilians": deaths[2], "deaths_unknown": deaths[3],
        "best": best, "high": high, "low": low, "gwnoa": gwnoa, "gwnob": gwnob,
    }
    # fmt: on


def _ucdp_records(events: Sequence[Event]) -> list[dict[str, object]]:
    return [_ucdp_record(e) for e in events]


def write_ucdp_ged_csv(directory: Path, events: Sequence[Event] = UCDP_EVENTS) -> Path:
    """UCDP GED yearly CSV: 49 columns with a header, dates ``2022-01-05 00:00:00.000``."""
    path = directory / "ucdp_ged.csv"
    return _write_csv(path, UCDP_GED, _ucdp_records(events), date_style="ged")


def write_ucdp_candidate_headerless(directory: Path, events: Sequence[Event] = UCDP_EVENTS) -> Path:
    """The 49 GED columns with no header row (as incidents.py says Candidate files come).

    Unsure: the Candidate releases I remember do have a header; this is the shape the
    loader claims to support.
    """
    path = directory / "ucdp_candidate.csv"
    return _write_csv(path, UCDP_GED, _ucdp_records(events), header=(), date_style="ged")


def write_ucdp_hdx(directory: Path, events: Sequence[Event] = UCDP_EVENTS) -> Path:
    """HDX's UCDP export: 45 columns, an HXL hashtag row on line 2, ``YYYY-MM-DD`` dates.

    ``gwnoa``/``gwnob`` are floats (``645.0``) as a pandas export of a column with gaps gives.
    """

    def gw(value: object) -> str:
        return f"{float(str(value)):.1f}" if value else ""

    records = [
        {**r, "start_year": e.date.year, "end_year": e.date.year, "gwnoa": gw(r["gwnoa"]),
         "gwnob": gw(r["gwnob"]), "iso3": _COUNTRIES[e.country][1]}
        for e, r in zip(events, _ucdp_records(events), strict=True)
    ]  # fmt: skip
    path = directory / "ucdp_hdx.csv"  # CRLF line ends, no BOM, like the HDX file
    return _write_csv(path, UCDP_HDX, records, extra_line=HDX_HXL, newline="\r\n")


def write_ucdp_xlsx(directory: Path, events: Sequence[Event] = UCDP_EVENTS) -> Path:
    """UCDP GED as Excel: 49 columns, date cells, numeric cells."""
    return _write_xlsx(directory / "ucdp_ged.xlsx", UCDP_GED, _ucdp_records(events))


def write_ucdp_parquet(directory: Path, events: Sequence[Event] = UCDP_EVENTS) -> Path:
    """UCDP GED as Parquet (no geo metadata): numeric dtypes, datetime64 dates."""
    import pandas as pd

    frame = pd.DataFrame(_ucdp_records(events), columns=list(UCDP_GED))
    for name in ("date_start", "date_end"):
        frame[name] = pd.to_datetime(frame[name])
    path = directory / "ucdp_ged.parquet"
    frame.to_parquet(path, index=False)
    return path


def write_ucdp_api_json(directory: Path, events: Sequence[Event] = UCDP_EVENTS) -> Path:
    """The UCDP API answer (``/api/gedevents/<version>``): 49 GED fields a row.

    From memory of https://ucdp.uu.se/apidocs/, unsure of: ``active_year`` as a JSON boolean
    (written so), ``*_dset_id`` and ``gwnoa``/``gwnob`` as strings (``gwnob`` null when empty),
    and non-ASCII text unescaped. The API now also wants an access token; not modelled.
    """
    result = []
    for record in _ucdp_records(events):
        row = {c: record[c] for c in UCDP_GED}
        row["active_year"] = bool(row["active_year"])
        row["gwnob"] = row["gwnob"] or None
        for name in ("date_start", "date_end"):
            row[name] = _text(record[name], "api")
        result.append(row)
    payload = {
        "TotalCount": len(result),
        "TotalPages": 1,
        "PreviousPageUrl": "",
        "NextPageUrl": "",
        "Result": result,
    }
    return _write_json(directory / "ucdp_api.json", payload, ascii_only=False)


# --- plain CSV ----------------------------------------------------------------------------------


def _write_plain(path: Path, columns: Sequence[str], events: Sequence[Event], text: str) -> Path:
    """A researcher's table: [id,] date, lat, lon, admin1, fatalities and a ``text`` field."""
    fields = ("event_id", "date", "latitude", "longitude", "admin1", "fatalities", text)
    pairs = list(zip(columns, fields[-len(columns) :], strict=True))
    records = [{c: getattr(e, f) for c, f in pairs} for e in events]
    return _write_csv(path, columns, records)


def write_plain_killed(directory: Path, events: Sequence[Event] = ACLED_EVENTS) -> Path:
    """Columns ``id,date,lat,lng,province,killed,description``."""
    path = directory / "plain_killed.csv"
    return _write_plain(path, PLAIN_KILLED, events, "notes")


def write_plain_deaths(directory: Path, events: Sequence[Event] = ACLED_EVENTS) -> Path:
    """Columns ``event_date,latitude,longitude,governorate,deaths,notes`` (no id)."""
    path = directory / "plain_deaths.csv"
    return _write_plain(path, PLAIN_DEATHS, events, "notes")


def write_plain_state(directory: Path, events: Sequence[Event] = ACLED_EVENTS) -> Path:
    """Columns ``Date,Latitude,Longitude,State,Fatalities,Type`` (no id)."""
    path = directory / "plain_state.csv"
    return _write_plain(path, PLAIN_STATE, events, "event_type")


# --- one table in every container, and streams ------------------------------------------------

#: Every container :func:`geo_disputed.incidents.load_incidents` reads, by file extension.
CONTAINERS = (".csv", ".tsv", ".zip", ".xlsx", ".json", ".jsonl", ".geojson", ".gpkg",
              ".parquet", ".geoparquet")  # fmt: skip


def write_container(directory: Path, records: Sequence[dict[str, object]], suffix: str) -> Path:
    """Write plain records (``latitude``/``longitude`` among their keys; None is a missing
    value, an int stays an int where the format has integers) as a ``suffix`` file.

    Vector formats (``.geojson``, ``.gpkg``, ``.geoparquet``) carry the coordinates as point
    geometries, not as columns; a record whose latitude or longitude is None has no geometry.
    """
    import geopandas as gpd
    import pandas as pd
    import shapely

    columns = list(dict.fromkeys(k for r in records for k in r)) or ["latitude", "longitude"]
    path = directory / f"events{suffix}"
    if suffix in (".csv", ".tsv", ".zip"):
        inner = directory / "events_inner.csv"
        _write_csv(inner, columns, [{c: r.get(c) for c in columns} for r in records],
                   delimiter="\t" if suffix == ".tsv" else ",")  # fmt: skip
        if suffix != ".zip":
            return inner.replace(path)
        with zipfile.ZipFile(path, "w") as archive:
            archive.write(inner, "events.csv")
        return path
    if suffix == ".xlsx":
        return _write_xlsx(path, columns, [{c: r.get(c) for c in columns} for r in records])
    if suffix == ".json":
        path.write_text(json.dumps(list(records)), encoding="utf-8")
        return path
    if suffix == ".jsonl":
        path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        return path
    values = {c: [r.get(c) for r in records] for c in columns}
    frame = pd.DataFrame({c: pd.Series(v, dtype=_dtype(v)) for c, v in values.items()})
    if suffix == ".parquet":
        frame.to_parquet(path)
        return path
    points = [
        None
        if r.get("latitude") is None or r.get("longitude") is None
        else shapely.Point(float(r["longitude"]), float(r["latitude"]))  # type: ignore[arg-type]
        for r in records
    ]
    gdf = gpd.GeoDataFrame(
        frame.drop(columns=["latitude", "longitude"]), geometry=points, crs="EPSG:4326"
    )
    if suffix == ".geoparquet":
        gdf.to_parquet(path)
    else:
        gdf.to_file(path)
    return path


def _dtype(values: Sequence[object]) -> str:
    """A column's pandas dtype: nullable Int64 for integers with gaps, else inferred."""
    present = [v for v in values if v is not None]
    if present and all(isinstance(v, int) and not isinstance(v, bool) for v in present):
        return "Int64"
    if present and all(isinstance(v, str) for v in present):
        return "string"
    return "object"


@contextlib.contextmanager
def streamed(data: bytes, how: str, directory: Path, timeout_s: int = 30) -> Iterator[str]:
    """Yield a name :func:`load_incidents` reads ``data`` from, written by a thread:
    ``pipe`` (an ``os.pipe`` read as ``/dev/fd/N``, like bash's ``<(...)``) or ``fifo``
    (``os.mkfifo``). The writer never blocks the test past its end, and a reader that hangs
    (opening a FIFO a second time waits for a writer forever) fails with ``TimeoutError``
    after ``timeout_s`` instead of hanging the test run."""
    with _alarm(timeout_s), _stream(data, how, directory) as name:
        yield name


@contextlib.contextmanager
def _alarm(seconds: int) -> Iterator[None]:
    """Raise ``TimeoutError`` in the main thread after ``seconds`` (POSIX ``SIGALRM``)."""
    import signal

    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise TimeoutError(f"reading the stream took over {seconds} s: it hangs")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@contextlib.contextmanager
def _stream(data: bytes, how: str, directory: Path) -> Iterator[str]:
    if how == "pipe":
        read_end, write_end = os.pipe()
        writer = threading.Thread(target=_feed_fd, args=(write_end, data), daemon=True)
        writer.start()
        try:
            yield f"/dev/fd/{read_end}"
        finally:
            os.close(read_end)  # a writer still blocked gets EPIPE
            writer.join(10)
        return
    fifo = directory / f"fifo-{threading.get_ident()}-{len(data)}"
    os.mkfifo(fifo)
    writer = threading.Thread(target=_feed_fifo, args=(fifo, data), daemon=True)
    writer.start()
    try:
        yield str(fifo)
    finally:
        if writer.is_alive():  # the reader never opened it: let the writer's open return
            fd = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
            os.close(fd)
        writer.join(10)
        fifo.unlink()


def _feed_fd(fd: int, data: bytes) -> None:
    with contextlib.suppress(BrokenPipeError), open(fd, "wb") as fh:
        fh.write(data)


def _feed_fifo(path: Path, data: bytes) -> None:
    with contextlib.suppress(BrokenPipeError), path.open("wb") as fh:
        fh.write(data)


# --- registry and expectations --------------------------------------------------------------

VARIANTS: dict[str, Callable[[Path], Path]] = {
    "acled_current": write_acled_current,
    "acled_long_dates": write_acled_long_dates,
    "acled_upper": write_acled_upper,
    "acled_legacy": write_acled_legacy,
    "acled_no_id": write_acled_no_id,
    "acled_xlsx": write_acled_xlsx,
    "acled_api_json": write_acled_api_json,
    "acled_semicolon": write_acled_semicolon,
    "ucdp_ged_csv": write_ucdp_ged_csv,
    "ucdp_candidate_headerless": write_ucdp_candidate_headerless,
    "ucdp_hdx": write_ucdp_hdx,
    "ucdp_xlsx": write_ucdp_xlsx,
    "ucdp_parquet": write_ucdp_parquet,
    "ucdp_api_json": write_ucdp_api_json,
    "plain_killed": write_plain_killed,
    "plain_deaths": write_plain_deaths,
    "plain_state": write_plain_state,
}
KIND: dict[str, str] = {name: name.split("_")[0] for name in VARIANTS}
#: The columns of each variant's table (JSON: of each ``data``/``Result`` row).
COLUMNS: dict[str, tuple[str, ...]] = {
    **{name: ACLED_CURRENT for name in VARIANTS if name.startswith("acled")},
    **{name: UCDP_GED for name in VARIANTS if name.startswith("ucdp")},
    "acled_upper": tuple(c.upper() for c in ACLED_CURRENT),
    "acled_legacy": ACLED_LEGACY,
    "acled_no_id": ACLED_NO_ID,
    "ucdp_hdx": UCDP_HDX,
    "plain_killed": PLAIN_KILLED,
    "plain_deaths": PLAIN_DEATHS,
    "plain_state": PLAIN_STATE,
}
_PLAIN_LACKS = frozenset({"admin2_reported", "country", "precision"})
#: Fields of :func:`expected` that a variant's file does not carry.
NOT_CARRIED: dict[str, frozenset[str]] = {
    "acled_no_id": frozenset({"admin1_reported", "admin2_reported"}),
    **dict.fromkeys(("plain_killed", "plain_deaths", "plain_state"), _PLAIN_LACKS),
}


def expected(events: Sequence[Event], variant: str | None = None) -> list[dict[str, object]]:
    """Return what a correct loader must give for each event, in file order.

    Parameters
    ----------
    events
        The events written.
    variant
        A :data:`VARIANTS` name: the fields its file does not carry (:data:`NOT_CARRIED`) are
        None, meaning "not in the file, not checked".

    Returns
    -------
    list of dict
        ``date`` (ISO), ``latitude``, ``longitude``, ``fatalities`` (int or None),
        ``admin1_reported``, ``admin2_reported``, ``country`` and ``precision`` (source scale).
    """
    lacks = NOT_CARRIED.get(variant or "", frozenset())
    out = []
    for e in events:
        facts: dict[str, object] = {
            "date": e.date.isoformat(), "latitude": e.latitude, "longitude": e.longitude,
            "fatalities": e.fatalities, "admin1_reported": e.admin1,
            "admin2_reported": e.admin2, "country": e.country, "precision": e.precision,
        }  # fmt: skip
        out.append({k: None if k in lacks else v for k, v in facts.items()})
    return out


def _read_back(name: str, path: Path) -> tuple[int, int]:
    """Open ``path`` with its format's natural reader; return (data rows, columns)."""
    import openpyxl
    import pandas as pd

    if path.suffix == ".json":
        payload = json.loads(path.read_text(encoding="utf-8"))
        rows = payload["data" if KIND[name] == "acled" else "Result"]
        widths = {len(r) for r in rows}
        assert len(widths) == 1, name
        return len(rows), widths.pop()
    if path.suffix == ".xlsx":
        sheet = openpyxl.load_workbook(path).active
        frame = pd.read_excel(path)
        assert (sheet.max_row - 1, sheet.max_column) == frame.shape, name
        return frame.shape
    if path.suffix == ".parquet":
        return pd.read_parquet(path).shape
    options: dict[str, object] = {"encoding": "utf-8-sig"}
    if name == "acled_semicolon":
        options.update(sep=";", decimal=",")
    if name == "ucdp_candidate_headerless":
        options["header"] = None
    if name == "ucdp_hdx":
        options["skiprows"] = [1]
    return pd.read_csv(path, **options).shape


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        for variant, write in VARIANTS.items():
            written = write(Path(tmp))
            shape = _read_back(variant, written)
            default = UCDP_EVENTS if KIND[variant] == "ucdp" else ACLED_EVENTS
            want = (len(default), len(COLUMNS[variant]))
            status = "ok" if shape == want else f"WRONG, want {want}"
            print(f"{variant}: {written.name} {written.stat().st_size} B {shape} {status}")
            if written.suffix in (".csv", ".json"):
                with written.open(encoding="utf-8") as fh:
                    for line in (fh.readline(), fh.readline()):
                        print("   ", line.rstrip("\r\n")[:150])
        print("HXL row fields:", len(HDX_HXL.split(",")), "HDX columns:", len(UCDP_HDX))
