#!/usr/bin/env bash
# Generates and builds the 1,000-function app (benchmarks/large-app.py) in <directory>, with the
# build-time index; its classes end up in <directory>/target/classes. Usage: benchmarks/large-app.sh <directory>
set -euo pipefail
cd "$(dirname "$0")/.."
python3 benchmarks/large-app.py "$1" "$(sed -n 's|^  <version>\(.*\)</version>|\1|p' pom.xml | head -1)"
mvn -q -B -ntp -f "$1/pom.xml" process-classes
