#!/usr/bin/env bash
# Runs e2e/flow.mjs against the packaged jar: starts it on its own port and a throw-away data directory,
# waits for health, runs the flow, stops it. Build first: ./mvnw -q -DskipTests package
set -euo pipefail
cd "$(dirname "$0")/../.."

if [ ! -x /usr/bin/chromium ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

JAR=$(ls target/leads-*.jar | grep -v -- '-plain' | head -n 1)
PORT=${E2E_PORT:-8091}
DATA_DIR=$(mktemp -d)
export LEADS_ADMIN_EMAIL=${LEADS_ADMIN_EMAIL:-admin@e2e.test}
export LEADS_ADMIN_PASSWORD=${LEADS_ADMIN_PASSWORD:-E2e-admin-pass-1}
mkdir -p target

LEADS_DATA_DIR="$DATA_DIR" java -jar "$JAR" --server.port="$PORT" --spring.profiles.active="${E2E_PROFILE:-demo}" \
  >target/e2e-app.log 2>&1 &
APP_PID=$!
trap 'kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; rm -rf "$DATA_DIR"' EXIT

for _ in $(seq 1 120); do
  if curl -fs "http://localhost:$PORT/actuator/health" >/dev/null; then break; fi
  if ! kill -0 "$APP_PID" 2>/dev/null; then echo "the service stopped; see target/e2e-app.log" >&2; exit 1; fi
  sleep 1
done

(cd frontend && BASE_URL="http://localhost:$PORT" node e2e/flow.mjs)
