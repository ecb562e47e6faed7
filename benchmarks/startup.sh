#!/usr/bin/env bash
# Start-up: process start to the first successful response, measured with hyperfine (installed if
# missing): the raw Jetty servlet baseline, Functions4J with the build-time index, and Functions4J
# scanning the class path instead; then the same two for a generated app of 1,000 functions
# (benchmarks/large-app.py, built by Maven with the index goal). Usage: benchmarks/startup.sh [runs, default 10].
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-10}
command -v hyperfine >/dev/null || { apt-get update -qq && apt-get install -y -qq hyperfine >/dev/null; }
mvn -q -B -ntp -DskipTests -Dinvoker.skip -Dstandalone.skip -pl benchmarks -am install
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mvn -q -B -ntp -pl benchmarks dependency:build-classpath -Dmdep.outputFile="$WORK/classpath.txt"
CP="$(cat "$WORK/classpath.txt")"
# The same classes without the index, for the scanning variant.
cp -r benchmarks/target/classes "$WORK/no-index" && rm -rf "$WORK/no-index/META-INF/functions4j"
# The 1,000-function app, and its classes without the index.
benchmarks/large-app.sh "$WORK/large"
cp -r "$WORK/large/target/classes" "$WORK/large-no-index" && rm -rf "$WORK/large-no-index/META-INF/functions4j"
KEY=StartupKey_0123456789abcdefghijklmno
mkdir -p "$WORK/secrets" && cat > "$WORK/secrets/host.json" <<JSON
{"masterKey":{"name":"master","value":"Master_0123456789abcdefghij","encrypted":false},
 "functionKeys":[{"name":"default","value":"$KEY","encrypted":false}],"systemKeys":[]}
JSON
cp -r "$WORK/secrets" "$WORK/large-secrets" # its 1,000 function keys are written by the warm-up runs

# One start: launch, poll until Hello answers 200 (at most 30 s), stop.
cat > "$WORK/once.sh" <<'ONCE'
#!/usr/bin/env bash
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$@" "$PORT" > /dev/null 2>&1 &
PID=$!
UP=1
for _ in $(seq 3000); do
  if [ "$(curl -s -o /dev/null -w '%{http_code}' -H "x-functions-key: $KEY" "http://127.0.0.1:$PORT/api/Hello?name=x")" = 200 ]; then
    UP=0; break
  fi
  sleep 0.01
done
kill $PID; wait $PID 2>/dev/null || true
exit $UP
ONCE
chmod +x "$WORK/once.sh"
cat > "$WORK/baseline.sh" <<SH
exec java -cp "benchmarks/target/classes:$CP" org.functions4j.benchmarks.BaselineServer "\$1" "$KEY"
SH
cat > "$WORK/f4j.sh" <<SH
exec java -cp "$CP" org.functions4j.server.FunctionsServer --classpath "\$CLASSES" --host 127.0.0.1 --port "\$1" --secrets "\${SECRETS:-$WORK/secrets}"
SH
export KEY
hyperfine --warmup 2 --runs "$RUNS" --export-markdown "$WORK/startup.md" \
  -n "raw Jetty servlet" "$WORK/once.sh bash $WORK/baseline.sh" \
  -n "Functions4J, build-time index" "CLASSES=benchmarks/target/classes $WORK/once.sh bash $WORK/f4j.sh" \
  -n "Functions4J, scanning" "CLASSES=$WORK/no-index $WORK/once.sh bash $WORK/f4j.sh" \
  -n "Functions4J, 1,000 functions, index" "SECRETS=$WORK/large-secrets CLASSES=$WORK/large/target/classes $WORK/once.sh bash $WORK/f4j.sh" \
  -n "Functions4J, 1,000 functions, scanning" "SECRETS=$WORK/large-secrets CLASSES=$WORK/large-no-index $WORK/once.sh bash $WORK/f4j.sh"
cat "$WORK/startup.md"
