#!/usr/bin/env bash
# Makes sure Debian's Chromium and Firefox ESR are installed (no tool downloads
# its own browser). Installs them when running as root with apt-get; otherwise
# stops with a one-line instruction. Usage: ensure-browsers.sh [chromium] [firefox]
set -euo pipefail
want=("$@"); [ ${#want[@]} -eq 0 ] && want=(chromium firefox)
missing=()
for b in "${want[@]}"; do
  case "$b" in
    chromium) [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing+=(chromium) ;;
    firefox) [ -x "${FIREFOX_PATH:-/usr/bin/firefox-esr}" ] || missing+=(firefox-esr) ;;
  esac
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing ${missing[*]} from Debian's packages…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends "${missing[@]}" fonts-dejavu-core >&2
else
  echo "Vendor Lens needs ${missing[*]}: run \`sudo apt-get install ${missing[*]}\` (Debian/Ubuntu), then try again." >&2
  exit 1
fi
