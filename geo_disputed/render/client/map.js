(function () {
  "use strict";
  if (!window.L) {  // H2: Leaflet's scripts did not load: show the page's message, draw nothing
    var fallback = function () {
      var box = document.getElementById("gd-fallback");
      if (!box) { return; }
      var name = decodeURIComponent(window.location.pathname.split("/").pop() || "map.html");
      Array.prototype.forEach.call(box.querySelectorAll("a.gd-offline-link"), function (a) {
        a.textContent = name.replace(/\.html?$/i, "") + "_offline.html";
        a.href = encodeURIComponent(a.textContent);
      });
      box.hidden = false;
    };
    if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", fallback); } else { fallback(); }
    window.geoDisputed = {failed: true};
    return;
  }
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
    position: ["Position from", "مصدر الموقع"], link: ["Link", "الرابط"],
    incidents: ["incidents", "حوادث"], of: ["of", "من"], previous: ["Previous", "السابق"],
    next: ["Next", "التالي"], list: ["List", "القائمة"], more: ["more", "أخرى"],
    layers: ["Layers", "الطبقات"], sources: ["Sources", "المصادر"],
    news: ["Reported in the news", "ورد في الأخبار"], evidence: ["Evidence", "النص الدال"],
    reports: ["Reports", "عدد التقارير"], wounded: ["Wounded", "الجرحى"],
    trigger: ["Trigger", "الكلمة الدالة"], inbelt: ["In the belt", "داخل الحزام"],
    nearest: ["Nearest centre", "أقرب مركز"]
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
  var NO_DAY = -2147483648;  // an undated incident's day (interactive.NO_DAY)
  function dayString(d) {
    return (d === null || d === undefined || d === NO_DAY) ? "" : new Date(d * 86400000).toISOString().slice(0, 10);
  }


  // Incidents drawn on one canvas and clustered on a screen grid at every redraw: O(n) per
  // view change, no object per incident. Clicks zoom into a cluster or open a popup (built
  // then, from the column data) for the incidents under the pointer, with a pager.
  var CLUSTER_PX = 48, CLUSTER_UNTIL = 13, DOT = 5, MAX_KEYS = 500, LIST_MAX = 200;
  function cell(x, y, size) { return (Math.floor(x / size) + 64) * 8192 + Math.floor(y / size) + 64; }
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
      // one focusable button per drawn dot or cluster, for the keyboard (the mouse hits the canvas)
      this._keys = L.DomUtil.create("div", "gd-keys leaflet-zoom-hide", map.getPane("gd-incidents"));
      this._keys.setAttribute("role", "group");
      this._keys.setAttribute("aria-label", this._t("incidents"));
      // capture phase: an incident's click is taken before the places, centres and areas under it
      this._capture = this._click.bind(this);
      this._escape = this._keydown.bind(this);
      map.getContainer().addEventListener("click", this._capture, true);
      map.getContainer().addEventListener("keydown", this._escape);
      map.on("moveend resize", this._redraw, this);
      map.on("mousemove", this._hover, this);
      this._redraw();
    },
    onRemove: function (map) {
      L.DomUtil.remove(this._canvas);
      L.DomUtil.remove(this._keys);
      map.getContainer().removeEventListener("click", this._capture, true);
      map.getContainer().removeEventListener("keydown", this._escape);
      map.off("moveend resize", this._redraw, this);
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
      if (zoom >= CLUSTER_UNTIL) {  // incidents on one pixel are one stack, paged in its popup
        var at = new Map();
        for (k = 0; k < idx.length; k++) {
          i = idx[k]; x = mx[i] * scale - x0; y = my[i] * scale - y0;
          if (x < -DOT || y < -DOT || x > w + DOT || y > h + DOT) { continue; }
          var px = cell(x, y, 1), st = at.get(px);
          if (st === undefined) {
            at.set(px, items.length); items.push({x: x, y: y, n: 1, i: i, pts: [i], key: px});
          } else { items[st].n++; items[st].pts.push(i); }
        }
      } else {
        var slots = new Map(), cnt = [], sx = [], sy = [], first = [], keys = [], bx0 = [], by0 = [], bx1 = [], by1 = [];
        for (k = 0; k < idx.length; k++) {
          i = idx[k]; x = mx[i] * scale - x0; y = my[i] * scale - y0;
          if (x < -pad || y < -pad || x > w + pad || y > h + pad) { continue; }
          var key = cell(x, y, CLUSTER_PX);
          var s = slots.get(key);
          if (s === undefined) {
            s = cnt.length; slots.set(key, s);
            cnt.push(1); sx.push(x); sy.push(y); first.push(i); keys.push(key);
            bx0.push(x); by0.push(y); bx1.push(x); by1.push(y);
          } else {
            cnt[s]++; sx[s] += x; sy[s] += y;
            if (x < bx0[s]) { bx0[s] = x; } if (x > bx1[s]) { bx1[s] = x; }
            if (y < by0[s]) { by0[s] = y; } if (y > by1[s]) { by1[s] = y; }
          }
        }
        for (s = 0; s < cnt.length; s++) {
          items.push(cnt[s] === 1 ? {x: sx[s], y: sy[s], n: 1, i: first[s], pts: [first[s]], key: keys[s]} :
            {x: sx[s] / cnt[s], y: sy[s] / cnt[s], n: cnt[s], b: [bx0[s], by0[s], bx1[s], by1[s]], key: keys[s]});
        }
      }
      ctx.lineWidth = 1; ctx.strokeStyle = "#ffffff";
      items.forEach(function (it) {
        if (it.b) { return; }
        ctx.beginPath(); ctx.arc(it.x, it.y, it.n > 1 ? DOT + 1.5 : DOT, 0, 2 * Math.PI);
        ctx.fillStyle = colors[types[it.i]]; ctx.fill(); ctx.stroke();
      });
      ctx.textAlign = "center"; ctx.textBaseline = "middle"; ctx.font = "600 11px system-ui,sans-serif";
      items.forEach(function (it) {
        if (!it.b) {
          if (it.n > 1) {  // a stack's size, beside its dot
            ctx.lineWidth = 3; ctx.strokeText(String(it.n), it.x + DOT + 6, it.y - DOT - 2);
            ctx.fillStyle = "#222"; ctx.fillText(String(it.n), it.x + DOT + 6, it.y - DOT - 2); ctx.lineWidth = 1;
          }
          return;
        }
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
      this._drawKeys(items, size);
      this._redraws = (this._redraws || 0) + 1;
      c.setAttribute("data-items", String(items.length));
      c.setAttribute("data-redraws", String(this._redraws));
    },
    _drawKeys: function (items, size) {  // focusable buttons over the drawn items, in reading order
      var keys = this._keys, self = this, best = null, bestD = Infinity;
      var had = keys.contains(document.activeElement) || this._refocus;  // (zooms hide the keys)
      this._refocus = false;
      L.DomUtil.setPosition(keys, this._map.containerPointToLayerPoint([0, 0]));
      keys.textContent = "";
      items.filter(function (it) { return it.x >= 0 && it.y >= 0 && it.x <= size.x && it.y <= size.y; })
        .sort(function (a, b) { return a.y - b.y || a.x - b.x; }).slice(0, MAX_KEYS).forEach(function (it) {
          var r = it.b ? it.r + 4 : DOT + 3, bt = node("button", null, "gd-key");
          bt.type = "button";
          bt.style.left = (it.x - r) + "px"; bt.style.top = (it.y - r) + "px";
          bt.style.width = bt.style.height = (2 * r) + "px";
          bt.setAttribute("aria-label", it.b ? it.n + " " + self._t("incidents") :
            (it.n > 1 ? it.n + " " + self._t("incidents") + ": " : "") + self._summary(it.i));
          bt.gdItem = it;
          keys.appendChild(bt);
          var d = Math.abs(it.x - size.x / 2) + Math.abs(it.y - size.y / 2);
          if (d < bestD) { best = bt; bestD = d; }
        });
      if (had && best) { best.focus(); }  // keyboard zoom into a cluster: focus stays on the map's items
    },
    _summary: function (i) {
      var inc = this._inc, v = function (col) { return inc[col][1][inc[col][0][i]]; };
      return [v("type"), dayString(inc.day[i]) || this._t("undated"), v("loc")].filter(Boolean).join(", ");
    },
    itemOf: function (i) {  // the drawn dot, stack or cluster holding incident i (null when not drawn)
      var map = this._map, scale = 256 * Math.pow(2, map.getZoom()), pb = map.getPixelBounds();
      var key = cell(this._mx[i] * scale - pb.min.x, this._my[i] * scale - pb.min.y,
                     map.getZoom() >= CLUSTER_UNTIL ? 1 : CLUSTER_PX);
      for (var k = 0; k < this._items.length; k++) { if (this._items[k].key === key) { return this._items[k]; } }
      return null;
    },
    _members: function (it) {  // the incidents of a cluster, found again (clusters keep only counts)
      var map = this._map, scale = 256 * Math.pow(2, map.getZoom()), pb = map.getPixelBounds(), out = [];
      for (var k = 0; k < this._idx.length; k++) {
        var i = this._idx[k];
        if (cell(this._mx[i] * scale - pb.min.x, this._my[i] * scale - pb.min.y, CLUSTER_PX) === it.key) { out.push(i); }
      }
      return out;
    },
    _hit: function (pt) {
      var items = this._items, hits = [], cluster = null;
      for (var k = 0; k < items.length; k++) {
        var it = items[k], dx = it.x - pt.x, dy = it.y - pt.y, r = it.b ? it.r + 4 : it.n > 1 ? DOT + 4 : DOT + 2;
        if (dx * dx + dy * dy <= r * r) {
          if (!it.b) { hits.push.apply(hits, it.pts); } else if (!cluster) { cluster = it; }
        }
      }
      return {points: hits, cluster: hits.length ? null : cluster};
    },
    _hover: function (e) {
      var h = this._hit(e.containerPoint);
      this._map.getContainer().style.cursor = (h.points.length || h.cluster) ? "pointer" : "";
    },
    _click: function (e) {  // DOM click, capture phase on the map container
      var map = this._map, el = e.target, key = el.closest ? el.closest(".gd-key") : null;
      if (!key && (!el.closest || el.closest(".leaflet-popup, .leaflet-control, .gd-panel"))) { return; }
      if (!key && map.dragging && map.dragging.moved()) { return; }
      var h = key ? (key.gdItem.b ? {points: [], cluster: key.gdItem} : {points: key.gdItem.pts, cluster: null}) :
        this._hit(map.mouseEventToContainerPoint(e));
      if (!h.cluster && !h.points.length) { return; }
      // an incident's click is the incident's only: no place, centre or area under it opens
      e.preventDefault(); e.stopPropagation(); e.stopImmediatePropagation();
      this._opener = key;
      if (!h.cluster) { this._openPoints(h.points, 0, !!key); return; }
      var members = this._members(h.cluster), inc = this._inc, one = members.every(function (i) {
        return inc.lat[i] === inc.lat[members[0]] && inc.lon[i] === inc.lon[members[0]];
      });
      if (one) { this._openPoints(members, -1, !!key); return; }  // all at one point: their list
      map.closePopup();
      this._refocus = !!key;
      var b = h.cluster.b, sw = map.containerPointToLatLng([b[0], b[3]]), ne = map.containerPointToLatLng([b[2], b[1]]);
      var target = Math.min(map.getBoundsZoom(L.latLngBounds(sw, ne).pad(0.2)), map.getZoom() + 3);
      map.setView(L.latLngBounds(sw, ne).getCenter(), Math.max(target, map.getZoom() + 1));
    },
    _openPoints: function (points, pos, keyboard) {  // pos -1 opens the list of the points
      var self = this, t = this._t, n = points.length, box = node("div", null, "gd-pop");
      if (!this._inc.textReady) {  // the first popup decodes the notes and ids, then opens
        this._inc.loadText().then(function () { self._openPoints(points, pos, keyboard); })
          .catch(function (err) { setTimeout(function () { throw err; }, 0); });
        return;
      }
      var body = node("div", null, "gd-pop-body"), nav = null, count = null, next = null;
      box.appendChild(body);
      function button(text, label, onclick, cls) {
        var bt = node("button", text, cls);
        bt.type = "button"; bt.setAttribute("aria-label", label); bt.title = label;
        L.DomEvent.on(bt, "click", function (e) { L.DomEvent.stop(e); onclick(); });
        return bt;
      }
      function page(p) {
        var refocus = box.contains(document.activeElement) && !nav.contains(document.activeElement);
        pos = p; body.textContent = "";
        if (p < 0) {
          var ul = node("ul", null, "gd-list");
          points.slice(0, LIST_MAX).forEach(function (i, k) {
            var li = node("li");
            li.appendChild(button(self._summary(i), self._summary(i), function () { page(k); }));
            ul.appendChild(li);
          });
          if (n > LIST_MAX) { ul.appendChild(node("li", "… " + (n - LIST_MAX) + " " + t("more"))); }
          body.appendChild(ul);
          count.textContent = n + " " + t("incidents");
        } else {
          body.appendChild(self._incidentCard(points[p]));
          if (count) { count.textContent = (p + 1) + " " + t("of") + " " + n; }
        }
        if (refocus) { next.focus(); }
      }
      if (n > 1) {
        nav = node("div", null, "gd-pager-nav");
        count = node("span", null, "gd-pager-count");
        count.setAttribute("aria-live", "polite");
        nav.appendChild(button("‹", t("previous"), function () { page((pos <= 0 ? n : pos) - 1); }, "gd-prev"));
        nav.appendChild(count);
        nav.appendChild(next = button("›", t("next"), function () { page((pos + 1) % n); }, "gd-next"));
        nav.appendChild(button("≡", t("list"), function () { page(-1); }, "gd-list-button"));
        L.DomEvent.disableClickPropagation(nav);
        box.appendChild(nav);
      } else { nav = node("div"); }
      page(pos);
      var i = points[0];
      this._shown = L.popup({maxWidth: 360, autoPanPadding: [24, 24]})
        .setLatLng([this._inc.lat[i] / 1e5, this._inc.lon[i] / 1e5]).setContent(box).openOn(this._map);
      if (keyboard) { (next || box.querySelector("button, a") || box).focus(); }
    },
    _keydown: function (e) {  // Escape closes the open popup and gives focus back to what opened it
      if (e.key !== "Escape") { return; }
      var open = null, map = this._map;
      map.eachLayer(function (l) { if (l instanceof L.Popup && l.isOpen()) { open = l; } });
      if (!open) { return; }
      L.DomEvent.stop(e);
      map.closePopup(open);
      var back = open === this._shown && this._opener && document.contains(this._opener) ? this._opener : map.getContainer();
      back.focus();
    }
  });
  // ----- Search in any spelling (issue 13, H2). Python precomputes name_key of every title
  // and alias (data.search[i].k) and ships its fold tables (data.fold); fold() folds what is
  // typed the same way, and a record matches when any of its keys has a word starting with
  // the typed words.
  var TASHKEEL = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;
  var APOSTROPHES = /[\u02bb\u02bc\u02bd\u02be\u02bf\u2018\u2019\u201b\u0060\u00b4'\u2032]/g;
  function fold(text, F, typing) {  // name_key of text; typing keeps a trailing article word
    var s = String(text).normalize("NFKD").replace(TASHKEEL, "");
    s = s.replace(/\u06d5(?=[\u0600-\u06ff])/g, "").replace(/\u06d5/g, "\u0647");
    s = Array.from(s, function (c) { return F.arabic.hasOwnProperty(c) ? F.arabic[c] : c; }).join("");
    s = s.toLowerCase().normalize("NFKD").replace(/\p{M}/gu, "");
    s = s.replace(/\u0131/g, "i").replace(/\u0259/g, "e").replace(/\u00df/g, "ss").replace(APOSTROPHES, "");
    s = s.split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(" ");
    F.latin.forEach(function (p) { s = s.split(p[0]).join(p[1]); });
    var art = F.article_ar, words = s.replace(/(.)(?=\1)/gu, "").split(" ");
    words = words.map(function (w) {  // leading ال off while more than two letters stay
      var n = 0;
      while (w.substr(2 * n, 2) === art) { n++; }
      return w.slice(2 * Math.min(n, Math.max(0, Math.floor((w.length - 2) / 2))));
    });
    return words.filter(function (w, i) {
      return w && (F.articles.indexOf(w) < 0 || (typing && i === words.length - 1));
    }).join(" ");
  }
  function findPlaces(records, F, text, limit) {  // best first: whole key, key start, word start
    var q = fold(text, F, true), found = [];
    if (!q) { return found; }
    records.forEach(function (r, i) {
      var best = -1, via = 0;
      r.k.forEach(function (k, j) {
        var rank = k === q ? 3 : k.lastIndexOf(q, 0) === 0 ? 2 : (" " + k).indexOf(" " + q) >= 0 ? 1 : -1;
        if (rank > best || (rank === best && j === 0)) { best = rank; via = j; }
      });
      if (best >= 0) { found.push({r: r, i: i, rank: best * 2 + (via === 0 ? 1 : 0), alias: via ? r.a[via - 1] : ""}); }
    });
    found.sort(function (x, y) { return y.rank - x.rank || x.i - y.i; });
    return found.slice(0, limit);
  }
  function searchControl(map, data, t) {
    var F = data.fold, records = data.search, byTitle = {}, hits = {};
    window.geoDisputedMap.fold = F;
    records.forEach(function (r) { byTitle[r.title] = r; });
    var Search = L.Control.Search.extend({
      _handleKeypress: function (e) {  // Enter: the tips of what is typed now, not 400 ms ago
        if (e.keyCode === 13 && !(this._tooltip.currentSelection >= 0) && this._input.value.length) {
          window.clearTimeout(this.timerKeypress);
          this._fillRecordsCache();
        }
        return L.Control.Search.prototype._handleKeypress.call(this, e);
      },
      onAdd: function (m) {  // text put in without key events (IME, paste, autofill) searches too
        var box = L.Control.Search.prototype.onAdd.call(this, m), self = this;
        L.DomEvent.on(this._input, "input", function () {
          self._tooltip.currentSelection = -1;  // new text: a tip picked before is not Enter's
          self._handleKeypress({keyCode: 0});
        });
        return box;
      }
    });
    var control = new Search({
      position: "topleft", initial: false, zoom: 10, textPlaceholder: t("search"),
      textErr: esc(t("notfound")), textCancel: t("cancel"), firstTipSubmit: true, autoType: false,
      delayType: 80, tooltipLimit: 12,
      marker: {icon: false, animate: true, circle: {radius: 14, weight: 3, color: "#e03", fill: false}},
      sourceData: function (text, callback) { callback(records); return {abort: function () {}}; },
      formatData: function (rows) {
        var out = {};
        rows.forEach(function (r) { out[r.title] = L.latLng(r.loc[0], r.loc[1]); });
        return out;
      },
      filterData: function (text, all) {
        var out = {};
        hits = {};
        this._gdSearched = text;
        findPlaces(records, F, text, 12).forEach(function (h) { out[h.r.title] = all[h.r.title]; hits[h.r.title] = h; });
        return out;
      },
      buildTip: function (title) {
        var li = node("li", null, "gd-tip"), h = hits[title];
        li.appendChild(node("span", title));
        if (h && h.alias) { li.appendChild(node("span", h.alias, "gd-tip-alias")); }
        return li;
      },
      moveToLocation: function (latlng, title, m) {
        var r = byTitle[title];
        m.flyTo(latlng, r ? r.z : 10, {duration: 0.5});
      }
    });
    control.on("search:locationfound", function (e) {
      map.getContainer().setAttribute("data-gd-found", e.text);
    });
    control.addTo(map);
    return control;
  }

  // ----- Offline reference towns (issue 13, H2): gazetteer towns drawn on maps without
  // tiles, each from the zoom of its size (data.towns.z), labelled in the map's language.
  function addTowns(map, group, towns, lang) {
    var markers = towns.pt.map(function (pt, i) {
      var name = lang === "ar" ? (towns.name_ar[i] || towns.name_en[i]) : (towns.name_en[i] || towns.name_ar[i]);
      var box = node("div");
      box.appendChild(node("span", null, "gd-town-dot"));
      box.appendChild(node("span", name));
      return L.marker(pt, {icon: L.divIcon({html: box, className: "gd-town", iconSize: null}),
                           interactive: false, keyboard: false, pane: "gd-labels"});
    });
    function show() {
      var z = map.getZoom(), n = 0;
      markers.forEach(function (m, i) {
        var on = z >= towns.z[i];
        if (on && !group.hasLayer(m)) { group.addLayer(m); }
        if (!on && group.hasLayer(m)) { group.removeLayer(m); }
        n += on ? 1 : 0;
      });
      map.getContainer().setAttribute("data-gd-towns", String(n));
    }
    map.on("zoomend", show);
    show();
  }

  function render(map, groups, data) {
    var timings = {start: performance.now()};
    window.geoDisputedMap = {map: map, groups: groups};
    var L_ = data.lang === "ar" ? 1 : 0;
    var t = function (k) { return T[k][L_]; };
    var C = data.colors, layers = data.layers;
    PANES.forEach(function (p) { map.createPane(p[0]).style.zIndex = p[1]; });
    map.getPane("gd-labels").style.pointerEvents = "none";
    if (data.view) { map.fitBounds(data.view, {animate: false}); }
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
      var spotNames = function (i) {  // the hotspots supporting piece i, in the map's language
        var box = node("span");
        (b.hot[i] || []).forEach(function (id) {
          var nm = b.spots[id] || [id, ""];
          box.appendChild(node("div", L_ ? (nm[1] || nm[0]) : (nm[0] || nm[1])));
        });
        return box.childNodes.length ? box : "";
      };
      b.g.forEach(function (g, i) {
        var c = b.color[i] || C.belt;  // by governorate, as on the static map; support: opacity, dashes
        var s = b.support[i], st = b.styles[s] || [0.35, ""], word = b.words[s];
        shape(g, {color: c, weight: 1, dashArray: st[1] || null, fillColor: c, fillOpacity: st[0]},
              "gd-belt")
          .bindTooltip(function () {
            return card(data.names.belt[L_], null, [[t("governorate"), b.admin1[i]],
              [b.words.support[L_], word ? word[L_] : s], [b.words.hotspots[L_], spotNames(i)],
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
          [t("actors"), actors], [t("notes"), inc.textOf("notes", i)],
          [t("source"), src], [t("link"), links(url)], [t("id"), inc.textOf("id", i)]]);
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
          if (d === NO_DAY ? full : (d >= s[0] && d <= s[1])) { kept[m++] = i; }
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

    function addNews(nw) {  // events coded from news reports: rings, the evidence in the popup
      nw.pt.forEach(function (pt, i) {
        var sub = nw.type[i] + (nw.sub[i] ? " / " + nw.sub[i] : "");
        L.circleMarker(pt, {pane: "gd-incidents", radius: 7, color: C.news, weight: 2.5,
                            fillColor: C.news, fillOpacity: 0.12})
          .bindTooltip(function () { return node("span", sub + (nw.loc[i] ? " · " + nw.loc[i] : "")); })
          .bindPopup(function () {
            return card(t("news"), sub, [[t("date"), nw.date[i] || t("undated")],
              [t("location"), nw.loc[i]],
              [t("fatalities"), nw.fat[i]], [t("wounded"), nw.wounded[i]], [t("actors"), nw.actors[i]],
              [t("evidence"), nw.sentence[i]], [t("trigger"), nw.trigger[i]],
              [t("reports"), nw.reports[i]], [t("source"), nw.outlets[i]], [t("link"), links(nw.urls[i])],
              [t("confidence"), nw.confidence[i]], [t("inbelt"), nw.belt[i]], [t("nearest"), nw.centre[i]]]);
          }, {maxWidth: 360}).addTo(groups.news);
      });
    }
    if (layers.news) { addNews(layers.news); }

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
      var box = node("div", null, "gd-panel gd-legend"), body = node("div", null, "gd-fold-body");
      var head = toggler(box, "gd-legend-row");
      head.appendChild(node("b", T.legend[0])); head.appendChild(node("b", T.legend[1], "gd-ar"));
      box.appendChild(head); box.appendChild(body);
      function row(kind, color, en, ar) {
        var r = node("div", null, "gd-legend-row"), sw = node("span", null, "gd-swatch " + kind);
        if (kind === "gd-line") { sw.style.borderTopColor = color; } else { sw.style.background = color; }
        if (kind === "gd-icon") { sw.className = "gd-swatch"; sw.style.background = "none"; sw.style.border = "0";
          var ic = node("span", null, "gd-centre"); ic.innerHTML = data.centreSvg; sw.appendChild(ic);
          ic.firstChild.setAttribute("width", "14"); ic.firstChild.setAttribute("height", "14"); }
        r.appendChild(sw); r.appendChild(node("span", en)); r.appendChild(node("span", ar, "gd-ar"));
        body.appendChild(r);
      }
      var kinds = {belt: "", centreline: "gd-line", gaps: "gd-line", disputed: "", kurdistan: "gd-line",
                   countries: "gd-line", governorates: "gd-line", districts: "gd-line",
                   centres: "gd-icon", places: "gd-dot", news: "gd-dot"};
      Object.keys(data.names).forEach(function (k) {
        if (k === "incidents") {
          var inc = layers.incidents;
          inc.type[1].forEach(function (ty, j) { row("gd-dot", inc.colors[j], ty || "—", inc.types_ar[j]); });
        } else if (k !== "heat") {
          row(kinds[k], C[k], data.names[k][0], data.names[k][1]);
        }
        if (k === "belt") {  // one row per support drawn: its opacity and outline
          Object.keys(layers.belt.styles).forEach(function (s) {
            var st = layers.belt.styles[s], w = layers.belt.words[s];
            row("gd-support", C.belt, w[0], w[1]);
            var sw = body.lastChild.firstChild;
            sw.style.opacity = String(st[0] + 0.2);
            if (st[1]) { sw.style.border = "1px dashed " + C.belt; }
          });
        }
      });
      L.DomEvent.disableClickPropagation(box); L.DomEvent.disableScrollPropagation(box);
      return box;
    };
    legend.addTo(map);

    // Panels: the legend, the layer control and the sources fold; none covers another (the
    // title sits between the top corners, the bottom corners above the sources); those that
    // fit in PANEL_SHARE of the view open (none on a narrow screen; the tests allow 25%: the
    // scale bar and fonts vary a little); the belt is fitted into the largest part of the
    // view no panel covers.
    var NARROW_PX = 700, PANEL_SHARE = 0.24, GAP = 10, sources = null, folds = [];
    function toggler(box, cls) {  // the button that folds (or opens) ``box``
      var bt = node("button", null, "gd-fold " + cls);
      bt.type = "button"; bt.setAttribute("aria-expanded", "true");
      L.DomEvent.on(bt, "click", function (e) {
        L.DomEvent.stop(e); fold(box, !(box.gdFolded ? box.gdFolded() : L.DomUtil.hasClass(box, "gd-folded")));
      });
      box.gdToggle = bt;
      return bt;
    }
    function fold(box, folded) {
      L.DomUtil[folded ? "addClass" : "removeClass"](box, "gd-folded");
      if (box.gdToggle) { box.gdToggle.setAttribute("aria-expanded", String(!folded)); }
      if (box.gdFold) { box.gdFold(folded); }
      arrange();
    }
    function foldable() {
      var box = map.getContainer(), layersBox = box.querySelector(".leaflet-control-layers");
      folds.push(legend.getContainer());
      if (layersBox) {  // Leaflet's own button (the layers icon) opens it again
        var head = toggler(layersBox, "gd-layers-head");
        head.appendChild(node("b", T.layers[0])); head.appendChild(node("b", T.layers[1], "gd-ar"));
        var list = layersBox.querySelector(".leaflet-control-layers-list");
        list.insertBefore(head, list.firstChild);
        layersBox.gdFolded = function () { return !L.DomUtil.hasClass(layersBox, "leaflet-control-layers-expanded"); };
        layersBox.gdFold = function (folded) {
          L.DomUtil[folded ? "removeClass" : "addClass"](layersBox, "leaflet-control-layers-expanded");
        };
        folds.push(layersBox);
      }
      if (map.attributionControl) {  // the sources: a bar along the bottom, one line when folded
        sources = node("div", null, "gd-sources");
        var bt = toggler(sources, "gd-sources-head");
        bt.appendChild(node("span", t("sources")));
        sources.appendChild(bt); sources.appendChild(map.attributionControl.getContainer());
        L.DomEvent.disableClickPropagation(sources); L.DomEvent.disableScrollPropagation(sources);
        box.appendChild(sources);
        folds.push(sources);
      }
    }
    function panelRects() {  // every panel's box, in container pixels
      var box = map.getContainer(), r0 = box.getBoundingClientRect(), out = [];
      box.querySelectorAll(".leaflet-control-container .leaflet-control, .gd-title, .gd-sources")
        .forEach(function (el) {
          if (el.parentNode.closest(".leaflet-control, .gd-sources")) { return; }  // part of another
          var r = el.getBoundingClientRect();
          if (r.width < 1 || r.height < 1) { return; }
          out.push({x0: r.left - r0.left, y0: r.top - r0.top, x1: r.right - r0.left, y1: r.bottom - r0.top});
        });
      return out;
    }
    function share() {
      var s = map.getSize(), area = 0;
      panelRects().forEach(function (r) {
        area += Math.max(0, Math.min(r.x1, s.x) - Math.max(r.x0, 0)) * Math.max(0, Math.min(r.y1, s.y) - Math.max(r.y0, 0));
      });
      return area / (s.x * s.y);
    }
    function arrange() {  // the bottom corners above the sources, the title between the top corners
      var box = map.getContainer(), r0 = box.getBoundingClientRect(), low = sources ? sources.offsetHeight : 0;
      box.querySelectorAll(".leaflet-bottom").forEach(function (c) { c.style.bottom = low + "px"; });
      var tl = box.querySelector(".leaflet-top.leaflet-left").getBoundingClientRect();
      var tr = box.querySelector(".leaflet-top.leaflet-right").getBoundingClientRect();
      var left = (tl.width ? tl.right - r0.left : 0) + GAP, right = (tr.width ? tr.left - r0.left : r0.width) - GAP;
      title.style.left = ((left + right) / 2) + "px";
      title.style.maxWidth = Math.max(right - left, 120) + "px";
    }
    function fitPlan() {  // where the belt (and the centres on it) fits best between the panels
      if (!layers.belt) { return null; }
      var belt = L.geoJSON({type: "GeometryCollection", geometries: layers.belt.g}).getBounds();
      var all = L.latLngBounds(belt.getSouthWest(), belt.getNorthEast());
      if (layers.centres) {
        layers.centres.circle.forEach(function (c) {
          var cb = L.latLngBounds(c);
          if (cb.intersects(belt)) { all.extend(cb); }
        });
      }
      var size = map.getSize(), W = size.x, H = size.y, rects = panelRects(), n = Math.min(rects.length, 16);
      var p0 = map.latLngToContainerPoint(all.getNorthWest()), p1 = map.latLngToContainerPoint(all.getSouthEast());
      var bw = Math.max(p1.x - p0.x, 1), bh = Math.max(p1.y - p0.y, 1), best = null, bestS = 0;
      for (var mask = 0; mask < (1 << n); mask++) {  // each panel is left out above/below or beside
        var e = [0, 0, 0, 0];  // left, top, right, bottom
        for (var k = 0; k < n; k++) {
          var r = rects[k];
          if ((mask >> k) & 1) {
            if (r.y0 + r.y1 < H) { e[1] = Math.max(e[1], r.y1); } else { e[3] = Math.max(e[3], H - r.y0); }
          } else if (r.x0 + r.x1 < W) { e[0] = Math.max(e[0], r.x1); } else { e[2] = Math.max(e[2], W - r.x0); }
        }
        var s = Math.min((W - e[0] - e[2] - 2 * GAP) / bw, (H - e[1] - e[3] - 2 * GAP) / bh);
        if (s > bestS) { bestS = s; best = e; }
      }
      // the zoom it fits at, relative to the current one (Leaflet zooms by whole levels)
      return best ? {bounds: all, edges: best, zoom: Math.floor(Math.log2(bestS) + 1e-9)} : null;
    }
    function fitView() {
      var plan = fitPlan(), e = plan ? plan.edges : null;
      if (plan) {
        map.fitBounds(plan.bounds, {paddingTopLeft: [e[0] + GAP, e[1] + GAP],
                                    paddingBottomRight: [e[2] + GAP, e[3] + GAP], animate: false});
      }
      map.getContainer().setAttribute("data-gd-fit", e ? e.join(",") : "");
    }
    function layout(done) {
      var box = map.getContainer(), narrow = map.getSize().x < NARROW_PX;
      foldable();
      L.DomUtil[narrow ? "addClass" : "removeClass"](box, "gd-narrow");
      folds.forEach(function (f) { fold(f, true); });
      var mini = box.querySelector(".leaflet-control-minimap-toggle-display");
      if (narrow && mini) { mini.click(); }  // the minimap shrinks to its button
      if (!narrow) {  // a panel opens if the panels stay within their share and the belt's zoom
        folds.forEach(function (f) {
          var before = fitPlan();
          fold(f, false);
          var after = fitPlan();
          if (share() > PANEL_SHARE || (before && (!after || after.zoom < before.zoom))) { fold(f, true); }
        });
      }
      fitView();
      done();
      map.on("resize", arrange);
      if (window.ResizeObserver) {
        var watch = new window.ResizeObserver(function () { arrange(); });
        box.querySelectorAll(".leaflet-top, .leaflet-bottom, .gd-sources").forEach(function (c) { watch.observe(c); });
      }
    }

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
      // leaflet-minimap 3.6.1 tells the moves it makes from the user's by one flag, which two
      // main-map moves within its pan animation turn over: its own move then sets the main map
      // back, cancelling a search's flight (its issues 57 and 155). Here it remembers where it
      // is going; any other move of the minimap is the user's, and the main map follows it.
      L.Control.MiniMap.include({
        _gdAt: function (center, zoom) {  // the minimap rests at center and zoom
          var mini = this._miniMap;
          return mini.getZoom() === zoom &&
            mini.latLngToContainerPoint(center).distanceTo(mini.getSize().divideBy(2)) < 2;
        },
        _onMainMapMoved: function () {
          var main = this._mainMap;
          if (this._miniMapMoving) {  // the map followed the minimap, unless its zoom limits stopped it
            this._miniMapMoving = false;
            if (this._gdAt(main.getCenter(), this._decideZoom(true))) {
              this._aimingRect.setBounds(main.getBounds());
              return;
            }
          }
          this._gdOwn = {center: this.options.centerFixed || main.getCenter(), zoom: this._decideZoom(true)};
          this._mainMapMoving = true;  // no shadow of the view while the minimap follows
          this._miniMap.setView(this._gdOwn.center, this._gdOwn.zoom);
          this._setDisplay(this._decideMinimized());
          this._aimingRect.setBounds(main.getBounds());
        },
        _onMiniMapMoved: function () {
          var own = this._gdOwn;
          if (own) {  // its own move: done when it is there, else cut short by the next one
            if (this._gdAt(own.center, own.zoom)) { this._gdOwn = null; this._mainMapMoving = false; }
            return;
          }
          this._miniMapMoving = true;
          this._mainMap.setView(this._miniMap.getCenter(), this._decideZoom(false));
          this._shadowRect.setStyle({opacity: 0, fillOpacity: 0});
        },
        _gdUser: function () { this._gdOwn = null; this._mainMapMoving = false; }  // the user's turn
      });
      var miniControl = new L.Control.MiniMap(mini, {toggleDisplay: true, position: "bottomleft",
                                                     width: 140, height: 140, zoomLevelOffset: -4}).addTo(map);
      miniControl._miniMap.on("dragstart boxzoomend", miniControl._gdUser, miniControl);
      L.DomEvent.on(miniControl.getContainer(), "wheel dblclick keydown touchstart", miniControl._gdUser, miniControl);
      window.geoDisputedMap.minimap = miniControl;
    }
    if (data.search.length) { window.geoDisputedMap.search = searchControl(map, data, t); }  // H2: search
    if (data.towns) { addTowns(map, groups.countries || map, data.towns, data.lang); }  // H2: offline towns
    data.attribution.forEach(function (a) { map.attributionControl.addAttribution(esc(a)); });
    layout(ready);
  }
  // ----- The data: one JSON element and binary blocks beside it (interactive.build_map).
  // A block is base64 of little-endian columns stored as byte planes, deflated when the
  // element says "deflate-base64" (DecompressionStream); the incidents' columns are decoded
  // into typed arrays before drawing, their notes and ids when a popup first needs them
  // (interactive._text_field: "utf8", "numbered" ids, "words" with codes of 1-3 bytes).
  var KINDS = {u1: Uint8Array, u2: Uint16Array, u4: Uint32Array, i4: Int32Array};
  function fromBase64(text) {
    text = text.trim();
    if (Uint8Array.fromBase64) { return Uint8Array.fromBase64(text); }
    var bin = atob(text), bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) { bytes[i] = bin.charCodeAt(i); }
    return bytes;
  }
  function inflate(bytes, as) {  // Promise of the inflated bytes (as "text" or "bytes")
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate"));
    return as === "text" ? new Response(stream).text() :
      new Response(stream).arrayBuffer().then(function (b) { return new Uint8Array(b); });
  }
  function block(id) {  // Promise of a block's bytes
    var el = document.getElementById(id);
    if (!el) { return Promise.reject(new Error("map data block " + id + " is missing")); }
    var bytes = fromBase64(el.textContent);
    return el.getAttribute("data-encoding") === "deflate-base64" ? inflate(bytes) : Promise.resolve(bytes);
  }
  function column(bytes, at, n, kind) {  // n values of ``kind`` stored as byte planes from ``at``
    var T = KINDS[kind], size = T.BYTES_PER_ELEMENT, out = new T(n);
    if (at + n * size > bytes.length) { throw new Error("map data block too short"); }
    if (size === 1) { out.set(bytes.subarray(at, at + n)); return out; }
    var u8 = new Uint8Array(out.buffer);  // typed arrays are little-endian in every browser
    for (var b = 0; b < size; b++) {
      var plane = bytes.subarray(at + b * n, at + (b + 1) * n);
      for (var i = 0, j = b; i < n; i++, j += size) { u8[j] = plane[i]; }
    }
    return out;
  }
  function unpackIncidents(inc, id) {  // the columns into typed arrays; the text made lazy
    return block(id + "-incidents-cols").then(function (bytes) {
      var at = 0;
      inc.cols.forEach(function (c) {
        var col = column(bytes, at, inc.n, c[1]);
        at += col.byteLength;
        if (Array.isArray(inc[c[0]])) { inc[c[0]][0] = col; } else { inc[c[0]] = col; }
      });
      var text = {}, fields = inc.text || [], decoder = new window.TextDecoder();
      inc.textReady = !fields.length;
      inc.textOf = function (name, i) {  // row i of a text column ("" when the map has none)
        var t = text[name];
        if (!t) { return ""; }
        if (t.prefixes) {  // prefix + its trailing digits, padded with zeros to their count
          return t.prefixes[t.codes[i]] + (t.width[i] ? String(t.num[i]).padStart(t.width[i], "0") : "");
        }
        if (!t.words) { return decoder.decode(t.bytes.subarray(t.start[i], t.start[i + 1])); }
        var out = "";  // prose: its words, each with the space after it
        for (var k = t.start[i]; k < t.start[i + 1]; k++) { out += t.words[t.codes[k]]; }
        return out;
      };
      function starts(len) {  // the running sums of ``len``, from 0
        var start = new Float64Array(len.length + 1);
        for (var i = 0; i < len.length; i++) { start[i + 1] = start[i] + len[i]; }
        return start;
      }
      function utf8(bytes, at, n, kind) {  // {start, bytes, end} of a utf8 text column
        var len = column(bytes, at, n, kind), start = starts(len), from = at + len.byteLength;
        var end = from + start[n];
        if (end > bytes.length) { throw new Error("map data block too short"); }
        return {start: start, bytes: bytes.subarray(from, end), end: end};
      }
      function strings(u, n) {  // the n strings of a utf8 column
        var out = new Array(n);
        for (var w = 0; w < n; w++) { out[w] = decoder.decode(u.bytes.subarray(u.start[w], u.start[w + 1])); }
        return out;
      }
      function tiered(bytes, at, n, kind, a1, a2) {  // {codes, end}: n codes of 1-3 bytes from at
        var codes = new KINDS[kind](n), p = at, b, two = a1 + a2, three = a1 + a2 * 256;
        for (var k = 0; k < n; k++) {
          b = bytes[p];
          if (b < a1) { codes[k] = b; p += 1; } else if (b < two) {
            codes[k] = a1 + ((b - a1) << 8 | bytes[p + 1]); p += 2;
          } else { codes[k] = three + ((b - two) << 16 | bytes[p + 1] << 8 | bytes[p + 2]); p += 3; }
        }
        if (p > bytes.length) { throw new Error("map data block too short"); }
        return {codes: codes, end: p};
      }
      function numbered(bytes, at, n, f) {  // a "numbered" column (interactive._numbered)
        var codes = column(bytes, at, n, f[2]), table = utf8(bytes, at + codes.byteLength, f[4], f[3]);
        var width = column(bytes, table.end, n, "u1"), num = column(bytes, table.end + n, n, "i4");
        for (var i = 1; i < n; i++) { num[i] += num[i - 1]; }  // deltas: every |number| < 1e9
        return {codes: codes, prefixes: strings(table, f[4]), width: width, num: num, end: table.end + 5 * n};
      }
      var loading = null;
      inc.loadText = function () {  // Promise: the text block decoded (once)
        if (inc.textReady) { return Promise.resolve(); }
        loading = loading || block(id + "-incidents-text").then(function (bytes) {
          var at = 0;
          fields.forEach(function (f) {  // interactive._text_field
            var t = f[1] === "utf8" ? utf8(bytes, at, inc.n, f[2]) : f[1] === "numbered" ? numbered(bytes, at, inc.n, f) : null;
            if (t) { text[f[0]] = t; at = t.end; return; }
            var counts = column(bytes, at, inc.n, f[2]);  // "words": counts, tiered codes, table
            var codes = tiered(bytes, at + counts.byteLength, f[5], f[3], f[7], f[8]);
            var table = utf8(bytes, codes.end, f[6], f[4]);
            text[f[0]] = {start: starts(counts), codes: codes.codes, words: strings(table, f[6])};
            at = table.end;
          });
          if (at !== bytes.length) { throw new Error("map data block of " + bytes.length + " bytes, " + at + " read"); }
          inc.textReady = true;
        });
        return loading;
      };
    });
  }
  function load(id) {  // Promise of the map's data, the incidents' columns decoded
    var el = document.getElementById(id), enc = el.getAttribute("data-encoding");
    var json = enc !== "deflate-base64" ? Promise.resolve(JSON.parse(el.textContent)) :
      inflate(fromBase64(el.textContent), "text").then(JSON.parse);
    return json.then(function (data) {
      var inc = data.layers.incidents;
      return inc ? unpackIncidents(inc, id).then(function () { return data; }) : data;
    });
  }
  function draw(map, groups, id, extra) {
    return load(id).then(function (data) {
      Object.keys(extra).forEach(function (k) { data[k] = extra[k]; });
      render(map, groups, data);
    }).catch(function (err) { setTimeout(function () { throw err; }, 0); });
  }
  window.geoDisputed = {render: render, load: load, draw: draw, fold: fold, findPlaces: findPlaces};
})();
