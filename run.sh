#!/usr/bin/env bash
# Builds Cairn (tests skipped) and starts the full edition from karaf-distribution/target/assembly, on embedded
# Derby, then waits until it answers and says where it is.
#
#   ./run.sh          build and start
#   ./run.sh stop     stop the server started here
#
# Server log: karaf-distribution/target/assembly/data/log/karaf.log
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

if [ -x "$home/bin/status" ] && "$home/bin/status" >/dev/null 2>&1; then
  echo "Cairn is already running here; stopping it to start the new build."
  "$home/bin/stop" 2>/dev/null || true
  sleep 5
fi

mvn -B -q install -DskipTests
# demo data: the demo employees and accounts of docs/security.md (only added to a server that has none)
printf '# added by run.sh: demo employees, accounts and teams\nenabled = true\n' > "$home/etc/org.cairncrm.demo.cfg"
"$home/bin/start" 2>/dev/null

printf 'Starting Cairn'
for _ in $(seq 300); do
  if curl -sf http://localhost:8181/api/health 2>/dev/null | grep -q '^{"status":"UP"'; then
    echo
    echo "Cairn is running."
    echo "  REST API:    http://localhost:8181/api/   (health: /api/health, description: /api/openapi.json)"
    echo "  Web console: http://localhost:8080/"
    echo "  Sign in:     admin, password in $home/data/initial-admin-password; change it first:"
    echo "               curl -u admin:<password> -X PUT -H 'Content-Type: application/json' \\"
    echo "                 -d '{\"currentPassword\":\"<password>\",\"newPassword\":\"<new one>\"}' \\"
    echo "                 http://localhost:8181/api/people/me/password"
    echo "  Demo users:  maria / Demo-Manager-2026 (manager), carl, nina, oskar / Demo-Clerk-2026 (clerks)"
    echo "  Console:     $home/bin/client -u admin"
    echo "  Log:         $home/data/log/karaf.log"
    echo "  Stop:        ./run.sh stop"
    exit 0
  fi
  printf '.'
  sleep 1
done
echo
echo "Cairn did not report UP within 300 s; see $home/data/log/karaf.log and http://localhost:8181/api/health" >&2
exit 1
