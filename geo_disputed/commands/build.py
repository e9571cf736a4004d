"""``geo-disputed build``: the main job, on the bundled data."""

from __future__ import annotations

import argparse
import html
from pathlib import Path

from geo_disputed.article_places import load_article_places
from geo_disputed.files import write_text_atomic
from geo_disputed.gazetteer import load_gazetteer


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``build`` sub-command."""
    p = sub.add_parser(
        "build",
        help="build the default maps into maps/",
        description="Geocode the places the seed article names and map them.",
    )
    p.add_argument("--out-dir", default="maps", metavar="DIR", help="output directory (maps/)")
    p.add_argument("--boundaries", metavar="DIR", help="administrative boundaries directory")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Write ``article_places.html`` (EPSG:4326 markers) into the output directory."""
    import folium

    places = load_article_places(gazetteer=load_gazetteer(args.boundaries))
    m = folium.Map(location=[35.3, 44.0], zoom_start=6, tiles="OpenStreetMap")
    for place in places:
        c = place.candidate
        label = html.escape(f"{c.name_en} / {place.surface_ar}")
        popup = (
            f"<b>{html.escape(c.name_en)}</b> "
            f'<span dir="rtl" lang="ar">{html.escape(place.surface_ar)}</span><br>'
            f"{html.escape(c.kind)}, precision: {html.escape(c.precision)}<br>"
            f"<small>{html.escape(c.source)}</small>"
        )
        folium.Marker([c.lat, c.lon], popup=folium.Popup(popup, max_width=320)).add_to(m)
        print(f"  {c.name_en:<22} {c.kind:<12} {c.lat:9.5f} {c.lon:9.5f}  {label}")
    out = Path(args.out_dir) / "article_places.html"
    write_text_atomic(out, m.get_root().render())
    print(f"wrote {out} ({len(places)} places, EPSG:4326)")
    return 0
