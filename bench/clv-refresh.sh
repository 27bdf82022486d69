#!/usr/bin/env bash
# CLV refresh at scale: generate N customers (default 100,000) with the product's generator, import them into a
# fresh embedded Neo4j, run one CLV refresh and print its phases. Usage: bench/clv-refresh.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
customers="${1:-100000}"
out="$(mktemp -d)/generated"
mvn -q -B compile exec:exec -Dclientele.args="generate --customers $customers --out $out"
mvn -q -B test-compile
mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
java -Xmx6g --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED \
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED \
  -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  com.clientele.bench.ClvRefreshBenchmark "$out"
rm -rf "$(dirname "$out")"
