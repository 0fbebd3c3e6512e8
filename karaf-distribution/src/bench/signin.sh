#!/usr/bin/env bash
# What signing in costs a REST call: throughput and latency of one small guarded GET with HTTP Basic (the password
# remembered after its first check), with a personal API token, with a full password check every time, and of the
# unguarded health check, measured with ApacheBench (Debian: apache2-utils).
#
#   ./run.sh && karaf-distribution/src/bench/signin.sh [requests] [concurrency]      (defaults 2000 and 4)
#
# Needs the demo data of run.sh (account maria) and makes one API token for maria. Prints a Markdown table; a copy
# goes to karaf-distribution/target/bench/signin.md.
set -euo pipefail

requests=${1:-2000}
concurrency=${2:-4}
api=http://localhost:8181/api
here=$(cd "$(dirname "$0")/../.." && pwd)
out="$here/target/bench/signin.md"
command -v ab >/dev/null || { echo "ApacheBench is missing: apt-get install apache2-utils" >&2; exit 1; }
curl -sf "$api/health" >/dev/null || { echo "no Cairn at $api: start it with ./run.sh" >&2; exit 1; }
mkdir -p "$(dirname "$out")"

basic="Authorization: Basic $(printf 'maria:Demo-Manager-2026' | base64)"
token=$(curl -sf -u maria:Demo-Manager-2026 -X POST -H 'Content-Type: application/json' \
  -d '{"name":"signin benchmark"}' "$api/people/tokens" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
[ -n "$token" ] || { echo "cannot make an API token for maria" >&2; exit 1; }
# an unknown login: every request pays for a full password hash (the decoy that makes refusals take as long)
unknown="Authorization: Basic $(printf 'nobody-here:Some-password-1' | base64)"

run() { # label, requests, extra ab arguments...
  local label=$1 n=$2; shift 2
  ab -q -n "$n" -c "$concurrency" "$@" > "$here/target/bench/ab.txt" 2>&1 || true
  local rps mean p95 failed
  rps=$(sed -n 's/^Requests per second: *\([0-9.]*\).*/\1/p' "$here/target/bench/ab.txt")
  mean=$(sed -n 's/^Time per request: *\([0-9.]*\) \[ms\] (mean)$/\1/p' "$here/target/bench/ab.txt")
  p95=$(sed -n 's/^ *95% *\([0-9]*\)$/\1/p' "$here/target/bench/ab.txt")
  echo "| $label | $n | $rps | $mean | $p95 |"
}

{
  echo "| GET, $concurrency at a time | requests | requests/s | mean ms | 95 % ms |"
  echo "|---|---|---|---|---|"
  ab -q -n 200 -c "$concurrency" -H "$basic" "$api/people/me" >/dev/null 2>&1 || true   # warm-up
  run "/api/health, no sign-in" "$requests" "$api/health"
  run "/api/people/me, Basic (remembered)" "$requests" -H "$basic" "$api/people/me"
  run "/api/people/me, Bearer token" "$requests" -H "Authorization: Bearer $token" "$api/people/me"
  run "/api/people/me, full password check (refused)" $((requests / 20)) -H "$unknown" "$api/people/me"
} | tee "$out"
