"""Boundary files in the shapes other publishers give, derived at test time from the real OCHA
COD-AB files in ``../shared`` (nothing is committed).

* :func:`write_geoboundaries_adm2`: a geoBoundaries-style ADM2 file (``shapeName, shapeISO,
  shapeID, shapeGroup, shapeType``; no Arabic, no p-codes), with other transliterations for
  some districts and geometry simplified by about 300 m, as an independent dataset draws it.
* :func:`write_geoboundaries_adm1_with_halabja`: a geoBoundaries-style ADM1 file with
  Halabja as a governorate of its own (it became one in 2014; OCHA 2019 has it as a district).
"""

from __future__ import annotations

import json
from pathlib import Path

import geopandas as gpd

#: Other spellings (as other datasets write them) of some OCHA districts.
RESPELT = {
    "Tooz Khurmato": "Tuz Khurmatu",
    "Telafar": "Tal Afar",
    "Makhmour": "Makhmur",
    "Al-Hawiga": "Hawija",
    "Tilkaef": "Tel Kaif",
    "Al-Shikhan": "Shekhan",
    "Aqra": "Akre",
    "Al-Mosul": "Mosul",
    "Khanaqin": "Khanaqeen",
}
SIMPLIFY_DEG = 0.003  # about 300 m


def _geoboundaries(frame: gpd.GeoDataFrame, names: list[str], level: int) -> dict:
    """A FeatureCollection with geoBoundaries' properties and nothing else."""
    features = []
    for i, (name, geom) in enumerate(zip(names, frame.geometry, strict=True)):
        props = {
            "shapeName": name,
            "shapeISO": None,
            "shapeID": f"TESTIRQ-ADM{level}-{i:04d}",
            "shapeGroup": "IRQ",
            "shapeType": f"ADM{level}",
        }
        geometry = json.loads(gpd.GeoSeries([geom], crs=frame.crs).to_json())["features"][0]
        features.append({"type": "Feature", "properties": props, "geometry": geometry["geometry"]})
    return {"type": "FeatureCollection", "features": features}


def write_geoboundaries_adm2(ocha_dir: Path, out_dir: Path) -> Path:
    """Write ``geoBoundaries-IRQ-ADM2.geojson`` derived from OCHA ADM2 into ``out_dir``."""
    ocha = gpd.read_file(next(ocha_dir.glob("irq_admbnda_adm2_*.shp"))).to_crs(4326)
    ocha["geometry"] = ocha.geometry.simplify(SIMPLIFY_DEG)
    names = [RESPELT.get(n, n) for n in ocha["ADM2_EN"]]
    path = out_dir / "geoBoundaries-IRQ-ADM2.geojson"
    path.write_text(json.dumps(_geoboundaries(ocha, names, 2)), encoding="utf-8")
    return path


def write_geoboundaries_adm1_with_halabja(ocha_dir: Path, out_dir: Path) -> Path:
    """Write ``geoBoundaries-IRQ-ADM1.geojson``: OCHA's governorates, Halabja split off."""
    adm1 = gpd.read_file(next(ocha_dir.glob("irq_admbnda_adm1_*.shp"))).to_crs(4326)
    adm2 = gpd.read_file(next(ocha_dir.glob("irq_admbnda_adm2_*.shp"))).to_crs(4326)
    halabja = adm2[adm2["ADM2_EN"].str.startswith("Halab")].geometry.union_all()
    sulay = adm1["ADM1_PCODE"] == "IQG06"
    adm1.loc[sulay, "geometry"] = adm1.loc[sulay, "geometry"].difference(halabja)
    extra = gpd.GeoDataFrame({"ADM1_EN": ["Halabja"]}, geometry=[halabja], crs=4326)
    frame = gpd.GeoDataFrame(
        {"ADM1_EN": [*adm1["ADM1_EN"], "Halabja"]},
        geometry=[*adm1.geometry, *extra.geometry],
        crs=4326,
    )
    path = out_dir / "geoBoundaries-IRQ-ADM1.geojson"
    path.write_text(json.dumps(_geoboundaries(frame, list(frame["ADM1_EN"]), 1)), "utf-8")
    return path
