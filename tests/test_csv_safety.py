"""CSV without formulas: every CSV the package writes neutralises text cells a spreadsheet
would run (OWASP "CSV Injection"), keeps numbers as numbers, and writes raw values on request.

The hostile cells are the classic payloads: ``=HYPERLINK(...)``, ``+1``, ``-1+1``,
``@SUM(A1)`` and the ones that hide the formula behind a tab or a carriage return.
"""

from __future__ import annotations

import ast
import csv
import io
import math
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest

from geo_disputed import cli, files
from geo_disputed.curated import data_path
from geo_disputed.files import FORMULA_STARTS, csv_quoting, csv_safe, csv_safe_frame, csv_text
from geo_disputed.incidents import load_incidents, query
from geo_disputed.incidents.load import write_incidents, write_rejects
from geo_disputed.text.geocoder import Candidate
from geo_disputed.text.geoparser import CSV_FIELDS, Mention, format_mentions

PACKAGE = Path(__file__).resolve().parents[1] / "geo_disputed"
#: Each hostile text and what the safe writers write for it.
HOSTILE = {
    '=HYPERLINK("http://x")': '\'=HYPERLINK("http://x")',
    "+1": "'+1",
    "-1+1": "'-1+1",
    "@SUM(A1)": "'@SUM(A1)",
    "\t=1+1": "'\t=1+1",
    "\r=1": "'\r=1",
    "-3": "'-3",  # a *text* "-3" is neutralised: a spreadsheet would compute it
}
#: Texts that look close but are not formulas: written as they are.
HARMLESS = ["a=b", "1-2", "x@y.org", " =1", "'=already", "", "Kirkuk", "كركوك"]
TEXT_COLUMNS = ("event_type", "actor1", "actor2", "location", "notes", "source")


def _run(monkeypatch, capsys, *argv: str) -> tuple[int, str, str]:
    from geo_disputed import settings

    monkeypatch.setattr(cli, "COMMANDS", ("incidents", "geoparse"))
    try:
        code = cli.main(list(argv))
    finally:  # the CLI's console log handler holds this test's captured stderr
        settings.configure_logging(console=False)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _read_text(path: Path) -> pd.DataFrame:
    """A CSV as pandas reads it, every cell as text."""
    return pd.read_csv(path, dtype=str, keep_default_na=False)


# --- the rule --------------------------------------------------------------------------------


@pytest.mark.parametrize(("value", "expected"), list(HOSTILE.items()))
def test_csv_safe_neutralises_formula_starts(value, expected):
    assert csv_safe(value) == expected
    assert csv_safe(csv_safe(value)) == expected  # applying it twice changes nothing


@pytest.mark.parametrize("value", HARMLESS)
def test_csv_safe_leaves_other_text_alone(value):
    assert csv_safe(value) == value


@pytest.mark.parametrize("value", [-3, -1.5, 0, None, math.nan, True, pd.Timestamp("2024-01-01")])
def test_csv_safe_leaves_non_text_alone(value):
    assert csv_safe(value) is value


def test_formula_starts_are_owasps():
    assert set(FORMULA_STARTS) == {"=", "+", "-", "@", "\t", "\r"}


def test_frame_text_cells_and_header_are_neutralised_numbers_kept():
    frame = pd.DataFrame(
        {
            "text": pd.Series([*HOSTILE, "ok"], dtype="str"),
            "objects": pd.Series([-3, "+1", None, 2.5, "=x", "a", "b", "c"], dtype=object),
            "category": pd.Series(["@a", "b"] * 4).astype("category"),
            "count": [-3, -1, 0, 1, 2, 3, 4, 5],
            "deaths": pd.array([-3, None, 1, 2, 3, 4, 5, 6], dtype="Int64"),
            "km": [-1.5, 0.25, math.nan, 1, 2, 3, 4, 5],
            "flag": [True, False] * 4,
            "when": pd.date_range("2024-01-01", periods=8),
            "=cmd|' /C calc'!A0": ["a"] * 8,
        }
    )
    before = frame.copy()
    safe = csv_safe_frame(frame)
    pd.testing.assert_frame_equal(frame, before)  # the input is not modified
    assert list(safe["text"]) == [*HOSTILE.values(), "ok"]
    assert list(safe["objects"])[:2] == [-3, "'+1"] and safe["objects"].iloc[4] == "'=x"
    assert list(safe["category"]) == ["'@a", "b"] * 4
    for name in ("count", "deaths", "km", "flag", "when"):  # numbers stay numbers
        pd.testing.assert_series_equal(safe[name], frame[name])
    assert list(safe.columns)[-1] == "'=cmd|' /C calc'!A0"
    assert files.formula_cells(frame) == len(HOSTILE) + 2 + 4 + 1


