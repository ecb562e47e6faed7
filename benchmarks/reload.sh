#!/usr/bin/env bash
# Hot reload time: starts the standalone jar with --watch on an app's classes, then N times
# changes one class file's time stamp (as an IDE's compile does) and waits for "Reloaded in".
# Prints, per round, the server's own load time (new class loader, scan or index, validation)
# and the time from the change to that line (which adds the 300 ms poll and 300 ms settle).
# Usage: benchmarks/reload.sh <classes directory> [rounds=5] [index: also touch the build-time index]
set -euo pipefail
cd "$(dirname "$0")/.."
classes=$(realpath "$1"); rounds=${2:-5}; touch_index=${3:-}
jar=$(ls functions-server/target/functions-server-*-standalone.jar | head -1)
work=$(mktemp -d); out="$work/out"
java -jar "$jar" --classpath "$classes" --port 0 --host 127.0.0.1 --watch --secrets "$work/secrets" >"$out" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$work"' EXIT
until grep -q "Listening on" "$out"; do sleep 0.1; done
class=$(find "$classes" -name '*.class' | sort | head -1)
index="$classes/META-INF/functions4j/functions.json"
echo "app: $classes ($(grep -c ': \[' "$out") functions), touching $(basename "$class")${touch_index:+ and the index}"
for round in $(seq "$rounds"); do
  before=$(grep -c "Reloaded in" "$out" || true)
  start=$(date +%s%N)
  touch "$class"
  if [ -n "$touch_index" ] && [ -f "$index" ]; then touch "$index"; fi
  until [ "$(grep -c "Reloaded in" "$out" || true)" -gt "$before" ]; do sleep 0.01; done
  end=$(date +%s%N)
  load=$(grep "Reloaded in" "$out" | tail -1 | sed 's/Reloaded in \([0-9]*\) ms.*/\1/')
  echo "round $round: load ${load} ms, change to reloaded $(( (end - start) / 1000000 )) ms"
  sleep 1
done
