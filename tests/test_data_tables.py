"""Checks on the curated tables admin_units, places, article_places and non_places in ``data/``."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

import pytest

from geo_disputed.curated import CONFIDENCE_LEVELS, data_path, read_rows, split_names
from geo_disputed.geo.sites import HOTSPOT_REQUIRED as HOTSPOT_COLS

ADMIN_COLS = (
    "level",
    "pcode",
    "parent_pcode",
    "name_en",
    "name_ar",
    "name_ku",
    "alt_names",
    "geonames_admin1",
    "lat",
    "lon",
    "precision",
    "source",
    "confidence",
    "note",
)
PLACE_COLS = (
    "id",
    "kind",
    "name_en",
    "name_ar",
    "name_ku",
    "alt_names",
    "lat",
    "lon",
    "admin1",
    "admin2",
    "admin3",
    "precision",
    "source",
    "confidence",
    "note",
)
ARTICLE_COLS = ("query", "surface_ar", "kind", "source", "confidence", "note")
NON_PLACE_COLS = ("term", "lang", "category", "source", "confidence", "note")

PRECISIONS = {
    "point",
    "arc-minute",
    "subdistrict",
    "district",
    "governorate",
    "country",
    "approximate",
    "line",
    "town",
}
PLACE_KINDS = {
    "country",
    "region",
    "mountain",
    "facility",
    "town",
    "village",
    "border",
    "river",
    "camp",
    "valley",
}
ARTICLE_KINDS = {"country", "region", "governorate", "city", "border", "facility"}
NON_PLACE_CATEGORIES = {"outlet", "organisation", "armed_group", "person", "demonym"}
EXPECTED_QUERIES = {
    "Iraq",
    "Kurdistan Region",
    "Baghdad",
    "Erbil",
    "Syrian border",
    "Nineveh",
    "Salahuddin",
    "Kirkuk",
    "Diyala",
    "Iran",
    "Khor Mor gas field",
}
NAME_COLS = ("name_en", "name_ar", "name_ku")

ADM1_SHP = "irq_admbnda_adm1_cso_20190603.shp"
ADM2_SHP = "irq_admbnda_adm2_cso_20190603.shp"
ADM3_GEOJSON = "irq_admbnda_adm3_cso_20190603.geojson"


@pytest.fixture(scope="module")
def admin_units() -> list[dict[str, str]]:
    return read_rows(data_path("admin_units.csv"), ADMIN_COLS, coords=("lat", "lon"))


@pytest.fixture(scope="module")
def places() -> list[dict[str, str]]:
    return read_rows(data_path("places.csv"), PLACE_COLS, coords=("lat", "lon"))


@pytest.fixture(scope="module")
def article_places() -> list[dict[str, str]]:
    return read_rows(data_path("article_places.csv"), ARTICLE_COLS)


@pytest.fixture(scope="module")
def non_places() -> list[dict[str, str]]:
    return read_rows(data_path("non_places.csv"), NON_PLACE_COLS)


@pytest.fixture(scope="module")
def ocha(shared_boundaries: Path) -> dict[str, object]:
    """OCHA polygons keyed by p-code (ADM1 and ADM2 from the shapefiles, ADM3 from GeoJSON)."""
    import geopandas as gpd

    shapes: dict[str, object] = {}
    for name, col in (
        (ADM1_SHP, "ADM1_PCODE"),
        (ADM2_SHP, "ADM2_PCODE"),
        (ADM3_GEOJSON, "ADM3_PCODE"),
    ):
        gdf = gpd.read_file(shared_boundaries / name)
        shapes.update(zip(gdf[col], gdf.geometry, strict=True))
    return shapes


def names_of(row: dict[str, str]) -> list[str]:
    """Every name the gazetteer makes of a row: primary names plus alt_names."""
    return [row[c] for c in NAME_COLS if row.get(c)] + split_names(row.get("alt_names", ""))


def row_key(row: dict[str, str]) -> str:
    return row.get("pcode") or row["id"]


def related_units(a: str, b: str) -> bool:
    """True for an admin unit and its parent or child (governorate Kerbala, district Kerbela)."""
    return a.startswith("IQG") and b.startswith("IQG") and (a.startswith(b) or b.startswith(a))


def alt_name_clashes(rows: Iterable[dict[str, str]]) -> list[tuple[str, str, str]]:
    """(row, alt name, other row) for every alt name that is another row's primary name.

    An admin unit may share a name with its parent or child unit; that case is documented in
    data/README.md and not reported.
    """
    rows = list(rows)
    primary: dict[str, set[str]] = {}
    for row in rows:
        for col in NAME_COLS:
            if row.get(col):
                primary.setdefault(row[col].casefold(), set()).add(row_key(row))
    clashes = []
    for row in rows:
        key = row_key(row)
        for alt in split_names(row.get("alt_names", "")):
            for other in sorted(primary.get(alt.casefold(), set()) - {key}):
                if not related_units(key, other):
                    clashes.append((key, alt, other))
    return clashes


@pytest.mark.parametrize(
    ("name", "cols", "coords"),
    [
        ("admin_units.csv", ADMIN_COLS, ("lat", "lon")),
        ("places.csv", PLACE_COLS, ("lat", "lon")),
        ("article_places.csv", ARTICLE_COLS, None),
        ("non_places.csv", NON_PLACE_COLS, None),
        ("vacuum_hotspots.csv", HOTSPOT_COLS, ("lat", "lon")),
        ("belt_depths.csv", ["id", "applies_to", "pcodes", "depth_km", "facts_ref"], None),
    ],
)
def test_table_parses_with_source_and_confidence(name, cols, coords):
    rows = read_rows(data_path(name), cols, coords=coords)
    assert rows, f"{name} is empty"
    for i, row in enumerate(rows, start=2):
        assert row["source"], f"{name} row {i}: empty source"
        assert row["confidence"] in CONFIDENCE_LEVELS, f"{name} row {i}: {row['confidence']!r}"


@pytest.mark.parametrize("name", ["admin_units.csv", "places.csv"])
def test_coordinates_set_and_rounded(name, admin_units, places):
    rows = admin_units if name == "admin_units.csv" else places
    for row in rows:
        assert row["lat"] and row["lon"], f"{name} {row_key(row)}: no coordinate"
        for col in ("lat", "lon"):
            assert re.fullmatch(r"-?\d+(\.\d{1,5})?", row[col]), f"{name} {row_key(row)} {col}"


def test_name_lists_are_clean(admin_units, places):
    for row in [*admin_units, *places]:
        raw = row["alt_names"]
        assert raw == "|".join(split_names(raw)), f"{row_key(row)}: blank or padded alt_names item"
        names = [n.casefold() for n in names_of(row)]
        assert len(names) == len(set(names)), f"{row_key(row)}: a name is repeated"


def test_admin_unit_counts(admin_units):
    levels = [r["level"] for r in admin_units]
    assert levels.count("1") == 18
    assert levels.count("2") == 101
    assert len(admin_units) == 119
    pcodes = [r["pcode"] for r in admin_units]
    assert len(pcodes) == len(set(pcodes))


def test_admin_unit_fields(admin_units):
    gn_codes = []
    for row in admin_units:
        if row["level"] == "1":
            assert row["parent_pcode"] == "IQ"
            assert row["precision"] == "governorate"
            codes = split_names(row["geonames_admin1"])
            assert codes and all(re.fullmatch(r"\d\d", c) for c in codes), row["pcode"]
            gn_codes.extend(codes)
        else:
            assert row["pcode"].startswith(row["parent_pcode"])
            assert row["precision"] == "district"
            assert row["geonames_admin1"] == ""
    assert len(gn_codes) == len(set(gn_codes)), "two governorates share a GeoNames admin1 code"


def test_baladruz_quirk_kept_and_documented(admin_units):
    row = next(r for r in admin_units if r["pcode"] == "IQG10Q03")
    assert row["name_ar"] == "مندلي"
    assert "بلدروز" in split_names(row["alt_names"])
    assert "quirk" in row["note"]


def test_admin_units_match_ocha(admin_units, shared_boundaries):
    import geopandas as gpd

    expected = set()
    for name, level, parent in ((ADM1_SHP, 1, None), (ADM2_SHP, 2, "ADM1_PCODE")):
        gdf = gpd.read_file(shared_boundaries / name)
        for _, unit in gdf.iterrows():
            # OCHA has one Arabic name with a leading no-break space; the table strips it
            expected.add(
                (
                    unit[f"ADM{level}_PCODE"],
                    unit[parent] if parent else "IQ",
                    unit[f"ADM{level}_EN"].strip(),
                    unit[f"ADM{level}_AR"].strip(),
                )
            )
    got = {(r["pcode"], r["parent_pcode"], r["name_en"], r["name_ar"]) for r in admin_units}
    assert got == expected


def test_admin_unit_points_inside_their_polygon(admin_units, ocha):
    from shapely.geometry import Point

    for row in admin_units:
        point = Point(float(row["lon"]), float(row["lat"]))
        assert ocha[row["pcode"]].covers(point), f"{row['pcode']} point outside its polygon"


def test_places_ids_kinds_and_precision(places):
    ids = [r["id"] for r in places]
    assert len(ids) == len(set(ids))
    for row in places:
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", row["id"]), row["id"]
        assert row["kind"] in PLACE_KINDS, (row["id"], row["kind"])
        assert row["precision"] in PRECISIONS, (row["id"], row["precision"])
        if row["precision"] != "point":
            assert row["note"], f"{row['id']}: imprecise row without a note"
    borders = {r["id"] for r in places if r["kind"] == "border"}
    assert {"syria-iraq-border", "iran-iraq-border", "turkey-iraq-border"} <= borders
    assert all(r["precision"] == "line" for r in places if r["kind"] == "border")


def test_places_inside_their_admin_units(places, ocha):
    from shapely.geometry import Point

    checked = 0
    for row in places:
        point = Point(float(row["lon"]), float(row["lat"]))
        parent = ""
        for col in ("admin1", "admin2", "admin3"):
            code = row[col]
            if not code:
                continue
            assert code.startswith(parent), f"{row['id']}: {col} {code} not under {parent}"
            assert ocha[code].covers(point), f"{row['id']}: point outside {col} {code}"
            parent = code
            checked += 1
    assert checked > 50


def test_unit_precision_points_are_representative_points(places, ocha):
    depth = {"governorate": "admin1", "district": "admin2", "subdistrict": "admin3"}
    checked = 0
    for row in places:
        col = depth.get(row["precision"])
        if not col or not row[col]:
            continue  # a union of units, or a unit outside the admin columns (documented in note)
        point = ocha[row[col]].representative_point()
        assert (float(row["lat"]), float(row["lon"])) == (round(point.y, 5), round(point.x, 5)), (
            f"{row['id']}: not the representative point of {row[col]}"
        )
        checked += 1
    assert checked > 15


def test_no_alt_name_is_another_rows_primary_name(admin_units, places):
    assert alt_name_clashes([*admin_units, *places]) == []


def test_alt_name_clash_check_reports_clashes():
    rows = [
        {"id": "a", "name_en": "Qaraqosh", "alt_names": ""},
        {"id": "b", "name_en": "Hamdaniya", "alt_names": "Qaraqosh|Bakhdida"},
        {"pcode": "IQG12", "name_en": "Kerbala", "alt_names": "Kerbela"},
        {"pcode": "IQG12Q03", "name_en": "Kerbela", "alt_names": ""},
    ]
    assert alt_name_clashes(rows) == [("b", "Qaraqosh", "a")]


def test_article_places(article_places, admin_units, places):
    queries = [r["query"] for r in article_places]
    assert set(queries) >= EXPECTED_QUERIES
    assert len(queries) == len(set(queries))
    known = {n.casefold() for row in [*admin_units, *places] for n in names_of(row)}
    for row in article_places:
        assert row["kind"] in ARTICLE_KINDS, row
        assert row["confidence"] == "high"
        assert "24" not in row["surface_ar"], "the outlet name is not a place"
        assert row["query"].casefold() in known, f"{row['query']} names no curated row"


def test_article_surfaces_occur_in_seed(article_places, seed_article):
    for row in article_places:
        assert row["surface_ar"] in seed_article, row["surface_ar"]


def test_non_places(non_places, admin_units, places):
    terms = [r["term"] for r in non_places]
    assert len(terms) == len(set(terms))
    for required in ("Kurdistan24", "كوردستان 24", "Peshmerga", "داعش", "الحشد الشعبي", "الخفاجي"):
        assert required in terms
    known = {n.casefold() for row in [*admin_units, *places] for n in names_of(row)}
    for row in non_places:
        assert row["category"] in NON_PLACE_CATEGORIES, row
        assert row["lang"] in {"en", "ar", "ku"}, row
        assert row["term"].casefold() not in known, f"{row['term']} is also a place name"


# --- canonical sources: a row cites the page, and says which copy of it was read ----------

#: Sites whose pages are the canonical ones a ``source`` may cite for wiki text.
WIKI_HOSTS = ("wikipedia.org", "handwiki.org", "wikimapia.org", "web.archive.org")


def _data_rows() -> list[tuple[str, int, dict[str, str]]]:
    import csv

    rows = []
    for path in sorted(Path(data_path("incidents.csv")).parent.glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as fh:
            for lineno, row in enumerate(csv.DictReader(fh), start=2):
                rows.append((path.name, lineno, row))
    return rows


def _cited(row: dict[str, str]) -> list[str]:
    """The URLs a row cites: ``source`` (and ``source_url``, the incidents' URL column)."""
    from geo_disputed.curated import URL_PATTERN

    return URL_PATTERN.findall(f"{row.get('source', '')} {row.get('source_url', '')}")


def test_no_source_cites_a_mirror_of_wikipedia() -> None:
    from geo_disputed.curated import is_mirror, url_host

    bad = []
    for name, lineno, row in _data_rows():
        for url in _cited(row):
            host = url_host(url).rstrip(".")
            wiki_copy = "wiki" in url.lower() and not any(
                host == h or host.endswith("." + h) for h in WIKI_HOSTS
            )  # a wiki page on a site not known as a mirror is still a copy
            if is_mirror(url) or wiki_copy:
                bad.append(f"{name}:{lineno} {url}")
    assert bad == []


def test_every_copy_read_is_named_beside_its_canonical_source() -> None:
    from geo_disputed.curated import is_mirror, retrieved_pairs

    with_copies = 0
    for name, lineno, row in _data_rows():
        if "retrieved_from" not in row:
            continue
        for canonical, copy in retrieved_pairs(row["retrieved_from"]):
            with_copies += 1
            where = f"{name}:{lineno}"
            assert is_mirror(copy), f"{where}: {copy} is not a known mirror"
            assert not is_mirror(canonical), f"{where}: {canonical} is a mirror"
            assert canonical in _cited(row), f"{where}: {canonical} is not cited in source"
    assert with_copies >= 50  # the copies read for this project's tables


def test_mirror_helpers() -> None:
    from geo_disputed.curated import is_mirror, retrieved_pairs

    assert is_mirror("https://enwikipedia.net/wiki/Tooz_District")
    assert is_mirror("http://the-uncensored-wiki.com:20161/x") and not is_mirror(
        "https://en.wikipedia.org/wiki/Tooz_District"
    )
    with pytest.raises(ValueError, match="is not 'CANONICAL <- COPY'"):
        retrieved_pairs("https://wikimili.com/en/Sinjar")
