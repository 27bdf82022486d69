#!/usr/bin/env bash
# Clientele side by side with @neo4j/graphql 7 (issue 14 goal 3), both over one Neo4j:
#   bench/compare-neo4j-graphql.sh <store-dir> [SideBySideBenchmark options, e.g. seconds=10 concurrency=1,8,32]
# Starts three processes on loopback: a Neo4j 5.26 over Bolt on the embedded store in <store-dir> (bench class
# BoltServer; the store is opened as it is and written to: Clientele's start-up derivations are stored there the first
# time), Clientele's server on it (NEO4J_URI, rate limit off) and the Node 20 server in bench/neo4j-graphql (npm ci
# when node_modules is missing). It waits until both are idle (start-up derivations done), then runs
# SideBySideBenchmark: the four shapes checked to give the same data, then loaded at each concurrency, with requests/s
# and CPU per request of each server and of the shared Neo4j. Everything it started is stopped at the end.
# BENCH_HEAP (default 6g) is the Neo4j process's heap; Clientele's server gets CLIENTELE_HEAP (default 2g) and
# CLIENTELE_JAVA_OPTS (e.g. a flight recording: -XX:StartFlightRecording=filename=q1.jfr,settings=profile).
set -euo pipefail
cd "$(dirname "$0")/.."
APOC_VERSION=5.26.19
store="$(realpath "$1")"; shift
work="$(mktemp -d /tmp/clientele-side-by-side.XXXXXX)"
started=()

cleanup() {
  for pid in "${started[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${started[@]}"; do wait "$pid" 2>/dev/null || true; done
  echo "logs: $work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

wait_for() { # file pattern seconds
  for _ in $(seq "$3"); do
    if grep -q "$2" "$1"; then return 0; fi
    sleep 1
  done
  echo "timed out waiting for '$2' in $1" >&2; tail -20 "$1" >&2; return 1
}

cpu_ticks() { # sum of utime + stime of the given processes
  local total=0
  for pid in "$@"; do
    total=$((total + $(sed 's/.*) //' "/proc/$pid/stat" | awk '{print $12 + $13}')))
  done
  echo "$total"
}

wait_idle() { # until the processes use less than a tenth of a core over 5 s (at most 60 minutes)
  for _ in $(seq 720); do
    before="$(cpu_ticks "$@")"; sleep 5; after="$(cpu_ticks "$@")"
    if [ $((after - before)) -lt 50 ]; then return 0; fi
  done
  echo "still busy after 60 minutes" >&2; return 1
}

echo "== $(date -u) | load: $(uptime | sed 's/.*load average: //') | store $store ($(du -sh "$store" | cut -f1))"
(cd bench/neo4j-graphql && { [ -d node_modules ] || npm ci --no-audit --no-fund; })
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
# @neo4j/graphql 7 needs APOC core on its Neo4j (apoc.date.convertFormat projects every DateTime field): the
# plugin jars go into the store's plugins folder (procedures) and on the Neo4j process's classpath (APOC's extension
# that provides its configuration); Clientele itself uses no plugin
for artifact in apoc-core apoc-common; do
  [ -f "$store/plugins/$artifact-$APOC_VERSION.jar" ] || mvn -q -B dependency:copy \
    -Dartifact="org.neo4j.procedure:$artifact:$APOC_VERSION" -DoutputDirectory="$store/plugins"
done
classpath="target/test-classes:target/classes:$(cat target/bench.classpath)"
opens="$(cat .mvn/jvm.config)"

apoc_jars="$store/plugins/apoc-core-$APOC_VERSION.jar:$store/plugins/apoc-common-$APOC_VERSION.jar"
java -Xmx"${BENCH_HEAP:-6g}" $opens -cp "$classpath:$apoc_jars" com.clientele.bench.BoltServer store "$store" \
  > "$work/neo4j.log" 2>&1 &
neo4j_pid=$!; started+=("$neo4j_pid")
wait_for "$work/neo4j.log" '^bolt ' 900
bolt="$(sed -n 's/^bolt \(bolt:[^ ]*\) pid.*/\1/p' "$work/neo4j.log")"
echo "Neo4j: $bolt (pid $neo4j_pid)"

clientele_port="$(free_port)"
env NEO4J_URI="$bolt" PORT="$clientele_port" HOST=127.0.0.1 RATE_LIMIT_BUCKET=1000000000 \
  RATE_LIMIT_RESTORE=1000000000 QUERY_TIMEOUT_SECONDS=300 HTTP_QUEUE_WAIT_MILLIS=300000 \
  java -Xmx"${CLIENTELE_HEAP:-2g}" ${CLIENTELE_JAVA_OPTS:-} $opens -cp "$classpath" com.clientele.cli.Main serve > "$work/clientele.log" 2>&1 &
clientele_pid=$!; started+=("$clientele_pid")
wait_for "$work/clientele.log" 'Clientele ready' 900
echo "Clientele: http://127.0.0.1:$clientele_port/graphql (pid $clientele_pid)"

node_port="$(free_port)"
NEO4J_URI="$bolt" PORT="$node_port" node bench/neo4j-graphql/server.js > "$work/neo4j-graphql.log" 2>&1 &
node_pid=$!; started+=("$node_pid")
wait_for "$work/neo4j-graphql.log" 'ready at' 300
echo "@neo4j/graphql $(node -p 'require("./bench/neo4j-graphql/node_modules/@neo4j/graphql/package.json").version'):" \
  "http://127.0.0.1:$node_port/ (pid $node_pid)"

echo "waiting until Neo4j and Clientele are idle (start-up derivations)…"
wait_idle "$neo4j_pid" "$clientele_pid"
echo "== measuring at $(date -u) | load: $(uptime | sed 's/.*load average: //')"
java -Xmx1g $opens -cp "$classpath" com.clientele.bench.SideBySideBenchmark \
  "clientele=http://127.0.0.1:$clientele_port/graphql,$clientele_pid" \
  "neo4j-graphql=http://127.0.0.1:$node_port/,$node_pid" "neo4j=$neo4j_pid" "$@" 2>&1 | grep --line-buffered -v ' INFO '
echo "== done at $(date -u) | load: $(uptime | sed 's/.*load average: //')"
