// The review page's inline script (plain browser JavaScript, no libraries). It reads the embedded
// data once, draws the report list virtually (only the rows in view), and draws one report's
// tables when it is opened (#r=<index>).
import { LIST_ROW_HEIGHT_PX } from "./page-style.js";

/** Rows drawn above and below the visible part of the list, so fast scrolling shows no gaps. */
export const LIST_OVERSCAN_ROWS = 12;
/** A check instance with more cells than this lists them folded (resultTotal names 20+ cells). */
export const INLINE_PATHS = 6;

export const PAGE_SCRIPT = String.raw`
(function () {
  "use strict";
  var ROW_HEIGHT = ${LIST_ROW_HEIGHT_PX};
  var OVERSCAN = ${LIST_OVERSCAN_ROWS};
  var INLINE_PATHS = ${INLINE_PATHS};
  var data = JSON.parse(document.getElementById("nianbao-data").textContent);
  var reports = data.reports;
  var paths = data.paths;
  var collator = new Intl.Collator("zh-Hans-CN", { numeric: true });

  function esc(value) {
    return String(value).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }
  function shown(value) { return value === null || value === undefined ? "" : String(value); }
  function fileName(r) { return r.entry ? r.file + "!" + r.entry : r.file; }

  // ---- the list ----
  var COLUMNS = [
    { key: "index", label: "#", num: true, get: function (r, i) { return i; } },
    { key: "organization", label: "机关 organization", get: function (r) { return r.organization || ""; } },
    { key: "year", label: "year", num: true, get: function (r) { return r.year === null ? -1 : r.year; }, show: function (r) { return shown(r.year); } },
    { key: "format", label: "format", get: function (r) { return r.format; } },
    { key: "template", label: "template", get: function (r) { return r.template; } },
    { key: "failedExact", label: "exact ✗", num: true, get: function (r) { return r.failedExact; }, cls: function (r) { return r.failedExact ? "bad" : ""; } },
    { key: "failedSoft", label: "soft ✗", num: true, get: function (r) { return r.failedSoft; }, cls: function (r) { return r.failedSoft ? "warn" : ""; } },
    { key: "warnings", label: "warnings", num: true, get: function (r) { return r.warnings.length; }, cls: function (r) { return r.warnings.length ? "warn" : ""; } },
    { key: "file", label: "file", get: function (r) { return fileName(r); } }
  ];
  var haystacks = reports.map(function (r) {
    return ((r.organization || "") + "\n" + (r.title || "") + "\n" + fileName(r)).toLowerCase();
  });
  var state = { sort: "index", direction: 1, query: "", template: "", format: "", status: "" };
  var view = [];
  var drawnRange = [-1, -1];
  var listScroll = document.getElementById("list-scroll");
  var listBody = document.getElementById("list-body");
  var savedScrollTop = 0;

  function matches(r, i) {
    if (state.query && haystacks[i].indexOf(state.query) < 0) return false;
    if (state.template && r.template !== state.template) return false;
    if (state.format && r.format !== state.format) return false;
    switch (state.status) {
      case "exact": return r.failedExact > 0;
      case "soft": return r.failedSoft > 0;
      case "warnings": return r.warnings.length > 0;
      case "clean": return r.failedExact === 0 && r.failedSoft === 0 && r.warnings.length === 0;
      default: return true;
    }
  }

  function rebuildView() {
    view = [];
    for (var i = 0; i < reports.length; i++) if (matches(reports[i], i)) view.push(i);
    var column = COLUMNS.filter(function (c) { return c.key === state.sort; })[0];
    var direction = state.direction;
    var keys = {};
    view.forEach(function (i) { keys[i] = column.get(reports[i], i); });
    view.sort(function (a, b) {
      var x = keys[a], y = keys[b];
      var order = column.num ? x - y : collator.compare(x, y);
      return order !== 0 ? order * direction : a - b;
    });
    document.getElementById("count").textContent = view.length === reports.length
      ? reports.length + " reports"
      : view.length + " of " + reports.length + " reports";
    listBody.style.height = view.length * ROW_HEIGHT + "px";
    document.querySelectorAll(".list-head button").forEach(function (b) {
      if (b.dataset.sort === state.sort) b.setAttribute("aria-sort", direction > 0 ? "ascending" : "descending");
      else b.removeAttribute("aria-sort");
    });
    drawnRange = [-1, -1];
    drawRows();
  }

  function drawRows() {
    var top = listScroll.scrollTop;
    var first = Math.max(0, Math.floor(top / ROW_HEIGHT) - OVERSCAN);
    var last = Math.min(view.length, Math.ceil((top + listScroll.clientHeight) / ROW_HEIGHT) + OVERSCAN);
    if (first === drawnRange[0] && last === drawnRange[1]) return;
    drawnRange = [first, last];
    var html = [];
    for (var k = first; k < last; k++) {
      var i = view[k], r = reports[i];
      html.push('<a class="list-row list-grid" href="#r=' + i + '" data-index="' + i + '" style="top:' + k * ROW_HEIGHT + 'px">');
      COLUMNS.forEach(function (c) {
        var text = c.show ? c.show(r, i) : c.get(r, i);
        var cls = (c.num ? "num " : "") + (c.cls ? c.cls(r) : "");
        html.push('<span class="' + cls + '" title="' + esc(text) + '">' + esc(text) + "</span>");
      });
      html.push("</a>");
    }
    listBody.innerHTML = html.join("");
  }

  var scheduled = false;
  listScroll.addEventListener("scroll", function () {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(function () { scheduled = false; drawRows(); });
  });
  window.addEventListener("resize", function () { drawnRange = [-1, -1]; drawRows(); });

  document.getElementById("list-head").innerHTML = COLUMNS.map(function (c) {
    return '<button type="button" data-sort="' + c.key + '" class="' + (c.num ? "num" : "") + '">' + esc(c.label) + "</button>";
  }).join("");
  document.getElementById("list-head").addEventListener("click", function (event) {
    var button = event.target.closest("button[data-sort]");
    if (!button) return;
    if (state.sort === button.dataset.sort) state.direction = -state.direction;
    else { state.sort = button.dataset.sort; state.direction = 1; }
    rebuildView();
  });
  function fillSelect(id, values) {
    var select = document.getElementById(id);
    values.forEach(function (v) { var o = document.createElement("option"); o.value = v; o.textContent = v; select.appendChild(o); });
  }
  function distinct(get) {
    var seen = {};
    reports.forEach(function (r) { seen[get(r)] = true; });
    return Object.keys(seen).sort();
  }
  fillSelect("filter-template", distinct(function (r) { return r.template; }));
  fillSelect("filter-format", distinct(function (r) { return r.format; }));
  document.getElementById("filter-query").addEventListener("input", function (e) { state.query = e.target.value.trim().toLowerCase(); rebuildView(); });
  document.getElementById("filter-template").addEventListener("change", function (e) { state.template = e.target.value; rebuildView(); });
  document.getElementById("filter-format").addEventListener("change", function (e) { state.format = e.target.value; rebuildView(); });
  document.getElementById("filter-status").addEventListener("change", function (e) { state.status = e.target.value; rebuildView(); });

  var totals = { exact: 0, soft: 0, warnings: 0 };
  reports.forEach(function (r) {
    if (r.failedExact) totals.exact++;
    if (r.failedSoft) totals.soft++;
    if (r.warnings.length) totals.warnings++;
  });
  document.getElementById("totals").textContent = totals.exact + " with failed exact checks · " + totals.soft +
    " with failed soft checks · " + totals.warnings + " with warnings";

  // ---- one report ----
  function pairs(flat, into) {
    for (var k = 0; k < flat.length; k += 2) into.set(paths[flat[k]], flat[k + 1]);
    return into;
  }

  function sourceLink(r, page, text) {
    if (!r.href) return esc(text);
    var href = r.format === "pdf" && page ? r.href + "#page=" + page : r.href;
    return '<a href="' + esc(href) + '" target="_blank" rel="noopener">' + esc(text) + "</a>";
  }

  // A check may name a whole row or group (e.g. "requests.other"): it covers every cell below it.
  function coveredBy(set, path) {
    for (var at = path; ; at = at.slice(0, at.lastIndexOf("."))) {
      if (set.has(at)) return true;
      if (at.indexOf(".") < 0) return false;
    }
  }

  function valueCell(cell, ctx) {
    var path = cell.path;
    var classes = ["v"];
    var has = ctx.values.has(path);
    var value = ctx.values.get(path);
    var title = path;
    if (!has) { classes.push("cell-absent"); title += " — not in the record"; }
    else if (value === null) { classes.push("cell-null"); title += " — blank in the source (null)"; }
    if (coveredBy(ctx.failExact, path)) classes.push("cell-fail");
    else if (coveredBy(ctx.failSoft, path)) classes.push("cell-soft");
    var page = ctx.pages.get(path);
    if (page) title += " — p." + page;
    if (ctx.raws.has(path)) title += " — printed: " + ctx.raws.get(path);
    var content = "";
    if (has && value !== null) {
      content = page ? sourceLink(ctx.report, page, shown(value)) : esc(shown(value));
      var units = ctx.values.get(path.replace(/\.amount$/, ".units"));
      if (/\.amount$/.test(path) && units) content += "<small>" + esc(units) + "</small>";
    }
    return '<td class="' + classes.join(" ") + '" data-path="' + esc(path) + '"' +
      (cell.colSpan ? ' colspan="' + cell.colSpan + '"' : "") + ' title="' + esc(title) + '">' + content + "</td>";
  }

  function drawTable(table, ctx) {
    var html = ['<table class="tpl tpl-' + table.table + '" data-variant="' + esc(table.variant) + '"><caption>' + esc(table.heading) + "</caption>"];
    table.rows.forEach(function (row) {
      html.push("<tr>");
      row.forEach(function (cell) {
        if ("path" in cell) { ctx.drawn.add(cell.path); html.push(valueCell(cell, ctx)); return; }
        var tag = cell.head ? "th" : "td";
        html.push("<" + tag + (cell.head ? "" : ' class="label"') + (cell.colSpan ? ' colspan="' + cell.colSpan + '"' : "") +
          (cell.rowSpan ? ' rowspan="' + cell.rowSpan + '"' : "") + ">" + esc(cell.text) + "</" + tag + ">");
      });
      html.push("</tr>");
    });
    html.push("</table>");
    return html.join("");
  }

  function pathList(r, ctx, indices) {
    var list = indices.map(function (p) {
      var path = paths[p];
      var page = ctx.pages.get(path);
      return "<code>" + esc(path) + "</code>" + (page ? " " + sourceLink(r, page, "p." + page) : "");
    }).join(", ");
    return indices.length > INLINE_PATHS ? "<details><summary>" + indices.length + " cells</summary>" + list + "</details>" : list;
  }

  function drawChecks(r, ctx, kind, heading) {
    var failed = r.checks.filter(function (c) { return c.kind === kind; });
    if (!failed.length) return "";
    var html = ["<h3>" + esc(heading) + " (" + failed.length + ")</h3>"];
    failed.forEach(function (c) {
      var formula = data.formulas[c.id];
      html.push('<div class="check check-' + kind + '" data-check="' + esc(c.id) + '"><b>' + esc(c.id) + "</b>" +
        (formula ? ' <code class="formula">' + esc(formula) + "</code>" : "") +
        (c.otherInstances ? ' <span class="muted">(' + c.otherInstances + " other instances passed or skipped)</span>" : ""));
      html.push('<table class="instances"><thead><tr><th>where</th><th>left</th><th>right</th><th>delta</th><th>nulls as 0</th><th>cells</th></tr></thead><tbody>');
      c.instances.forEach(function (inst) {
        var instPaths = inst[5].map(function (p) { return paths[p]; });
        html.push('<tr class="instance" data-paths="' + esc(instPaths.join(" ")) + '"><td>' + esc(inst[0]) + '</td><td class="num">' + esc(shown(inst[1])) +
          '</td><td class="num">' + esc(shown(inst[2])) + '</td><td class="num">' + esc(shown(inst[3])) + "</td><td>" + esc(shown(inst[4])) +
          "</td><td>" + pathList(r, ctx, inst[5]) + "</td></tr>");
      });
      html.push("</tbody></table></div>");
    });
    return html.join("");
  }

  var fileIndex = null;
  /** source.file → report index, built when a cross-report result first needs it. */
  function reportByFile() {
    if (!fileIndex) {
      fileIndex = new Map();
      reports.forEach(function (r, i) { if (!fileIndex.has(r.file)) fileIndex.set(r.file, i); });
    }
    return fileIndex;
  }

  // Cross-report results name cells as "<source file>#<record path>"; those of this report are local.
  function crossPath(r, ref) {
    var cut = String(ref).lastIndexOf("#");
    if (cut < 0) return { file: null, path: String(ref) };
    var file = ref.slice(0, cut);
    return { file: file, path: ref.slice(cut + 1), local: file === r.file };
  }

  function markCrossFailures(r, ctx) {
    r.crossChecks.forEach(function (k) {
      var item = data.crossChecks[k];
      if (!item || !Array.isArray(item.instances)) return;
      var target = item.kind === "exact" ? ctx.failExact : ctx.failSoft;
      item.instances.forEach(function (inst) {
        if (inst.status !== "fail" || !Array.isArray(inst.paths)) return;
        inst.paths.forEach(function (ref) { var at = crossPath(r, ref); if (at.local) target.add(at.path); });
      });
    });
  }

  function drawCrossChecks(r, ctx) {
    if (!r.crossChecks.length) return "";
    var html = ["<h3>Cross-report results (" + r.crossChecks.length + ")</h3>"];
    r.crossChecks.forEach(function (k) {
      var item = data.crossChecks[k];
      var isCheck = item && typeof item === "object" && Array.isArray(item.instances);
      var about = item && typeof item === "object" ? [item.id, item.kind, item.status].filter(Boolean).join(" · ") : "result " + k;
      var others = item && Array.isArray(item.reports) ? item.reports.map(function (o) {
        var text = shown(o.year) + " " + shown(o.file);
        var at = reportByFile().get(o.file);
        return at === undefined || reports[at] === r ? esc(text) : '<a href="#r=' + at + '">' + esc(text) + "</a>";
      }).join(" → ") : "";
      var failed = item && item.status === "fail";
      html.push('<details class="check cross cross-' + esc(shown(item && item.status)) + '" data-check="' + esc(shown(item && item.id)) + '"' +
        (failed ? " open" : "") + "><summary><b>" + esc(about) + "</b>" +
        (item && item.formula ? ' <code class="formula">' + esc(item.formula) + "</code>" : "") +
        (others ? ' <span class="muted">' + others + "</span>" : "") + "</summary>");
      if (isCheck) {
        html.push('<table class="instances"><thead><tr><th>where</th><th>status</th><th>left</th><th>right</th><th>delta</th><th>cells</th></tr></thead><tbody>');
        item.instances.forEach(function (inst) {
          var refs = Array.isArray(inst.paths) ? inst.paths : [];
          var local = refs.map(function (ref) { return crossPath(r, ref); }).filter(function (at) { return at.local; }).map(function (at) { return at.path; });
          html.push('<tr class="instance" data-paths="' + esc(local.join(" ")) + '"><td>' + esc(shown(inst.where)) + "</td><td>" + esc(shown(inst.status)) +
            '</td><td class="num">' + esc(shown(inst.left)) + '</td><td class="num">' + esc(shown(inst.right)) + '</td><td class="num">' + esc(shown(inst.delta)) +
            "</td><td>" + refs.map(function (ref) {
              var at = crossPath(r, ref);
              return "<code>" + esc(at.local ? at.path : ref) + "</code>";
            }).join(", ") + "</td></tr>");
        });
        html.push("</tbody></table>");
      } else {
        html.push('<pre class="json">' + esc(JSON.stringify(item, null, 1)) + "</pre>");
      }
      html.push("</details>");
    });
    return html.join("");
  }

  function drawLeftovers(r, ctx) {
    var rest = [];
    ctx.values.forEach(function (value, path) {
      if (!ctx.drawn.has(path) && !/\.units$/.test(path)) rest.push(path);
    });
    if (!rest.length) return "";
    return "<h3>Other values in the record</h3><table class=\"tpl\">" + rest.map(function (path) {
      return '<tr><td class="label"><code>' + esc(path) + "</code></td>" + valueCell({ path: path }, ctx) + "</tr>";
    }).join("") + "</table>";
  }

  function showReport(index) {
    var r = reports[index];
    var ctx = {
      report: r,
      values: pairs(r.cells, new Map()),
      pages: pairs(r.pages, new Map()),
      raws: pairs(r.raws, new Map()),
      failExact: new Set(),
      failSoft: new Set(),
      drawn: new Set()
    };
    r.checks.forEach(function (c) {
      var target = c.kind === "exact" ? ctx.failExact : ctx.failSoft;
      c.instances.forEach(function (inst) { inst[5].forEach(function (p) { target.add(paths[p]); }); });
    });
    markCrossFailures(r, ctx);
    var position = view.indexOf(index);
    var previous = position > 0 ? view[position - 1] : null;
    var next = position >= 0 && position < view.length - 1 ? view[position + 1] : null;
    var html = ['<nav><a href="#">← all reports</a>' +
      (previous !== null ? '<a href="#r=' + previous + '">‹ previous</a>' : "") +
      (next !== null ? '<a href="#r=' + next + '">next ›</a>' : "") + "</nav>"];
    html.push("<h2>" + esc(r.title || r.organization || fileName(r)) + "</h2>");
    var layouts = r.tables.map(function (t) { return data.tables[t].table + " " + data.tables[t].variant; }).join(", ");
    html.push('<dl class="facts"><dt>organization</dt><dd>' + esc(shown(r.organization)) + "</dd><dt>year</dt><dd>" + esc(shown(r.year)) +
      "</dd><dt>template</dt><dd>" + esc(r.template) + (layouts ? ' <span class="muted">(' + esc(layouts) + ")</span>" : "") +
      "</dd><dt>source</dt><dd>" + sourceLink(r, null, fileName(r)) + " (" + esc(r.format) + ")</dd><dt>checks</dt><dd>" +
      r.failedExact + " exact and " + r.failedSoft + " soft failed, " + r.passedChecks + " passed, " + r.skippedChecks + " skipped</dd></dl>");
    html.push(drawChecks(r, ctx, "exact", "Failed exact checks"));
    html.push(drawChecks(r, ctx, "soft", "Failed soft checks"));
    if (r.warnings.length) html.push("<h3>Warnings (" + r.warnings.length + ')</h3><ul class="plain">' +
      r.warnings.map(function (w) { return "<li>" + esc(w) + "</li>"; }).join("") + "</ul>");
    var tables = r.tables.map(function (t) { return drawTable(data.tables[t], ctx); }).join("");
    html.push("<h3>Tables</h3>" + (tables || '<p class="muted">no tables in the record</p>'));
    html.push(drawLeftovers(r, ctx));
    html.push(drawCrossChecks(r, ctx));
    if (r.unmapped.length) html.push("<h3>Unmapped rows (" + r.unmapped.length + ')</h3><ul class="plain">' + r.unmapped.map(function (u) {
      return "<li>" + esc(u[0]) + ": " + esc(u[1]) + " — " + esc(u[2].join(" | ")) + "</li>";
    }).join("") + "</ul>");
    var detail = document.getElementById("detail-view");
    detail.innerHTML = html.join("");
    detail.dataset.report = String(index);
  }

  document.getElementById("detail-view").addEventListener("click", function (event) {
    var row = event.target.closest("tr.instance");
    if (!row || event.target.closest("a")) return;
    document.querySelectorAll("td.cell-focus").forEach(function (td) { td.classList.remove("cell-focus"); });
    var focus = new Set(row.dataset.paths.split(" "));
    document.querySelectorAll("td[data-path]").forEach(function (td) {
      if (coveredBy(focus, td.dataset.path)) td.classList.add("cell-focus");
    });
  });

  // ---- routing: #r=<index> opens a report, anything else shows the list ----
  function route() {
    var match = /^#r=(\d+)$/.exec(location.hash);
    var index = match ? Number(match[1]) : -1;
    var listView = document.getElementById("list-view");
    var detail = document.getElementById("detail-view");
    if (index >= 0 && index < reports.length) {
      if (!listView.hidden) savedScrollTop = listScroll.scrollTop;
      listView.hidden = true;
      detail.hidden = false;
      showReport(index);
      document.body.dataset.view = "report";
      window.scrollTo(0, 0);
    } else {
      detail.hidden = true;
      detail.innerHTML = "";
      listView.hidden = false;
      listScroll.scrollTop = savedScrollTop;
      drawnRange = [-1, -1];
      drawRows();
      document.body.dataset.view = "list";
    }
  }
  window.addEventListener("hashchange", route);
  rebuildView();
  route();
  window.nianbaoReadyMs = performance.now();
  document.body.dataset.ready = "true";
})();
`;
