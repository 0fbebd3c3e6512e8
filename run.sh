#!/usr/bin/env bash
# Builds Cairn (tests skipped) and starts the full edition from karaf-distribution/target/assembly, on embedded
# Derby with demo data, then waits until it is ready for use and says where it is.
#
#   ./run.sh          build and start
#   ./run.sh stop     stop the server started here
#
# Build log: target/run-build.log. Server log: karaf-distribution/target/assembly/data/log/karaf.log
set -euo pipefail
cd "$(dirname "$0")"
home=karaf-distribution/target/assembly

if [ "${1:-}" = "stop" ]; then
  [ -x "$home/bin/stop" ] && "$home/bin/stop" 2>/dev/null || true
  echo "Cairn stopped."
  exit 0
fi

command -v mvn >/dev/null || { echo "Maven is missing: install it (Debian: apt-get install maven)" >&2; exit 1; }
command -v curl >/dev/null || { echo "curl is missing: install it (Debian: apt-get install curl)" >&2; exit 1; }
command -v java >/dev/null || { echo "Java 17 is missing: install it (Debian: apt-get install openjdk-17-jdk)" >&2; exit 1; }

# stops the server of an earlier run and waits until its JVM has let go of data/
stop_running() {
  local pid=""
  [ -f "$home/instances/instance.properties" ] && pid=$(sed -n 's/^item.0.pid *= *//p' "$home/instances/instance.properties")
  if [ -n "$pid" ] && [ "$pid" != "0" ] && kill -0 "$pid" 2>/dev/null; then
    echo "Cairn is already running here; stopping it to start the new build."
    "$home/bin/stop" 2>/dev/null || true
    for _ in $(seq 600); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
    kill "$pid" 2>/dev/null || true
  fi
}
stop_running

mkdir -p target
log=target/run-build.log
if [ -d "${HOME}/.m2/repository/org/apache/karaf" ]; then
  echo "Building Cairn (about a minute; the build's output goes to $log) ..."
else
  echo "Building Cairn for the first time: Maven downloads Karaf, CXF, EclipseLink, Vaadin and the rest (some"
  echo "300 MiB) before it builds; this takes several minutes. The build's output goes to $log."
fi
mvn -B -Dstyle.color=never install -DskipTests > "$log" 2>&1 &
build=$!
done_before=""
while kill -0 "$build" 2>/dev/null; do
  # Maven's own "Building Cairn :: Console 0.1.0-SNAPSHOT  [11/26]"
  line=$(grep '^\[INFO\] Building Cairn' "$log" 2>/dev/null | tail -1 || true)
  current=$(printf '%s' "$line" | sed 's/^\[INFO\] Building //; s/ [0-9.]*-SNAPSHOT.*//')
  step=$(printf '%s' "$line" | grep -o '\[[0-9]*/[0-9]*\]' || true)
  if [ -n "$current" ] && [ "$current" != "$done_before" ]; then
    printf '  %-60s %s\n' "$current" "$step"
    done_before=$current
  fi
  sleep 1
done
if ! wait "$build"; then
  echo "The build failed; the end of $log:" >&2
  tail -40 "$log" >&2
  exit 1
fi
echo "Built."

# demo data: the demo employees and accounts of docs/security.md (only added to a server that has none)
printf '# added by run.sh: demo employees, accounts, companies, cases and tasks\nenabled = true\n' \
  > "$home/etc/org.cairncrm.demo.cfg"
echo "Starting Cairn (the first start creates the database and adds the demo data) ..."
"$home/bin/start" 2>/dev/null

# Ready is /api/health UP: every module active, its schema migrated, its demo data and permissions in place.
for i in $(seq 300); do
  if curl -sf http://localhost:8181/api/health 2>/dev/null | grep -q '^{"status":"UP"'; then
    echo "Cairn is running (ready after $i s)."
    echo "  Web console: http://localhost:8080/"
    echo "  REST API:    http://localhost:8181/api/   (health: /api/health, description: /api/openapi.json)"
    echo "  Demo users:  maria / Demo-Manager-2026 (manager), carl, nina, oskar / Demo-Clerk-2026 (clerks)"
    echo "  Sign in:     admin, password in $home/data/initial-admin-password; change it first:"
    echo "               curl -u admin:<password> -X PUT -H 'Content-Type: application/json' \\"
    echo "                 -d '{\"currentPassword\":\"<password>\",\"newPassword\":\"<new one>\"}' \\"
    echo "                 http://localhost:8181/api/people/me/password"
    echo "  Shell:       $home/bin/client -u admin"
    echo "  Log:         $home/data/log/karaf.log"
    echo "  Stop:        ./run.sh stop"
    exit 0
  fi
  if [ $((i % 10)) = 0 ]; then
    state=$(curl -s http://localhost:8181/api/health 2>/dev/null \
      | grep -o '"name":"[a-z-]*"[^}]*"state":"[A-Z]*","detail":"[^"]*"' | grep -v '"state":"ACTIVE"' \
      | sed 's/"name":"\([a-z-]*\)".*"state":"\([A-Z]*\)","detail":"\([^"]*\)"/\1: \3/' | head -3 | paste -sd ';' || true)
    echo "  still starting after $i s${state:+ ($state)}"
  fi
  sleep 1
done
echo "Cairn did not report UP within 300 s; see $home/data/log/karaf.log and http://localhost:8181/api/health" >&2
exit 1
