#!/usr/bin/env bash
# RFM against PostgreSQL (issue 14 goal 5): Clientele's full segment refresh and the same RFM scoring in SQL on the
# same customers and orders, in one run, with the ratio Clientele / PostgreSQL and a check that both give the same
# number of customers in every RFM segment.
#   bench/postgres-rfm.sh seed | generated <customers> | store <dir>
# Installs Debian's postgresql if no /usr/lib/postgresql/*/bin is there; starts a throwaway cluster (initdb in a
# temporary folder, a free port, unix socket in that folder, run as the postgres user when started as root), loads
# the CSV that bench class RfmAgainstPostgresBenchmark exported from the store after its refresh, times the SQL in
# bench/postgres/rfm.sql three times, stops the cluster and deletes the folder. BENCH_HEAP (default 6g) as bench/run.
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$(pwd)"
work="$(mktemp -d /tmp/clientele-pg-rfm.XXXXXX)"
chmod 755 "$work"
pg_running=""

as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

cleanup() {
  if [ -n "$pg_running" ]; then as_pg "$pgbin/pg_ctl" -D "$work/pg" -m immediate stop >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

pgbin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"
if [ -z "$pgbin" ]; then
  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql
  pgbin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
fi
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"

echo "== $(date -u) | load: $(uptime | sed 's/.*load average: //') | PostgreSQL $("$pgbin/postgres" --version)"
echo "== Clientele: bench/run RfmAgainstPostgresBenchmark $* (heap ${BENCH_HEAP:-6g})"
BENCH_HEAP="${BENCH_HEAP:-6g}" bench/run RfmAgainstPostgresBenchmark "$@" "$work/export" 2>&1 \
  | grep -v ' INFO \| WARN ' | tee "$work/clientele.log"
as_of_day="$(cat "$work/export/as-of-epoch-day.txt")"

mkdir "$work/pg" "$work/socket"
[ "$(id -u)" = 0 ] && chown postgres "$work/pg" "$work/socket"
as_pg "$pgbin/initdb" -D "$work/pg" -A trust -U bench -E UTF8 --locale=C --no-sync >/dev/null
as_pg "$pgbin/pg_ctl" -D "$work/pg" -l "$work/socket/log" -w -o "-p $port -k $work/socket -c listen_addresses='' \
  -c shared_buffers=512MB -c work_mem=256MB -c fsync=off -c max_parallel_workers_per_gather=2" start >/dev/null
pg_running=yes
psql=(psql -X -q -v ON_ERROR_STOP=1 -h "$work/socket" -p "$port" -U bench -d postgres)

echo "== PostgreSQL: load (COPY) and ANALYZE"
"${psql[@]}" <<SQL
\timing on
CREATE TABLE customers (id text PRIMARY KEY);
CREATE TABLE orders (customer_id text NOT NULL, ordered_at_epoch_seconds bigint NOT NULL, total float8 NOT NULL);
\copy customers FROM '$work/export/customers.csv' WITH (FORMAT csv, HEADER true)
\copy orders FROM '$work/export/orders.csv' WITH (FORMAT csv, HEADER true)
ANALYZE;
SQL

echo "== PostgreSQL: bench/postgres/rfm.sql (as of day $as_of_day), three runs"
for run in 1 2 3; do
  "${psql[@]}" -v as_of_day="$as_of_day" -c '\timing on' -f "$repo/bench/postgres/rfm.sql" \
    | grep '^Time' | tail -1 | sed "s/^/run $run, CREATE TABLE rfm AS: /" | tee -a "$work/pg.log"
done
"${psql[@]}" -A -t -c "SELECT segment || ',' || count(*) FROM rfm GROUP BY segment" | LC_ALL=C sort > "$work/pg-counts.csv"
LC_ALL=C sort "$work/export/clientele-rfm-counts.csv" > "$work/clientele-counts.csv"

echo "== RFM segment counts (segment,customers): Clientele | PostgreSQL"
paste -d'|' "$work/clientele-counts.csv" "$work/pg-counts.csv"
if cmp -s "$work/clientele-counts.csv" "$work/pg-counts.csv"; then echo "counts: SAME"; else echo "counts: DIFFER"; fi

first="$(sed -n 's/^clientele full refresh first:.*wall \([0-9]*\) ms/\1/p' "$work/clientele.log")"
again="$(sed -n 's/^clientele full refresh again:.*wall \([0-9]*\) ms/\1/p' "$work/clientele.log")"
awk -v first="$first" -v again="$again" '
  { sub(/.*: /, ""); sub(/ ms.*/, ""); times[NR] = $0 + 0; if (NR == 1 || $0 + 0 < best) best = $0 + 0 }
  END {
    printf "PostgreSQL RFM: first %.1f ms, best of 3 %.1f ms\n", times[1], best
    printf "Clientele full refresh: first %d ms, again %d ms\n", first, again
    printf "ratio Clientele / PostgreSQL (best): first refresh %.1fx, again %.1fx (goal <= 2x)\n", first / best, again / best
  }' "$work/pg.log"