def test_csv_text_numbers_are_written_as_numbers():
    frame = pd.DataFrame({"label": ["-3", "+1"], "value": [-3, 1], "km": [-1.5, 2.0]})
    assert csv_text(frame).splitlines() == ["label,value,km", "'-3,-3,-1.5", "'+1,1,2.0"]
    assert csv_text(frame, raw=True).splitlines() == ["label,value,km", "-3,-3,-1.5", "+1,1,2.0"]
    back = pd.read_csv(io.StringIO(csv_text(frame)))
    assert back["value"].dtype.kind == "i" and back["km"].dtype.kind == "f"
    assert list(back["value"]) == [-3, 1] and list(back["km"]) == [-1.5, 2.0]


def test_a_carriage_return_always_stays_inside_its_cell(monkeypatch, tmp_path):
    # CPython before 3.11.9 / 3.12.3 leaves a bare \r unquoted when lines end in \n; every
    # reader then ends the row there, and "=2" would start a row of its own.
    frame = pd.DataFrame({"a": ["x\r=2", "\r=1"], "n": [1, -2]})
    for quotes_cr in (False, True):
        monkeypatch.setattr(files, "_csv_module_quotes_cr", lambda q=quotes_cr: q)
        assert csv_quoting(["plain", 1]) == csv.QUOTE_MINIMAL
        expected = csv.QUOTE_MINIMAL if quotes_cr else csv.QUOTE_NONNUMERIC
        assert csv_quoting(["x\r=2"]) == expected
    monkeypatch.undo()
    # written with this Python's csv module, and as an old one needs it (the fallback)
    for patched in (False, True):
        if patched:
            monkeypatch.setattr(files, "_csv_module_quotes_cr", lambda: False)
        for raw in (False, True):
            out = files.write_csv(frame, tmp_path / f"cr_{raw}_{patched}.csv", raw=raw)
            back = pd.read_csv(out, keep_default_na=False)
            assert len(back) == 2
            assert list(back["a"]) == (["x\r=2", "\r=1"] if raw else ["x\r=2", "'\r=1"])
            assert list(back["n"]) == [1, -2]
            text = files.csv_text(frame, raw=raw)
            assert pd.read_csv(io.StringIO(text), keep_default_na=False).equals(back)
            header = pd.DataFrame({"x\r=y": [1]})  # a column name is a cell too
            head = pd.read_csv(io.StringIO(files.csv_text(header, raw=raw)))
            assert list(head.columns) == ["x\r=y"] and list(head.iloc[:, 0]) == [1]


# --- incidents enrich --out x.csv ------------------------------------------------------------


def _events() -> gpd.GeoDataFrame:
    """Accepted-incident rows (the loader's schema, plus enrich-like columns) whose text
    cells are the hostile values, as a frame built in memory: nothing stripped them."""
    n = len(HOSTILE)
    values = list(HOSTILE)
    frame = pd.DataFrame(
        {
            "event_id": [f"e{i}" for i in range(n)],
            "date": pd.date_range("2024-01-01", periods=n).astype("datetime64[ns]"),
            **{c: values[i:] + values[:i] for i, c in enumerate(TEXT_COLUMNS)},
            "latitude": [35.0 + i / 10 for i in range(n)],
            "longitude": [44.0 + i / 10 for i in range(n)],
            "fatalities": pd.array([3, None, 0, 1, 2, 4, 5], dtype="Int64"),
            "admin_precision": pd.array([2] * n, dtype="Int64"),
            "in_iraq": [True] * n,
            "nearest_centre": values,
            "nearest_centre_km": [-1.5, 0.0, 2.25, 3, 4, 5, 6],  # negative: still a number
        }
    )
    return gpd.GeoDataFrame(
        frame, geometry=gpd.points_from_xy(frame["longitude"], frame["latitude"]), crs=4326
    )


