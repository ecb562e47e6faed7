#!/usr/bin/env bash
# Deploys the example WAR the way an operator would (copy into webapps / a Jetty base), starts the
# server on a free loopback port, calls a function with its key and without, and stops it. Azure's
# sample app, unchanged, is deployed beside it as a second WAR and called as its README calls it.
# Usage: deploy-test.sh <tomcat dir> <jetty-home dir> <war> <work dir> <azure sample war>. Every wait is bounded.
set -euo pipefail
TOMCAT=$1 JETTY_HOME=$2 WAR=$3 WORK=$4 AZURE_WAR=$5
rm -rf "$WORK" && mkdir -p "$WORK"
PID=

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

stop() {
  if [ -n "$PID" ]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; PID=; fi
}
trap stop EXIT

check() { # $1 = name, $2 = port, $3 = secrets dir, $4 = log file
  local base="http://127.0.0.1:$2/functions4j-examples"
  for _ in $(seq 120); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/admin/host/ping")" = 200 ] && break
    sleep 0.5
  done
  if [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/admin/host/ping")" != 200 ]; then
    echo "FAIL $1: not up after 60 s"; tail -50 "$4"; exit 1
  fi
  local key
  key=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["keys"][0]["value"])' "$3/hello.json")
  local with without welcome
  with=$(curl -s -H "x-functions-key: $key" "$base/api/Hello?name=Ann")
  without=$(curl -s -o /dev/null -w '%{http_code}' "$base/api/Hello?name=Ann")
  welcome=$(curl -s "$base/api/Welcome?name=Ann")
  if [ "$with" != "Hello, Ann" ] || [ "$without" != 401 ] || [ "$welcome" != "Welcome, Ann!" ]; then
    echo "FAIL $1: with key '$with', without key $without, CDI '$welcome'"; tail -50 "$4"; exit 1
  fi
  echo "PASS $1: deployed, called with a key (Hello, Ann), refused without (401), CDI injected (Welcome, Ann!)"
  local azure="http://127.0.0.1:$2/azure-samples/api/HttpExample" query body missing
  for _ in $(seq 40); do # deployed beside the examples, perhaps a moment later
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$azure?name=x")" = 200 ] && break
    sleep 0.5
  done
  query=$(curl -s "$azure?name=HTTP%20Query")
  body=$(curl -s -d 'HTTP Body' "$azure")
  missing=$(curl -s -o /dev/null -w '%{http_code}' "$azure")
  if [ "$query" != "Hello, HTTP Query" ] || [ "$body" != "Hello, HTTP Body" ] || [ "$missing" != 400 ]; then
    echo "FAIL $1 (Azure sample WAR): query '$query', body '$body', no name $missing"; tail -50 "$4"; exit 1
  fi
  echo "PASS $1: Azure's sample, unchanged, as a WAR (Hello, HTTP Query; Hello, HTTP Body; 400 without a name)"
}

# Tomcat: a fresh copy of the distribution, the port set in server.xml, the WAR in webapps.
PORT=$(free_port)
cp -r "$TOMCAT" "$WORK/tomcat" && TOMCAT="$WORK/tomcat"
# The HTTP connector listens on $PORT on loopback; the shutdown port is off (we stop with a signal).
sed -E -i "s/<Connector port=\"[0-9]+\"( address=\"[^\"]*\")? protocol=\"HTTP\/1.1\"/<Connector port=\"$PORT\" address=\"127.0.0.1\" protocol=\"HTTP\/1.1\"/; s/<Server port=\"[0-9-]+\"/<Server port=\"-1\"/" "$TOMCAT/conf/server.xml"
cp "$WAR" "$TOMCAT/webapps/functions4j-examples.war"
cp "$AZURE_WAR" "$TOMCAT/webapps/azure-samples.war"
FUNCTIONS_SECRETS_PATH="$WORK/tomcat-secrets" bash "$TOMCAT/bin/catalina.sh" run > "$WORK/tomcat.log" 2>&1 &
PID=$!
check "Tomcat $(basename "$TOMCAT")" "$PORT" "$WORK/tomcat-secrets" "$WORK/tomcat.log"
stop

# Jetty: a Jetty base with the modules a WAR needs, the WAR in its webapps.
PORT=$(free_port)
BASE="$WORK/jetty-base" && mkdir -p "$BASE"
(cd "$BASE" && java -jar "$JETTY_HOME/start.jar" jetty.home="$JETTY_HOME" jetty.base="$BASE" \
    --add-modules=http,ee10-deploy,ee10-annotations > "$WORK/jetty-setup.log" 2>&1)
cp "$WAR" "$BASE/webapps/functions4j-examples.war"
cp "$AZURE_WAR" "$BASE/webapps/azure-samples.war"
(cd "$BASE" && FUNCTIONS_SECRETS_PATH="$WORK/jetty-secrets" exec java -jar "$JETTY_HOME/start.jar" \
    jetty.home="$JETTY_HOME" jetty.base="$BASE" jetty.http.port="$PORT" jetty.http.host=127.0.0.1) > "$WORK/jetty.log" 2>&1 &
PID=$!
check "Jetty $(basename "$JETTY_HOME")" "$PORT" "$WORK/jetty-secrets" "$WORK/jetty.log"
stop
