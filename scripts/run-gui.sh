#!/usr/bin/env bash
# Opens the app on the desktop; on a machine with no screen, on a virtual one (Xvfb).
set -euo pipefail
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] || [ -n "${QT_QPA_PLATFORM:-}" ]; then
  exec "$@"
fi
echo "run-gui: no screen here; starting the app on a virtual screen (Xvfb)." >&2
exec xvfb-run -a "$@"
