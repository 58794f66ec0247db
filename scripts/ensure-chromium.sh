#!/bin/sh
# Make sure Debian's chromium is at /usr/bin/chromium (or at $CHROMIUM_PATH) for the browser
# tests of apps/playground. Installs it with apt-get when missing; never downloads a browser
# any other way. Needs root (CI runs as root); prints what to do otherwise.
set -eu

CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"

# pdftotext (poppler-utils) reads back the PDF of the playground's print test
# (apps/playground/test/planning-print.test.ts). Installed with apt-get when missing, as root.
if ! command -v pdftotext >/dev/null 2>&1 && [ "$(id -u)" -eq 0 ]; then
  echo "ensure-chromium: installing poppler-utils (pdftotext) with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq --no-install-recommends poppler-utils >/dev/null 2>&1 ||
    { apt-get update -qq && apt-get install -y -qq --no-install-recommends poppler-utils >/dev/null; }
fi

# Vietnamese in the playground's monospace text boxes (and its visual baselines) needs a
# monospace font with the precomposed Vietnamese letters; DejaVu Sans Mono lacks ồ and ế.
# Debian's fonts-noto-mono has them (~100 kB).
ensure_fonts() {
  if fc-list ':charset=1ed3:spacing=mono' family 2>/dev/null | grep -q .; then return 0; fi
  if [ "$(id -u)" -ne 0 ]; then
    echo "ensure-chromium: no monospace font with Vietnamese letters; as root: apt-get install -y fonts-noto-mono" >&2
    return 0
  fi
  echo "ensure-chromium: installing fonts-noto-mono with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq --no-install-recommends fonts-noto-mono >/dev/null 2>&1 ||
    { apt-get update -qq && apt-get install -y -qq --no-install-recommends fonts-noto-mono >/dev/null; }
}

if [ -x "$CHROMIUM" ]; then
  echo "ensure-chromium: found $CHROMIUM"
  ensure_fonts
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "ensure-chromium: $CHROMIUM is missing; install Debian's chromium as root: apt-get install -y chromium" >&2
  exit 1
fi

echo "ensure-chromium: installing Debian's chromium with apt-get"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium >/dev/null

if [ ! -x "$CHROMIUM" ]; then
  echo "ensure-chromium: apt-get finished but $CHROMIUM is still missing" >&2
  exit 1
fi
echo "ensure-chromium: installed $CHROMIUM"
ensure_fonts
