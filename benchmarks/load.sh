#!/usr/bin/env bash
# Load benchmark: Functions4J embedded vs a raw Jetty servlet doing the same work (the baseline) vs
# Google's functions-framework invoker with the equivalent function, wrk on loopback.
# Workloads: GET Hello with a key, POST a JSON echo with a key; 1, 64 and 256 connections.
# The three servers run at once and each cell measures the three one after another, so drift on this
# shared machine hits them alike. PIN=1 pins the servers to CPU 1 and wrk to CPU 0 (a server then
# sees one core, which changes Jetty's selector count and makes one connection slow: off by default). Per run: warm-up, then a timed run;
# throughput, p50/p99 latency, and the server's CPU time per request (from /proc).
# Memory: resident set size after start and after the load. Hello is also measured on Functions4J
# serving the 1,000-function app (benchmarks/large-app.sh): routing among 1,000 routes vs one.
# Usage: benchmarks/load.sh [seconds per run, default 10] [warm-up seconds, default 10]
# Installs wrk if missing. Prints Markdown tables.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN=${1:-10}
WARM_UP=${2:-10}
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
mvn -q -B -ntp -DskipTests -Dinvoker.skip -Dstandalone.skip -pl benchmarks -am -Pload install
WORK=$(mktemp -d)
mvn -q -B -ntp -pl benchmarks dependency:build-classpath -Dmdep.outputFile="$WORK/classpath.txt"
CP="benchmarks/target/classes:$(cat "$WORK/classpath.txt")"
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$WORK"' EXIT
JAVA_OPTS="-Xms512m -Xmx512m"
if [ "${PIN:-0}" = 1 ] && [ "$(nproc)" -ge 2 ]; then SERVER_CPU=(taskset -c 1); CLIENT_CPU=(taskset -c 0); else SERVER_CPU=(); CLIENT_CPU=(); fi

cat > "$WORK/echo.lua" <<'LUA'
wrk.method = "POST"
wrk.body = '{"text":"hello","count":2,"tags":["a","b"]}'
wrk.headers["Content-Type"] = "application/json"
LUA

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
wait_for() { for _ in $(seq 150); do grep -q "$2" "$1" 2>/dev/null && return; sleep 0.1; done; echo "server did not start"; cat "$1"; exit 1; }
rss_kib() { awk '/VmRSS/ {print $2}' "/proc/$1/status"; }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
declare -A PORT PID KEY

# (a) the baseline
KEY[baseline]=BenchmarkKey_0123456789abcdefghijklmnop
"${SERVER_CPU[@]}" java $JAVA_OPTS -cp "$CP" org.functions4j.benchmarks.BaselineServer 0 "${KEY[baseline]}" > "$WORK/baseline.out" 2>&1 &
PID[baseline]=$!
wait_for "$WORK/baseline.out" "Listening on"
PORT[baseline]=$(sed -n 's|Listening on http://127.0.0.1:\([0-9]*\)/|\1|p' "$WORK/baseline.out")

# (b) Functions4J embedded, defaults (keys on, functionTimeout 30 min, access log off)
echo '{}' > "$WORK/host.json"
start_functions4j() { # $1 variant, then the server's class path options
  local variant=$1; shift
  "${SERVER_CPU[@]}" java $JAVA_OPTS -cp "$CP" org.functions4j.server.FunctionsServer "$@" --host 127.0.0.1 --port 0 \
      --config "$WORK/host.json" --secrets "$WORK/$variant-secrets" > "$WORK/$variant.out" 2>&1 &
  PID[$variant]=$!
  wait_for "$WORK/$variant.out" "Listening on"
  PORT[$variant]=$(sed -n 's|.*Listening on http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$WORK/$variant.out" | head -1)
  KEY[$variant]=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["functionKeys"][0]["value"])' \
      "$WORK/$variant-secrets/host.json")
}
start_functions4j functions4j --classpath benchmarks/target/classes --packages org.functions4j.benchmarks.functions

# (c) Google's functions-framework invoker (one function per process, no keys: the function checks it)
PORT[gcf]=$(free_port)
KEY[gcf]=${KEY[baseline]}
JACKSON=$(tr ':' '\n' < "$WORK/classpath.txt" | grep /jackson- | paste -sd:)
BENCH_KEY=${KEY[gcf]} "${SERVER_CPU[@]}" java $JAVA_OPTS -jar benchmarks/target/gcf/java-function-invoker.jar \
    --classpath "benchmarks/target/classes:$JACKSON" --target org.functions4j.benchmarks.gcf.GcfBench \
    --port "${PORT[gcf]}" > "$WORK/gcf.out" 2>&1 &
PID[gcf]=$!
wait_for "$WORK/gcf.out" "Serving function"

