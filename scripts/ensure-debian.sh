#!/usr/bin/env bash
# Test setup for the editor and hook integrations: install the Debian packages
# that provide the given commands when they are missing (neovim, pre-commit,
# rsync for gitlab-ci-local), as scripts/ensure-chromium.sh does for chromium.
# Needs root (CI runs as root); otherwise says what to run instead. Exits 0
# when every command is there afterwards.
#
# Usage: scripts/ensure-debian.sh COMMAND:PACKAGE ...   (e.g. nvim:neovim)
set -euo pipefail

missing=()
for pair in "$@"; do
  command -v "${pair%%:*}" >/dev/null || missing+=("${pair#*:}")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

if [[ "$(id -u)" -ne 0 ]]; then
  echo "ensure-debian: missing ${missing[*]}; install with: sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
# Test files run in parallel: dpkg's lock and this one serialise the installs.
flock /tmp/referral-lint-debian.lock bash -c '
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2 || true
  apt-get install -y -qq --no-install-recommends "$@" >&2
' ensure-debian "${missing[@]}"

for pair in "$@"; do
  if ! command -v "${pair%%:*}" >/dev/null; then
    echo "ensure-debian: ${pair#*:} was installed but ${pair%%:*} is still not on PATH" >&2
    exit 1
  fi
done
