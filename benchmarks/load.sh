#!/usr/bin/env bash
# Load benchmark: Functions4J embedded vs a raw Jetty servlet doing the same work (the baseline) vs
# Google's functions-framework invoker 2.0.0 (Jetty 12 core handlers) with the equivalent function,
# and its 1.4.1 (Jetty 9.4) as an extra column, wrk on loopback.
# Workloads: GET Hello without a key (anon), GET Hello with a key, POST a JSON echo with a key;
# 1, 64 and 256 connections. The servers run at once; each cell is ROUNDS rounds in which every
# server is measured once, the order rotated each round, so drift on this shared machine hits them
# alike; the tables give medians (and the spread) of the rounds. PIN=1 pins the servers to CPU 1 and wrk to CPU 0 (a server then
# sees one core, which changes Jetty's selector count and makes one connection slow: off by default). Per run: warm-up, then a timed run;
# throughput, p50/p99 latency, and the server's CPU time per request (from /proc).
# Memory: resident set size after start and after the load. Hello is also measured on Functions4J
# serving the 1,000-function app (benchmarks/large-app.sh): routing among 1,000 routes vs one.
# Last, bytes allocated per request (JFR's per-thread counters around one 64-connection run of each
# workload on each server). ALLOC_ONLY=1 measures only that.
# Usage: benchmarks/load.sh [seconds per run, default 10] [warm-up seconds, default 10] [rounds, default 3]
# Installs wrk if missing. Prints Markdown tables.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN=${1:-10}
WARM_UP=${2:-10}
ROUNDS=${3:-3}
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

# (c) Google's functions-framework invoker, 2.0.0 and 1.4.1 (one function per process, no keys: the
#     function checks it)
JACKSON=$(tr ':' '\n' < "$WORK/classpath.txt" | grep /jackson- | paste -sd:)
start_gcf() { # $1 variant, $2 jar
  PORT[$1]=$(free_port)
  KEY[$1]=${KEY[baseline]}
  BENCH_KEY=${KEY[$1]} "${SERVER_CPU[@]}" java $JAVA_OPTS -jar "$2" \
      --classpath "benchmarks/target/classes:$JACKSON" --target org.functions4j.benchmarks.gcf.GcfBench \
      --port "${PORT[$1]}" > "$WORK/$1.out" 2>&1 &
  PID[$1]=$!
  wait_for "$WORK/$1.out" "Serving function"
}
start_gcf gcf benchmarks/target/gcf/java-function-invoker.jar
start_gcf gcf1 benchmarks/target/gcf/java-function-invoker-previous.jar

# (d) Functions4J serving 1,000 functions (Hello is one of them), for the Hello rows
benchmarks/large-app.sh "$WORK/large"
start_functions4j large --classpath "$WORK/large/target/classes"

VARIANTS=(baseline functions4j gcf gcf1)
for v in "${VARIANTS[@]}"; do echo "$v rss_start $(rss_kib "${PID[$v]}")" >> "$WORK/memory"; done

