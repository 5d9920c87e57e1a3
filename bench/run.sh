#!/usr/bin/env bash
# The intake benchmark, side by side with a raw baseline on the same server:
#   baseline  GET /actuator/health/ping  (HTTP, Tomcat and Spring, no work)
#   intake    POST /api/v1/orders        (auth, parse, validate, split, one transaction, outbox, 201)
# Needs wrk (apt-get install wrk). Starts the hub from the built jar on a fresh H2 store in a temp dir, with the
# sandbox on, so the engine delivers the webhooks and emails while orders arrive.
# Usage: bench/run.sh [seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
connections=${2:-8}
port=${BENCH_PORT:-18080}
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
jar=target/order-dispatch-hub-0.1.0-SNAPSHOT.jar
[ -f "$jar" ] || ./mvnw -B -q -DskipTests package
data=$(mktemp -d)
HUB_DB_URL="jdbc:h2:file:$data/hub;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0;LOCK_TIMEOUT=10000" \
  HUB_SANDBOX_MAIL_DIR="$data/mail" java -jar "$jar" --server.port="$port" \
  --hub.sandbox.directory="$data/webhooks" --logging.level.root=WARN > "$data/hub.log" 2>&1 &
hub=$!
trap 'kill $hub 2>/dev/null; wait $hub 2>/dev/null; rm -rf "$data"' EXIT
# Readiness turns UP once the Camel routes are started (the web server opens a moment earlier).
for _ in $(seq 120); do
  curl -fs "http://localhost:$port/actuator/health/readiness" >/dev/null 2>&1 && break
  sleep 1
done
url="http://localhost:$port"
echo "== warm-up"
wrk -t2 -c"$connections" -d5s -s bench/post-order.lua "$url" >/dev/null
# /actuator/health/ping is admin-only (README "Security"): the demo admin login, compared in constant time per request.
admin_auth="Authorization: Basic $(printf 'admin:demo-admin' | base64)"
wrk -t2 -c"$connections" -d5s -H "$admin_auth" "$url/actuator/health/ping" >/dev/null
echo "== baseline: GET /actuator/health/ping, ${seconds}s, $connections connections"
wrk -t2 -c"$connections" -d"${seconds}s" --latency -H "$admin_auth" "$url/actuator/health/ping"
echo "== intake: POST /api/v1/orders, ${seconds}s, $connections connections"
wrk -t2 -c"$connections" -d"${seconds}s" --latency -s bench/post-order.lua "$url"
echo "== deliveries after the run (webhook + email per order; SFTP waits)"
curl -s -u admin:demo-admin "$url/api/v1/admin/deliveries?size=1" | grep -o '"total":[0-9]*' || true
