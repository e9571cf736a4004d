"""Browser side of :func:`geo_disputed.render.interactive.build_map`: asset tags, client
script and data.

The client's stylesheet, script and centre icon are package data in ``client/`` next to this
module (``map.css``, ``map.js``, ``centre.svg``), read once through :mod:`importlib.resources`.
The client script only ever puts data on the page with ``textContent`` (never ``innerHTML``)
and links only ``http(s)`` URLs, so hostile text in notes or names shows as text.
"""

from __future__ import annotations

import base64
import json
import os
import struct
import zlib
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from functools import cache
from importlib.resources import files
from typing import cast

from branca.element import Element, Figure, MacroElement

from geo_disputed import assets as map_assets


@cache
def client_file(name: str) -> str:
    """The text of ``client/<name>`` (``map.css``, ``map.js``, ``centre.svg``), read once."""
    return files("geo_disputed.render").joinpath("client").joinpath(name).read_text("utf-8")


def centre_svg() -> str:
    """The coordination centres' marker icon: one line of SVG markup."""
    return client_file("centre.svg").strip()


class RawHTML(Element):
    """Markup inserted verbatim: unlike ``branca.Element(text)`` it is never compiled as a
    Jinja template, so ``{{ ... }}`` in data stays text and large payloads render fast."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def render(self, **kwargs: object) -> str:
        """Return the markup unchanged."""
        return self.text


class ClientAssets(MacroElement):
    """Leaflet and plugin assets (CDN tags with SRI, or inlined) plus the client script."""

    def __init__(self, self_contained: bool = False) -> None:
        super().__init__()
        self._name = "GeoDisputedAssets"
        self.self_contained = self_contained

    # branca annotates Element.render as returning str, but MacroElement.render, which
    # this follows, returns None (a macro element writes into its figure instead)
    def render(self, **kwargs: object) -> None:  # type: ignore[override]
        """Put the asset tags, the client CSS and the client script into the page header."""
        css, js = client_file("map.css"), client_file("map.js")
        html = f"{self.assets_html()}\n<style>\n{css}</style>\n<script>\n{js}</script>"
        figure = cast(Figure, self.get_root())  # a map's root is its Figure
        figure.header.add_child(RawHTML(html), name=self.get_name())

    def assets_html(self) -> str:
        """``<link>``/``<script>`` tags, or ``<style>``/``<script>`` elements with the content."""
        parts = []
        for asset in map_assets.STYLESHEETS:
            if self.self_contained:
                parts.append(f"<style>{map_assets.inline_css(asset)}</style>")
            else:
                parts.append(
                    f'<link rel="stylesheet" href="{asset.url}" integrity="{asset.integrity}" '
                    'crossorigin="anonymous"/>'
                )
        for asset in map_assets.SCRIPTS:
            if self.self_contained:
                parts.append(f"<script>{map_assets.inline_js(asset)}</script>")
            else:
                parts.append(
                    f'<script src="{asset.url}" integrity="{asset.integrity}" '
                    'crossorigin="anonymous"></script>'
                )
        return "\n".join(parts)


#: zlib level of the data blocks (binary columns, per-row text) and of the JSON.
BLOCK_LEVEL = 1
JSON_LEVEL = 3
#: Blocks are deflated in pieces of this many bytes, side by side on every core.
DEFLATE_PIECE = 8 << 20


def deflate(data: bytes, level: int = BLOCK_LEVEL) -> bytes:
    """``data`` as one zlib stream, made as pigz does: pieces of :data:`DEFLATE_PIECE`
    bytes deflated in threads (zlib releases the GIL), each ended on a byte boundary
    (``Z_SYNC_FLUSH``) so that they join into one stream (a piece refers to no earlier one);
    ``zlib.decompress`` and the browser's ``DecompressionStream("deflate")`` read it."""
    view = memoryview(data)
    pieces = [view[i : i + DEFLATE_PIECE] for i in range(0, len(data), DEFLATE_PIECE)] or [view]

    def one(k: int) -> bytes:
        z = zlib.compressobj(level, zlib.DEFLATED, -15)  # raw deflate: no header of its own
        end = zlib.Z_FINISH if k == len(pieces) - 1 else zlib.Z_SYNC_FLUSH
        return z.compress(pieces[k]) + z.flush(end)

    workers = min(len(pieces), os.cpu_count() or 1)
    if workers > 1:
        with ThreadPoolExecutor(workers) as pool:
            parts = list(pool.map(one, range(len(pieces))))
    else:
        parts = [one(k) for k in range(len(pieces))]
    header = b"\x78\x01"  # zlib: deflate, 32 KiB window, no dictionary (check bits valid)
    return header + b"".join(parts) + struct.pack(">I", zlib.adler32(data))


