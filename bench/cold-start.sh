#!/usr/bin/env bash
# Cold start: the server from an empty DATA_DIR (embedded Neo4j, seed data) until the README curl answers with the
# seed data, then until the start-up refreshes have finished (all derived data present). Prints seconds since the
# JVM was launched for each step of the log. Usage: bench/cold-start.sh [port]
set -euo pipefail
cd "$(dirname "$0")/.."
port="${1:-18080}"
mvn -q -B compile dependency:build-classpath -Dmdep.outputFile=target/serve.classpath -Dmdep.includeScope=runtime
data="$(mktemp -d /tmp/clientele-cold-XXXX)"
log="$data.log"
query='{"query":"{ customers(first: 2) { totalCount nodes { id name city orders(first: 1) { nodes { id total } } } } }"}'
started=$(date +%s.%N)
DATA_DIR="$data" PORT="$port" java -Xmx${BENCH_HEAP:-2g} $(cat .mvn/jvm.config) \
  -cp "target/classes:$(cat target/serve.classpath)" com.clientele.cli.Main serve > "$log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$data" "$log"' EXIT
since() { echo "$(date +%s.%N) - $started" | bc; }
until curl -s "localhost:$port/graphql" -H 'Content-Type: application/json' -d "$query" | grep -q '"totalCount":2000'; do
  sleep 0.1
done
printf 'README curl answers with seed data: %.1f s\n' "$(since)"
until grep -q 'CrossSellRefreshSummary\[\|A start-up refresh failed' "$log"; do sleep 0.2; done
printf 'start-up refreshes finished: %.1f s\n' "$(since)"
start_epoch=$(date -d "@${started%.*}" -u +%s)
grep -E 'Embedded Neo4j started|Schema up to date|done, [0-9]+ rows|Seed data loaded|Clientele ready|refresh|Refresh|CLV|influence|Influence|cross|Cross' "$log" \
  | grep -v WARN | cut -c1-160 | while IFS= read -r line; do
    stamp=$(date -u -d "$(echo "$line" | cut -c1-23 | tr T ' ')" +%s.%N)
    printf '%6.1f s  %s\n' "$(echo "$stamp - $started" | bc)" "$(echo "$line" | cut -c30-)"
  done
