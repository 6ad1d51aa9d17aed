#!/usr/bin/env bash
# Runs a command with a real Secret Service keyring.
#   KEYRING_HOME=DIR   where gnome-keyring keeps its files (default: a fresh temp dir)
#   USE_SESSION_KEYRING=1  use the desktop session's keyring when one answers
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

dbus-run-session -- bash -c '
  printf "%s" "${KEYRING_PASSWORD:-pec-desk-dev}" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  exec "$@"' keyring-session "$@" 2> >(grep -v "Failed to set fd limit" >&2)
