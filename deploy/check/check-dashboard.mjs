// Checks the Grafana dashboards (arguments: JSON files) against the provisioning next to them: valid JSON, unique
// panel ids, every query has an expression or SQL, every datasource is a datasource variable of the dashboard (a
// picker, so an imported dashboard works with any Prometheus or PostgreSQL) or a uid the provisioning defines, every
// variable the dashboard defines is used, and every query of newsstream's job filters by the `service` and
// `instance` variables. SQL reads only tables and columns the sink's migrations create and respects the time
// range; provisioned datasource passwords come from a file or the environment, never a literal. Whether each
// metric is exported is DeployMetricsCrossCheckTest's job.
import { readdirSync, readFileSync } from "node:fs";
import { parse } from "yaml";

const provisioningDir = new URL("../grafana/provisioning/datasources/", import.meta.url);
const datasources = readdirSync(provisioningDir).filter((f) => /\.ya?ml$/.test(f))
  .flatMap((f) => parse(readFileSync(new URL(f, provisioningDir), "utf8")).datasources ?? []);
const uids = new Set(datasources.map((d) => d.uid));
const types = new Set(datasources.map((d) => d.type));
const problems = [];
let queries = 0;

for (const source of datasources) {
  for (const [key, value] of Object.entries(source.secureJsonData ?? {})) {
    if (!/^\$(__file|__env)?\{/.test(String(value))) {
      problems.push(`datasource ${source.name}: secureJsonData.${key} is a literal; use $__file{...} or $__env{...}`);
    }
  }
}

const schema = sinkSchema();
const FILTERS = ['service=~"$service"', 'instance=~"$instance"'];

for (const file of process.argv.slice(2)) {
  const dashboard = JSON.parse(readFileSync(file, "utf8"));
  const variables = new Map((dashboard.templating?.list ?? []).map((v) => [v.name, v]));
  const usable = new Set(uids);
  for (const variable of variables.values()) {
    if (variable.type === "datasource" && types.has(variable.query)) {
      usable.add(`\${${variable.name}}`);
    }
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
  // Where a variable can be used: queries, datasource references and the other variables' queries.
  const uses = [];
  for (const variable of variables.values()) {
    uses.push(variable.definition ?? "", JSON.stringify(variable.datasource ?? {}));
  }
  const ids = new Set();
  for (const panel of dashboard.panels ?? []) {
    if (ids.has(panel.id)) {
      problems.push(`${file}: panel id ${panel.id} used twice`);
    }
    ids.add(panel.id);
    uses.push(JSON.stringify(panel.datasource ?? {}));
    for (const source of [panel.datasource, ...(panel.targets ?? []).map((t) => t.datasource)]) {
      if (source?.uid && !usable.has(source.uid)) {
        problems.push(`${file}: panel "${panel.title}" uses datasource uid ${source.uid}, neither a variable nor provisioned (${[...uids]})`);
      }
    }
    for (const target of panel.targets ?? []) {
      queries++;
      uses.push(target.expr ?? "", target.rawSql ?? "", JSON.stringify(target.datasource ?? {}));
      if (target.rawSql !== undefined) {
        checkSql(target.rawSql).forEach((p) => problems.push(`${file}: panel "${panel.title}": ${p}`));
        continue;
      }
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
  const used = uses.join("\n");
  for (const name of variables.keys()) {
    if (!new RegExp(`\\$(\\{${name}[}:]|${name}\\b)`).test(used)) {
      problems.push(`${file}: variable \`${name}\` is defined but no query uses it`);
    }
  }
}

/** Table name to its columns, from the CREATE TABLE and ADD COLUMN statements of the sink's Flyway migrations. */
function sinkSchema() {
  const dir = new URL("../../sink/src/main/resources/db/migration/", import.meta.url);
  const tables = new Map();
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".sql")).sort()) {
    const sql = readFileSync(new URL(file, dir), "utf8").replace(/--[^\n]*/g, "");
    for (const [, table, body] of sql.matchAll(/CREATE TABLE (\w+) \(([\s\S]*?)\n\);/g)) {
      const columns = body.split("\n").map((line) => /^\s+(\w+)\s/.exec(line)?.[1])
        .filter((c) => c && !/^(PRIMARY|CONSTRAINT|UNIQUE|FOREIGN|CHECK)$/i.test(c));
      tables.set(table, new Set(columns));
    }
    for (const [, table, column] of sql.matchAll(/ALTER TABLE (\w+) ADD COLUMN (\w+)/g)) {
      tables.get(table)?.add(column);
    }
  }
  return tables;
}

/** Tables and qualified columns of a panel's SQL exist in the sink's schema, and the time range filters it. */
function checkSql(sql) {
  const found = [];
  if (!sql.trim()) {
    return ["a query without SQL"];
  }
  if (!sql.includes("$__timeFilter(")) {
    found.push("SQL without $__timeFilter: it would read every article whatever the time range");
  }
  const ctes = new Set([...sql.matchAll(/(?:WITH|,)\s+(\w+)\s+AS\s*\(/gi)].map((m) => m[1]));
  const aliases = new Map();
  const keywords = /^(ON|WHERE|JOIN|LEFT|RIGHT|INNER|GROUP|ORDER|LIMIT|USING|CROSS)$/i;
  for (const [, table, alias] of sql.matchAll(/\b(?:FROM|JOIN)\s+(\w+)(?:\s+(?:AS\s+)?(\w+))?/gi)) {
    if (ctes.has(table)) {
      continue;
    }
    if (!schema.has(table)) {
      found.push(`SQL reads table ${table}, which no migration of the sink creates`);
      continue;
    }
    aliases.set(table, table);
    if (alias && !keywords.test(alias)) {
      aliases.set(alias, table);
    }
  }
  for (const [, qualifier, column] of sql.matchAll(/\b(\w+)\.(\w+)\b/g)) {
    const table = aliases.get(qualifier);
    if (table && !schema.get(table).has(column)) {
      found.push(`SQL reads ${qualifier}.${column}, but the sink's ${table} has no column ${column}`);
    }
  }
  return found;
}

if (problems.length > 0) {
  console.error(problems.join("\n"));
  process.exit(1);
}
console.log(`  ${queries} queries, datasources provisioned or picked, every variable used, service and instance filters, SQL on the sink's schema`);
