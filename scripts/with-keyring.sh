#!/usr/bin/env bash
# Runs a command with a real Secret Service keyring.
#   KEYRING_HOME=DIR   where gnome-keyring keeps its files (default: a fresh temp dir)
#   USE_SESSION_KEYRING=1  use the desktop session's keyring when one answers
#   KEYRING_KEEP_DISPLAY=1 hand DISPLAY/WAYLAND_DISPLAY to the command (`make run`'s window)
# Without a session keyring it starts a private D-Bus session (dbus-run-session) with
# gnome-keyring-daemon unlocked by a throw-away password: the tests' and the headless
# demo's keyring. Nothing here is a plaintext fallback: the app refuses those.
set -euo pipefail

if [ "${USE_SESSION_KEYRING:-0}" = 1 ] && [ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
  exec "$@"
fi

home="${KEYRING_HOME:-}"
if [ -z "$home" ]; then
  home="$(mktemp -d "${TMPDIR:-/tmp}/pec-keyring.XXXXXX")"
  trap 'rm -rf "$home"' EXIT
fi
mkdir -p "$home/data" "$home/run"
chmod 700 "$home" "$home/run"
export XDG_DATA_HOME="$home/data" XDG_RUNTIME_DIR="$home/run"

# The private bus and its keyring never see a display: gnome-keyring cannot open an unlock
# prompt (which would wait for a person), so a locked keyring fails at once. The command
# gets the display back only when asked (the window of `make run`); tests run without one.
keep=""
if [ "${KEYRING_KEEP_DISPLAY:-0}" = 1 ]; then
  keep="DISPLAY=${DISPLAY:-} WAYLAND_DISPLAY=${WAYLAND_DISPLAY:-}"
fi
env -u DISPLAY -u WAYLAND_DISPLAY PEC_KEEP="$keep" dbus-run-session -- bash -c '
  printf "%s" "${KEYRING_PASSWORD:-pec-desk-dev}" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  for pair in $PEC_KEEP; do [ -n "${pair#*=}" ] && export "$pair"; done
  unset PEC_KEEP
  exec "$@"' keyring-session "$@" 2> >(grep -v "Failed to set fd limit" >&2)
