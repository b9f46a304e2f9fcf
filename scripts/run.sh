#!/usr/bin/env bash
# The web server and the django-q2 worker together; Ctrl-C stops both. PORT chooses the port
# (8000). The demo's e-mails go to files in var/mail/ (EMAIL_BACKEND changes that) and the
# worker's log to var/worker.log, so the address and how to sign in are the last lines printed.
set -euo pipefail
cd "$(dirname "$0")/.."
python=.venv/bin/python
port="${PORT:-8000}"
case "$port" in ''|*[!0-9]*) echo "PORT must be a number, not '$port'." >&2; exit 2 ;; esac
export EMAIL_BACKEND="${EMAIL_BACKEND:-django.core.mail.backends.filebased.EmailBackend}"
export EMAIL_FILE_PATH="${EMAIL_FILE_PATH:-var/mail}"
mkdir -p var "$EMAIL_FILE_PATH"
"$python" manage.py qcluster >>var/worker.log 2>&1 &
worker=$!
"$python" manage.py runserver --noreload "127.0.0.1:$port" &
server=$!
stop() {
  kill "$server" "$worker" 2>/dev/null || true
  wait "$server" "$worker" 2>/dev/null || true
}
trap stop EXIT INT TERM
for _ in $(seq 1 60); do  # until the server answers (at most 30 seconds)
  if "$python" -c "import socket,sys; socket.create_connection(('127.0.0.1', int(sys.argv[1])), 1)" "$port" 2>/dev/null; then
    break
  fi
  kill -0 "$server" 2>/dev/null || { echo "The web server did not start (is port $port in use? PORT=8001 make run)." >&2; exit 1; }
  sleep 0.5
done
echo
echo "E-mails: $EMAIL_FILE_PATH/   Worker log: var/worker.log"
"$python" manage.py seed_demo --sign-in
echo "School Social: http://127.0.0.1:$port/  (Ctrl-C stops the server and the worker)"
wait "$server"
