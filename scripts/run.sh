#!/usr/bin/env bash
# The web server on 127.0.0.1:8000 and the django-q2 worker together; Ctrl-C stops both.
set -euo pipefail
cd "$(dirname "$0")/.."
python=.venv/bin/python
"$python" manage.py qcluster &
worker=$!
stop() { kill "$worker" 2>/dev/null || true; wait "$worker" 2>/dev/null || true; }
trap stop EXIT INT TERM
echo "School Social: http://127.0.0.1:8000/ (Ctrl-C stops the server and the worker)"
"$python" manage.py runserver --noreload 127.0.0.1:8000
