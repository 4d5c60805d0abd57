// The newsstream page. Articles are hostile input: every text reaches the page through textContent or
// createTextNode, never through the HTML parser; the Content-Security-Policy forbids inline script besides.
"use strict";

const TOKEN_KEY = "newsstream.token";
const PAGE_SIZE = 20;
const LIVE_KEPT = 50;
const $ = (id) => document.getElementById(id);

// ---------- talking to the API ----------

class Unauthorized extends Error {}

function authHeaders() {
  const token = sessionStorage.getItem(TOKEN_KEY);
  return token ? { Authorization: "Bearer " + token } : {};
}

async function api(path, init) {
  const response = await fetch(path, Object.assign({ headers: authHeaders() }, init || {}));
  if (response.status === 401) {
    askForToken();
    throw new Unauthorized("the API asks for a bearer token");
  }
  if (!response.ok) {
    let detail = response.statusText;
    try {
      detail = (await response.json()).detail || detail;
    } catch (ignored) {
      // not problem details: the status text says enough
    }
    throw new Error(`${response.status}: ${detail}`);
  }
  return response;
}

async function json(path) {
  return (await api(path)).json();
}

function query(parameters) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(parameters)) {
    if (value !== undefined && value !== null && String(value).trim() !== "") {
      search.set(name, String(value).trim());
    }
  }
  const text = search.toString();
  return text ? "?" + text : "";
}

function showStatus(message) {
  $("status").textContent = message;
}

function failed(error) {
  if (!(error instanceof Unauthorized)) {
    showStatus("Could not load: " + error.message);
  }
}

function askForToken() {
  const form = $("token-form");
  form.hidden = false;
  $("token").focus();
  showStatus("Enter a bearer token to read the articles.");
}

$("token-form").addEventListener("submit", (event) => {
  event.preventDefault();
  sessionStorage.setItem(TOKEN_KEY, $("token").value);
  $("token").value = "";
  $("token-form").hidden = true;
  showStatus("");
  route();
});

// ---------- small builders ----------

function node(tag, text, className) {
  const element = document.createElement(tag);
  if (text !== undefined && text !== null) {
    element.textContent = String(text);
  }
  if (className) {
    element.className = className;
  }
  return element;
}

function link(href, text, className) {
  const anchor = node("a", text, className);
  anchor.href = href;
  return anchor;
}

function when(instant) {
  if (!instant) {
    return "";
  }
  const date = new Date(instant);
  return isNaN(date) ? String(instant) : date.toISOString().slice(0, 16).replace("T", " ") + " UTC";
}

function hashFor(view, value) {
  return "#" + view + (value ? "/" + encodeURIComponent(value) : "");
}

function articleItem(article) {
  const item = node("li");
  item.appendChild(link(hashFor("article", article.id), article.title || "(untitled)", "title"));
  const publisher = article.outlet && article.outlet.publisher;
  const details = [publisher ? publisher.name : null, when(article.publishedAt || article.receivedAt),
    article.language].filter(Boolean).join(" \u00b7 ");
  item.appendChild(node("span", details, "details"));
  return item;
}

// Statistics count each near-duplicate group once (the API's default); a view's "Count every copy" switch asks for
// count=articles and keeps it in the fragment, like the view's other choices.
function countFrom(options) {
  return options.get("count") === "articles" ? "articles" : undefined;
}

function countChosen(form) {
  return form.elements.count.checked ? "articles" : undefined;
}

const LABEL_CLASSES = { FAVOR: "favor", AGAINST: "against", NEUTRAL: "neutral",
  POSITIVE: "positive", NEGATIVE: "negative" };

// ---------- views ----------

const views = ["search", "article", "entity", "stance", "live"];

