"""``geo-disputed geoparse``: find the places named in a text file (or stdin)."""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from pathlib import Path

from geo_disputed.errors import DataError
from geo_disputed.files import write_text_atomic
from geo_disputed.text.geoparser import MAX_TEXT_BYTES, Mention, geoparse

CSV_FIELDS = (
    "text", "start", "end", "name_en", "name_ar", "kind", "lat", "lon", "admin1", "precision",
    "score",
)  # fmt: skip


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``geoparse`` sub-command."""
    p = sub.add_parser(
        "geoparse",
        help="find and geocode the places named in an Arabic or English text",
        description="Geoparse a UTF-8 text file ('-' reads stdin).",
    )
    p.add_argument("file", metavar="FILE|-")
    p.add_argument("--lang", choices=("ar", "en", "auto"), default="auto")
    p.add_argument("--format", choices=("json", "geojson", "csv"), default="json")
    p.add_argument("--out", metavar="PATH", help="write here (atomically) instead of stdout")
    p.add_argument("--boundaries", metavar="DIR", help="administrative boundaries directory")
    p.set_defaults(func=run)


def read_text(name: str) -> str:
    """Read UTF-8 text from a file name or ``-`` (stdin), with one-line errors.

    Raises
    ------
    DataError
        Missing file, a directory, non-UTF-8 bytes, or over the size limit.
    """
    label = "<stdin>" if name == "-" else name
    try:
        data = sys.stdin.buffer.read(MAX_TEXT_BYTES + 1) if name == "-" else Path(name).read_bytes()
    except FileNotFoundError:
        raise DataError(label, "no such file") from None
    except IsADirectoryError:
        raise DataError(label, "is a directory, not a text file") from None
    except PermissionError:
        raise DataError(label, "permission denied") from None
    if len(data) > MAX_TEXT_BYTES:
        raise DataError(label, f"larger than the {MAX_TEXT_BYTES // 1_000_000} MB limit")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DataError(
            label, f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from None


def to_geojson(mentions: list[Mention]) -> dict[str, object]:
    """Mentions as a GeoJSON FeatureCollection (EPSG:4326, RFC 7946 lon/lat order)."""
    return {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [m.candidate.lon, m.candidate.lat]}
                if m.resolved
                else None,  # a place known only from its kind word (قرية X)
                "properties": m.to_dict(),
            }
            for m in mentions
        ],
    }


def render(mentions: list[Mention], fmt: str) -> str:
    """Serialise mentions as ``json``, ``geojson`` or ``csv`` text."""
    if fmt == "json":
        return json.dumps([m.to_dict() for m in mentions], ensure_ascii=False, indent=2) + "\n"
    if fmt == "geojson":
        return json.dumps(to_geojson(mentions), ensure_ascii=False, indent=2) + "\n"
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(m.to_dict() for m in mentions)
    return buf.getvalue()


def run(args: argparse.Namespace) -> int:
    """Geoparse the input and write the mentions."""
    text = read_text(args.file)
    output = render(geoparse(text, args.lang, boundaries=args.boundaries), args.format)
    if args.out:
        write_text_atomic(args.out, output)
    else:
        sys.stdout.write(output)
    return 0