@pytest.mark.parametrize("raw", [False, True])
def test_write_incidents_csv(tmp_path, raw):
    events = _events()
    out = write_incidents(events, tmp_path / "enriched.csv", raw=raw)
    back = _read_text(out)
    assert len(back) == len(events)
    for name in (*TEXT_COLUMNS, "nearest_centre"):
        expected = [v if raw else HOSTILE[v] for v in events[name]]
        assert list(back[name]) == expected, name
    numbers = pd.read_csv(out)
    for name in ("latitude", "longitude", "nearest_centre_km"):
        assert numbers[name].dtype.kind == "f", name
        assert list(numbers[name]) == pytest.approx(list(events[name]))
    assert list(back["fatalities"]) == ["3", "", "0", "1", "2", "4", "5"]
    assert "-1.5" in set(back["nearest_centre_km"])  # not '-1.5
    assert back["date"].iloc[0] == "2024-01-01"


def test_write_incidents_other_formats_keep_values(tmp_path):
    events = _events()
    back = gpd.read_file(write_incidents(events, tmp_path / "enriched.geojson"))
    assert list(back["event_type"]) == list(events["event_type"])


def test_incidents_csv_reads_back_with_the_package_loader(tmp_path):
    events = _events()
    safe = load_incidents(write_incidents(events, tmp_path / "safe.csv")).accepted
    raw = load_incidents(write_incidents(events, tmp_path / "raw.csv", raw=True)).accepted
    assert len(safe) == len(raw) == len(events)
    for name in TEXT_COLUMNS:
        # the ' written is part of the value read back; the loader strips the ends of a
        # value, but ' shields the tab or CR behind it, so no cell turns into a formula
        assert list(safe[name]) == [HOSTILE[v] for v in events[name]], name
        assert not safe[name].str.startswith(FORMULA_STARTS).any(), name
        # raw: "\t=1+1" is read back stripped to "=1+1", a live formula again
        assert list(raw[name]) == [v.strip() for v in events[name]], name
    assert list(safe["fatalities"]) == list(events["fatalities"])
    assert list(safe["latitude"]) == pytest.approx(list(events["latitude"]))


# --- incidents enrich --rejects --------------------------------------------------------------


def _hostile_input(path: Path) -> Path:
    """A plain incident CSV: two good rows with hostile text, and two rows rejected for a
    latitude of ``-1+1`` and ``=1`` (their raw values go to the rejects file)."""
    rows = [
        ["event_id", "date", "event_type", "actor1", "actor2", "location", "latitude",
         "longitude", "fatalities"],
        ["K1", "2024-01-10", '=HYPERLINK("http://x")', "+1", "\t=1+1", "-3", "35.47", "44.40",
         "2"],
        ["E1", "2024-02-10", "@SUM(A1)", "-1+1", "\r=1", "Erbil", "36.20", "44.00", "1"],
        ["BAD", "2024-03-01", "@SUM(A1)", "\t=1+1", "\r=1", "-3", "-1+1", "44.4", "0"],
        ["BAD2", "2024-03-02", "+1", "x", "y", "z", "=1", "44.4", "0"],
    ]  # fmt: skip
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, quoting=csv.QUOTE_ALL).writerows(rows)  # \r kept inside its cell
    return path


@pytest.mark.parametrize("raw", [False, True])
def test_write_rejects(tmp_path, raw):
    result = load_incidents(_hostile_input(tmp_path / "in.csv"))
    assert result.summary() == "read 4, accepted 2, rejected 2"
    out = write_rejects(result, tmp_path / "rejects.csv", raw=raw)
    back = _read_text(out).set_index("event_id")
    assert list(back.index) == ["BAD", "BAD2"]  # two rows, the \r kept inside its cell
    fix = (lambda v: v) if raw else csv_safe
    assert back.loc["BAD", "latitude"] == fix("-1+1")
    assert back.loc["BAD", "event_type"] == fix("@SUM(A1)")
    assert back.loc["BAD", "actor1"] == fix("\t=1+1")
    assert back.loc["BAD", "actor2"] == fix("\r=1")
    assert back.loc["BAD", "location"] == fix("-3")
    assert back.loc["BAD2", "latitude"] == fix("=1")
    assert back.loc["BAD", "reason"] == "not a number: -1+1"  # starts with a letter: as is
    assert list(pd.read_csv(out)["row"]) == [4, 5]  # the row number stays a number


