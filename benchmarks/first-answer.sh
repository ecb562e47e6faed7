#!/usr/bin/env bash
# Start-up with a class-data cache: process start to the first 200 from the examples' Hello (with
# its key), for the standalone jar on JDK 17 plain and with an AppCDS archive, and on JDK 25 plain
# and with an AOT cache (JEP 483/514). Each cache comes from one training run (start, one request,
# stop). Rounds interleave the four; prints every round and the medians.
# Usage: benchmarks/first-answer.sh [rounds=5] [JDK 25 home, default /usr/lib/jvm/temurin-25-jdk-amd64]
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${1:-5}; J25=${2:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
mvn -q -B -ntp -DskipTests -Dinvoker.skip -pl examples,functions-server -am install
JAR=$(ls functions-server/target/functions-server-*-standalone.jar)
WORK=$(mktemp -d); trap 'rm -rf "$WORK"' EXIT
once() { # the java command; prints milliseconds to the first 200
  local out="$WORK/out" start end url key
  start=$(date +%s%N)
  "$@" -jar "$JAR" --classpath examples/target/classes --port 0 --host 127.0.0.1 --secrets "$WORK/secrets" > "$out" 2>&1 &
  local pid=$!
  until grep -q "Listening on" "$out" 2>/dev/null; do sleep 0.005; done
  url=$(sed -n 's/.*Listening on \(http:[^ ]*\)/\1/p' "$out")
  key=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["functionKeys"][0]["value"])' "$WORK/secrets/host.json")
  until [ "$(curl -s -o /dev/null -w '%{http_code}' -H "x-functions-key: $key" "${url}api/Hello?name=x")" = 200 ]; do
    sleep 0.005
  done
  end=$(date +%s%N)
  kill $pid; wait $pid 2>/dev/null || true
  echo $(( (end - start) / 1000000 ))
}
once java > /dev/null # keys written, caches warm
once java -XX:ArchiveClassesAtExit="$WORK/app.jsa" > /dev/null
once "$J25" -XX:AOTCacheOutput="$WORK/app.aot" > /dev/null
for round in $(seq "$ROUNDS"); do
  echo "$round jdk17 $(once java) jdk17-appcds $(once java -XX:SharedArchiveFile="$WORK/app.jsa") \
jdk25 $(once "$J25") jdk25-aot $(once "$J25" -XX:AOTCache="$WORK/app.aot")" | tee -a "$WORK/results"
done
python3 - "$WORK/results" <<'PY'
import statistics, sys
cols = {}
for line in open(sys.argv[1]):
    parts = line.split()[1:]
    for name, ms in zip(parts[0::2], parts[1::2]):
        cols.setdefault(name, []).append(int(ms))
print("| JVM | first answer, ms, median (range) |")
print("|---|---|")
for name, values in cols.items():
    print(f"| {name} | {statistics.median(values):.0f} ({min(values)}-{max(values)}) |")
PY
