#!/usr/bin/env bash
# The manual fidelity check against the STANDALONE emulator: Microsoft's JavaScript SDK runs its README scenarios
# (emulator/js-fidelity/scenarios.mjs) against `java -jar emulator/target/acs-phonenumbers-emulator.jar`.
#
#   scripts/js-fidelity.sh [extra emulator options, e.g. --realistic-timing]
#
# Builds the jar when it is missing or stale, starts it on a free port with a random key, waits for its endpoint line,
# installs the npm packages (exact versions from package-lock.json) into emulator/js-fidelity/node_modules, runs the
# scenarios, and stops the emulator with SIGTERM. Exit code: that of the scenarios (0 = all passed).
# Environment: JS_FIDELITY_POLL_MS (poll interval, default 100), JAVA (java binary), MVN (maven binary).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$root/emulator/target/acs-phonenumbers-emulator.jar"
js="$root/emulator/js-fidelity"
java_bin="${JAVA:-java}"
mvn_bin="${MVN:-mvn}"

for tool in node npm "$java_bin"; do
  command -v "$tool" >/dev/null 2>&1 || { echo "js-fidelity: $tool is not on the PATH" >&2; exit 2; }
done

# (re)build when the jar is missing or older than the emulator's sources or POMs
if [[ ! -f "$jar" ]] || [[ -n "$(find "$root/emulator/src/main" "$root/emulator/pom.xml" "$root/pom.xml" -newer "$jar" -print -quit)" ]]; then
  echo "js-fidelity: building $jar"
  (cd "$root" && "$mvn_bin" -q -pl emulator -am -DskipTests package)
fi

if [[ ! -d "$js/node_modules/@azure/communication-phone-numbers" ]]; then
  echo "js-fidelity: npm ci in $js"
  (cd "$js" && npm ci --no-audit --no-fund --loglevel=error)
fi

# a free port: bind port 0, read it back, release it
port="$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close();});')"
# a random 32-byte key for this run only (the emulator takes it as an argument, so local users can see it in ps;
# it guards nothing but this throwaway loopback emulator)
key="$(node -e 'console.log(require("crypto").randomBytes(32).toString("base64"))')"

log="$(mktemp -t acs-emulator.XXXXXX)"
emulator_pid=""
cleanup() {
  if [[ -n "$emulator_pid" ]] && kill -0 "$emulator_pid" 2>/dev/null; then
    kill -TERM "$emulator_pid" 2>/dev/null || true
    for _ in $(seq 1 50); do
      kill -0 "$emulator_pid" 2>/dev/null || break
      sleep 0.2
    done
    if kill -0 "$emulator_pid" 2>/dev/null; then
      echo "js-fidelity: the emulator ignored SIGTERM for 10 s; killing it" >&2
      kill -KILL "$emulator_pid" 2>/dev/null || true
    fi
  fi
  rm -f "$log"
}
trap cleanup EXIT

started=$(date +%s%N)
"$java_bin" -jar "$jar" --port "$port" --access-key "$key" --operation-delay 300ms "$@" >"$log" 2>&1 &
emulator_pid=$!

connection=""
for _ in $(seq 1 300); do
  if line="$(grep -m1 -o 'endpoint=.*' "$log" 2>/dev/null)"; then
    connection="$line"
    break
  fi
  if ! kill -0 "$emulator_pid" 2>/dev/null; then
    echo "js-fidelity: the emulator exited before listening:" >&2
    sed 's/accesskey=[^[:space:]]*/accesskey=<redacted>/g' "$log" >&2
    exit 1
  fi
  sleep 0.1
done
if [[ -z "$connection" ]]; then
  echo "js-fidelity: no endpoint line from the emulator within 30 s" >&2
  exit 1
fi
echo "js-fidelity: standalone emulator (pid $emulator_pid) listening on http://127.0.0.1:$port/ after $(( ($(date +%s%N) - started) / 1000000 )) ms"

set +e
(cd "$js" && node wire-audit-selftest.mjs && ACS_CONNECTION_STRING="$connection" node scenarios.mjs)
rc=$?
set -e

kill -TERM "$emulator_pid"
if wait "$emulator_pid"; then
  echo "js-fidelity: the emulator stopped cleanly on SIGTERM"
else
  status=$?
  # 143 = 128 + SIGTERM: the JVM ran its shutdown hook and exited with the signal's status
  if [[ $status -ne 143 ]]; then
    echo "js-fidelity: the emulator exited with status $status on SIGTERM" >&2
    [[ $rc -eq 0 ]] && rc=1
  else
    echo "js-fidelity: the emulator stopped on SIGTERM (status 143)"
  fi
fi
emulator_pid=""
exit $rc
