// The kamergraph view. Data comes from the JSON element #kg-data; every text from a letter is
// written with textContent or drawn on the canvas, never parsed as HTML.
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("kg-data").textContent);

  var KINDS = {
    letter: { name: "Brief", color: "#0969da", shape: "square" },
    motion: { name: "Motie", color: "#e16f24", shape: "diamond" },
    commitment: { name: "Toezegging", color: "#8250df", shape: "triangle" },
    dossier: { name: "Dossier", color: "#1b7c83", shape: "hexagon" },
    member: { name: "Kamerlid", color: "#bf3989", shape: "dot" },
    document: { name: "Geciteerd stuk", color: "#8c959f", shape: "triangleDown" }
  };
  var EDGES = {
    settles: { name: "handelt af (settles)", color: "#1a7f37", width: 4.5, dashes: false, label: "settles" },
    progress: { name: "voortgang (progress)", color: "#d4a72c", width: 2.2, dashes: false, label: "progress" },
    mentions: { name: "noemt (mentions)", color: "#8c959f", width: 1.2, dashes: [5, 4], label: "mentions" },
    makes: { name: "doet toezegging", color: "#8250df", width: 1.8, dashes: false, label: "makes" },
    keeps: { name: "komt toezegging na", color: "#6639ba", width: 2.6, dashes: [10, 4], label: "keeps" },
    same: { name: "zelfde toezegging", color: "#c297ff", width: 1.4, dashes: [2, 4], label: "same promise" },
    cites: { name: "citeert", color: "#d0d7de", width: 0.8, dashes: false, label: "" },
    member: { name: "ingediend door", color: "#f0b8d8", width: 0.8, dashes: false, label: "" },
    dossier: { name: "in dossier", color: "#b6e3e6", width: 0.6, dashes: false, label: "" }
  };
  var CONFLICT = "#cf222e";
  var ACTIONS = { settles: 1, progress: 1, mentions: 1 };

  var nodeById = new Map();
  var edgeById = new Map();
  var edgesOf = new Map();
  data.nodes.forEach(function (n) { nodeById.set(n.id, n); edgesOf.set(n.id, []); });
  data.edges.forEach(function (e) {
    edgeById.set(e.id, e);
    edgesOf.get(e.from).push(e);
    edgesOf.get(e.to).push(e);
  });
  var big = data.nodes.length > 1500;
  // at archive size the structural links start hidden: they are most of the ink and the cost
  var OFF_WHEN_BIG = big ? { cites: true, member: true, dossier: true } : {};

  function el(tag, text, cls) {
    var x = document.createElement(tag);
    if (text !== undefined && text !== null) x.textContent = String(text);
    if (cls) x.className = cls;
    return x;
  }

  function fade(hex) { return hex + "33"; }

  function nodeStyle(n, dim) {
    var k = KINDS[n.kind] || KINDS.document;
    var border = n.conflict ? CONFLICT : k.color;
    var fill = n.inferred ? "#ffffff" : k.color;
    return {
      id: n.id, x: n.x, y: n.y, label: n.label, shape: k.shape, size: n.size,
      borderWidth: n.conflict ? 4 : n.inferred ? 2.5 : 1,
      shapeProperties: { borderDashes: n.inferred ? [4, 3] : false },
      color: {
        background: dim ? fade(fill) : fill, border: dim ? fade(border) : border,
        highlight: { background: fill, border: "#1f2328" }, hover: { background: fill, border: "#1f2328" }
      },
      font: { color: dim ? "#1f232840" : "#1f2328", size: n.kind === "letter" ? 13 : 11,
        strokeWidth: 3, strokeColor: "#ffffff" }
    };
  }

  function edgeStyle(e, dim) {
    var s = EDGES[e.kind] || EDGES.cites;
    var color = e.conflict ? CONFLICT : s.color;
    return {
      id: e.id, from: e.from, to: e.to,
      label: e.conflict ? "⚠ " + s.label + " (conflict)" : s.label,
      width: s.width, dashes: e.conflict ? [3, 3] : s.dashes,
      color: { color: dim ? fade(color) : color, highlight: color, hover: color },
      arrows: { to: { enabled: e.kind !== "member" && e.kind !== "dossier", scaleFactor: 0.5 } },
      font: { size: 10, color: dim ? "#59636e40" : color === "#d4a72c" ? "#9a6700" : color,
        strokeWidth: 3, strokeColor: "#ffffff", align: "horizontal" }
    };
  }

  var nodes = new vis.DataSet(data.nodes.map(function (n) { return nodeStyle(n, false); }));
  var edges = new vis.DataSet(data.edges.map(function (e) {
    var style = edgeStyle(e, false);
    style.hidden = !!OFF_WHEN_BIG[e.kind];
    return style;
  }));
  var container = document.getElementById("graph");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, {
    physics: false,
    layout: { improvedLayout: false },
    interaction: { hover: true, tooltipDelay: 3600000, hideEdgesOnDrag: big, hideEdgesOnZoom: big,
      multiselect: false, navigationButtons: false, keyboard: false },
    // selected = highlighted: the clicked node and what it links to, drawn bold without restyling
    nodes: { scaling: { label: { drawThreshold: 6 } },
      chosen: { node: function (v) { v.borderWidth = Math.max(v.borderWidth, 3); v.borderColor = "#1f2328"; },
        label: function (v) { v.mod = "bold"; v.color = "#1f2328"; } } },
    edges: { smooth: false, selectionWidth: 2.5, hoverWidth: 1.5 }
  });

  // --- the timeline axis and band titles, drawn under the graph --------------------------
  var xs = data.nodes.map(function (n) { return n.x; });
  var ys = data.nodes.map(function (n) { return n.y; });
  var minX = Math.min.apply(null, xs.concat([0])), maxX = Math.max.apply(null, xs.concat([0]));
  var minY = Math.min.apply(null, ys.concat([0])), maxY = Math.max.apply(null, ys.concat([0]));
  network.on("beforeDrawing", function (ctx) {
    ctx.save();
    ctx.font = "12px system-ui, sans-serif";
    ctx.lineWidth = 1;
    data.ticks.forEach(function (t) {
      if (t[0] < minX - 200 || t[0] > maxX + 200) return;
      ctx.strokeStyle = t[1].length === 4 ? "#d0d7de" : "#eef1f4";
      ctx.beginPath(); ctx.moveTo(t[0], minY - 90); ctx.lineTo(t[0], maxY + 40); ctx.stroke();
      ctx.fillStyle = "#59636e"; ctx.fillText(t[1], t[0] + 4, minY - 76);
    });
    ctx.font = "600 14px system-ui, sans-serif";
    ctx.fillStyle = "#8c959f";
    data.bands.forEach(function (b) { ctx.fillText(b[1].toUpperCase(), minX - 30, b[0] - 48); });
    ctx.restore();
  });

  // --- header counts and the legend with filters --------------------------------------------
  var c = data.counts;
  document.getElementById("counts").textContent = c.letter + " brieven · " + c.motion + " moties · " +
    c.commitment + " toezeggingen" + (data.dateMin ? " · " + data.dateMin + " – " + data.dateMax : "");

  function swatch(kind) {
    var ns = "http://www.w3.org/2000/svg";
    var svg = document.createElementNS(ns, "svg");
    svg.setAttribute("width", "16"); svg.setAttribute("height", "16"); svg.setAttribute("class", "sw");
    var k = KINDS[kind], shape;
    var pts = { diamond: "8,1 15,8 8,15 1,8", triangle: "8,2 15,14 1,14", triangleDown: "1,2 15,2 8,14",
      hexagon: "4,2 12,2 15,8 12,14 4,14 1,8" };
    if (k.shape === "square") { shape = document.createElementNS(ns, "rect");
      shape.setAttribute("x", "2"); shape.setAttribute("y", "2"); shape.setAttribute("width", "12"); shape.setAttribute("height", "12");
    } else if (k.shape === "dot") { shape = document.createElementNS(ns, "circle");
      shape.setAttribute("cx", "8"); shape.setAttribute("cy", "8"); shape.setAttribute("r", "6");
    } else { shape = document.createElementNS(ns, "polygon"); shape.setAttribute("points", pts[k.shape]); }
    shape.setAttribute("fill", k.color);
    svg.appendChild(shape);
    return svg;
  }

  function lineSwatch(kind) {
    var ns = "http://www.w3.org/2000/svg", s = EDGES[kind];
    var svg = document.createElementNS(ns, "svg");
    svg.setAttribute("width", "26"); svg.setAttribute("height", "10"); svg.setAttribute("class", "sw");
    var line = document.createElementNS(ns, "line");
    line.setAttribute("x1", "1"); line.setAttribute("y1", "5"); line.setAttribute("x2", "25"); line.setAttribute("y2", "5");
    line.setAttribute("stroke", s.color); line.setAttribute("stroke-width", String(Math.max(1.5, s.width)));
    if (s.dashes) line.setAttribute("stroke-dasharray", s.dashes.join(" "));
    svg.appendChild(line);
    return svg;
  }

  function checkbox(parent, key, sw, name, count, on) {
    var label = el("label");
    var box = el("input"); box.type = "checkbox"; box.checked = on; box.value = key;
    box.addEventListener("change", applyFilters);
    label.appendChild(box); label.appendChild(sw); label.appendChild(el("span", name));
    if (count !== undefined) label.appendChild(el("span", count, "n"));
    parent.appendChild(label);
    return box;
  }

  var kindBoxes = {}, edgeBoxes = {};
  var kindFilters = document.getElementById("kind-filters");
  Object.keys(KINDS).forEach(function (k) {
    kindBoxes[k] = checkbox(kindFilters, k, swatch(k), KINDS[k].name, c[k] || 0, true);
  });
  var inferredNote = el("label", null);
  var dashed = swatch("letter"); dashed.firstChild.setAttribute("fill", "#fff");
  dashed.firstChild.setAttribute("stroke", KINDS.letter.color); dashed.firstChild.setAttribute("stroke-dasharray", "3 2");
  inferredNote.appendChild(dashed); inferredNote.appendChild(el("span", "brief, datum afgeleid (≈)", "meta"));
  kindFilters.appendChild(inferredNote);
  var conflictNote = el("label");
  var red = swatch("motion"); red.firstChild.setAttribute("stroke", CONFLICT); red.firstChild.setAttribute("stroke-width", "2.5");
  conflictNote.appendChild(red); conflictNote.appendChild(el("span", "conflict (één nummer, twee moties)", "meta"));
  kindFilters.appendChild(conflictNote);
  var edgeCounts = {};
  data.edges.forEach(function (e) { edgeCounts[e.kind] = (edgeCounts[e.kind] || 0) + 1; });
  var edgeFilters = document.getElementById("edge-filters");
  Object.keys(EDGES).forEach(function (k) {
    edgeBoxes[k] = checkbox(edgeFilters, k, lineSwatch(k), EDGES[k].name, edgeCounts[k] || 0, !OFF_WHEN_BIG[k]);
  });
  var dossierSelect = document.getElementById("dossier-filter");
  data.dossiers.forEach(function (d) {
    var o = el("option", d[1] || d[0]); o.value = d[0]; dossierSelect.appendChild(o);
  });
  dossierSelect.addEventListener("change", applyFilters);
  var since = document.getElementById("since"), until = document.getElementById("until");
  if (data.dateMin) { since.min = until.min = data.dateMin; since.max = until.max = data.dateMax; }
  since.addEventListener("change", applyFilters);
  until.addEventListener("change", applyFilters);

  // --- filters ----------------------------------------------------------------------------
  var hiddenNodes = new Set(), hiddenEdges = new Set();
  data.edges.forEach(function (e) { if (OFF_WHEN_BIG[e.kind]) hiddenEdges.add(e.id); });

  function applyFilters() {
    var dossier = dossierSelect.value, from = since.value, to = until.value;
    var show = new Set();
    var letterOk = function (n) {
      if (!kindBoxes.letter.checked) return false;
      if (dossier && n.dossiers.indexOf(dossier) < 0) return false;
      if (from && (!n.date || n.date < from)) return false;
      if (to && (!n.date || n.date > to)) return false;
      return true;
    };
    var letters = new Set();
    data.nodes.forEach(function (n) { if (n.kind === "letter" && letterOk(n)) { letters.add(n.id); show.add(n.id); } });
    var restricted = dossier || from || to;
    var edgeOk = function (e) { return edgeBoxes[e.kind].checked; };
    // a motion, promise or document shows when a shown letter links to it with a shown link
    data.nodes.forEach(function (n) {
      if (n.kind === "letter" || n.kind === "member" || !kindBoxes[n.kind].checked) return;
      var es = edgesOf.get(n.id), fromLetters = es.filter(function (e) { return nodeById.get(e.from).kind === "letter"; });
      if (!fromLetters.length) { if (!restricted && n.kind !== "motion") show.add(n.id); return; }
      if (fromLetters.some(function (e) { return edgeOk(e) && (letters.has(e.from) || (n.kind === "dossier" && !restricted)); })) show.add(n.id);
    });
    data.nodes.forEach(function (n) {
      if (n.kind !== "member" || !kindBoxes.member.checked) return;
      if (edgesOf.get(n.id).some(function (e) { return show.has(e.from); })) show.add(n.id);
    });
    var nodeUpdates = [], edgeUpdates = [];
    data.nodes.forEach(function (n) {
      var hide = !show.has(n.id);
      if (hide !== hiddenNodes.has(n.id)) { nodeUpdates.push({ id: n.id, hidden: hide }); hide ? hiddenNodes.add(n.id) : hiddenNodes.delete(n.id); }
    });
    data.edges.forEach(function (e) {
      var hide = !(edgeOk(e) && show.has(e.from) && show.has(e.to));
      if (hide !== hiddenEdges.has(e.id)) { edgeUpdates.push({ id: e.id, hidden: hide }); hide ? hiddenEdges.add(e.id) : hiddenEdges.delete(e.id); }
    });
    nodes.update(nodeUpdates);
    edges.update(edgeUpdates);
  }

  document.getElementById("reset").addEventListener("click", function () {
    Object.keys(kindBoxes).forEach(function (k) { kindBoxes[k].checked = true; });
    Object.keys(edgeBoxes).forEach(function (k) { edgeBoxes[k].checked = true; });
    dossierSelect.value = ""; since.value = ""; until.value = "";
    applyFilters(); unhighlight(); network.fit();
  });
  document.getElementById("fit").addEventListener("click", function () { network.fit(); });

  // --- highlighting -------------------------------------------------------------------------
  // Only the colours of nodes and links whose state changes are sent to vis-network: restyling
  // all of a 5,000-node graph on every click takes seconds.
  var dimNodes = new Set(), dimEdges = new Set();

  function colours(style) { return { id: style.id, color: style.color, font: style.font }; }

  function restyle(items, dimSet, dimNow, style, dataset) {
    var changes = [];
    items.forEach(function (x) {
      var dim = dimNow(x);
      if (dim !== dimSet.has(x.id)) {
        changes.push(colours(style(x, dim)));
        if (dim) dimSet.add(x.id); else dimSet.delete(x.id);
      }
    });
    if (changes.length) dataset.update(changes);
  }

  function highlight(keepNodes, keepEdges) {
    network.setSelection({ nodes: Array.from(keepNodes), edges: Array.from(keepEdges) },
      { unselectAll: true, highlightEdges: false });
    if (big) return;  // dimming the rest costs seconds at this size: selection alone highlights
    restyle(data.nodes, dimNodes, function (n) { return !keepNodes.has(n.id); }, nodeStyle, nodes);
    restyle(data.edges, dimEdges, function (e) { return !keepEdges.has(e.id); }, edgeStyle, edges);
  }

  function unhighlight() {
    restyle(data.nodes, dimNodes, function () { return false; }, nodeStyle, nodes);
    restyle(data.edges, dimEdges, function () { return false; }, edgeStyle, edges);
  }

  // --- the panel ----------------------------------------------------------------------------
  var panel = document.getElementById("panel");

  function kindBadge(kind) {
    var b = el("span", (KINDS[kind] || KINDS.document).name, "kind");
    b.style.background = (KINDS[kind] || KINDS.document).color;
    return b;
  }

  function link(id) {
    var n = nodeById.get(id);
    var a = el("a", n ? n.label.replace("\n", " · ") : id);
    a.href = "#";
    a.addEventListener("click", function (ev) { ev.preventDefault(); select(id, true); });
    return a;
  }

  function fields(rows) {
    var dl = el("dl");
    rows.forEach(function (r) { dl.appendChild(el("dt", r[0])); dl.appendChild(el("dd", r[1])); });
    return dl;
  }

  function evidence(e) {
    var box = el("div");
    if (e.conflict) box.appendChild(el("div", "⚠ conflict: " + e.conflict, "conflict"));
    if (e.evidence) box.appendChild(el("blockquote", e.evidence));
    var meta = [];
    if (e.source) meta.push(e.source + (e.span ? " [" + e.span[0] + "–" + e.span[1] + "]" : ""));
    if (e.date) meta.push(e.date);
    if (e.confidence !== null && e.confidence !== undefined) meta.push("confidence " + e.confidence);
    if (e.rule) meta.push("rule " + e.rule);
    if (meta.length) box.appendChild(el("div", meta.join(" · "), "meta"));
    return box;
  }

  function motionTimeline(id) {
    return edgesOf.get(id).filter(function (e) { return e.to === id && ACTIONS[e.kind]; })
      .sort(function (a, b) { return (a.date || "9999").localeCompare(b.date || "9999") || a.from.localeCompare(b.from); });
  }

  function showNode(id) {
    var n = nodeById.get(id);
    panel.replaceChildren();
    panel.appendChild(kindBadge(n.kind));
    panel.appendChild(el("h3", n.label.replace("\n", " · ")));
    panel.appendChild(fields(n.rows));
    if (n.kind === "motion") {
      panel.appendChild(el("h4", "Tijdlijn: brieven over deze motie"));
      var ol = el("ol");
      ol.id = "timeline";
      motionTimeline(id).forEach(function (e) {
        var li = el("li");
        li.appendChild(el("span", (e.date || "zonder datum") + " ", "meta"));
        li.appendChild(el("span", EDGES[e.kind].label + " ", "act act-" + e.kind));
        li.appendChild(link(e.from));
        li.appendChild(evidence(e));
        ol.appendChild(li);
      });
      if (!ol.children.length) ol.appendChild(el("li", "geen brief handelt over deze motie", "meta"));
      panel.appendChild(ol);
    }
    var out = edgesOf.get(id).filter(function (e) { return e.from === id || n.kind !== "motion"; });
    var groups = {};
    out.forEach(function (e) { (groups[e.kind] = groups[e.kind] || []).push(e); });
    Object.keys(EDGES).forEach(function (k) {
      if (!groups[k]) return;
      panel.appendChild(el("h4", EDGES[k].name + " (" + groups[k].length + ")"));
      var ul = el("ul");
      groups[k].slice(0, 200).forEach(function (e) {
        var li = el("li");
        li.appendChild(link(e.from === id ? e.to : e.from));
        if (e.evidence || e.conflict) li.appendChild(evidence(e));
        ul.appendChild(li);
      });
      panel.appendChild(ul);
    });
  }

  function showEdge(id) {
    var e = edgeById.get(id);
    panel.replaceChildren();
    panel.appendChild(el("h3", EDGES[e.kind].name));
    var p = el("p"); p.appendChild(link(e.from)); p.appendChild(el("span", " → ")); p.appendChild(link(e.to));
    panel.appendChild(p);
    panel.appendChild(evidence(e));
  }

  var current = null;

  function select(id, focus) {
    if (!nodeById.has(id)) return;
    current = id;
    network.selectNodes([id]);
    var n = nodeById.get(id);
    var keepN = new Set([id]), keepE = new Set();
    edgesOf.get(id).forEach(function (e) { keepE.add(e.id); keepN.add(e.from); keepN.add(e.to); });
    if (n.kind === "letter" || n.kind === "motion") {
      // a letter's motions and promises; a motion's letters and its members
      highlight(keepN, keepE);
    } else {
      unhighlight();
    }
    showNode(id);
    if (focus) network.focus(id, { scale: Math.max(network.getScale(), 0.9), animation: false });
  }

  // what researchers ask first: which letter settled which motion, and where the numbers clash
  function overview() {
    panel.replaceChildren(el("p", "Klik een knoop of verband voor details en bewijs.", "hint"));
    var settled = data.edges.filter(function (e) { return e.kind === "settles"; })
      .sort(function (a, b) { return (a.date || "9999").localeCompare(b.date || "9999") || a.id.localeCompare(b.id); });
    panel.appendChild(el("h4", "Afgedane moties (" + settled.length + ")"));
    var ol = el("ol");
    ol.id = "settled";
    settled.slice(0, 300).forEach(function (e) {
      var li = el("li");
      li.appendChild(el("span", (e.date || "zonder datum") + " ", "meta"));
      li.appendChild(link(e.to));
      li.appendChild(el("span", " afgedaan door ", "meta"));
      li.appendChild(link(e.from));
      if (e.conflict) li.appendChild(el("div", "⚠ conflict: " + e.conflict, "conflict"));
      ol.appendChild(li);
    });
    panel.appendChild(ol);
    var clashes = data.nodes.filter(function (n) { return n.conflict; });
    if (clashes.length) {
      panel.appendChild(el("h4", "Conflicten (" + clashes.length + ")"));
      var ul = el("ul");
      clashes.forEach(function (n) { var li = el("li"); li.appendChild(link(n.id)); ul.appendChild(li); });
      panel.appendChild(ul);
    }
  }
  overview();

  network.on("click", function (p) {
    var hit = network.getNodeAt(p.pointer.DOM);
    var edge = network.getEdgeAt(p.pointer.DOM);
    if (hit !== undefined) select(hit, false);
    else if (edge !== undefined) { current = null; unhighlight(); network.setSelection({ nodes: [], edges: [edge] }); showEdge(edge); }
    else { current = null; unhighlight(); network.unselectAll(); overview(); }
  });

  // --- hover tooltips -----------------------------------------------------------------------
  var tip = document.getElementById("tooltip");

  function tooltip(text, ev) {
    tip.textContent = text;
    tip.hidden = false;
    var x = ev.clientX + 14, y = ev.clientY + 14;
    tip.style.left = Math.min(x, window.innerWidth - 430) + "px";
    tip.style.top = Math.min(y, window.innerHeight - 120) + "px";
  }

  network.on("hoverNode", function (p) {
    var n = nodeById.get(p.node);
    tooltip(KINDS[n.kind].name + ": " + n.label.replace("\n", " · ") + (n.refs ? "\n" + n.refs + "× verwezen" : ""), p.event);
  });
  network.on("hoverEdge", function (p) {
    var e = edgeById.get(p.edge);
    var parts = [EDGES[e.kind].name];
    if (e.conflict) parts.push("⚠ conflict: " + e.conflict);
    if (e.evidence) parts.push("“" + e.evidence + "”");
    var meta = [e.source, e.date, e.confidence !== null && e.confidence !== undefined ? "confidence " + e.confidence : null]
      .filter(Boolean).join(" · ");
    if (meta) parts.push(meta);
    tooltip(parts.join("\n"), p.event);
  });
  network.on("blurNode", function () { tip.hidden = true; });
  network.on("blurEdge", function () { tip.hidden = true; });
  network.on("dragStart", function () { tip.hidden = true; });

  // --- search -------------------------------------------------------------------------------
  function norm(s) { return String(s || "").toLowerCase().replace(/^kst-/, "").replace(/\s+/g, ""); }

  function search(q) {
    var want = norm(q);
    if (!want) return [];
    var scored = [];
    data.nodes.forEach(function (n) {
      var ident = norm(n.ident), score = 0;
      if (ident && ident === want) score = n.kind === "member" ? 2 : 4;  // a name finds the motions first
      else if (n.kind === "motion" && n.members.some(function (m) { return norm(m).indexOf(want) >= 0; })) score = 3;
      else if (ident && ident.indexOf(want) >= 0) score = n.kind === "motion" ? 3 : 2;
      else if (norm(n.label).indexOf(want) >= 0 || norm(n.source).indexOf(want) >= 0) score = 1;
      if (score) scored.push([score, n]);
    });
    scored.sort(function (a, b) { return b[0] - a[0] || a[1].id.localeCompare(b[1].id); });
    return scored.map(function (s) { return s[1]; });
  }

  document.getElementById("search").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var q = document.getElementById("search-box").value;
    var found = search(q);
    if (!found.length) {
      current = null; network.unselectAll(); unhighlight();
      panel.replaceChildren(el("p", "Niets gevonden voor “" + q + "”.", "hint"));
      return;
    }
    select(found[0].id, true);
    if (found.length > 1) {
      panel.appendChild(el("h4", "Ook gevonden (" + (found.length - 1) + ")"));
      var ul = el("ul");
      found.slice(1, 50).forEach(function (n) { var li = el("li"); li.appendChild(link(n.id)); ul.appendChild(li); });
      panel.appendChild(ul);
    }
  });

  network.once("afterDrawing", function () {
    document.body.setAttribute("data-ready", "1");
  });
  // for tests and for researchers at the console
  window.kamergraph = { network: network, nodes: nodes, edges: edges, data: data, search: search, select: select,
    current: function () { return current; } };
})();
