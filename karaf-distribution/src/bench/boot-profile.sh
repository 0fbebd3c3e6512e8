#!/usr/bin/env bash
# Where the boot time goes: starts the distribution once from an empty data/ (first start) and once more (restart),
# with OSGi bundle events logged, and prints for each start a profile made from the server's log:
#   - the moments that matter (JVM start, framework up, REST up, console up, /api/health UP),
#   - the bundles that took longest (time from the previous bundle's start to this one's, same thread of work),
#   - each module's schema migrations and start-up work (demo data, search index) with their durations.
#
#   karaf-distribution/src/bench/boot-profile.sh            (build first with mvn install; needs python3)
#
# Output: Markdown on stdout and in karaf-distribution/target/bench/boot-profile.md.
set -euo pipefail

here=$(cd "$(dirname "$0")/../.." && pwd)
root=$(cd "$here/.." && pwd)
version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' "$root/pom.xml" | head -1)
archive="$here/target/cairn-distribution-$version.tar.gz"
work="$here/target/bench/profile"
[ -f "$archive" ] || { echo "no $archive: run 'mvn install -DskipTests' first" >&2; exit 1; }
for port in 8181 8080 8101; do
  if (echo > /dev/tcp/127.0.0.1/$port) 2>/dev/null; then
    echo "port $port is in use: stop the Cairn running here first" >&2; exit 1
  fi
done

rm -rf "$work"; mkdir -p "$work"
tar xzf "$archive" -C "$work" --strip-components=1
# every bundle event in the log with its time (pax-logging reads this framework property)
printf '\norg.ops4j.pax.logging.service.frameworkEventsLogLevel = INFO\n' >> "$work/etc/system.properties"

pid_of() { sed -n 's/^item.0.pid *= *//p' "$work/instances/instance.properties"; }
boot() { # label: starts, waits for UP, writes the log aside
  local begin end
  begin=$(date +%s.%N)
  "$work/bin/start" 2>/dev/null
  until curl -sf --max-time 2 http://localhost:8181/api/health 2>/dev/null | grep -q '^{"status":"UP"'; do
    sleep 0.05
  done
  end=$(date +%s.%N)
  sleep 3   # what still logs right after UP
  cp "$work/data/log/karaf.log" "$work/$1.log"
  echo "$begin $end" > "$work/$1.times"
  local pid; pid=$(pid_of)
  "$work/bin/stop" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
  : > "$work/data/log/karaf.log"
}

boot first
boot restart

python3 - "$work" <<'PY' | tee "$work/../boot-profile.md"
import re, sys, datetime, os
work = sys.argv[1]
stamp = re.compile(r'^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d,\d{3}) \| (\w+)\s*\| ([^|]*?)\s*\| ([^|]*?)\s*\| ([^|]*?)\s*\| (.*)$')
def parse(t):
    return datetime.datetime.strptime(t, '%Y-%m-%dT%H:%M:%S,%f').timestamp()
for label in ('first', 'restart'):
    begin, end = map(float, open(os.path.join(work, label + '.times')).read().split())
    events, moments, migrations, work_items, starting = [], [], [], [], {}
    for line in open(os.path.join(work, label + '.log'), encoding='utf-8', errors='replace'):
        m = stamp.match(line.rstrip('\n'))
        if not m:
            continue
        t = parse(m.group(1)) - begin
        thread, logger, bundle, text = m.group(3), m.group(4), m.group(5), m.group(6)
        s = re.match(r'BundleEvent (STARTING|STARTED)$', text.strip())
        if s:
            name = re.sub(r'^\d+ - ', '', bundle)
            if s.group(1) == 'STARTING':
                starting[name] = t
            else:
                events.append((t, name, t - starting.get(name, t)))
        if re.search(r'REST API ready|published at /api|Console listening|console.*port|Schema of module|'
                     r'Company search index:|Lock acquired', text, re.I):
            moments.append((t, text[:110]))
        mg = re.search(r"Schema of module '([^']+)' is at change set \S+ \((\d+) applied, (\d+) ms\)", text)
        if mg:
            migrations.append((mg.group(1), int(mg.group(2)), int(mg.group(3)), t))
        w = re.search(r"Module '([^']+)': (.+) done in (\d+) ms", text)
        if w:
            work_items.append((w.group(1), w.group(2), int(w.group(3)), t))
    print(f'### {label} start: /api/health UP after {end - begin:.2f} s\n')
    if events:
        print(f'First bundle started at {events[0][0]:.2f} s, last at {events[-1][0]:.2f} s; {len(events)} bundle starts.\n')
    print('| s after bin/start | moment |\n|---|---|')
    for t, text in moments:
        print(f'| {t:.2f} | {text.replace("|", "/")} |')
    print(f'| {end - begin:.2f} | /api/health UP |\n')
    print('The bundles that took longest to start (STARTING to STARTED: activator and the components it starts '
          'at once):\n')
    print('| bundle | started at s | took s |\n|---|---|---|')
    for t, name, took in sorted(events, key=lambda e: -e[2])[:12]:
        print(f'| {name} | {t:.2f} | {took:.2f} |')
    print()
    print('Longest pauses between two bundle starts (the framework busy elsewhere: resolving, installing, '
          'migrations):\n')
    print('| before bundle | started at s | pause s |\n|---|---|---|')
    pauses = [(events[i][0] - events[i - 1][0] - events[i][2], events[i][1], events[i][0]) for i in range(1, len(events))]
    for pause, name, t in sorted(pauses, reverse=True)[:8]:
        print(f'| {name} | {t:.2f} | {pause:.2f} |')
    print()
    if migrations:
        print('| module schema | change sets applied | ms | ready at s |\n|---|---|---|---|')
        for name, count, ms, t in migrations:
            print(f'| {name} | {count} | {ms} | {t:.2f} |')
        print()
    if work_items:
        print('| module start-up work | what | ms | done at s |\n|---|---|---|---|')
        for name, what, ms, t in work_items:
            print(f'| {name} | {what} | {ms} | {t:.2f} |')
        print()
PY
