#!/usr/bin/env bash
# The step of the GitHub Action (action.yml). Runs referral-lint twice over
# the same files: with --format github, whose workflow commands GitHub shows
# as annotations (and whose exit code is the step's), then, when a SARIF file
# is asked for, with --format sarif; the second run takes every finding from
# the first run's cache. Uses the repository's own referral-lint when it is
# installed (node_modules/.bin), else this action's version from npm.
#
# Environment: INPUT_PATHS, INPUT_ARGS (split on spaces and new lines, never
# glob-expanded here), INPUT_SARIF_FILE, INPUT_VERSION, ACTION_PATH,
# GITHUB_OUTPUT, RUNNER_TEMP.
set -uo pipefail
set -f

if [[ -x node_modules/.bin/referral-lint ]]; then
  cli=(node_modules/.bin/referral-lint)
else
  version="${INPUT_VERSION:-}"
  if [[ -z "$version" ]]; then
    version="$(node -p 'require(process.argv[1]).version' "$ACTION_PATH/package.json")"
  fi
  cli=(npx --yes "referral-lint@$version")
fi

read -r -d '' -a paths <<<"${INPUT_PATHS:-.}" || true
read -r -d '' -a args <<<"${INPUT_ARGS:-}" || true
cache="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/referral-lint-action.cache"

status=0
"${cli[@]}" --format github --cache --cache-location "$cache" "${args[@]}" -- "${paths[@]}" || status=$?

sarif="${INPUT_SARIF_FILE:-}"
if [[ -n "$sarif" && "$status" -ne 2 ]]; then
  "${cli[@]}" --format sarif --output-file "$sarif" --cache --cache-location "$cache" "${args[@]}" -- "${paths[@]}" >/dev/null || true
  [[ -f "$sarif" ]] || sarif=''
else
  sarif=''
fi
if [[ -n "${GITHUB_OUTPUT:-}" ]]; then
  echo "sarif-file=$sarif" >>"$GITHUB_OUTPUT"
fi
exit "$status"
