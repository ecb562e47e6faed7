#!/usr/bin/env bash
# Start-up: process start to the first 200 from the examples' Hello (with its key), for the
# standalone jar on JDK 17 (plain, AppCDS archive, first compiler tier only as functions:run starts
# it) and on JDK 25 (plain, AOT cache (JEP 483/514), AOT cache with SerialGC, and that with the
# first tier only), plus the examples without META-INF/beans.xml (no CDI). The client polls from the
# moment the process starts, on a port chosen beforehand, with a key from the warm-up run: nothing
# waits for the banner. Each cache comes from one training run (start, one request, stop). Rounds
# interleave the columns; prints every round and the medians.
# Usage: benchmarks/first-answer.sh [rounds=5] [JDK 25 home, default /usr/lib/jvm/temurin-25-jdk-amd64]
#        JAR=<standalone jar> to measure another build (e.g. an older commit's) with the same method.
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${1:-5}; J25=${2:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
if [ -z "${JAR:-}" ]; then
  mvn -q -B -ntp -DskipTests -Dinvoker.skip -pl examples,functions-server -am install
  JAR=$(ls functions-server/target/functions-server-*-standalone.jar)
fi
WORK=$(mktemp -d); trap 'rm -rf "$WORK"' EXIT
cp -r examples/target/classes "$WORK/no-cdi"; rm "$WORK/no-cdi/META-INF/beans.xml"
KEY=
once() { # classes, then the java command; prints milliseconds from start to the first 200
  local classes=$1; shift
  local port start end
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  start=$(date +%s%N)
  "$@" -jar "$JAR" --classpath "$classes" --port "$port" --host 127.0.0.1 --secrets "$WORK/secrets" > "$WORK/out" 2>&1 &
  local pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' -H "x-functions-key: $KEY" "http://127.0.0.1:$port/api/Hello?name=x")" = 200 ]; do
    kill -0 $pid 2>/dev/null || { cat "$WORK/out" >&2; exit 1; }
    sleep 0.002
  done
  end=$(date +%s%N)
  kill $pid; wait $pid 2>/dev/null || true
  echo $(( (end - start) / 1000000 ))
}
# The warm-up run writes the keys: read the function key once, then every run presents it.
java -jar "$JAR" --classpath examples/target/classes --port 0 --secrets "$WORK/secrets" > "$WORK/out" 2>&1 &
until [ -f "$WORK/secrets/host.json" ] && grep -q "Listening on" "$WORK/out"; do sleep 0.05; done
kill $!; wait $! 2>/dev/null || true
KEY=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["functionKeys"][0]["value"])' "$WORK/secrets/host.json")
EX=examples/target/classes
once $EX java -XX:ArchiveClassesAtExit="$WORK/app.jsa" > /dev/null
once $EX "$J25" -XX:AOTCacheOutput="$WORK/app.aot" > /dev/null
once $EX "$J25" -XX:+UseSerialGC -XX:AOTCacheOutput="$WORK/serial.aot" > /dev/null
once $EX "$J25" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:AOTCacheOutput="$WORK/c1.aot" > /dev/null
once "$WORK/no-cdi" "$J25" -XX:+UseSerialGC -XX:AOTCacheOutput="$WORK/no-cdi.aot" > /dev/null
for round in $(seq "$ROUNDS"); do
  echo "$round jdk17 $(once $EX java) jdk17-appcds $(once $EX java -XX:SharedArchiveFile="$WORK/app.jsa") \
jdk17-tier1 $(once $EX java -XX:TieredStopAtLevel=1) \
jdk25 $(once $EX "$J25") jdk25-aot $(once $EX "$J25" -XX:AOTCache="$WORK/app.aot") \
jdk25-aot-serialgc $(once $EX "$J25" -XX:+UseSerialGC -XX:AOTCache="$WORK/serial.aot") \
jdk25-aot-serialgc-tier1 $(once $EX "$J25" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:AOTCache="$WORK/c1.aot") \
jdk25-aot-serialgc-no-cdi $(once "$WORK/no-cdi" "$J25" -XX:+UseSerialGC -XX:AOTCache="$WORK/no-cdi.aot")" \
    | tee -a "$WORK/results"
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
