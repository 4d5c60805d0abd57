// Checks the Grafana dashboards (arguments: JSON files) against the provisioning next to them: valid JSON, unique
// panel ids, every query has an expression, and every datasource uid is one the provisioning defines.
import { readFileSync } from "node:fs";
import { parse } from "yaml";

const provisioned = parse(readFileSync(new URL("../grafana/provisioning/datasources/prometheus.yml", import.meta.url), "utf8"));
const uids = new Set(provisioned.datasources.map((d) => d.uid));
const problems = [];
let queries = 0;

for (const file of process.argv.slice(2)) {
  const dashboard = JSON.parse(readFileSync(file, "utf8"));
  const ids = new Set();
  for (const panel of dashboard.panels ?? []) {
    if (ids.has(panel.id)) {
      problems.push(`${file}: panel id ${panel.id} used twice`);
    }
    ids.add(panel.id);
    for (const source of [panel.datasource, ...(panel.targets ?? []).map((t) => t.datasource)]) {
      if (source?.uid && !uids.has(source.uid)) {
        problems.push(`${file}: panel "${panel.title}" uses datasource uid ${source.uid}, not provisioned (${[...uids]})`);
      }
    }
    for (const target of panel.targets ?? []) {
      queries++;
      if (!target.expr?.trim()) {
        problems.push(`${file}: panel "${panel.title}" has a query without an expression`);
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
console.log(`  ${queries} queries, datasources provisioned`);
