// Stacked bar charts drawn as SVG elements. Every label is set with textContent, never parsed as markup.
"use strict";

const StackedBars = (() => {
  const SVG = "http://www.w3.org/2000/svg";

  function element(name, attributes, parent) {
    const node = document.createElementNS(SVG, name);
    for (const [key, value] of Object.entries(attributes)) {
      node.setAttribute(key, String(value));
    }
    if (parent) {
      parent.appendChild(node);
    }
    return node;
  }

  function text(parent, x, y, content, attributes) {
    const node = element("text", Object.assign({ x, y }, attributes || {}), parent);
    node.textContent = content;
    return node;
  }

  function shortened(label, max) {
    return label.length > max ? label.slice(0, max - 1) + "\u2026" : label;
  }

  /**
   * Draws one bar per category, each stacked from the series' values, into container (emptied first).
   * series: [{name, className, values: [number per category]}]; horizontal: bars left to right, one per row.
   */
  function draw(container, categories, series, options) {
    const horizontal = Boolean(options && options.horizontal);
    container.replaceChildren();
    if (categories.length === 0) {
      const empty = document.createElement("p");
      empty.className = "empty";
      empty.textContent = "No data yet.";
      container.appendChild(empty);
      return;
    }
    const totals = categories.map((_, i) => series.reduce((sum, s) => sum + (s.values[i] || 0), 0));
    const max = Math.max(1, ...totals);
    const labelSpace = horizontal ? 170 : 40;
    const band = horizontal ? 26 : Math.max(14, Math.min(48, 640 / categories.length));
    const length = horizontal ? 420 : 240;
    const width = horizontal ? labelSpace + length + 50 : labelSpace + band * categories.length + 10;
    const height = horizontal ? band * categories.length + 10 : length + 70;
    const svg = element("svg", {
      viewBox: `0 0 ${width} ${height}`, width, height, role: "img", class: "stacked-bars",
    });
    const summary = categories.map((c, i) => `${c}: ${totals[i]}`).join("; ");
    element("title", {}, svg).textContent = (options && options.title ? options.title + ". " : "") + summary;

    categories.forEach((category, i) => {
      let offset = 0;
      const group = element("g", { class: "bar" }, svg);
      for (const s of series) {
        const value = s.values[i] || 0;
        if (value === 0) {
          continue;
        }
        const size = (value / max) * length;
        const rect = horizontal
          ? element("rect", { x: labelSpace + offset, y: i * band + 3, width: size, height: band - 6 }, group)
          : element("rect", { x: labelSpace + i * band + 2, y: 10 + length - offset - size, width: band - 4,
            height: size }, group);
        rect.setAttribute("class", "segment " + s.className);
        element("title", {}, rect).textContent = `${category}, ${s.name}: ${value}`;
        offset += size;
      }
      if (horizontal) {
        text(svg, labelSpace - 6, i * band + band / 2 + 4, shortened(category, 24), { "text-anchor": "end" });
        text(svg, labelSpace + offset + 4, i * band + band / 2 + 4, String(totals[i]), { class: "total" });
      } else {
        text(svg, labelSpace + i * band + band / 2, 10 + length + 14, shortened(category, 10), {
          "text-anchor": "end", transform: `rotate(-40 ${labelSpace + i * band + band / 2} ${10 + length + 14})`,
        });
      }
    });
    if (!horizontal) {
      element("line", { x1: labelSpace, y1: 10 + length, x2: width, y2: 10 + length, class: "axis" }, svg);
      text(svg, labelSpace - 4, 14, String(max), { "text-anchor": "end" });
      text(svg, labelSpace - 4, 10 + length, "0", { "text-anchor": "end" });
    }
    container.appendChild(svg);
    container.appendChild(legend(series));
  }

  function legend(series) {
    const list = document.createElement("ul");
    list.className = "chart-legend";
    for (const s of series) {
      const item = document.createElement("li");
      const swatch = document.createElement("span");
      swatch.className = "swatch " + s.className;
      item.appendChild(swatch);
      item.appendChild(document.createTextNode(s.name));
      list.appendChild(item);
    }
    return list;
  }

  return { draw };
})();