# (d) Functions4J serving 1,000 functions (Hello is one of them), for the Hello rows
benchmarks/large-app.sh "$WORK/large"
start_functions4j large --classpath "$WORK/large/target/classes"

VARIANTS=(baseline functions4j gcf)
for v in "${VARIANTS[@]}"; do echo "$v rss_start $(rss_kib "${PID[$v]}")" >> "$WORK/memory"; done

for workload in hello echo; do
  for conns in 1 64 256; do
    cell_variants=("${VARIANTS[@]}")
    [ "$workload" = hello ] && cell_variants+=(large)
    for v in "${cell_variants[@]}"; do
      args=(-t"$([ "$conns" -ge 2 ] && echo 2 || echo 1)" -c"$conns" --latency -H "x-functions-key: ${KEY[$v]}")
      url="http://127.0.0.1:${PORT[$v]}/api/Hello?name=load"
      [ "$workload" = echo ] && { args+=(-s "$WORK/echo.lua"); url="http://127.0.0.1:${PORT[$v]}/api/Echo"; }
      "${CLIENT_CPU[@]}" wrk "${args[@]}" -d"${WARM_UP}s" "$url" > /dev/null
      before=$(cpu_ticks "${PID[$v]}")
      "${CLIENT_CPU[@]}" wrk "${args[@]}" -d"${SECONDS_PER_RUN}s" "$url" > "$WORK/out"
      after=$(cpu_ticks "${PID[$v]}")
      if grep -qE "Non-2xx|Socket errors" "$WORK/out"; then echo "errors in $v $workload $conns:"; cat "$WORK/out"; exit 1; fi
      rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/out")
      requests=$(awk '/requests in/ {print $1}' "$WORK/out")
      p50=$(awk '$1 == "50%" {print $2}' "$WORK/out")
      p99=$(awk '$1 == "99%" {print $2}' "$WORK/out")
      cpu_us=$(( (after - before) * 1000000 / $(getconf CLK_TCK) ))
      echo "$v $workload $conns $rps $p50 $p99 $cpu_us $requests" | tee -a "$WORK/results"
    done
  done
done
for v in "${VARIANTS[@]}"; do echo "$v rss_load $(rss_kib "${PID[$v]}")" >> "$WORK/memory"; done

echo
python3 - "$WORK/results" "$WORK/memory" <<'PY'
import re, sys
def ms(text):  # wrk prints 61.00us, 1.52ms, 1.01s
    value, unit = re.fullmatch(r"([\d.]+)(us|ms|s)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
rows = {}
for line in open(sys.argv[1]):
    v, workload, conns, rps, p50, p99, cpu_us, requests = line.split()
    rows[(v, workload, conns)] = (float(rps), p50, p99, int(cpu_us) / int(requests))
print("| workload | conns | baseline req/s | Functions4J req/s (ratio) | GCF invoker req/s (ratio) "
      "| p50 base / F4J / GCF | p99 base / F4J / GCF (F4J ratio) | CPU µs/req base / F4J / GCF |")
print("|---|---|---|---|---|---|---|---|")
for workload in ("hello", "echo"):
    for conns in ("1", "64", "256"):
        b, f, g = (rows[(v, workload, conns)] for v in ("baseline", "functions4j", "gcf"))
        print(f"| {workload} | {conns} | {b[0]:.0f} | {f[0]:.0f} ({f[0]/b[0]:.2f}x) | {g[0]:.0f} ({g[0]/b[0]:.2f}x) "
              f"| {b[1]} / {f[1]} / {g[1]} | {b[2]} / {f[2]} / {g[2]} ({ms(f[2])/ms(b[2]):.2f}x) "
              f"| {b[3]:.1f} / {f[3]:.1f} / {g[3]:.1f} |")
print()
print("| Hello, connections | Functions4J, 1 function req/s | Functions4J, 1,000 functions req/s (ratio) | p99 1 / 1,000 |")
print("|---|---|---|---|")
for conns in ("1", "64", "256"):
    f, l = rows[("functions4j", "hello", conns)], rows[("large", "hello", conns)]
    print(f"| {conns} | {f[0]:.0f} | {l[0]:.0f} ({l[0]/f[0]:.2f}x) | {f[2]} / {l[2]} |")
memory = {}
for line in open(sys.argv[2]):
    v, when, kib = line.split()
    memory[(v, when)] = int(kib) / 1024
print()
print("| server | RSS after start | RSS after the load |")
print("|---|---|---|")
for v, name in (("baseline", "raw Jetty servlet"), ("functions4j", "Functions4J"), ("gcf", "GCF invoker")):
    print(f"| {name} | {memory[(v, 'rss_start')]:.0f} MiB | {memory[(v, 'rss_load')]:.0f} MiB |")
PY
