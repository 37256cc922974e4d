#!/usr/bin/env bash
# Test setup for the real-browser tests: install Debian's chromium when it
# is missing (playwright's own browser downloads do not work here), then
# print its path. Needs root (CI runs as root); otherwise says what to do.
set -euo pipefail

if path="$(command -v chromium)"; then
  echo "$path"
  exit 0
fi
if [[ "$(id -u)" -ne 0 ]]; then
  echo "ensure-chromium: chromium is missing; install it with: sudo apt-get install -y chromium" >&2
  exit 1
fi
# Another test process may be installing it: dpkg's own lock serialises us.
flock /tmp/referral-lint-chromium.lock bash -c '
  command -v chromium >/dev/null && exit 0
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq chromium >&2
'
command -v chromium
