#!/usr/bin/env bash
# `npm run setup:browser`: installs Debian's chromium for the browser tests where apt-get is available
# (the same step .ci/run uses). Does nothing when a browser is already found.
set -euo pipefail
cd "$(dirname "$0")/.."
if found=$(node -e 'import("./scripts/find-browser.mjs").then(m => { const p = m.chromiumPath(); if (!p) process.exit(1); console.log(p); })'); then
  echo "Browser already present: $found"
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "No apt-get here: install Chrome or Chromium yourself and set CHROME_PATH to its binary." >&2
  exit 1
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "Installing Debian's chromium (apt-get)..."
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq chromium >/dev/null
echo "Installed: $(command -v chromium)"
