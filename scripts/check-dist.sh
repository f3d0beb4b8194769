#!/usr/bin/env bash
# CI check: dist/ (what the Action runs, committed) must be exactly what `npm run build` makes from the sources.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run build --silent >/dev/null
changes="$(git status --porcelain --untracked-files=all -- dist)"
if [ -n "$changes" ]; then
  echo "dist/ is out of date with the sources:" >&2
  echo "$changes" >&2
  echo "fix: npm run build && git add dist" >&2
  exit 1
fi
echo "dist/ is up to date"
