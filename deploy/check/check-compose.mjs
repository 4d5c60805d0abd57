// Checks the compose file as docker-compose resolved it (argument 1: the output of `docker-compose config`) and the
// Dockerfile (argument 2) for what `config -q` cannot see: every service health-checked, secrets never given as
// literal values, every published port bound to 127.0.0.1 (as resolved without NEWSSTREAM_BIND_ADDRESS), the
// official apache/kafka image, Prometheus 3 and Grafana 12 or later, and an image that runs as a non-root user
// with a HEALTHCHECK and the OCI labels.
import { readFileSync } from "node:fs";
import { parse } from "yaml";

const [composeFile, dockerfile] = process.argv.slice(2);
const compose = parse(readFileSync(composeFile, "utf8"));
const problems = [];

for (const [name, service] of Object.entries(compose.services)) {
  if (!service.healthcheck?.test) {
    problems.push(`service ${name}: no healthcheck`);
  }
  const environment = Array.isArray(service.environment)
    ? Object.fromEntries(service.environment.map((line) => line.split(/=(.*)/s).slice(0, 2)))
    : service.environment ?? {};
  for (const [key, value] of Object.entries(environment)) {
    if (/PASSWORD|SECRET|TOKEN/.test(key) && !/_FILE$/.test(key) && value !== null && value !== "") {
      problems.push(`service ${name}: ${key} is set literally; use a secret and ${key}_FILE`);
    }
  }
}
for (const [name, service] of Object.entries(compose.services)) {
  for (const port of service.ports ?? []) {
    // docker-compose 1.x resolves ports to "ip:published:target/proto" strings, Compose 2 to objects.
    const hostIp = typeof port === "string" ? port.split(":").length === 3 ? port.split(":")[0] : "" : port.host_ip ?? "";
    if (hostIp !== "127.0.0.1") {
      problems.push(`service ${name}: port ${JSON.stringify(port)} is published on all interfaces; bind it to \${NEWSSTREAM_BIND_ADDRESS:-127.0.0.1}`);
    }
  }
}
const minimumMajor = { prometheus: 3, grafana: 12 };
for (const [name, major] of Object.entries(minimumMajor)) {
  const tag = /:v?(\d+)\./.exec(compose.services[name]?.image ?? "");
  if (!tag || Number(tag[1]) < major) {
    problems.push(`service ${name}: image ${compose.services[name]?.image} is older than version ${major}`);
  }
}
if (!/^apache\/kafka:/.test(compose.services.kafka?.image ?? "")) {
  problems.push("service kafka: expected the official apache/kafka image");
}
for (const name of ["ingest", "enrich", "sink"]) {
  if (!compose.services[name]?.healthcheck?.test?.join(" ").includes("/health/ready")) {
    problems.push(`service ${name}: its healthcheck should ask /health/ready`);
  }
}

// The last USER instruction decides who the container runs as: it must be set and must not be root (uid 0).
const users = readFileSync(dockerfile, "utf8").split("\n").filter((line) => /^USER\s/.test(line));
const user = users.at(-1)?.replace(/^USER\s+/, "").trim();
const args = Object.fromEntries([...readFileSync(dockerfile, "utf8").matchAll(/^ARG\s+(\w+)=(\S+)/gm)].map((m) => [m[1], m[2]]));
const resolvedUser = user?.replace(/\$\{(\w+)\}/g, (_, arg) => args[arg] ?? "");
if (!resolvedUser || /^(root|0)(:|$)/.test(resolvedUser)) {
  problems.push(`${dockerfile}: the image must end with a USER that is not root (found: ${user ?? "none"})`);
}

const dockerfileText = readFileSync(dockerfile, "utf8");
if (!/^HEALTHCHECK\s+(--\S+\s+)*CMD\s/m.test(dockerfileText)) {
  problems.push(`${dockerfile}: no HEALTHCHECK with a CMD`);
}
for (const label of ["title", "description", "version", "revision", "created", "source"]) {
  if (!dockerfileText.includes(`org.opencontainers.image.${label}=`)) {
    problems.push(`${dockerfile}: no OCI label org.opencontainers.image.${label}`);
  }
}

if (problems.length > 0) {
  console.error(problems.join("\n"));
  process.exit(1);
}
console.log(`  ${Object.keys(compose.services).length} services health-checked, no literal secrets, ports on 127.0.0.1; image user ${resolvedUser}, HEALTHCHECK and OCI labels`);