# --- incidents summary --format csv ----------------------------------------------------------


def test_summary_csv(tmp_path, monkeypatch, capsys):
    path = _hostile_input(tmp_path / "in.csv")
    code, out, err = _run(
        monkeypatch, capsys, "incidents", "summary", str(path), "--by", "event_type",
        "--format", "csv",
    )  # fmt: skip
    assert code == 0, err
    assert out.splitlines() == [
        "event_type,events,fatalities,fatalities_unknown",
        '"\'=HYPERLINK(""http://x"")",1,2,0',  # quoted as a whole: the cell holds a quote
        "'@SUM(A1),1,1,0",
    ]
    assert "2 text cell(s) begin with = + - @" in err and "--raw-csv" in err
    code, out, err = _run(
        monkeypatch, capsys, "incidents", "summary", str(path), "--by", "event_type",
        "--format", "csv", "--raw-csv",
    )  # fmt: skip
    assert code == 0, err
    back = pd.read_csv(io.StringIO(out))
    assert list(back["event_type"]) == ['=HYPERLINK("http://x")', "@SUM(A1)"]
    assert list(back["events"]) == [1, 1] and back["fatalities"].dtype.kind == "i"
    assert "begin with" not in err


def test_summary_table_written_safe_by_the_library():
    events = load_incidents(data_path("incidents.csv")).accepted.assign(event_type="-3")
    table = query.summarize(events, by="event_type")
    assert csv_text(table).splitlines()[1].startswith("'-3,")
    assert csv_text(table, raw=True).splitlines()[1].startswith("-3,")


# --- geoparse --format csv -------------------------------------------------------------------


def _mentions() -> list[Mention]:
    def candidate(name: str, admin1: str, lat: float) -> Candidate:
        return Candidate(name, "=1+1", "@town", lat, -44.5, admin1, "", "-point", 0.9, "test")

    return [
        Mention('=HYPERLINK("http://x")', 0, 22, candidate("+1", "\t=1+1", 35.1), 0.75),
        Mention("Kirkuk", 30, 36, candidate("-1+1", "\r=1", -35.5), 0.5),
    ]


@pytest.mark.parametrize("raw", [False, True])
def test_format_mentions_csv(raw):
    text = format_mentions(_mentions(), "csv", raw=raw)
    back = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    assert list(back.columns) == list(CSV_FIELDS) and len(back) == 2
    fix = (lambda v: v) if raw else csv_safe
    assert list(back["text"]) == [fix('=HYPERLINK("http://x")'), "Kirkuk"]
    assert list(back["name_en"]) == [fix("+1"), fix("-1+1")]
    assert list(back["admin1"]) == [fix("\t=1+1"), fix("\r=1")]
    assert set(back["name_ar"]) == {fix("=1+1")} and set(back["kind"]) == {fix("@town")}
    assert set(back["precision"]) == {fix("-point")}
    numbers = pd.read_csv(io.StringIO(text))
    assert list(numbers["lat"]) == [35.1, -35.5] and list(numbers["lon"]) == [-44.5, -44.5]
    assert list(numbers["start"]) == [0, 30] and list(numbers["score"]) == [0.75, 0.5]


def test_format_mentions_json_is_never_changed():
    import json

    data = json.loads(format_mentions(_mentions(), "json"))
    assert data[0]["text"] == '=HYPERLINK("http://x")' and data[1]["admin1"] == "\r=1"


