#!/usr/bin/env bash
# Boot-time baseline: Cairn's distribution against a vanilla Apache Karaf of the same version, on this machine.
#
#   karaf-distribution/src/bench/boot.sh [runs]        (default 5 runs each; build first with mvn install)
#
# Each run unpacks the archive afresh and times from bin/start to "ready" twice: the first start (empty data/, Karaf
# resolves its features, Cairn creates its Derby database) and a restart of the same server. "Ready" is, for Cairn,
# GET /api/health answering status UP; for vanilla Karaf, which has no HTTP service, its SSH console (the last of its
# boot features) accepting connections. Also reports Cairn's resident memory once idle and the distribution's size.
# Prints a Markdown table; a copy goes to karaf-distribution/target/bench/boot.md.
set -euo pipefail

runs=${1:-5}
here=$(cd "$(dirname "$0")/../.." && pwd)          # karaf-distribution/
root=$(cd "$here/.." && pwd)
version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' "$root/pom.xml" | head -1)
karaf_version=$(sed -n 's:.*<karaf.version>\(.*\)</karaf.version>.*:\1:p' "$root/pom.xml" | head -1)
cairn_tgz="$here/target/cairn-distribution-$version.tar.gz"
work="$here/target/bench"
[ -f "$cairn_tgz" ] || { echo "no $cairn_tgz: run 'mvn install -DskipTests' first" >&2; exit 1; }

for port in 8181 8101 1099 44444; do
  if (echo > /dev/tcp/127.0.0.1/$port) 2>/dev/null; then
    echo "port $port is in use: stop the Cairn or Karaf running here first" >&2; exit 1
  fi
done

mkdir -p "$work"
vanilla_tgz="$work/apache-karaf-$karaf_version.tar.gz"
if [ ! -f "$vanilla_tgz" ]; then
  mvn -q -B dependency:copy -Dartifact="org.apache.karaf:apache-karaf:$karaf_version:tar.gz" \
      -DoutputDirectory="$work" -Dmdep.useBaseVersion=true
fi

now() { date +%s.%N; }
# the overall status is the document's first field; the platform's and the database's own statuses follow it
ready_cairn() { curl -sf --max-time 2 http://localhost:8181/api/health 2>/dev/null | grep -q '^{"status":"UP"'; }
ready_vanilla() { (echo > /dev/tcp/127.0.0.1/8101) 2>/dev/null; }
pid_of() { sed -n 's/^item.0.pid *= *//p' "$1/instances/instance.properties"; }

# start READY-FUNCTION: starts the server in $work/server, prints seconds until ready
start() {
  local ready=$1 begin; begin=$(now)
  "$work/server/bin/start" 2>/dev/null
  local deadline=$(( $(date +%s) + 300 ))
  until $ready; do
    [ "$(date +%s)" -lt "$deadline" ] || { echo "not ready within 300 s" >&2; stop; exit 1; }
    sleep 0.1
  done
  echo "$(now) - $begin" | bc
}

unpack() {
  rm -rf "$work/server"; mkdir -p "$work/server"
  tar xzf "$1" -C "$work/server" --strip-components=1
}

stop() {
  local pid; pid=$(pid_of "$work/server" 2>/dev/null || echo 0)
  "$work/server/bin/stop" 2>/dev/null || true
  for _ in $(seq 600); do
    { [ "${pid:-0}" != 0 ] && kill -0 "$pid" 2>/dev/null; } || break
    sleep 0.1
  done
}

stats() { # mean and median of the arguments
  printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1; s+=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.2f %.2f", s/NR, m}'
}
round() { for x in "$@"; do printf '%.2f ' "$x"; done; }

v_first=(); v_again=(); c_first=(); c_again=(); rss_kb=""
for i in $(seq "$runs"); do
  unpack "$vanilla_tgz"; v_first+=("$(start ready_vanilla)"); stop; v_again+=("$(start ready_vanilla)"); stop
  unpack "$cairn_tgz"; c_first+=("$(start ready_cairn)"); stop; c_again+=("$(start ready_cairn)")
  if [ "$i" = "$runs" ]; then
    sleep 30   # idle: boot work done, caches settled
    rss_kb=$(ps -o rss= -p "$(pid_of "$work/server")" | tr -d ' ')
  fi
  stop
  echo "run $i: vanilla ${v_first[-1]} / ${v_again[-1]} s, cairn ${c_first[-1]} / ${c_again[-1]} s" >&2
done

read -r vf_mean vf_median <<<"$(stats "${v_first[@]}")"
read -r va_mean va_median <<<"$(stats "${v_again[@]}")"
read -r cf_mean cf_median <<<"$(stats "${c_first[@]}")"
read -r ca_mean ca_median <<<"$(stats "${c_again[@]}")"
ratio_first=$(echo "scale=2; $cf_median / $vf_median" | bc)
ratio_again=$(echo "scale=2; $ca_median / $va_median" | bc)
size_tgz=$(du -m "$cairn_tgz" | cut -f1)
size_dir=$(du -sm --exclude=data "$here/target/assembly" | cut -f1)

{
  echo "Measured $(date -u +%Y-%m-%d) on $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)."
  echo
  echo "| seconds from bin/start to ready, $runs runs each | runs | mean | median |"
  echo "|---|---|---|---|"
  echo "| vanilla Karaf $karaf_version, first start (SSH console up) | $(round "${v_first[@]}")| $vf_mean | $vf_median |"
  echo "| Cairn $version, first start (/api/health UP) | $(round "${c_first[@]}")| $cf_mean | $cf_median |"
  echo "| vanilla Karaf $karaf_version, restart | $(round "${v_again[@]}")| $va_mean | $va_median |"
  echo "| Cairn $version, restart | $(round "${c_again[@]}")| $ca_mean | $ca_median |"
  echo
  echo "Ratio Cairn / vanilla of the medians: **$ratio_first** on first start, **$ratio_again** on restart (target <= 2.0)."
  echo "Cairn idle RSS 30 s after a restart: $((rss_kb / 1024)) MiB. Distribution: $size_tgz MiB tar.gz, $size_dir MiB unpacked."
} | tee "$work/boot.md"
