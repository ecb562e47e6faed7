#!/usr/bin/env bash
# Load check (issue 6): the embedded server with the examples, on loopback, under wrk.
#  1. 256 connections against Hello with a key for DURATION: expect no socket errors and no non-2xx.
#  2. the same with maxOutstandingRequests=64 and maxConcurrentRequests=8: expect only 200 and 429.
# Usage: scripts/load-check.sh [duration, default 30s]. Installs wrk from Debian packages if missing.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-30s}
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
mvn -q -B -ntp -DskipTests package
JAR=$(ls functions-server/target/functions-server-*-standalone.jar)
WORK=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$WORK"' EXIT

cat > "$WORK/statuses.lua" <<'LUA'
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) statuses = {} end
function response(status, headers, body) statuses[status] = (statuses[status] or 0) + 1 end
function done(summary, latency, requests)
  local total = {}
  for _, t in ipairs(threads) do
    for status, count in pairs(t:get("statuses")) do total[status] = (total[status] or 0) + count end
  end
  for status, count in pairs(total) do io.write(string.format("status %d: %d\n", status, count)) end
end
LUA

run() { # $1 = label, $2 = host.json content
  echo "$2" > "$WORK/host.json"
  java -jar "$JAR" --classpath examples/target/classes --host 127.0.0.1 --port 0 --config "$WORK/host.json" \
       --secrets "$WORK/secrets" > "$WORK/server.out" 2> "$WORK/server.err" &
  local pid=$!
  for _ in $(seq 100); do grep -q "Listening on" "$WORK/server.out" 2>/dev/null && break; sleep 0.1; done
  local port key
  port=$(sed -n 's|Listening on http://127.0.0.1:\([0-9]*\)/|\1|p' "$WORK/server.out")
  key=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["keys"][0]["value"])' "$WORK/secrets/hello.json")
  wrk -t2 -c256 -d5s -H "x-functions-key: $key" "http://127.0.0.1:$port/api/Hello?name=warmup" > /dev/null
  echo "== $1"
  wrk -t2 -c256 -d"$DURATION" --latency -s "$WORK/statuses.lua" -H "x-functions-key: $key" \
      "http://127.0.0.1:$port/api/Hello?name=load" | tee "$WORK/wrk.out"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

run "Hello with a key, no limits" '{"functions4j": {"accessLog": true}}'
if grep -qE "Socket errors|Non-2xx" "$WORK/wrk.out" || grep "^status" "$WORK/wrk.out" | grep -qv "^status 200:"; then
  echo "FAIL: errors or non-2xx answers without limits"; exit 1
fi
run "Hello with a key, maxConcurrentRequests=8, maxOutstandingRequests=64" \
    '{"http": {"maxConcurrentRequests": 8, "maxOutstandingRequests": 64}, "functions4j": {"accessLog": true}}'
if grep -q "Socket errors" "$WORK/wrk.out" || grep "^status" "$WORK/wrk.out" | grep -qvE "^status (200|429):"; then
  echo "FAIL: answers other than 200 and 429 with limits"; exit 1
fi
echo "PASS"