def test_geoparse_cli_raw_csv(tmp_path, monkeypatch, capsys):
    from geo_disputed.commands import geoparse as command

    monkeypatch.setattr(command, "gazetteer_for", lambda _boundaries: None)
    monkeypatch.setattr(command, "geoparse", lambda *_args, **_kw: _mentions())
    src = tmp_path / "a.txt"
    src.write_text("anything", encoding="utf-8")
    for flags, fix in (([], csv_safe), (["--raw-csv"], lambda v: v)):
        out = tmp_path / "out.csv"
        code, _, err = _run(
            monkeypatch, capsys, "geoparse", str(src), "--format", "csv", "--out", str(out),
            *flags,
        )  # fmt: skip
        assert code == 0, err
        back = _read_text(out)
        assert list(back["name_en"]) == [fix("+1"), fix("-1+1")]
        assert list(back["admin1"]) == [fix("\t=1+1"), fix("\r=1")]


# --- incidents enrich, end to end ------------------------------------------------------------


def test_enrich_cli_safe_and_raw(tmp_path, monkeypatch, capsys, shared_boundaries):
    path = _hostile_input(tmp_path / "in.csv")
    for flags in ([], ["--raw-csv"]):
        out, rejects = tmp_path / f"out{len(flags)}.csv", tmp_path / f"rejects{len(flags)}.csv"
        code, stdout, err = _run(
            monkeypatch, capsys, "incidents", "enrich", str(path), "--out", str(out),
            "--rejects", str(rejects), "--boundaries", str(shared_boundaries), *flags,
        )  # fmt: skip
        assert code == 0, err
        assert "read 4, accepted 2, rejected 2" in stdout
        fix = (lambda v: v) if flags else csv_safe
        frame = _read_text(out).set_index("event_id")
        # as read: the loader strips the ends of values ("\t=1+1" is read as "=1+1")
        assert frame.loc["K1", "event_type"] == fix('=HYPERLINK("http://x")')
        assert frame.loc["K1", "actor1"] == fix("+1")
        assert frame.loc["K1", "actor2"] == fix("=1+1")
        assert frame.loc["K1", "location"] == fix("-3")
        assert frame.loc["E1", "actor2"] == fix("=1")
        assert frame.loc["K1", "admin1"] == "Kirkuk"
        numbers = pd.read_csv(out).set_index("event_id")
        assert numbers.loc["K1", "latitude"] == pytest.approx(35.47)
        assert numbers["nearest_centre_km"].dtype.kind == "f"
        assert list(numbers["fatalities"]) == [2, 1]
        bad = _read_text(rejects).set_index("event_id")
        assert bad.loc["BAD", "latitude"] == fix("-1+1")
        assert bad.loc["BAD", "actor2"] == fix("\r=1")
        if flags:
            assert "begin with" not in err
        else:
            assert f"note: {rejects}: 7 text cell(s) begin with" in err
            assert f"note: {out}: 7 text cell(s) begin with" in err


def test_raw_csv_is_documented_in_help(monkeypatch, capsys):
    for argv in (["incidents", "enrich"], ["incidents", "summary"], ["geoparse"]):
        monkeypatch.setattr(cli, "COMMANDS", ("incidents", "geoparse"))
        with pytest.raises(SystemExit):
            cli.main([*argv, "--help"])
        text = " ".join(capsys.readouterr().out.split())
        assert "--raw-csv" in text and "= + - @" in text and "formula" in text, argv


# --- no CSV writer bypasses the rule ----------------------------------------------------------

#: Where the package may call ``to_csv``, ``csv.writer`` or ``csv.DictWriter``: the writers
#: that apply :func:`csv_safe` (and a hash of the units that writes no file).
CSV_CALLERS = {
    ("files.py", "csv_text"),
    ("files.py", "write_csv"),
    ("incidents/sample.py", "write_acled_sample"),
    ("files.py", "_csv_module_quotes_cr"),
    ("text/geoparser.py", "format_mentions"),
    ("text/gazetteer.py", "inputs_digest"),
}


def test_every_csv_writer_goes_through_the_rule():
    found = set()
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for func in ast.walk(tree):
            if not isinstance(func, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            for node in ast.walk(func):
                if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                    continue
                target, name = node.func.value, node.func.attr
                via_csv = isinstance(target, ast.Name) and target.id == "csv"
                if name == "to_csv" or (via_csv and name in ("writer", "DictWriter")):
                    found.add((path.relative_to(PACKAGE).as_posix(), func.name))
    assert found == CSV_CALLERS
