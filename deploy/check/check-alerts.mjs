// Checks the alert rules beyond what promtool does, and keeps the Kubernetes copy of them in step:
//   - every alert has a severity and the annotations summary, description and runbook_url;
//   - runbook_url is `docs/operations.md#<anchor>` and docs/operations.md has a heading with that anchor;
//   - every alert fires in at least one test of alerts_test.yml;
//   - deploy/k8s/base/prometheus-rules.yaml (a PrometheusRule) holds exactly the groups of alerts.yml.
// Usage: node check-alerts.mjs            check (exits 1 on any problem)
//        node check-alerts.mjs --write    regenerate prometheus-rules.yaml from alerts.yml, then check
import { readFileSync, writeFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import { parse, stringify } from "yaml";

const repo = new URL("../../", import.meta.url);
const paths = {
  alerts: "deploy/prometheus/alerts.yml",
  tests: "deploy/prometheus/alerts_test.yml",
  guide: "docs/operations.md",
  prometheusRule: "deploy/k8s/base/prometheus-rules.yaml",
};
const read = (path) => readFileSync(new URL(path, repo), "utf8");
const SEVERITIES = ["critical", "warning", "info"];
const RUNBOOK = /^docs\/operations\.md#([a-z0-9-]+)$/;

const alerts = parse(read(paths.alerts));
if (process.argv.includes("--write")) {
  writeFileSync(new URL(paths.prometheusRule, repo), prometheusRule(alerts.groups));
}

const problems = [];
const anchors = headingAnchors(read(paths.guide));
const firing = firingInTests(parse(read(paths.tests)));
const rules = alerts.groups.flatMap((group) => group.rules).filter((rule) => rule.alert);
for (const rule of rules) {
  const where = `${paths.alerts}: ${rule.alert}`;
  if (!SEVERITIES.includes(rule.labels?.severity)) {
    problems.push(`${where}: labels.severity must be one of ${SEVERITIES.join(", ")}`);
  }
  for (const annotation of ["summary", "description", "runbook_url"]) {
    if (!rule.annotations?.[annotation]?.trim()) {
      problems.push(`${where}: no ${annotation} annotation`);
    }
  }
  const runbook = RUNBOOK.exec(rule.annotations?.runbook_url ?? "");
  if (rule.annotations?.runbook_url && !runbook) {
    problems.push(`${where}: runbook_url must be docs/operations.md#<anchor>, got ${rule.annotations.runbook_url}`);
  } else if (runbook && !anchors.has(runbook[1])) {
    problems.push(`${where}: runbook_url anchor #${runbook[1]} is not a heading of ${paths.guide}`);
  }
  if (!firing.has(rule.alert)) {
    problems.push(`${where}: no test of ${paths.tests} expects it to fire`);
  }
}

const shipped = parse(read(paths.prometheusRule));
if (shipped?.kind !== "PrometheusRule" || !isDeepStrictEqual(shipped.spec?.groups, alerts.groups)) {
  problems.push(`${paths.prometheusRule} differs from ${paths.alerts}: run node deploy/check/check-alerts.mjs --write`);
}

if (problems.length > 0) {
  console.error(problems.join("\n"));
  process.exit(1);
}
console.log(`  ${rules.length} alerts annotated, with runbook anchors and firing tests; ${paths.prometheusRule} in step`);

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
function headingAnchors(markdown) {
  return new Set(markdown.split("\n")
    .filter((line) => /^#{1,6} /.test(line))
    .map((line) => line.replace(/^#+ /, "").trim().toLowerCase().replace(/[^\p{L}\p{N} _-]/gu, "").replace(/ /g, "-")));
}

/** Names of the alerts some test expects to fire. */
function firingInTests(tests) {
  return new Set(tests.tests.flatMap((test) => test.alert_rule_test ?? [])
    .filter((check) => (check.exp_alerts ?? []).length > 0)
    .map((check) => check.alertname));
}

function prometheusRule(groups) {
  const header = [
    "# GENERATED from deploy/prometheus/alerts.yml by `node deploy/check/check-alerts.mjs --write`; do not edit.",
    "# The alert rules for the Prometheus Operator. Its Prometheus resource must select this PrometheusRule",
    "# (ruleSelector / ruleNamespaceSelector: add the label your Prometheus expects in an overlay). The rules expect",
    "# job=\"newsstream\", which servicemonitor.yaml sets. What each alert means: docs/operations.md, \"Alerts\".",
  ].join("\n");
  const rule = {
    apiVersion: "monitoring.coreos.com/v1",
    kind: "PrometheusRule",
    metadata: { name: "newsstream", labels: { "app.kubernetes.io/name": "newsstream" } },
    spec: { groups },
  };
  return `${header}\n${stringify(rule, { lineWidth: 0 })}`;
}
