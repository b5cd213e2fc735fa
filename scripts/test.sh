#!/usr/bin/env bash
# `npm test`: the system packages the tests need, the type check and every test. The type check
# runs beside the tests rather than before them (it takes ~45 s of one core, which the install or
# the first quick files leave free), so the whole run stays inside CI's 30 minutes; the exit code
# is non-zero if either failed. Arguments go to vitest (.ci/run adds its reporters).
set -uo pipefail
cd "$(dirname "$0")/.."
tsc_log=$(mktemp)
npx tsc --noEmit -p . > "$tsc_log" 2>&1 &
tsc_pid=$!
if ! bash scripts/ensure-system-deps.sh; then
  kill "$tsc_pid" 2>/dev/null
  exit 1
fi
npx vitest run "$@"
vitest_rc=$?
wait "$tsc_pid"
tsc_rc=$?
if [[ $tsc_rc -ne 0 ]]; then
  echo "Type check failed (tsc --noEmit -p .):" >&2
  cat "$tsc_log" >&2
fi
rm -f "$tsc_log"
[[ $vitest_rc -eq 0 && $tsc_rc -eq 0 ]]