function show(view) {
  for (const name of views) {
    $("view-" + name).hidden = name !== view;
  }
  for (const anchor of document.querySelectorAll("nav a")) {
    const current = anchor.dataset.view === view || (view === "article" && anchor.dataset.view === "search");
    if (current) {
      anchor.setAttribute("aria-current", "page");
    } else {
      anchor.removeAttribute("aria-current");
    }
  }
  if (view !== "live") {
    Live.stop();
  }
}

function focusHeading(id) {
  const heading = $(id);
  if (heading) {
    heading.focus({ preventScroll: false });
  }
}

// Search: the form's values live in the hash, so a search can be bookmarked and the back button works.
const Search = (() => {
  let nextCursor = null;
  let shown = 0;
  let parameters = {};

  async function run(values) {
    parameters = values;
    const form = $("search-form");
    for (const element of form.elements) {
      if (element.name) {
        element.value = values[element.name] || "";
      }
    }
    $("export-csv").href = "/v1/articles/export" + query(exportParameters(values));
    $("results").replaceChildren();
    shown = 0;
    nextCursor = null;
    await more();
  }

  function exportParameters(values) {
    return Object.assign({}, values, { format: "csv" });
  }

  async function more() {
    const page = await json("/v1/articles" + query(Object.assign({}, parameters,
      { limit: PAGE_SIZE, cursor: nextCursor })));
    for (const article of page.items) {
      $("results").appendChild(articleItem(article));
    }
    shown += page.items.length;
    nextCursor = page.nextCursor;
    $("more").hidden = !nextCursor;
    $("result-count").textContent = shown === 0 ? "No articles found."
      : `${shown} article${shown === 1 ? "" : "s"} shown${nextCursor ? ", more available" : ""}.`;
  }

  $("search-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const values = {};
    for (const [name, value] of new FormData(event.target)) {
      if (String(value).trim() !== "") {
        values[name] = String(value).trim();
      }
    }
    location.hash = "#search" + (Object.keys(values).length ? "/" + new URLSearchParams(values) : "");
  });
  $("more").addEventListener("click", () => more().catch(failed));
  // Behind a token a plain link cannot authenticate: fetch the file and hand it over as a download.
  $("export-csv").addEventListener("click", async (event) => {
    if (!sessionStorage.getItem(TOKEN_KEY)) {
      return;
    }
    event.preventDefault();
    try {
      const blob = await (await api($("export-csv").getAttribute("href"))).blob();
      const download = link(URL.createObjectURL(blob), "");
      download.download = "articles.csv";
      download.click();
      URL.revokeObjectURL(download.href);
    } catch (error) {
      failed(error);
    }
  });

  return { run };
})();

