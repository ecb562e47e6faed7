#!/usr/bin/env bash
# Virtual threads (functions4j.server.virtualThreads) against the platform pool, for a function that
# blocks 50 ms (a call to a slow service), at many connections. Needs JDK 21 or later: set
# JAVA_HOME (CI machines have Temurin 25 beside 17). The two servers run at once; each round
# measures both, order alternating. Prints every round and the medians.
# Usage: JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 benchmarks/virtual-threads.sh [rounds=3] [seconds=10] [connections=1000]
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${1:-3}; SECONDS_PER_RUN=${2:-10}; CONNS=${3:-1000}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
"$JAVA" -version 2>&1 | head -1
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
ulimit -n 65536 2>/dev/null || true
mvn -q -B -ntp -DskipTests -Dinvoker.skip -Dstandalone.skip -pl benchmarks -am install
WORK=$(mktemp -d)
mvn -q -B -ntp -pl benchmarks dependency:build-classpath -Dmdep.outputFile="$WORK/classpath.txt"
CP="benchmarks/target/classes:$(cat "$WORK/classpath.txt")"
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$WORK"' EXIT
declare -A PORT KEY
start() { # $1 variant, $2 host.json
  echo "$2" > "$WORK/$1-host.json"
  "$JAVA" -Xms512m -Xmx512m -cp "$CP" org.functions4j.server.FunctionsServer --classpath benchmarks/target/classes \
      --packages org.functions4j.benchmarks.functions --host 127.0.0.1 --port 0 --config "$WORK/$1-host.json" \
      --secrets "$WORK/$1-secrets" > "$WORK/$1.out" 2>&1 &
  for _ in $(seq 150); do grep -q "Listening on" "$WORK/$1.out" && break; sleep 0.1; done
  PORT[$1]=$(sed -n 's|.*Listening on http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$WORK/$1.out" | head -1)
  KEY[$1]=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["functionKeys"][0]["value"])' "$WORK/$1-secrets/host.json")
}
start platform '{}'
start virtual '{"functions4j": {"server": {"virtualThreads": true}}}'
for v in platform virtual; do
  wrk -t2 -c"$CONNS" -d5s -H "x-functions-key: ${KEY[$v]}" "http://127.0.0.1:${PORT[$v]}/api/Blocking" > /dev/null
done
for round in $(seq "$ROUNDS"); do
  if [ $((round % 2)) = 0 ]; then order="virtual platform"; else order="platform virtual"; fi
  for v in $order; do
    wrk -t2 -c"$CONNS" -d"${SECONDS_PER_RUN}s" --latency --timeout 10s -H "x-functions-key: ${KEY[$v]}" \
        "http://127.0.0.1:${PORT[$v]}/api/Blocking" > "$WORK/out"
    echo "$round $v $(awk '/Requests\/sec/ {print $2}' "$WORK/out") $(awk '$1 == "99%" {print $2}' "$WORK/out") \
$(grep -o 'Non-2xx or 3xx responses: [0-9]*' "$WORK/out" | awk '{print $NF}')" | tee -a "$WORK/results"
  done
done
python3 - "$WORK/results" "$CONNS" <<'PY'
import statistics, sys
rps = {}
for line in open(sys.argv[1]):
    parts = line.split()
    rps.setdefault(parts[1], []).append(float(parts[2]))
p, v = statistics.median(rps["platform"]), statistics.median(rps["virtual"])
print("| blocking 50 ms, connections | platform pool req/s, median (range) | virtual threads req/s | ratio |")
print("|---|---|---|---|")
print(f"| {sys.argv[2]} ({len(rps['platform'])} rounds) | {p:.0f} ({min(rps['platform']):.0f}-{max(rps['platform']):.0f}) "
      f"| {v:.0f} ({min(rps['virtual']):.0f}-{max(rps['virtual']):.0f}) | {v / p:.2f}x |")
PY
