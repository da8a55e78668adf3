#!/usr/bin/env bash
# Two WildFly nodes of the provisioned server against the test PostgreSQL and Keycloak: signs in on
# node A (through the real Keycloak login form, with curl), then uses that session cookie on node B,
# stops node A, and uses it on node B again. A 200 with the user's name on node B means the session
# (and the OIDC login in it) was replicated; a 302 to Keycloak means it was not.
#
#   ./mvnw -B package -DskipTests      (once, so app-ear/target/server exists)
#   bin/two-nodes-check.sh             (starts and stops ./grantwise test-env itself)
#
# Not part of ./mvnw verify. Uses the test ports: run it when no test run is going on.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK=$(mktemp -d)
JAR="$WORK/cookies"
NODES=()

cleanup() {
  for pid in "${NODES[@]}"; do kill -TERM -- "-$pid" 2>/dev/null || true; done
  sleep 3
  for pid in "${NODES[@]}"; do kill -KILL -- "-$pid" 2>/dev/null || true; done
  "$ROOT/grantwise" test-env down >/dev/null 2>&1 || true
}
trap cleanup EXIT

start_node() { # name port-offset
  cp -a "$ROOT/app-ear/target/server" "$WORK/$1"
  GRANTWISE_DB_URL=jdbc:postgresql://127.0.0.1:15433/grantwise \
  GRANTWISE_OIDC_PROVIDER_URL=http://127.0.0.1:18180/realms/grantwise GRANTWISE_SMTP_PORT=12525 \
  LAUNCH_JBOSS_IN_BACKGROUND=1 setsid nohup "$WORK/$1/bin/standalone.sh" -b 127.0.0.1 \
    -bmanagement 127.0.0.1 -Djboss.node.name="$1" -Djboss.socket.binding.port-offset="$2" \
    -Djboss.default.multicast.address=230.0.10.9 -Dgrantwise.demo-data=true \
    >"$WORK/$1.console.log" 2>&1 &
  NODES+=($!)
}

wait_ready() { # port
  for _ in $(seq 1 120); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/health/ready")" = 200 ] && return
    sleep 2
  done
  echo "node on management port $1 not ready"; exit 1
}

"$ROOT/grantwise" test-env up
start_node node-a 10000 # http 18080, management 19990
start_node node-b 10200 # http 18280, management 20190
wait_ready 19990
wait_ready 20190
echo "Both nodes ready."

A=http://127.0.0.1:18080 B=http://127.0.0.1:18280 PAGE=/officer/index.xhtml
auth=$(curl -s -c "$JAR" -b "$JAR" -o /dev/null -w '%{redirect_url}' "$A$PAGE")
form=$(curl -s -c "$JAR" -b "$JAR" "$auth")
action=$(printf '%s' "$form" | grep -o 'action="[^"]*"' | grep login-actions | head -1 | sed 's/action="//; s/"$//; s/&amp;/\&/g')
callback=$(curl -s -c "$JAR" -b "$JAR" -o /dev/null -w '%{redirect_url}' \
  --data-urlencode username=officer1 --data-urlencode password=demo-officer1 "$action")
curl -s -c "$JAR" -b "$JAR" -o /dev/null "$callback"

show() { # label url
  local code body
  body=$(curl -s -b "$JAR" -w '\n%{http_code}' "$2")
  code=${body##*$'\n'}
  echo "$1: HTTP $code, signed in as: $(printf '%s' "$body" | grep -o 'id="signed-in-user">[^<]*' | sed 's/.*>//' || true)"
}
show "node A" "$A$PAGE"
show "node B, same cookie" "$B$PAGE"
kill -TERM -- "-${NODES[0]}"; sleep 8
show "node B after node A stopped" "$B$PAGE"
errors=$(grep -h "^[0-9-]* [0-9:,]* ERROR" "$WORK"/node-*/standalone/log/server.log | cut -c1-300 || true)
echo "${errors:-no ERROR in either server.log}"
grep -h "ISPN000094" "$WORK"/node-*/standalone/log/server.log | cut -c1-200 | head -2 || true
