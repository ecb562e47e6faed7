#!/usr/bin/env bash
# Load benchmark: Functions4J embedded vs a raw Jetty servlet doing the same work (the baseline),
# measured one after the other in the same run on this machine, wrk on loopback.
# Workloads: GET Hello with a key, POST a JSON echo with a key; 1, 64 and 256 connections.
# Variants: baseline; Functions4J (defaults); Functions4J with functionTimeout "-1" (no servlet async).
# Usage: benchmarks/load.sh [seconds per run, default 10]. Installs wrk if missing. Prints a Markdown table.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN=${1:-10}
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
mvn -q -B -ntp -DskipTests -Dinvoker.skip -Dstandalone.skip -pl benchmarks -am install
WORK=$(mktemp -d)
mvn -q -B -ntp -pl benchmarks dependency:build-classpath -Dmdep.outputFile="$WORK/classpath.txt"
CP="benchmarks/target/classes:$(cat "$WORK/classpath.txt")"
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$WORK"' EXIT
JAVA_OPTS="-Xms512m -Xmx512m"

cat > "$WORK/echo.lua" <<'LUA'
wrk.method = "POST"
wrk.body = '{"text":"hello","count":2,"tags":["a","b"]}'
wrk.headers["Content-Type"] = "application/json"
LUA

wait_up() { for _ in $(seq 100); do grep -q "Listening on" "$1" 2>/dev/null && return; sleep 0.1; done; echo "server did not start"; cat "$1"; exit 1; }

measure() { # $1 label, $2 port, $3 key -> lines "label workload conns rps p50 p99"
  for workload in hello echo; do
    for conns in 1 64 256; do
      local args=(-t"$([ "$conns" -ge 2 ] && echo 2 || echo 1)" -c"$conns" --latency -H "x-functions-key: $3")
      local url="http://127.0.0.1:$2/api/Hello?name=load"
      [ "$workload" = echo ] && { args+=(-s "$WORK/echo.lua"); url="http://127.0.0.1:$2/api/Echo"; }
      wrk "${args[@]}" -d5s "$url" > /dev/null
      wrk "${args[@]}" -d"${SECONDS_PER_RUN}s" "$url" > "$WORK/out"
      if grep -qE "Non-2xx|Socket errors" "$WORK/out"; then echo "errors in $1 $workload $conns:"; cat "$WORK/out"; exit 1; fi
      local rps p50 p99
      rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/out")
      p50=$(awk '$1 == "50%" {print $2}' "$WORK/out")
      p99=$(awk '$1 == "99%" {print $2}' "$WORK/out")
      echo "$1 $workload $conns $rps $p50 $p99" | tee -a "$WORK/results"
    done
  done
}

KEY=BenchmarkKey_0123456789abcdefghijklmnop
java $JAVA_OPTS -cp "$CP" org.functions4j.benchmarks.BaselineServer 0 "$KEY" > "$WORK/baseline.out" 2>&1 &
wait_up "$WORK/baseline.out"
measure baseline "$(sed -n 's|Listening on http://127.0.0.1:\([0-9]*\)/|\1|p' "$WORK/baseline.out")" "$KEY"
kill %1; wait %1 2>/dev/null || true

run_functions4j() { # $1 label, $2 host.json
  echo "$2" > "$WORK/host.json"
  rm -rf "$WORK/secrets"
  java $JAVA_OPTS -cp "$CP" org.functions4j.server.FunctionsServer --classpath benchmarks/target/classes \
      --packages org.functions4j.benchmarks.functions --host 127.0.0.1 --port 0 --config "$WORK/host.json" \
      --secrets "$WORK/secrets" > "$WORK/f4j.out" 2>&1 &
  local pid=$!
  wait_up "$WORK/f4j.out"
  local key
  key=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["functionKeys"][0]["value"])' "$WORK/secrets/host.json")
  measure "$1" "$(sed -n 's|Listening on http://127.0.0.1:\([0-9]*\)/|\1|p' "$WORK/f4j.out")" "$key"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}
run_functions4j functions4j '{}'
run_functions4j functions4j-sync '{"functionTimeout": "-1"}'

echo
echo "| workload | connections | baseline req/s | Functions4J req/s (ratio) | p50 base / F4J | p99 base / F4J | F4J without functionTimeout req/s (ratio) |"
echo "|---|---|---|---|---|---|---|"
python3 - "$WORK/results" <<'PY'
import sys
rows = {}
for line in open(sys.argv[1]):
    label, workload, conns, rps, p50, p99 = line.split()
    rows[(label, workload, conns)] = (float(rps), p50, p99)
for workload in ("hello", "echo"):
    for conns in ("1", "64", "256"):
        b = rows[("baseline", workload, conns)]
        f = rows[("functions4j", workload, conns)]
        s = rows[("functions4j-sync", workload, conns)]
        print(f"| {workload} | {conns} | {b[0]:.0f} | {f[0]:.0f} ({f[0]/b[0]:.2f}x) | {b[1]} / {f[1]} | {b[2]} / {f[2]} | {s[0]:.0f} ({s[0]/b[0]:.2f}x) |")
PY