// Article: the body with entities marked from their spans and stance evidence sentences highlighted.
const Article = (() => {
  async function open(id) {
    const article = await json("/v1/articles/" + encodeURIComponent(id));
    $("article-title").textContent = article.title || "(untitled)";
    meta(article);
    outlets(article.outlet || {});
    stances(article);
    $("article-body").replaceChildren(...body(article));
  }

  function meta(article) {
    const list = $("article-meta");
    list.replaceChildren();
    const rows = [
      ["Authors", (article.authors || []).join(", ")],
      ["Published", when(article.publishedAt)],
      ["Received", when(article.receivedAt)],
      ["Language", article.language],
      ["Arrived by", article.channel],
    ];
    for (const [term, value] of rows) {
      if (value) {
        list.append(node("dt", term), node("dd", value));
      }
    }
    if (article.url) {
      const dd = node("dd");
      const anchor = link(article.url, article.url);
      anchor.rel = "noopener noreferrer nofollow";
      // Only web addresses become links: a javascript: URL from a hostile article stays text.
      if (/^https?:\/\//i.test(article.url)) {
        dd.appendChild(anchor);
      } else {
        dd.textContent = article.url;
      }
      list.append(node("dt", "URL"), dd);
    }
  }

  function outlets(attribution) {
    const list = $("article-outlets");
    list.replaceChildren();
    const roles = [["Publisher", attribution.publisher], ["Source", attribution.source]]
      .concat((attribution.cited || []).map((outlet) => ["Cited", outlet]));
    for (const [role, outlet] of roles) {
      if (!outlet) {
        continue;
      }
      const item = node("li");
      item.append(node("strong", role + ": "), node("span", outlet.name || outlet.id || "(unknown)"));
      if (outlet.evidence && outlet.evidence.length) {
        item.appendChild(node("span", " \u2014 evidence: " + outlet.evidence.join("; "), "evidence-note"));
      }
      list.appendChild(item);
    }
    if (!list.children.length) {
      list.appendChild(node("li", "No outlet found."));
    }
  }

  function stances(article) {
    const list = $("article-stances");
    list.replaceChildren();
    for (const stance of article.stances || []) {
      const item = node("li");
      item.append(link(hashFor("stance", stance.target), stance.target), document.createTextNode(" "),
        node("span", stance.label, "label " + (LABEL_CLASSES[stance.label] || "")),
        node("span", ` ${Math.round((stance.confidence || 0) * 100)}%`));
      for (const speaker of stance.speakers || []) {
        item.appendChild(node("div", `${speaker.entity}: ${speaker.label}`, "speaker"));
      }
      list.appendChild(item);
    }
    for (const portrayal of article.entityStances || []) {
      const item = node("li");
      item.append(link(hashFor("entity", portrayal.entity), portrayal.entity), document.createTextNode(" portrayed "),
        node("span", portrayal.label, "label " + (LABEL_CLASSES[portrayal.label] || "")));
      list.appendChild(item);
    }
    if (!list.children.length) {
      list.appendChild(node("li", "No stance toward a tracked target."));
    }
  }

  // Splits the body at every boundary of an entity span or an evidence sentence; each piece carries what covers it.
  function body(article) {
    const text = article.body || "";
    const marks = [];
    for (const entity of article.entities || []) {
      for (const span of entity.spans || []) {
        const [start, end] = span;
        if (start >= 0 && end <= text.length && start < end) {
          marks.push({ start, end, entity });
        }
      }
    }
    const evidence = [];
    for (const stance of article.stances || []) {
      for (const sentence of stance.evidence || []) {
        let at = sentence ? text.indexOf(sentence) : -1;
        while (at >= 0) {
          evidence.push({ start: at, end: at + sentence.length, stance });
          at = text.indexOf(sentence, at + sentence.length);
        }
      }
    }
    const cuts = new Set([0, text.length]);
    for (const range of marks.concat(evidence)) {
      cuts.add(range.start);
      cuts.add(range.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    const pieces = [];
    let paragraph = node("p");
    for (let i = 0; i + 1 < points.length; i++) {
      const [start, end] = [points[i], points[i + 1]];
      const entity = marks.find((m) => m.start <= start && end <= m.end);
      const quoted = evidence.find((e) => e.start <= start && end <= e.end);
      const lines = text.slice(start, end).split(/\n\s*\n/);
      lines.forEach((line, index) => {
        if (index > 0) {
          pieces.push(paragraph);
          paragraph = node("p");
        }
        if (line) {
          paragraph.appendChild(piece(line, entity, quoted));
        }
      });
    }
    pieces.push(paragraph);
    return pieces;
  }

  function piece(text, entity, quoted) {
    let element = entity
      ? link(hashFor("entity", entity.entity.name), text, "entity " + entity.entity.type)
      : document.createTextNode(text);
    if (entity) {
      element.title = `${entity.entity.name} (${entity.entity.type})`;
    }
    if (quoted) {
      const wrapper = node("mark", null, "evidence");
      wrapper.title = `Evidence: ${quoted.stance.target} ${quoted.stance.label}`;
      wrapper.appendChild(element);
      element = wrapper;
    }
    return element;
  }

  return { open };
})();

const PALETTE = 8;

// Turns buckets [{start, group, ...}] into categories and one series per value name (or per group).
function byStart(buckets, interval) {
  const starts = [...new Set(buckets.map((b) => b.start))].sort();
  const label = (start) => (interval === "hour" ? start.slice(0, 13).replace("T", " ") + "h" : start.slice(0, 10));
  return { starts, categories: starts.map(label) };
}

const Entity = (() => {
  async function open(name, count) {
    $("entity-form").elements.count.checked = count === "articles";
    loadTop(count).catch(failed);
    if (!name) {
      $("entity-charts").hidden = true;
      return;
    }
    $("entity-form").elements.entity.value = name;
    $("entity-name").textContent = name;
    $("entity-charts").hidden = false;
    const [volume, portrayal, page] = await Promise.all([
      json("/v1/stats/volume" + query({ by: "outlet", entity: name, interval: "day", count })),
      json("/v1/stats/portrayal" + query({ entity: name, count })),
      json("/v1/articles" + query({ entity: name, limit: 10 })),
    ]);
    drawVolume(volume.buckets);
    drawPortrayal(portrayal.buckets);
    $("entity-articles").replaceChildren(...page.items.map(articleItem));
  }

  function drawVolume(buckets) {
    const { starts, categories } = byStart(buckets, "day");
    const outlets = [...new Set(buckets.map((b) => b.group))];
    const series = outlets.map((outlet, index) => ({
      name: outlet,
      className: "c" + (index % PALETTE),
      values: starts.map((start) => {
        const bucket = buckets.find((b) => b.start === start && b.group === outlet);
        return bucket ? bucket.articles : 0;
      }),
    }));
    StackedBars.draw($("entity-volume"), categories, series, { title: "Articles per day by outlet" });
  }

  function drawPortrayal(buckets) {
    const outlets = [...new Set(buckets.map((b) => b.group))].sort();
    const series = ["POSITIVE", "NEUTRAL", "NEGATIVE"].map((label) => ({
      name: label.toLowerCase(),
      className: LABEL_CLASSES[label],
      values: outlets.map((outlet) => buckets.filter((b) => b.group === outlet)
        .reduce((sum, b) => sum + b[label], 0)),
    }));
    StackedBars.draw($("entity-portrayal"), outlets, series, { horizontal: true, title: "Portrayal by outlet" });
  }

  async function loadTop(count) {
    const top = await json("/v1/entities/top" + query({ limit: 12, count }));
    $("top-entities").replaceChildren(...top.filter((e) => e.type === "PERSON" || e.type === "ORG")
      .map((e) => link(hashFor("entity", e.name) + query({ count }), `${e.name} (${e.articles})`, "chip")));
  }

  function choose() {
    const form = $("entity-form");
    location.hash = hashFor("entity", form.elements.entity.value.trim()) + query({ count: countChosen(form) });
  }

  $("entity-form").addEventListener("submit", (event) => {
    event.preventDefault();
    choose();
  });
  // Without a name yet the switch still applies, to the most mentioned entities.
  $("entity-form").elements.count.addEventListener("change", choose);

  return { open };
})();

const Stance = (() => {
  async function open(target, interval, count) {
    const select = $("stance-form").elements.target;
    $("stance-form").elements.count.checked = count === "articles";
    const targets = await json("/v1/stats/volume" + query({ by: "target", interval: "week", limit: 100, count }));
    const names = [...new Set(targets.buckets.map((b) => b.group))].sort();
    if (target && !names.includes(target)) {
      names.unshift(target);
    }
    select.replaceChildren(...names.map((name) => {
      const option = node("option", name);
      option.value = name;
      return option;
    }));
    const chosen = target || names[0];
    if (!chosen) {
      showStatus("No article has a stance toward a tracked target yet.");
      return;
    }
    select.value = chosen;
    $("stance-form").elements.interval.value = interval || "day";
    const stats = await json("/v1/stats/stance" + query({ target: chosen, interval: interval || "day", count }));
    $("stance-charts").hidden = false;
    draw(stats.buckets, interval || "day");
  }

  function draw(buckets, interval) {
    const labels = ["FAVOR", "NEUTRAL", "AGAINST"];
    const { starts, categories } = byStart(buckets, interval);
    StackedBars.draw($("stance-time"), categories, labels.map((label) => ({
      name: label.toLowerCase(), className: LABEL_CLASSES[label],
      values: starts.map((start) => buckets.filter((b) => b.start === start).reduce((sum, b) => sum + b[label], 0)),
    })), { title: "Articles by label over time" });
    const outlets = [...new Set(buckets.map((b) => b.group))].sort();
    StackedBars.draw($("stance-outlets"), outlets, labels.map((label) => ({
      name: label.toLowerCase(), className: LABEL_CLASSES[label],
      values: outlets.map((outlet) => buckets.filter((b) => b.group === outlet).reduce((sum, b) => sum + b[label], 0)),
    })), { horizontal: true, title: "Articles by label and outlet" });
  }

  $("stance-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const form = event.target;
    location.hash = hashFor("stance", form.elements.target.value)
      + query({ interval: form.elements.interval.value, count: countChosen(form) });
  });
  $("stance-form").elements.count.addEventListener("change", () => $("stance-form").requestSubmit());

  return { open };
})();

// Live: reads /v1/stream with fetch rather than EventSource, which cannot send the bearer token.
const Live = (() => {
  let controller = null;

  async function start() {
    if (controller) {
      return;
    }
    controller = new AbortController();
    const mine = controller;
    $("live-state").textContent = "Connecting\u2026";
    try {
      const response = await api("/v1/stream", { headers: Object.assign({ Accept: "text/event-stream" },
        authHeaders()), signal: mine.signal });
      $("live-state").textContent = "Connected: new articles appear here as they are stored.";
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = "";
      for (;;) {
        const { value, done } = await reader.read();
        if (done) {
          break;
        }
        buffer += value;
        let end;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          handle(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
        }
      }
      $("live-state").textContent = "The stream ended.";
    } catch (error) {
      if (mine.signal.aborted) {
        return;
      }
      $("live-state").textContent = "Disconnected: " + error.message;
    } finally {
      if (controller === mine) {
        controller = null;
      }
    }
  }

  function handle(event) {
    const data = event.split("\n").filter((line) => line.startsWith("data:"))
      .map((line) => line.slice(5).trimStart()).join("\n");
    if (!data) {
      return;
    }
    const list = $("live-articles");
    list.insertBefore(articleItem(JSON.parse(data)), list.firstChild);
    while (list.children.length > LIVE_KEPT) {
      list.removeChild(list.lastChild);
    }
  }

  function stop() {
    if (controller) {
      controller.abort();
      controller = null;
      $("live-state").textContent = "Not connected.";
    }
  }

  return { start, stop };
})();

// ---------- routing: #view/value?parameters ----------

async function route() {
  const hash = location.hash.slice(1) || "search";
  const [path, parameters] = hash.split("?");
  const slash = path.indexOf("/");
  const view = slash < 0 ? path : path.slice(0, slash);
  const raw = slash < 0 ? "" : path.slice(slash + 1);
  const value = decodeURIComponent(raw);
  const options = new URLSearchParams(parameters || "");
  showStatus("");
  try {
    if (view === "article" && value) {
      show("article");
      await Article.open(value);
      focusHeading("article-title");
    } else if (view === "entity") {
      show("entity");
      await Entity.open(value, countFrom(options));
    } else if (view === "stance") {
      show("stance");
      await Stance.open(value, options.get("interval"), countFrom(options));
    } else if (view === "live") {
      show("live");
      Live.start();
    } else {
      show("search");
      // Search parameters stay encoded in the hash: decoding first would turn an escaped & into a separator.
      await Search.run(Object.fromEntries(new URLSearchParams(raw)));
    }
  } catch (error) {
    failed(error);
  }
}

window.addEventListener("hashchange", route);
route();
