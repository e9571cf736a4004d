"""Benchmark: real published files, quality and speed.

Inputs (read from ``../shared``, never copied into the project): HDX's UCDP GED export for Iraq
(``data/real/ucdp/ucdp_ged_irq_hdx.csv``, 7,473 events), the simplified geoBoundaries gbOpen
IRQ ADM1 file (``data/real/geoboundaries-simplified``) and the OCHA COD-AB 2019 files
(``data/boundaries``); a geoBoundaries-style ADM2 file is derived from OCHA ADM2 (other
spellings, geometry simplified by ~300 m) as the tests do, and every ACLED/UCDP variant of
``tests/event_variants.py`` is written to a temporary directory.

Quality figures: UCDP rows accepted, dates and deaths kept (against the file's own columns),
agreement of the source's ``adm_1`` with the governorate assigned from the coordinates, how
many of UCDP's own admin spellings resolve (and to the unit holding most of their events),
geoBoundaries units matched to the right OCHA p-code, and variants read without a rejected
row. Speed: loading the UCDP file against a plain ``pandas.read_csv`` + ``points_from_xy`` in
the same run (target: at most 10x; the loader validates every field of every row).

Run: ``python benchmarks/bench_real_inputs.py``.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))
sys.path.insert(0, str(PROJECT / "benchmarks"))
sys.path.insert(0, str(PROJECT / "tests"))

SHARED = PROJECT.parent / "shared" / "data"
UCDP = SHARED / "real" / "ucdp" / "ucdp_ged_irq_hdx.csv"
GB_ADM1 = SHARED / "real" / "geoboundaries-simplified" / "geoBoundaries-IRQ-ADM1_simplified.geojson"
OCHA = SHARED / "boundaries"
TARGET_AGREEMENT = 0.995
TARGET_LOAD_RATIO = 10.0


def _resolved_share(events, boundaries, level: int) -> tuple[int, int, int]:
    """(distinct reported names, resolved, resolved to the unit holding most of their events)."""
    from geo_disputed.errors import GeoDisputedError
    from geo_disputed.geo.boundaries import resolve_unit

    reported, pcode = f"admin{level}_reported", f"admin{level}_pcode"
    names = [n for n in events[reported].astype(str).unique() if n.strip()]
    resolved = right = 0
    for name in names:
        try:
            unit = resolve_unit(boundaries, name, level=level)
        except GeoDisputedError:
            continue
        resolved += 1
        holders = events.loc[events[reported] == name, pcode].dropna().astype(str)
        if len(holders) and holders.value_counts().index[0] == unit["pcode"]:
            right += 1
    return len(names), resolved, right


def main(argv: Sequence[str] | None = None) -> int:
    """Print the figures; return 0 (1 when the real files are missing)."""
    import geopandas as gpd
    import pandas as pd
    from boundary_variants import write_geoboundaries_adm2
    from event_variants import KIND, VARIANTS
    from timing import best_of

    from geo_disputed.geo.boundaries import load_boundaries
    from geo_disputed.incidents import load_incidents, query

    missing = [p for p in (UCDP, GB_ADM1, OCHA) if not p.exists()]
    if missing:
        print(f"real files missing: {', '.join(map(str, missing))}")
        return 1
    raw = pd.read_csv(UCDP, skiprows=[1], dtype=str, keep_default_na=False)

    def plain() -> object:
        df = pd.read_csv(UCDP, skiprows=[1])
        return gpd.points_from_xy(df["longitude"], df["latitude"])

    t_plain = best_of(plain, 5)
    t_load = best_of(lambda: load_incidents(UCDP), 5)
    result = load_incidents(UCDP)
    events = result.accepted
    deaths_file = int(pd.to_numeric(raw["best"]).sum())
    dates_kept = (events["date"].dt.strftime("%Y-%m-%d") == raw["date_start"].str[:10]).mean()
    print("UCDP GED, HDX export for Iraq (real, 7,473 events)")
    print(f"  rows accepted          {len(events):>7,} of {result.read:,} ({result.summary()})")
    print(f"  dates kept             {dates_kept:8.2%}")
    print(f"  deaths (best) kept     {int(events['fatalities'].sum()):>7,} of {deaths_file:,}")
    print(
        f"  load + validate        {t_load:8.3f} s   plain read_csv + points: {t_plain:.3f} s   "
        f"ratio {t_load / t_plain:.1f}x (target <= {TARGET_LOAD_RATIO:g}x)"
    )

    ocha = load_boundaries(OCHA)
    with tempfile.TemporaryDirectory() as tmp:
        gb_dir = Path(tmp) / "gb"
        gb_dir.mkdir()
        (gb_dir / "geoBoundaries-IRQ-ADM1.geojson").write_bytes(GB_ADM1.read_bytes())
        gb1 = load_boundaries(gb_dir)
        write_geoboundaries_adm2(OCHA, gb_dir)
        gb2 = load_boundaries(gb_dir)
        variants = {name: load_incidents(write(Path(tmp))) for name, write in VARIANTS.items()}
    for label, units in (("OCHA COD-AB 2019", ocha), ("geoBoundaries ADM1 (simplified)", gb1)):
        enriched = query.enrich(events, units)
        found = query.admin_agreement(enriched, units, level=1)
        print(
            f"  adm_1 agreement, {label:<31} {found['share']:8.2%} of {found['compared']:,} "
            f"(target >= {TARGET_AGREEMENT:.1%} on OCHA)"
        )
    enriched = query.enrich(events, ocha)
    for level in (1, 2):
        names, resolved, right = _resolved_share(enriched, ocha, level)
        print(
            f"  adm_{level} spellings resolved  {resolved:>3} of {names}, to the unit holding "
            f"most of their events: {right}"
        )
    governorates = gb1[gb1["level"] == 1]
    points = gpd.GeoDataFrame(geometry=governorates.representative_point().values, crs=4326)
    holder = gpd.sjoin(points, ocha[ocha["level"] == 1][["pcode", "geometry"]], how="left")
    adm1_right = int((governorates["ocha_pcode"].to_numpy() == holder["pcode"].to_numpy()).sum())
    districts = gb2[gb2["level"] == 2]
    adm2_right = int(
        (districts["ocha_pcode"].to_numpy() == ocha[ocha["level"] == 2]["pcode"].to_numpy()).sum()
    )
    print("geoBoundaries units matched to their OCHA p-code")
    print(f"  ADM1 (real file)       {adm1_right:>3} of {len(governorates)}")
    print(f"  ADM2 (derived, respelt) {adm2_right:>2} of {len(districts)}")
    clean = [n for n, r in variants.items() if len(r.rejected) == 0 and r.read]
    kinds = sorted({KIND[n] for n in variants})
    print(
        f"published variants read without a rejected row: {len(clean)} of {len(variants)} "
        f"({', '.join(kinds)})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
