#!/usr/bin/env bash
# Installs the system packages that running and testing PEC Desk need on Debian/Ubuntu:
# a Secret Service keyring usable headless (gnome-keyring + D-Bus), Xvfb for a virtual
# screen, fonts, and the libraries Qt's platform plugins load. Idempotent: it only
# calls apt-get when something is missing. Elsewhere it says what to install.
set -euo pipefail

PACKAGES=(
  dbus dbus-daemon gnome-keyring
  xvfb xauth
  fonts-dejavu-core libfontconfig1 libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libdbus-1-3
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0
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
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
