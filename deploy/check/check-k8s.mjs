// Validates rendered Kubernetes manifests (the output of `kubectl kustomize`, one multi-document YAML file per
// argument): each object against its API schema, plus the rules newsstream's manifests promise (probes,
// resources, non-root, no literal secrets, topology spread, a PodDisruptionBudget and a NetworkPolicy per workload,
// a ServiceMonitor that selects the Services, KafkaUser ACLs on the topics rendered with them and on the group ids
// the services derive from the rendered settings). Exits 1 on any problem.
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";
import Ajv from "ajv";
import { ConfigMap } from "kubernetes-models/v1/ConfigMap";
import { Secret } from "kubernetes-models/v1/Secret";
import { Service } from "kubernetes-models/v1/Service";
import { Deployment } from "kubernetes-models/apps/v1/Deployment";
import { StatefulSet } from "kubernetes-models/apps/v1/StatefulSet";
import { PodDisruptionBudget } from "kubernetes-models/policy/v1/PodDisruptionBudget";
import { NetworkPolicy } from "kubernetes-models/networking.k8s.io/v1/NetworkPolicy";
import { ServiceMonitor } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/ServiceMonitor";
import { PrometheusRule } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/PrometheusRule";

// Strimzi's resources, against the schemas of deploy/check/schemas (Strimzi 1.0 serves only kafka.strimzi.io/v1).
const ajv = new Ajv({ allErrors: true, allowUnionTypes: true });
const strimziSchema = (file) => ajv.compile(JSON.parse(readFileSync(new URL(`./schemas/${file}`, import.meta.url))));
const strimzi = {
  "kafka.strimzi.io/v1/KafkaTopic": strimziSchema("kafkatopic-v1.schema.json"),
  "kafka.strimzi.io/v1/KafkaUser": strimziSchema("kafkauser-v1.schema.json"),
};

// kubernetes-models validates against the Kubernetes OpenAPI schemas (types, required fields, enums, formats).
const models = {
  "v1/ConfigMap": ConfigMap,
  "v1/Secret": Secret,
  "v1/Service": Service,
  "apps/v1/Deployment": Deployment,
  "apps/v1/StatefulSet": StatefulSet,
  "policy/v1/PodDisruptionBudget": PodDisruptionBudget,
  "networking.k8s.io/v1/NetworkPolicy": NetworkPolicy,
  "monitoring.coreos.com/v1/ServiceMonitor": ServiceMonitor,
  "monitoring.coreos.com/v1/PrometheusRule": PrometheusRule,
};

const problems = [];
const objects = [];

for (const file of process.argv.slice(2)) {
  for (const doc of parseAllDocuments(readFileSync(file, "utf8"))) {
    if (doc.errors.length > 0) {
      problems.push(`${file}: YAML: ${doc.errors.map((e) => e.message).join("; ")}`);
      continue;
    }
    const object = doc.toJS();
    if (object) {
      objects.push({ file, object });
    }
  }
}

for (const { file, object } of objects) {
  const where = `${file}: ${object.kind}/${object.metadata?.name}`;
  const type = `${object.apiVersion}/${object.kind}`;
  if (object.apiVersion?.startsWith("kafka.strimzi.io/") && !strimzi[type]) {
    problems.push(`${where}: ${object.apiVersion} is not served by Strimzi 1.0; use kafka.strimzi.io/v1`);
    continue;
  }
  if (strimzi[type]) {
    const validate = strimzi[type];
    if (!validate(object)) {
      validate.errors.forEach((e) => problems.push(`${where}: ${e.instancePath || "/"} ${e.message}`));
    }
    continue;
  }
  const Model = models[type];
  if (!Model) {
    problems.push(`${where}: no schema for ${type}; add it to deploy/check/check-k8s.mjs`);
    continue;
  }
  try {
    new Model(object).validate();
  } catch (e) {
    problems.push(`${where}: ${e.message}`);
  }
  if (object.kind === "Deployment" || object.kind === "StatefulSet") {
    checkWorkload(where, object).forEach((p) => problems.push(p));
  }
}
checkServiceMonitors().forEach((p) => problems.push(p));
checkDisruptionAndNetworkPolicies().forEach((p) => problems.push(p));
checkKafkaUserTopics().forEach((p) => problems.push(p));
checkKafkaUserGroups().forEach((p) => problems.push(p));

