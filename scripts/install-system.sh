#!/usr/bin/env bash
# Installs the system packages that running and testing PEC Desk need on Debian/Ubuntu:
# a Secret Service keyring usable headless (gnome-keyring + D-Bus), Xvfb for a virtual
# screen, fonts, the libraries Qt's platform plugins load, and ClamAV (clamd, clamscan,
# sigtool) for the media scan, and strace for the fault harness (make test-faults). Idempotent: it only calls apt-get when something is missing.
# Elsewhere it says what to install.
#
# ClamAV: the PEC is offline, so freshclam never updates signatures from the network; its
# Debian package is a hard dependency of clamav, so it is preseeded to "manual" (no daemon,
# no cron). The tests start their own clamd on a private socket with the project's test
# signatures (tests/scanner/conftest.py); the Debian clamav-daemon service is not used.
set -euo pipefail

PACKAGES=(
  dbus dbus-daemon gnome-keyring
  xvfb xauth
  fonts-dejavu-core libfontconfig1 libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libdbus-1-3
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0
  clamav clamav-daemon
  strace
)

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "install-system: not a Debian-like system; install by hand: ${PACKAGES[*]}" >&2
  exit 0
fi

missing=()
for pkg in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "install-system: installing ${missing[*]}" >&2
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
if printf '%s\n' "${missing[@]}" | grep -q '^clamav' && command -v debconf-set-selections >/dev/null 2>&1; then
  echo "clamav-freshclam clamav-freshclam/autoupdate_freshclam select manual" | $SUDO debconf-set-selections
fi
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
