#!/usr/bin/env bash
# Install what the browser test needs when it is missing: Debian's Chromium (Playwright drives it
# through executable_path, so `playwright install` and its browser download are never used) and
# the Playwright Python package in the active environment.
set -euo pipefail

if ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1; then
  SUDO=""
  if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
fi

if ! python -c "import playwright" >/dev/null 2>&1; then
  python -m pip install --quiet "playwright>=1.40"
fi
command -v chromium || command -v chromium-browser