if (problems.length > 0) {
  console.error(problems.join("\n"));
  process.exit(1);
}
console.log(`  ${objects.length} objects valid (${[...new Set(objects.map((o) => o.object.kind))].sort().join(", ")})`);

/** What every newsstream workload must have: probes, resources, a non-root user, secrets only from files or Secrets. */
function checkWorkload(where, workload) {
  const found = [];
  const pod = workload.spec.template.spec;
  const selector = workload.spec.selector.matchLabels ?? {};
  const labels = workload.spec.template.metadata?.labels ?? {};
  for (const [key, value] of Object.entries(selector)) {
    if (labels[key] !== value) {
      found.push(`${where}: selector ${key}=${value} does not match the pod template's labels`);
    }
  }
  const spread = (pod.topologySpreadConstraints ?? []).map((c) => c.topologyKey);
  for (const key of ["kubernetes.io/hostname", "topology.kubernetes.io/zone"]) {
    if (!spread.includes(key)) {
      found.push(`${where}: no topologySpreadConstraint over ${key}`);
    }
  }
  for (const constraint of pod.topologySpreadConstraints ?? []) {
    if (!constraint.labelSelector || !selects(constraint.labelSelector, labels)) {
      found.push(`${where}: the topologySpreadConstraint over ${constraint.topologyKey} does not select its own pods`);
    }
  }
  if (pod.securityContext?.runAsNonRoot !== true) {
    found.push(`${where}: pod securityContext.runAsNonRoot must be true`);
  }
  for (const container of pod.containers) {
    const at = `${where} container ${container.name}`;
    for (const probe of ["livenessProbe", "readinessProbe"]) {
      if (!container[probe]) {
        found.push(`${at}: no ${probe}`);
      }
    }
    for (const part of ["requests", "limits"]) {
      if (!container.resources?.[part]?.cpu || !container.resources?.[part]?.memory) {
        found.push(`${at}: resources.${part} needs cpu and memory`);
      }
    }
    if (container.securityContext?.allowPrivilegeEscalation !== false) {
      found.push(`${at}: securityContext.allowPrivilegeEscalation must be false`);
    }
    for (const env of container.env ?? []) {
      if (/PASSWORD|SECRET|TOKEN/.test(env.name) && !env.name.endsWith("_FILE") && env.value !== undefined) {
        found.push(`${at}: ${env.name} has a literal value; mount a Secret and use ${env.name}_FILE`);
      }
    }
  }
  return found;
}

/** Each ServiceMonitor must select the three Services rendered with it by their labels and name a port they have. */
function checkServiceMonitors() {
  const found = [];
  for (const { file, object: monitor } of objects.filter((o) => o.object.kind === "ServiceMonitor")) {
    const services = objects.filter((o) => o.file === file && o.object.kind === "Service").map((o) => o.object);
    const selected = services.filter((service) => selects(monitor.spec.selector, service.metadata.labels ?? {}));
    const components = selected.map((s) => s.metadata.labels["app.kubernetes.io/component"]).sort();
    if (components.join(",") !== "enrich,ingest,sink") {
      found.push(`${file}: ServiceMonitor/${monitor.metadata.name} selects [${components}], expected enrich, ingest and sink`);
    }
    for (const endpoint of monitor.spec.endpoints) {
      for (const service of selected) {
        if (!service.spec.ports.some((port) => port.name === endpoint.port)) {
          found.push(`${file}: ServiceMonitor/${monitor.metadata.name} scrapes port "${endpoint.port}", which Service/${service.metadata.name} lacks`);
        }
      }
    }
  }
  return found;
}

