#!/usr/bin/env bash
# The service against PostgreSQL's own limit (pgbench TPC-B) on the same durable embedded PostgreSQL.
# Usage: bench/run.sh [seconds-per-run] [rounds] [clients]        (defaults 20 3 8; needs pgbench and psql)
#        WARMUP=30 bench/run.sh ...   seconds of warm-up at least (default 5); it goes on until the service's JIT has settled
#        WARMUP_MAX=60 bench/run.sh ... seconds of warm-up at most, settled or not (default 300)
#        POOL=20 bench/run.sh ...     the service's connection pool (default 2 × cores, docs/OPERATIONS.md's rule)
#        STATEMENTS=true bench/run.sh ... also print the statements (with how often each was planned), the rows written per table and the functions that took the database's time
#        IDEMPOTENCY=true bench/run.sh ... submissions carry an Idempotency-Key each, as the web app's do
#        DRIVER=jdk bench/run.sh ...  the clients on java.net.http (runs 1-7) instead of plain keep-alive sockets (lean)
#        PROBE=false bench/run.sh ... skip the round-trip probe that follows the rounds (bench/probe, RoundTripProbe)
#        FLUSH_DELAY_US=1000 bench/run.sh ... a slower disk: each fsync/fdatasync of the PostgreSQL waits 1 ms more (bench/slow-flush)
#        ANALYZE=false bench/run.sh ... no analyze after the warm-up: the rounds run on the statistics autovacuum made (or none)
#        KEEP_DATA=true bench/run.sh ... keep the run's database and service log (removed at the end otherwise: ~1.5 GB)
#        SERVICE_JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 bench/run.sh ... the service on another Java (default: the one running Maven)
#        WHAT_IF=bench/what-if/no-analytics-rollups.sql,bench/what-if/fewer-lead-indexes.sql bench/run.sh ... run those SQL files, in order, on the service's database after the warm-up (a schema the service does not ship)
#        PG_SERVER=postgresql://postgres:secret@db-host:5432 bench/run.sh ... on that server (its user a superuser) instead of the embedded one: it creates, and drops at the end, the role and databases leads_bench* there
#        JVM_ARGS="-XX:+UseParallelGC -Xlog:gc:file=/tmp/gc.log" bench/run.sh ... extra options for the service's JVM
# Prints per-operation latency percentiles, ops/s per round, medians and the ratios service ops/s ÷ pgbench tps.
set -euo pipefail
cd "$(dirname "$0")/.."
SECS=${1:-20} ROUNDS=${2:-3} CLIENTS=${3:-8}
command -v pgbench >/dev/null || { echo "pgbench missing: apt-get install -y postgresql-client" >&2; exit 1; }
./mvnw -q -B -Dskip.frontend=true -DskipTests package
if [ -n "${FLUSH_DELAY_US:-}" ]; then
  cc -shared -fPIC -O2 -o target/slow_flush.so bench/slow-flush/slow_flush.c -ldl
fi
./mvnw -q -B -Dskip.frontend=true test-compile exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=com.shareyoursales.leads.bench.LedgerBenchmark \
  -Dleads.useJar=true -Dleads.jar=target/leads-1.0.0-SNAPSHOT.jar \
  -Dbench.seconds="$SECS" -Dbench.rounds="$ROUNDS" -Dbench.clients="$CLIENTS" -Dbench.warmup="${WARMUP:-5}" ${WARMUP_MAX:+-Dbench.warmupMax="$WARMUP_MAX"} ${POOL:+-Dbench.pool="$POOL"} ${STATEMENTS:+-Dbench.statements="$STATEMENTS"} ${IDEMPOTENCY:+-Dbench.idempotencyKeys="$IDEMPOTENCY"} ${DRIVER:+-Dbench.driver="$DRIVER"} ${PROBE:+-Dbench.probe="$PROBE"} ${ANALYZE:+-Dbench.analyze="$ANALYZE"} ${FLUSH_DELAY_US:+-Dbench.flushDelayMicros="$FLUSH_DELAY_US" -Dbench.slowFlushLibrary=target/slow_flush.so} ${KEEP_DATA:+-Dbench.keepData="$KEEP_DATA"} ${WHAT_IF:+-Dbench.whatIf="$WHAT_IF"} ${JVM_ARGS:+"-Dleads.jvmArgs=$JVM_ARGS"} ${SERVICE_JAVA_HOME:+-Dleads.javaHome="$SERVICE_JAVA_HOME"} | tee target/bench-result.txt
