(function () {
  "use strict";
  var AR = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
  var T = {
    governorate: ["Governorate", "المحافظة"], district: ["District", "القضاء"],
    area: ["Area", "المساحة"], length: ["Length", "الطول"],
    centreline: ["Belt centreline", "الخط الأوسط للحزام"], gap: ["Coverage gap", "فجوة تغطية"],
    date: ["Date", "التاريخ"], type: ["Type", "النوع"], location: ["Location", "الموقع"],
    fatalities: ["Fatalities", "الضحايا"], precision: ["Precision", "دقة الموقع"],
    source: ["Source", "المصدر"], notes: ["Notes", "ملاحظات"], actors: ["Actors", "الأطراف"],
    id: ["Event id", "رقم الحدث"], opened: ["Opened", "الافتتاح"], site: ["Site", "الموقع"],
    confidence: ["Confidence", "الثقة"], note: ["Note", "ملاحظة"],
    radius: ["Coverage radius", "نطاق التغطية"], forms: ["In the text", "في النص"],
    kind: ["Kind", "النوع"], score: ["Score", "الدرجة"], mentions: ["Mentions", "مرات الذكر"],
    listed: ["Listed by", "مدرج في"], level: ["Level", "المستوى"],
    from: ["From", "من"], to: ["To", "إلى"], shown: ["incidents shown", "حادثة معروضة"],
    legend: ["Legend", "مفتاح الخريطة"], search: ["Search places…", "ابحث عن مكان…"],
    notfound: ["Not found", "غير موجود"], cancel: ["Cancel", "إلغاء"],
    undated: ["undated", "بلا تاريخ"], agreed: ["Agreed", "تاريخ الاتفاق"],
    position: ["Position from", "مصدر الموقع"], link: ["Link", "الرابط"]
  };
  var PANES = [["gd-countries", 401], ["gd-admin", 402], ["gd-disputed", 404], ["gd-belt", 406], ["gd-lines", 408],
               ["gd-circles", 409], ["gd-labels", 450], ["gd-incidents", 610]];

  function node(tag, text, cls) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) {
      text = String(text);
      e.textContent = text;
      if (AR.test(text)) { e.setAttribute("dir", "rtl"); e.setAttribute("lang", "ar"); }
    }
    return e;
  }
  function safeUrl(u) {
    return (typeof u === "string" && /^https?:\/\/[^\s<>"'`]+$/i.test(u)) ? u : "";
  }
  function link(url, label) {
    var u = safeUrl(url);
    if (!u) { return node("span", url || label || ""); }
    var a = node("a", label || u);
    a.href = u; a.target = "_blank"; a.rel = "noopener noreferrer";
    return a;
  }
  function links(text) {  // "url ; url ; text" -> links for the http(s) URLs, text otherwise
    var box = node("span");
    String(text || "").split(/\s*;\s*/).filter(Boolean).forEach(function (part, k) {
      if (k) { box.appendChild(document.createTextNode(" · ")); }
      box.appendChild(link(part, safeUrl(part) ? part.replace(/^https?:\/\/(www\.)?/i, "").split("/")[0] : part));
    });
    return box.childNodes.length ? box : "";
  }
  function esc(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}[c];
    });
  }
  function fmt(x, unit) {
    return (x === null || x === undefined) ? "" : x.toLocaleString("en") + " " + unit;
  }
  function dayString(d) {
    return (d === null || d === undefined) ? "" : new Date(d * 86400000).toISOString().slice(0, 10);
  }


  // Incidents drawn on one canvas and clustered on a screen grid at every redraw: O(n) per
  // view change, no object per incident. Clicks zoom into a cluster or open a popup (built
  // then, from the column data) for the incidents under the pointer, with a pager.
  var CLUSTER_PX = 48, CLUSTER_UNTIL = 13, DOT = 5;
  var IncidentLayer = L.Layer.extend({
    initialize: function (inc, mx, my, idx, card, incidentCard, t) {
      this._inc = inc; this._mx = mx; this._my = my; this._idx = idx;
      this._card = card; this._incidentCard = incidentCard; this._t = t; this._items = [];
    },
    indices: function () { return this._idx; },
    setIndices: function (idx) { this._idx = idx; if (this._map) { this._redraw(); } },
    onAdd: function (map) {
      this._canvas = L.DomUtil.create("canvas", "gd-incidents leaflet-zoom-hide");
      map.getPane("gd-incidents").appendChild(this._canvas);
      map.on("moveend resize", this._redraw, this);
      map.on("click", this._click, this);
      map.on("mousemove", this._hover, this);
      this._redraw();
    },
    onRemove: function (map) {
      L.DomUtil.remove(this._canvas);
      map.off("moveend resize", this._redraw, this);
      map.off("click", this._click, this);
      map.off("mousemove", this._hover, this);
      map.getContainer().style.cursor = "";
      this._items = [];
    },
    _redraw: function () {
      var map = this._map, size = map.getSize(), dpr = window.devicePixelRatio || 1;
      var c = this._canvas, ctx = c.getContext("2d");
      L.DomUtil.setPosition(c, map.containerPointToLayerPoint([0, 0]));
      c.width = size.x * dpr; c.height = size.y * dpr;
      c.style.width = size.x + "px"; c.style.height = size.y + "px";
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      var zoom = map.getZoom(), scale = 256 * Math.pow(2, zoom), pb = map.getPixelBounds();
      var x0 = pb.min.x, y0 = pb.min.y, w = size.x, h = size.y, pad = CLUSTER_PX;
      var idx = this._idx, mx = this._mx, my = this._my, types = this._inc.type[0];
      var colors = this._inc.colors, items = [], k, i, x, y;
      if (zoom >= CLUSTER_UNTIL) {
        for (k = 0; k < idx.length; k++) {
          i = idx[k]; x = mx[i] * scale - x0; y = my[i] * scale - y0;
          if (x < -DOT || y < -DOT || x > w + DOT || y > h + DOT) { continue; }
          items.push({x: x, y: y, n: 1, i: i});
        }
      } else {
        var slots = new Map(), cnt = [], sx = [], sy = [], first = [], bx0 = [], by0 = [], bx1 = [], by1 = [];
        for (k = 0; k < idx.length; k++) {
          i = idx[k]; x = mx[i] * scale - x0; y = my[i] * scale - y0;
          if (x < -pad || y < -pad || x > w + pad || y > h + pad) { continue; }
          var key = (Math.floor(x / CLUSTER_PX) + 64) * 4096 + Math.floor(y / CLUSTER_PX) + 64;
          var s = slots.get(key);
          if (s === undefined) {
            s = cnt.length; slots.set(key, s);
            cnt.push(1); sx.push(x); sy.push(y); first.push(i);
            bx0.push(x); by0.push(y); bx1.push(x); by1.push(y);
          } else {
            cnt[s]++; sx[s] += x; sy[s] += y;
            if (x < bx0[s]) { bx0[s] = x; } if (x > bx1[s]) { bx1[s] = x; }
            if (y < by0[s]) { by0[s] = y; } if (y > by1[s]) { by1[s] = y; }
          }
        }
        for (s = 0; s < cnt.length; s++) {
          items.push(cnt[s] === 1 ? {x: sx[s], y: sy[s], n: 1, i: first[s]} :
            {x: sx[s] / cnt[s], y: sy[s] / cnt[s], n: cnt[s], b: [bx0[s], by0[s], bx1[s], by1[s]]});
        }
      }
      ctx.lineWidth = 1; ctx.strokeStyle = "#ffffff";
      items.forEach(function (it) {
        if (it.n !== 1) { return; }
        ctx.beginPath(); ctx.arc(it.x, it.y, DOT, 0, 2 * Math.PI);
        ctx.fillStyle = colors[types[it.i]]; ctx.fill(); ctx.stroke();
      });
      ctx.textAlign = "center"; ctx.textBaseline = "middle"; ctx.font = "600 11px system-ui,sans-serif";
      items.forEach(function (it) {
        if (it.n === 1) { return; }
        var r = it.r = 10 + 2.5 * Math.log10(it.n);
        var fill = it.n < 10 ? "110,204,57" : it.n < 100 ? "240,194,12" : "241,128,23";
        ctx.beginPath(); ctx.arc(it.x, it.y, r + 4, 0, 2 * Math.PI);
        ctx.fillStyle = "rgba(" + fill + ",0.45)"; ctx.fill();
        ctx.beginPath(); ctx.arc(it.x, it.y, r, 0, 2 * Math.PI);
        ctx.fillStyle = "rgba(" + fill + ",0.9)"; ctx.fill();
        var label = it.n < 1000 ? String(it.n) : it.n < 1e5 ? (it.n / 1000).toFixed(it.n < 1e4 ? 1 : 0) + "k" :
          Math.round(it.n / 1000) + "k";
        ctx.fillStyle = "#222"; ctx.fillText(label, it.x, it.y);
      });
      this._items = items;
      c.setAttribute("data-items", String(items.length));
    },
    _hit: function (pt) {
      var items = this._items, hits = [], cluster = null;
      for (var k = 0; k < items.length; k++) {
        var it = items[k], dx = it.x - pt.x, dy = it.y - pt.y, r = it.n === 1 ? DOT + 2 : it.r + 4;
        if (dx * dx + dy * dy <= r * r) {
          if (it.n === 1) { hits.push(it.i); } else if (!cluster) { cluster = it; }
        }
      }
      return {points: hits, cluster: hits.length ? null : cluster};
    },
    _hover: function (e) {
      var h = this._hit(e.containerPoint);
      this._map.getContainer().style.cursor = (h.points.length || h.cluster) ? "pointer" : "";
    },
    _click: function (e) {
      var map = this._map, h = this._hit(e.containerPoint);
      if (h.cluster) {
        map.closePopup();
        var b = h.cluster.b, sw = map.containerPointToLatLng([b[0], b[3]]), ne = map.containerPointToLatLng([b[2], b[1]]);
        var target = Math.min(map.getBoundsZoom(L.latLngBounds(sw, ne).pad(0.2)), map.getZoom() + 3);
        map.setView(L.latLngBounds(sw, ne).getCenter(), Math.max(target, map.getZoom() + 1));
        return;
      }
      if (!h.points.length) { return; }
      var self = this, pos = 0, box = node("div", null, "gd-pager");
      function show() {
        box.textContent = "";
        box.appendChild(self._incidentCard(h.points[pos]));
        if (h.points.length > 1) {
          var nav = node("div", null, "gd-pager-nav"), prev = node("button", "‹"), next = node("button", "›");
          prev.type = next.type = "button";
          prev.onclick = function () { pos = (pos + h.points.length - 1) % h.points.length; show(); };
          next.onclick = function () { pos = (pos + 1) % h.points.length; show(); };
          nav.appendChild(prev); nav.appendChild(node("span", (pos + 1) + " / " + h.points.length)); nav.appendChild(next);
          box.appendChild(nav);
        }
      }
      show();
      var i = h.points[0];
      L.popup({maxWidth: 360}).setLatLng([this._inc.lat[i] / 1e5, this._inc.lon[i] / 1e5]).setContent(box).openOn(map);
    }
  });

  function render(map, groups, data) {
    var timings = {start: performance.now()};
    window.geoDisputedMap = {map: map, groups: groups};
    var L_ = data.lang === "ar" ? 1 : 0;
    var t = function (k) { return T[k][L_]; };
    var C = data.colors, layers = data.layers;
    PANES.forEach(function (p) { map.createPane(p[0]).style.zIndex = p[1]; });
    map.getPane("gd-labels").style.pointerEvents = "none";
    if (!data.tiles) { L.DomUtil.addClass(map.getContainer(), "gd-plain"); }

    function card(title, subtitle, rows) {
      var d = node("div", null, "gd-card");
      if (L_) { d.setAttribute("dir", "rtl"); }
      d.appendChild(node("div", title, "gd-card-title"));
      if (subtitle) { d.appendChild(node("div", subtitle, "gd-card-sub")); }
      var tb = node("table", null, "gd-table");
      rows.forEach(function (r) {
        if (r[1] === "" || r[1] === null || r[1] === undefined) { return; }
        var tr = tb.insertRow();
        tr.appendChild(node("th", r[0]));
        tr.insertCell().appendChild(r[1] instanceof Node ? r[1] : node("span", r[1]));
      });
      d.appendChild(tb);
      return d;
    }
    function names(en, ar) { return L_ ? [ar || en, ar ? en : ""] : [en || ar, en ? ar : ""]; }
    function shape(geom, style, pane) {
      return L.geoJSON(geom, {style: function () { return style; }, pane: pane});
    }
    function label(pt, en, ar, cls, pane) {
      var nm = names(en, ar), box = node("div");
      box.appendChild(node("div", nm[0]));
      if (nm[1]) { box.appendChild(node("div", nm[1])); }
      return L.marker(pt, {icon: L.divIcon({html: box, className: "gd-label " + cls, iconSize: null}),
                           interactive: false, keyboard: false, pane: pane});
    }

    if (layers.belt) {
      var b = layers.belt;
      b.g.forEach(function (g, i) {
        shape(g, {color: C.belt, weight: 1, fillColor: C.belt, fillOpacity: 0.35}, "gd-belt")
          .bindTooltip(function () {
            return card(data.names.belt[L_], null, [[t("governorate"), b.admin1[i]],
              [t("area"), fmt(b.area[i], "km²")], [t("length"), fmt(b.length[i], "km")]]);
          }, {sticky: true}).addTo(groups.belt);
      });
    }
    if (layers.centreline) {
      var cl = layers.centreline;
      cl.g.forEach(function (g, i) {
        shape(g, {color: C.centreline, weight: 2.5, dashArray: "6 4"}, "gd-lines")
          .bindTooltip(function () {
            return card(t("centreline"), null, [[t("length"), fmt(cl.length[i], "km")]]);
          }, {sticky: true}).addTo(groups.centreline);
      });
    }
    if (layers.gaps) {
      var gp = layers.gaps;
      gp.g.forEach(function (g, i) {
        shape(g, {color: C.gaps, weight: 6, opacity: 0.8}, "gd-lines")
          .bindTooltip(function () {
            return card(t("gap"), null, [[t("length"), fmt(gp.length[i], "km")]]);
          }, {sticky: true}).addTo(groups.gaps);
      });
    }
    if (layers.disputed) {
      var dp = layers.disputed;
      dp.g.forEach(function (g, i) {
        shape(g, {color: C.disputed, weight: 1.5, fillColor: C.disputed, fillOpacity: 0.15},
              "gd-disputed")
          .bindPopup(function () {
            var nm = names(dp.name_en[i], dp.name_ar[i]);
            return card(nm[0], nm[1], [[t("governorate"), dp.admin1[i]], [t("level"), dp.level[i]],
              [t("area"), fmt(dp.area[i], "km²")], [t("listed"), dp.listed_by[i]],
              [t("source"), links(dp.source[i])], [t("note"), dp.note[i]]]);
          }).addTo(groups.disputed);
      });
    }
    if (layers.kurdistan) {
      layers.kurdistan.g.forEach(function (g) {
        shape(g, {color: C.kurdistan, weight: 3, fill: false, interactive: false}, "gd-lines")
          .addTo(groups.kurdistan);
      });
    }
    [["countries", "gd-governorate", 1.2, "gd-countries"],
     ["governorates", "gd-governorate", 1.6, "gd-admin"],
     ["districts", "gd-district", 0.8, "gd-admin"]].forEach(function (s) {
      var a = layers[s[0]];
      if (!a) { return; }
      a.g.forEach(function (g, i) {
        shape(g, {color: C[s[0]], weight: s[2], fill: false, interactive: false}, s[3])
          .addTo(groups[s[0]]);
        label(a.pt[i], a.name_en[i], a.name_ar[i], s[1], "gd-labels").addTo(groups[s[0]]);
      });
    });
    if (layers.centres) { addCentres(layers.centres); }
    if (layers.places) { addPlaces(layers.places); }

    function addCentres(c) {
      var icon = L.divIcon({html: data.centreSvg, className: "gd-centre", iconSize: [22, 22]});
      c.pt.forEach(function (pt, i) {
        L.polygon(c.circle[i], {pane: "gd-circles", color: C.centres, weight: 1.5, dashArray: "4 3",
                                fillOpacity: 0.06, interactive: false}).addTo(groups.centres);
        var nm = names(c.name_en[i], c.name_ar[i]);
        L.marker(pt, {icon: icon, title: ""})
          .bindTooltip(function () { return card(nm[0], nm[1], []); })
          .bindPopup(function () {
            return card(nm[0], nm[1], [[t("agreed"), c.agreed[i]], [t("opened"), c.opened[i]],
              [t("site"), c.site[i]], [t("precision"), c.precision[i]], [t("position"), c.position[i]],
              [t("confidence"), c.confidence[i]], [t("radius"), fmt(c.radius_km, "km")],
              [t("source"), links(c.source[i])], [t("note"), c.note[i]]]);
          }).addTo(groups.centres);
      });
    }
    function addPlaces(p) {
      p.pt.forEach(function (pt, i) {
        var pin = node("div", null, "gd-place");
        pin.style.background = C.places;
        var nm = names(p.name_en[i], p.name_ar[i]);
        L.marker(pt, {icon: L.divIcon({html: pin, className: "", iconSize: [14, 14]})})
          .bindTooltip(function () { return node("span", p.forms[i].join(" · ")); },
                       {permanent: true, direction: "right", className: "gd-place-label"})
          .bindPopup(function () {
            return card(nm[0], nm[1], [[t("forms"), p.forms[i].join(" · ")], [t("kind"), p.kind[i]],
              [t("governorate"), p.admin1[i]], [t("precision"), p.precision[i]],
              [t("score"), p.score[i]], [t("mentions"), p.count[i]], [t("source"), links(p.source[i])]]);
          }).addTo(groups.places);
      });
    }

    function ready() {
      timings.ready = performance.now();
      window.geoDisputedTimings = timings;
      window.geoDisputedReady = true;
      map.getContainer().setAttribute("data-gd-ready", "1");
    }

    function addIncidents(inc) {
      var n = inc.n, mx = new Float64Array(n), my = new Float64Array(n), all = new Uint32Array(n);
      for (var i = 0; i < n; i++) {  // Web Mercator in [0, 1], as Leaflet's EPSG:3857 projects
        var lat = Math.max(-85.0511, Math.min(85.0511, inc.lat[i] / 1e5)) * Math.PI / 180;
        mx[i] = inc.lon[i] / 1e5 / 360 + 0.5;
        my[i] = 0.5 - Math.log(Math.tan(Math.PI / 4 + lat / 2)) / (2 * Math.PI);
        all[i] = i;
      }
      timings.projected = performance.now();
      var layer = new IncidentLayer(inc, mx, my, all, card, incidentCard, t);
      layer.addTo(groups.incidents);
      window.geoDisputedMap.incidents = layer;
      function v(col, i) { return inc[col][1][inc[col][0][i]]; }
      function incidentCard(i) {
        var ty = v("type", i), tyAr = inc.types_ar[inc.type[0][i]], sub = v("sub", i);
        var p = v("prec", i), pd = data.precision[p];
        var actors = [v("actor1", i), v("actor2", i)].filter(Boolean).join(" / ");
        var url = v("url", i), src = v("src", i);
        return card((L_ && tyAr) ? tyAr : ty, sub, [[t("date"), dayString(inc.day[i]) || t("undated")],
          [t("location"), [v("loc", i), v("admin1", i)].filter(Boolean).join(", ")],
          [t("fatalities"), v("fat", i)], [t("precision"), pd ? p + " (" + pd[L_] + ")" : p],
          [t("actors"), actors], [t("notes"), inc.notes ? inc.notes[i] : ""],
          [t("source"), src], [t("link"), links(url)], [t("id"), v("id", i)]]);
      }
      var heat = null;
      function heatPoints() {
        var idx = layer.indices(), pts = new Array(idx.length);
        for (var k = 0; k < idx.length; k++) { pts[k] = [inc.lat[idx[k]] / 1e5, inc.lon[idx[k]] / 1e5]; }
        return pts;
      }
      if (groups.heat) {
        groups.heat.on("add", function () {
          if (!heat) { heat = L.heatLayer(heatPoints(), {radius: 12, blur: 14, maxZoom: 10}); }
          else { heat.setLatLngs(heatPoints()); }
          if (!groups.heat.hasLayer(heat)) { heat.addTo(groups.heat); }
        });
      }
      if (inc.range) {
        timeControl(inc, function (idx) {
          layer.setIndices(idx);
          if (heat && groups.heat._map) { heat.setLatLngs(heatPoints()); }
        });
      }
    }

    function timeControl(inc, onFilter) {
      var lo = inc.range[0], hi = inc.range[1];
      var box = node("div", null, "gd-panel gd-time");
      if (L_) { box.setAttribute("dir", "rtl"); }
      var text = node("div", null, "gd-time-label"), count = node("div", null, "gd-time-count");
      function slider(value, cls) {
        var s = node("input", null, cls); s.type = "range"; s.min = lo; s.max = hi; s.step = 1; s.value = value;
        return s;
      }
      var a = slider(lo, "gd-time-from"), z = slider(hi, "gd-time-to");
      box.appendChild(text); box.appendChild(a); box.appendChild(z); box.appendChild(count);
      function span() { var x = +a.value, y = +z.value; return x <= y ? [x, y] : [y, x]; }
      function show(shown) {
        var s = span();
        text.textContent = t("from") + " " + dayString(s[0]) + " " + t("to") + " " + dayString(s[1]);
        if (shown !== undefined) { count.textContent = shown.toLocaleString("en") + " " + t("shown"); }
      }
      function apply() {
        var s = span(), full = s[0] === lo && s[1] === hi, kept = new Uint32Array(inc.n), m = 0;
        for (var i = 0; i < inc.n; i++) {
          var d = inc.day[i];
          if (d === null ? full : (d >= s[0] && d <= s[1])) { kept[m++] = i; }
        }
        onFilter(kept.subarray(0, m));
        show(m);
      }
      a.addEventListener("input", function () { show(); });
      z.addEventListener("input", function () { show(); });
      a.addEventListener("change", apply); z.addEventListener("change", apply);
      show(inc.n);
      var ctl = L.control({position: "bottomleft"});
      ctl.onAdd = function () {
        L.DomEvent.disableClickPropagation(box); L.DomEvent.disableScrollPropagation(box);
        return box;
      };
      ctl.addTo(map);
    }

    if (layers.incidents) { addIncidents(layers.incidents); }

    // Title panel
    var title = node("div", null, "gd-panel gd-title");
    title.appendChild(node("div", data.title[0], "gd-en"));
    title.appendChild(node("div", data.title[1], "gd-ar"));
    if (data.subtitle) { title.appendChild(node("div", data.subtitle, "gd-sub")); }
    L.DomEvent.disableClickPropagation(title);
    map.getContainer().appendChild(title);

    // Bilingual legend
    var legend = L.control({position: "bottomright"});
    legend.onAdd = function () {
      var box = node("div", null, "gd-panel gd-legend");
      var head = node("div", null, "gd-legend-row");
      head.appendChild(node("b", T.legend[0])); head.appendChild(node("b", T.legend[1], "gd-ar"));
      box.appendChild(head);
      function row(kind, color, en, ar) {
        var r = node("div", null, "gd-legend-row"), sw = node("span", null, "gd-swatch " + kind);
        if (kind === "gd-line") { sw.style.borderTopColor = color; } else { sw.style.background = color; }
        if (kind === "gd-icon") { sw.className = "gd-swatch"; sw.style.background = "none"; sw.style.border = "0";
          var ic = node("span", null, "gd-centre"); ic.innerHTML = data.centreSvg; sw.appendChild(ic);
          ic.firstChild.setAttribute("width", "14"); ic.firstChild.setAttribute("height", "14"); }
        r.appendChild(sw); r.appendChild(node("span", en)); r.appendChild(node("span", ar, "gd-ar"));
        box.appendChild(r);
      }
      var kinds = {belt: "", centreline: "gd-line", gaps: "gd-line", disputed: "", kurdistan: "gd-line",
                   countries: "gd-line", governorates: "gd-line", districts: "gd-line",
                   centres: "gd-icon", places: "gd-dot"};
      Object.keys(data.names).forEach(function (k) {
        if (k === "incidents") {
          var inc = layers.incidents;
          inc.type[1].forEach(function (ty, j) { row("gd-dot", inc.colors[j], ty || "—", inc.types_ar[j]); });
        } else if (k !== "heat") {
          row(kinds[k], C[k], data.names[k][0], data.names[k][1]);
        }
      });
      L.DomEvent.disableClickPropagation(box); L.DomEvent.disableScrollPropagation(box);
      return box;
    };
    legend.addTo(map);

    // Fullscreen, measure tool, minimap, search box, attribution
    L.control.fullscreen({position: "topleft"}).addTo(map);
    L.Control.Measure.include({  // leaflet-measure 2.1.7 with Leaflet >= 1.8 (its issue 171)
      _setCaptureMarkerIcon: function () {
        this._captureMarker.options.autoPanOnFocus = false;
        this._captureMarker.setIcon(L.divIcon({iconSize: this._map.getSize().multiplyBy(2)}));
      }
    });
    new L.Control.Measure({position: "topleft", primaryLengthUnit: "kilometers",
                           secondaryLengthUnit: "meters", primaryAreaUnit: "sqkilometers",
                           activeColor: "#d6006f", completedColor: "#a50f15"}).addTo(map);
    if (L.Control.MiniMap && (data.tiles || data.minimap)) {
      var mini = data.tiles ? L.tileLayer(data.tiles, {maxZoom: 13}) :
        L.geoJSON({type: "GeometryCollection", geometries: data.minimap},
                  {style: function () { return {color: "#555", weight: 1, fillColor: "#ccc", fillOpacity: 0.6}; }});
      new L.Control.MiniMap(mini, {toggleDisplay: true, position: "bottomleft", width: 140, height: 140,
                                   zoomLevelOffset: -4}).addTo(map);
    }
    if (data.search.length) {
      new L.Control.Search({
        position: "topleft", initial: false, zoom: 10, textPlaceholder: t("search"),
        textErr: esc(t("notfound")), textCancel: t("cancel"),
        marker: {icon: false, animate: true, circle: {radius: 14, weight: 3, color: "#e03", fill: false}},
        sourceData: function (text, callback) { callback(data.search); return {abort: function () {}}; },
        buildTip: function (text) { var li = node("li", text); li.className = "gd-tip"; return li; }
      }).addTo(map);
    }
    data.attribution.forEach(function (a) { map.attributionControl.addAttribution(esc(a)); });
    ready();
  }
  function load(id) {
    var el = document.getElementById(id);
    if (el.getAttribute("data-encoding") !== "deflate-base64") {
      return Promise.resolve(JSON.parse(el.textContent));
    }
    var bin = atob(el.textContent.trim()), bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) { bytes[i] = bin.charCodeAt(i); }
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate"));
    return new Response(stream).text().then(JSON.parse);
  }
  function draw(map, groups, id, extra) {
    return load(id).then(function (data) {
      Object.keys(extra).forEach(function (k) { data[k] = extra[k]; });
      render(map, groups, data);
    }).catch(function (err) { setTimeout(function () { throw err; }, 0); });
  }
  window.geoDisputed = {render: render, load: load, draw: draw};
})();
