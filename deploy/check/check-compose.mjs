// Checks the compose file as docker-compose resolved it (argument 1: the output of `docker-compose config`) and the
// Dockerfile (argument 2) for what `config -q` cannot see: every service health-checked, secrets never given as
// literal values, the official apache/kafka image, and an image that runs as a non-root user.
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

if (problems.length > 0) {
  console.error(problems.join("\n"));
  process.exit(1);
}
console.log(`  ${Object.keys(compose.services).length} services health-checked, no literal secrets; image user ${resolvedUser}`);
