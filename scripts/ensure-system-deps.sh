#!/usr/bin/env bash
# Makes sure the system programs the tests need are present: redis-server (each test spawns its
# own private one on a free port) and Chromium at /usr/bin/chromium (driven by playwright-core;
# we never download a browser). Installs what is missing when run as root; otherwise prints the
# command to run. It never starts, stops or configures a system Redis service: the tests do not
# use one. Silent when everything is present.
set -euo pipefail

missing=()
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
[[ -x /usr/bin/chromium ]] || missing+=(chromium)
# nginx only checks the README's example proxy configuration (nginx -t); it is never started.
[[ -x /usr/sbin/nginx ]] || missing+=(nginx-light)

if [[ ${#missing[@]} -eq 0 ]]; then
  exit 0
fi

if [[ $(id -u) -ne 0 ]]; then
  echo "Missing system packages: ${missing[*]}" >&2
  echo "Install them with:" >&2
  echo "  sudo apt-get update && sudo apt-get install -y redis-server chromium nginx-light" >&2
  exit 1
fi

echo "Installing missing system packages: ${missing[*]}" >&2
apt-get update
DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"

command -v redis-server >/dev/null 2>&1 || { echo "redis-server still missing after install" >&2; exit 1; }
[[ -x /usr/bin/chromium ]] || { echo "/usr/bin/chromium still missing after install" >&2; exit 1; }
[[ -x /usr/sbin/nginx ]] || { echo "/usr/sbin/nginx still missing after install" >&2; exit 1; }