class MapData(MacroElement):
    """The map's data as one JSON ``<script>`` element, its binary blocks (each a
    ``<script type="application/octet-stream" id="<data id>-<key>">`` of base64, deflated when
    ``compress``), and the call that draws it."""

    def __init__(
        self,
        data_json: str,
        groups: dict[str, str],
        compress: bool,
        blocks: Mapping[str, bytes] | None = None,
    ) -> None:
        super().__init__()
        self._name = "GeoDisputedData"
        self.groups = groups
        if compress:  # base64 holds no character that HTML or JavaScript would interpret
            packed = zlib.compress(data_json.encode("utf-8"), JSON_LEVEL)
            self.data = base64.b64encode(packed).decode("ascii")
            self.encoding = "deflate-base64"
        else:
            self.data = data_json
            self.encoding = "json"
        self.blocks = {
            key: base64.b64encode(deflate(raw) if compress else raw).decode()
            for key, raw in (blocks or {}).items()
        }
        self.block_encoding = "deflate-base64" if compress else "base64"

    def render(self, **kwargs: object) -> None:  # type: ignore[override]  # as ClientAssets
        """Add the JSON element to the page body and the drawing call to the page script."""
        figure = cast(Figure, self.get_root())
        parent = self._parent
        assert parent is not None, "MapData renders only once added to a map"
        element_id = json.dumps(self.get_name())
        groups = ",".join(f"{json.dumps(k)}:{v}" for k, v in self.groups.items())
        kind = "application/json" if self.encoding == "json" else "text/plain"
        figure.html.add_child(RawHTML(fallback_html()), name="GeoDisputedFallback")
        figure.html.add_child(RawHTML(
            f'<script type="{kind}" data-encoding="{self.encoding}" id={element_id}>'
            f"{self.data}</script>"
        ), name=self.get_name())  # fmt: skip
        for key, text in self.blocks.items():  # key: [a-z-]+, from the payload builders
            block_id = json.dumps(f"{self.get_name()}-{key}")
            figure.html.add_child(RawHTML(
                f'<script type="application/octet-stream" data-encoding="{self.block_encoding}"'
                f" id={block_id}>{text}</script>"
            ), name=f"{self.get_name()}-{key}")  # fmt: skip
        figure.script.add_child(RawHTML(
            f"window.geoDisputed.draw({parent.get_name()}, {{{groups}}}, {element_id}, "
            f"{{centreSvg: {json.dumps(centre_svg())}}});"
        ), name=self.get_name())  # fmt: skip


def fallback_html() -> str:
    """The message a map shows when Leaflet's scripts cannot load (no network, CDN blocked):
    a hidden ``<div id="gd-fallback">`` that the client script reveals when ``window.L`` is
    missing, linking the self-contained copy ``geo-disputed build`` writes beside the map
    (``<name>_offline.html``; the client script fills in the name from the page's own)."""
    link = '<a class="gd-offline-link" href="">…_offline.html</a>'
    return (
        '<div id="gd-fallback" class="gd-fallback" role="alert" hidden>'
        "<p><b>The map's scripts could not be loaded</b> (no network, or their CDN is "
        f"blocked), so the map cannot be drawn. Open its offline copy instead: {link}, which "
        "needs no network (<code>geo-disputed build</code> writes it beside this file; "
        "<code>geo-disputed map --self-contained</code> makes one).</p>"
        '<p dir="rtl" lang="ar"><b>تعذّر تحميل برامج الخريطة</b> (لا اتصال بالشبكة أو أن '
        "شبكة التوزيع محجوبة)، فلا يمكن رسمها. "
        f"افتح نسختها غير المتصلة بدلًا منها: {link}.</p></div>"
    )
