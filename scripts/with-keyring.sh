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
# The bus starts no service on demand (a config without service directories): when the daemon
# is gone, no locked daemon is activated in its place to wait for a prompt nobody can answer.
conf="$home/run/session.conf"
cat >"$conf" <<'CONF'
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <keep_umask/>
  <listen>unix:tmpdir=/tmp</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
CONF
# The daemon runs in the foreground as this session's child, so the session knows its pid and
# stops it when the command ends: a daemonized one outlives its bus and keeps the caller's pipes
# open (a test reading our output would wait forever). A keeper starts it again, unlocked, if it
# dies: gnome-keyring aborts on a known race when clients connect and leave quickly (GNOME
# gnome-keyring "assertion 'client' failed"), and the suite starts hundreds of short processes.
env -u DISPLAY -u WAYLAND_DISPLAY PEC_KEEP="$keep" dbus-run-session --config-file="$conf" -- bash -c '
  pidfile="$XDG_RUNTIME_DIR/keyring.pid"
  (
    trap "exit 0" TERM
    while :; do
      gnome-keyring-daemon --foreground --unlock --components=secrets \
        < <(printf "%s" "${KEYRING_PASSWORD:-pec-desk-dev}") >/dev/null 2>>"$XDG_RUNTIME_DIR/keyring.log" &
      echo $! >"$pidfile"
      wait $! && status=0 || status=$?
      echo "keyring-session: gnome-keyring-daemon ended (status $status); starting it again" >&2
      tail -n 5 "$XDG_RUNTIME_DIR/keyring.log" >&2
      sleep 0.05
    done
  ) &
  keeper=$!
  trap "kill $keeper 2>/dev/null; wait $keeper 2>/dev/null; kill \$(cat $pidfile 2>/dev/null) 2>/dev/null" EXIT
  trap "exit 129" HUP; trap "exit 130" INT; trap "exit 143" TERM
  for _ in $(seq 200); do
    dbus-send --session --print-reply=literal --dest=org.freedesktop.DBus /org/freedesktop/DBus \
      org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets | grep -q true && break
    kill -0 "$keeper" 2>/dev/null || { cat "$XDG_RUNTIME_DIR/keyring.log" >&2; exit 1; }
    sleep 0.05
  done
  for pair in $PEC_KEEP; do [ -n "${pair#*=}" ] && export "$pair"; done
  unset PEC_KEEP
  "$@"' keyring-session "$@" 2> >(grep -v "Failed to set fd limit" >&2)
