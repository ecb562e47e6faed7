#!/usr/bin/env bash
# What observability costs: Functions4J with metrics and tracing off (the default), with metrics on
# (functions4j.metrics.enabled), and with tracing on (the OpenTelemetry SDK by autoconfiguration,
# a batch span processor, spans dropped by NoopSpanExporter). The three servers run at once; each
# round measures GET Hello with a key on each in turn (order rotated every round), wrk on loopback.
# Prints every round, then the medians and their ratios to "off".
# Usage: benchmarks/observability.sh [rounds=5] [seconds per run=8] [connections=64]
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${1:-5}; SECONDS_PER_RUN=${2:-8}; CONNS=${3:-64}
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
mvn -q -B -ntp -DskipTests -Dinvoker.skip -Dstandalone.skip -pl benchmarks -am install
WORK=$(mktemp -d)
mvn -q -B -ntp -pl benchmarks dependency:build-classpath -Dmdep.outputFile="$WORK/classpath.txt"
CP="benchmarks/target/classes:$(cat "$WORK/classpath.txt")"
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$WORK"' EXIT
JAVA_OPTS="-Xms512m -Xmx512m"
declare -A PORT KEY
wait_for() { for _ in $(seq 150); do grep -q "Listening on" "$1" 2>/dev/null && return; sleep 0.1; done; cat "$1"; exit 1; }

start() { # $1 variant, $2 host.json, then JVM options
  local variant=$1 config=$2; shift 2
  echo "$config" > "$WORK/$variant-host.json"
  java $JAVA_OPTS "$@" -cp "$CP" org.functions4j.server.FunctionsServer --classpath benchmarks/target/classes \
      --packages org.functions4j.benchmarks.functions --host 127.0.0.1 --port 0 --config "$WORK/$variant-host.json" \
      --secrets "$WORK/$variant-secrets" --verbose > "$WORK/$variant.out" 2>&1 &
  wait_for "$WORK/$variant.out"
  PORT[$variant]=$(sed -n 's|.*Listening on http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$WORK/$variant.out" | head -1)
  KEY[$variant]=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["functionKeys"][0]["value"])' \
      "$WORK/$variant-secrets/host.json")
}
start off '{}'
start metrics '{"functions4j": {"metrics": {"enabled": true}}}'
start tracing '{}' -Dotel.java.global-autoconfigure.enabled=true -Dotel.traces.exporter=noop \
    -Dotel.metrics.exporter=none -Dotel.logs.exporter=none -Dotel.service.name=functions4j-bench
grep -q "Tracing: each invocation" "$WORK/tracing.out" || { echo "tracing is not on:"; cat "$WORK/tracing.out"; exit 1; }

VARIANTS=(off metrics tracing)
threads=$([ "$CONNS" -ge 2 ] && echo 2 || echo 1)
for v in "${VARIANTS[@]}"; do # warm-up
  wrk -t"$threads" -c"$CONNS" -d10s -H "x-functions-key: ${KEY[$v]}" "http://127.0.0.1:${PORT[$v]}/api/Hello?name=load" > /dev/null
done
for round in $(seq "$ROUNDS"); do
  order=("${VARIANTS[@]:$((round % 3))}" "${VARIANTS[@]:0:$((round % 3))}")
  for v in "${order[@]}"; do
    wrk -t"$threads" -c"$CONNS" -d"${SECONDS_PER_RUN}s" --latency -H "x-functions-key: ${KEY[$v]}" \
        "http://127.0.0.1:${PORT[$v]}/api/Hello?name=load" > "$WORK/out"
    if grep -qE "Non-2xx|Socket errors" "$WORK/out"; then echo "errors in $v:"; cat "$WORK/out"; exit 1; fi
    echo "$round $v $(awk '/Requests\/sec/ {print $2}' "$WORK/out") $(awk '$1 == "99%" {print $2}' "$WORK/out")" \
        | tee -a "$WORK/results"
  done
done
curl -s -H "x-functions-key: $(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["masterKey"]["value"])' \
    "$WORK/metrics-secrets/host.json")" "http://127.0.0.1:${PORT[metrics]}/admin/metrics" \
    | grep -q 'functions_requests_seconds_count{function="Hello",status="200"}' || { echo "metrics were not on"; exit 1; }
python3 - "$WORK/results" <<'PY'
import re, statistics, sys
def ms(t):
    v, u = re.fullmatch(r"([\d.]+)(us|ms|s)", t).groups()
    return float(v) * {"us": 0.001, "ms": 1, "s": 1000}[u]
rps, p99 = {}, {}
for line in open(sys.argv[1]):
    _, v, r, p = line.split()
    rps.setdefault(v, []).append(float(r)); p99.setdefault(v, []).append(ms(p))
off = statistics.median(rps["off"])
print("| variant | req/s, median (range) | ratio to off | p99 ms, median (range) |")
print("|---|---|---|---|")
for v in ("off", "metrics", "tracing"):
    m = statistics.median(rps[v])
    print(f"| {v} | {m:.0f} ({min(rps[v]):.0f}-{max(rps[v]):.0f}) | {m / off:.2f}x | "
          f"{statistics.median(p99[v]):.2f} ({min(p99[v]):.2f}-{max(p99[v]):.2f}) |")
PY
