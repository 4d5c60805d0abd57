// Checks the Grafana dashboards (arguments: JSON files) against the provisioning next to them: valid JSON, unique
// panel ids, every query has an expression, every datasource is the dashboard's `datasource` variable (a Prometheus
// datasource picker, so an imported dashboard works with any Prometheus) or a uid the provisioning defines, and every
// query of newsstream's job filters by the `service` and `instance` variables.
import { readFileSync } from "node:fs";
import { parse } from "yaml";

const provisioned = parse(readFileSync(new URL("../grafana/provisioning/datasources/prometheus.yml", import.meta.url), "utf8"));
const uids = new Set(provisioned.datasources.map((d) => d.uid));
const problems = [];
let queries = 0;

const FILTERS = ['service=~"$service"', 'instance=~"$instance"'];

for (const file of process.argv.slice(2)) {
  const dashboard = JSON.parse(readFileSync(file, "utf8"));
  const variables = new Map((dashboard.templating?.list ?? []).map((v) => [v.name, v]));
  const picker = variables.get("datasource");
  const usable = new Set(uids);
  if (picker?.type === "datasource" && picker.query === "prometheus") {
    usable.add("${datasource}");
  }
  for (const name of ["datasource", "service", "instance"]) {
    if (!variables.has(name)) {
      problems.push(`${file}: no \`${name}\` variable`);
    }
  }
  for (const variable of variables.values()) {
    if (variable.datasource?.uid && !usable.has(variable.datasource.uid)) {
      problems.push(`${file}: variable ${variable.name} uses datasource uid ${variable.datasource.uid}`);
    }
  }
  const ids = new Set();
  for (const panel of dashboard.panels ?? []) {
    if (ids.has(panel.id)) {
      problems.push(`${file}: panel id ${panel.id} used twice`);
    }
    ids.add(panel.id);
    for (const source of [panel.datasource, ...(panel.targets ?? []).map((t) => t.datasource)]) {
      if (source?.uid && !usable.has(source.uid)) {
        problems.push(`${file}: panel "${panel.title}" uses datasource uid ${source.uid}, neither the variable nor provisioned (${[...uids]})`);
      }
    }
    for (const target of panel.targets ?? []) {
      queries++;
      if (!target.expr?.trim()) {
        problems.push(`${file}: panel "${panel.title}" has a query without an expression`);
      }
      const selectors = target.expr?.match(/\{[^}]*job="newsstream"[^}]*}/g) ?? [];
      for (const selector of selectors) {
        const missing = FILTERS.filter((filter) => !selector.includes(filter));
        if (missing.length > 0) {
          problems.push(`${file}: panel "${panel.title}": ${selector} lacks ${missing.join(", ")}`);
        }
      }
    }
    if (panel.type !== "row" && (panel.targets ?? []).length === 0) {
      problems.push(`${file}: panel "${panel.title}" has no query`);
    }
  }
}

if (problems.length > 0) {
  console.error(problems.join("\n"));
  process.exit(1);
}
console.log(`  ${queries} queries, datasource, service and instance variables used throughout`);