/** Each workload's pods are covered by a PodDisruptionBudget and a NetworkPolicy rendered with it. */
function checkDisruptionAndNetworkPolicies() {
  const found = [];
  for (const { file, object: workload } of objects.filter((o) => ["Deployment", "StatefulSet"].includes(o.object.kind))) {
    const labels = workload.spec.template.metadata?.labels ?? {};
    for (const [kind, selectorOf] of [["PodDisruptionBudget", (o) => o.spec.selector], ["NetworkPolicy", (o) => o.spec.podSelector]]) {
      const covering = objects.filter((o) => o.file === file && o.object.kind === kind && selects(selectorOf(o.object) ?? {}, labels));
      if (covering.length !== 1) {
        found.push(`${file}: ${workload.kind}/${workload.metadata.name} is selected by ${covering.length} ${kind}s, expected 1`);
      }
    }
  }
  return found;
}

/** A literal topic ACL of a KafkaUser names a topic of the KafkaTopics rendered with it (a renamed topic or a typo). */
function checkKafkaUserTopics() {
  const found = [];
  for (const { file, object: user } of objects.filter((o) => o.object.kind === "KafkaUser")) {
    const topics = new Set(objects.filter((o) => o.file === file && o.object.kind === "KafkaTopic")
      .map((o) => o.object.spec.topicName ?? o.object.metadata.name));
    if (topics.size === 0) {
      continue;
    }
    for (const acl of user.spec.authorization?.acls ?? []) {
      const { type, name, patternType = "literal" } = acl.resource;
      if (type === "topic" && patternType === "literal" && !topics.has(name)) {
        found.push(`${file}: KafkaUser/${user.metadata.name} has an ACL on topic ${name}, which no KafkaTopic creates`);
      }
    }
  }
  return found;
}

/**
 * The group ACLs of enrich's and the sink's KafkaUsers name the ids the services derive from the rendered
 * newsstream-config (as EnrichConfig and SinkConfig do: the explicit setting, else the name behind topic.prefix).
 */
function checkKafkaUserGroups() {
  const found = [];
  for (const file of new Set(objects.filter((o) => o.object.kind === "KafkaUser").map((o) => o.file))) {
    const config = objects.find((o) => o.file === file && o.object.kind === "ConfigMap"
      && o.object.metadata.name.startsWith("newsstream-config"))?.object.data ?? {};
    const prefix = config.NEWSSTREAM_TOPIC_PREFIX ?? "";
    const expected = {
      "newsstream-enrich": {
        id: config.NEWSSTREAM_ENRICH_APPLICATION_ID || `${prefix}newsstream-enrich`,
        acls: [["group", "literal"], ["topic", "prefix"], ["transactionalId", "prefix"]],
      },
      "newsstream-sink": {
        id: config.NEWSSTREAM_SINK_GROUP_ID || `${prefix}newsstream-sink`,
        acls: [["group", "literal"]],
      },
    };
    for (const { object: user } of objects.filter((o) => o.file === file && o.object.kind === "KafkaUser")) {
      const want = expected[user.metadata.name];
      if (!want) {
        continue;
      }
      const acls = user.spec.authorization?.acls ?? [];
      for (const [type, patternType] of want.acls) {
        const names = acls.filter((a) => a.resource.type === type && (a.resource.patternType ?? "literal") === patternType)
          .map((a) => a.resource.name);
        if (!names.includes(want.id)) {
          found.push(`${file}: KafkaUser/${user.metadata.name} has no ${patternType} ${type} ACL on ${want.id} `
            + `(the id the service derives from newsstream-config), only on [${names.join(", ")}]`);
        }
      }
    }
  }
  return found;
}

function selects(selector, labels) {
  const byLabels = Object.entries(selector.matchLabels ?? {}).every(([key, value]) => labels[key] === value);
  const byExpressions = (selector.matchExpressions ?? []).every((expression) => {
    const present = Object.hasOwn(labels, expression.key);
    switch (expression.operator) {
      case "In": return present && expression.values.includes(labels[expression.key]);
      case "NotIn": return !present || !expression.values.includes(labels[expression.key]);
      case "Exists": return present;
      case "DoesNotExist": return !present;
      default: return false;
    }
  });
  return byLabels && byExpressions;
}