run() { # $1 variant, $2 seconds, $3 output; the cell is $workload and $conns
  local v=$1 args=(-t"$([ "$conns" -ge 2 ] && echo 2 || echo 1)" -c"$conns" --latency -H "x-functions-key: ${KEY[$1]}")
  local url="http://127.0.0.1:${PORT[$v]}/api/Hello?name=load"
  [ "$workload" = anon ] && url="http://127.0.0.1:${PORT[$v]}/api/Anon?name=load"
  [ "$workload" = echo ] && { args+=(-s "$WORK/echo.lua"); url="http://127.0.0.1:${PORT[$v]}/api/Echo"; }
  "${CLIENT_CPU[@]}" wrk "${args[@]}" -d"$2s" "$url" > "$3"
}
WORKLOADS=(anon hello echo)
[ "${ALLOC_ONLY:-0}" = 1 ] && WORKLOADS=()
for workload in "${WORKLOADS[@]}"; do
  for conns in 1 64 256; do
    cell_variants=("${VARIANTS[@]}")
    [ "$workload" = hello ] && cell_variants+=(large)
    for v in "${cell_variants[@]}"; do run "$v" "$WARM_UP" /dev/null; done
    for round in $(seq "$ROUNDS"); do
      n=${#cell_variants[@]}; shift_by=$((round % n))
      order=("${cell_variants[@]:$shift_by}" "${cell_variants[@]:0:$shift_by}")
      for v in "${order[@]}"; do
        before=$(cpu_ticks "${PID[$v]}")
        run "$v" "$SECONDS_PER_RUN" "$WORK/out"
        after=$(cpu_ticks "${PID[$v]}")
        if grep -qE "Non-2xx|Socket errors" "$WORK/out"; then echo "errors in $v $workload $conns:"; cat "$WORK/out"; exit 1; fi
        rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/out")
        requests=$(awk '/requests in/ {print $1}' "$WORK/out")
        p99=$(awk '$1 == "99%" {print $2}' "$WORK/out")
        cpu_us=$(( (after - before) * 1000000 / $(getconf CLK_TCK) ))
        echo "$v $workload $conns $round $rps $p99 $cpu_us $requests" | tee -a "$WORK/results"
      done
    done
  done
done
for v in "${VARIANTS[@]}"; do echo "$v rss_load $(rss_kib "${PID[$v]}")" >> "$WORK/memory"; done

echo
[ -s "$WORK/results" ] && python3 - "$WORK/results" "$WORK/memory" <<'PY'
import re, statistics, sys
def ms(text):  # wrk prints 61.00us, 1.52ms, 1.01s
    value, unit = re.fullmatch(r"([\d.]+)(us|ms|s)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
runs, by_round = {}, {}
for line in open(sys.argv[1]):
    v, workload, conns, round_, rps, p99, cpu_us, requests = line.split()
    runs.setdefault((v, workload, conns), []).append((float(rps), ms(p99), int(cpu_us) / int(requests)))
    by_round[(v, workload, conns, round_)] = float(rps)
def paired(w, c):  # F4J / GCF 2.0.0 within each round (the two ran minutes apart, not hours): median, range
    ratios = sorted(f / by_round[("gcf", w, c, r)] for (v, w2, c2, r), f in by_round.items()
                    if v == "functions4j" and (w2, c2) == (w, c))
    return f"{statistics.median(ratios):.2f}x ({ratios[0]:.2f}-{ratios[-1]:.2f})"
def med(v, w, c, i):
    return statistics.median(r[i] for r in runs[(v, w, c)])
def spread(v, w, c, i):
    values = [r[i] for r in runs[(v, w, c)]]
    return f"{min(values):.0f}-{max(values):.0f}"
print("| workload | conns | raw servlet req/s | Functions4J req/s (range) | GCF 2.0.0 req/s | GCF 1.4.1 req/s "
      "| F4J / servlet | F4J / GCF 2.0.0 | F4J / GCF 2.0.0 round by round | p99 ms servlet / F4J / GCF 2.0.0 "
      "| CPU µs/req servlet / F4J / GCF 2.0.0 |")
print("|---|---|---|---|---|---|---|---|---|---|---|")
for w in ("anon", "hello", "echo"):
    for c in ("1", "64", "256"):
        b, f, g, g1 = (med(v, w, c, 0) for v in ("baseline", "functions4j", "gcf", "gcf1"))
        print(f"| {w} | {c} | {b:.0f} | {f:.0f} ({spread('functions4j', w, c, 0)}) | {g:.0f} | {g1:.0f} "
              f"| {f / b:.2f}x | {f / g:.2f}x | {paired(w, c)} | {med('baseline', w, c, 1):.2f} / {med('functions4j', w, c, 1):.2f} / "
              f"{med('gcf', w, c, 1):.2f} | {med('baseline', w, c, 2):.1f} / {med('functions4j', w, c, 2):.1f} / "
              f"{med('gcf', w, c, 2):.1f} |")
print()
print("| Hello, connections | Functions4J, 1 function req/s | 1,000 functions req/s (ratio) |")
print("|---|---|---|")
for c in ("1", "64", "256"):
    f, l = med("functions4j", "hello", c, 0), med("large", "hello", c, 0)
    print(f"| {c} | {f:.0f} | {l:.0f} ({l / f:.2f}x) |")
memory = {}
for line in open(sys.argv[2]):
    v, when, kib = line.split()
    memory[(v, when)] = int(kib) / 1024
print()
print("| server | RSS after start | RSS after the load |")
print("|---|---|---|")
for v, name in (("baseline", "raw Jetty servlet"), ("functions4j", "Functions4J"), ("gcf", "GCF invoker 2.0.0"),
                 ("gcf1", "GCF invoker 1.4.1")):
    print(f"| {name} | {memory[(v, 'rss_start')]:.0f} MiB | {memory[(v, 'rss_load')]:.0f} MiB |")
PY

# Bytes allocated per request: JFR's per-thread allocation counters (jdk.ThreadAllocationStatistics,
# read when the recording starts and ends) around one run of each workload at 64 connections.
cat > "$WORK/alloc.jfc" <<'JFC'
<?xml version="1.0" encoding="UTF-8"?>
<configuration version="2.0">
  <event name="jdk.ThreadAllocationStatistics"><setting name="enabled">true</setting><setting name="period">everyChunk</setting></event>
</configuration>
JFC
echo
echo "| server | bytes allocated per request: anon / hello / echo (64 connections) |"
echo "|---|---|"
conns=64
for v in "${VARIANTS[@]}"; do
  row=()
  for workload in anon hello echo; do
    run "$v" "$WARM_UP" /dev/null
    jcmd "${PID[$v]}" JFR.start name=alloc settings="$WORK/alloc.jfc" filename="$WORK/alloc.jfr" > /dev/null
    run "$v" "$SECONDS_PER_RUN" "$WORK/out"
    jcmd "${PID[$v]}" JFR.stop name=alloc > /dev/null
    requests=$(awk '/requests in/ {print $1}' "$WORK/out")
    row+=("$(jfr print --json --events jdk.ThreadAllocationStatistics "$WORK/alloc.jfr" | python3 -c '
import json, sys
seen = {}
for event in json.load(sys.stdin)["recording"]["events"]:
    thread, allocated = event["values"]["thread"]["javaThreadId"], event["values"]["allocated"]
    low, high = seen.get(thread, (allocated, allocated))
    seen[thread] = (min(low, allocated), max(high, allocated))
print(round(sum(high - low for low, high in seen.values()) / int(sys.argv[1])))' "$requests")")
  done
  echo "| $v | ${row[0]} / ${row[1]} / ${row[2]} |"
done
