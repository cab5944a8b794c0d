#!/usr/bin/env bash
# Quick start: a bench with Frappe and this app, a site with demo data, served on port 8000.
#
# In Docker (docker compose -f docker/docker-compose.yml up) it runs in the frappe/bench image as the
# `frappe` user. It runs the same way without Docker, as any user but root, on a machine that has
# MariaDB (utf8mb4), Redis, Python 3.10-3.12, Node 18+, yarn 1 and the bench CLI (`pip install
# frappe-bench`):
#
#   APP_PATH=/path/to/sop_kinerja DB_ROOT_PASSWORD=... bash docker/init.sh
#
# Run again, it reuses the bench and the site it made and only serves them.
#
# Environment (defaults in brackets):
#   FRAPPE_REPO       where Frappe comes from [https://github.com/frappe/frappe]
#   FRAPPE_BRANCH     [version-15]
#   BENCH_DIR         the bench to make [$HOME/frappe-bench]
#   SITE              [sop.localhost]
#   DB_HOST           MariaDB host [127.0.0.1]; DB_PORT [3306]
#   DB_ROOT_PASSWORD  MariaDB root password [123]
#   REDIS_CACHE       [redis://127.0.0.1:6379]; REDIS_QUEUE [the same as REDIS_CACHE]
#   APP_PATH          this app's checkout [the folder above this script]
#   ADMIN_PASSWORD    the site's Administrator password [admin]
#   PYTHON            the Python the bench is made with [python3]
#   SERVE             1 to serve the site when done (bench start), 0 to stop there [1]
set -euo pipefail

FRAPPE_REPO=${FRAPPE_REPO:-https://github.com/frappe/frappe}
FRAPPE_BRANCH=${FRAPPE_BRANCH:-version-15}
BENCH_DIR=${BENCH_DIR:-$HOME/frappe-bench}
SITE=${SITE:-sop.localhost}
DB_HOST=${DB_HOST:-127.0.0.1}
DB_PORT=${DB_PORT:-3306}
DB_ROOT_PASSWORD=${DB_ROOT_PASSWORD:-123}
REDIS_CACHE=${REDIS_CACHE:-redis://127.0.0.1:6379}
REDIS_QUEUE=${REDIS_QUEUE:-$REDIS_CACHE}
APP_PATH=${APP_PATH:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}
ADMIN_PASSWORD=${ADMIN_PASSWORD:-admin}
PYTHON=${PYTHON:-python3}
SERVE=${SERVE:-1}

say() { printf '\n== %s\n' "$*"; }
[ "$(id -u)" -ne 0 ] || { echo "init.sh: run it as a user other than root (bench refuses root)" >&2; exit 1; }
[ -f "$APP_PATH/sop_kinerja/hooks.py" ] || { echo "init.sh: APP_PATH=$APP_PATH is not this app's checkout" >&2; exit 1; }

# Impor SOP reads scanned sheets with Tesseract's Indonesian data, a system package like wkhtmltopdf
if ! command -v tesseract >/dev/null; then
	if sudo -n true 2>/dev/null && command -v apt-get >/dev/null; then
		say "Installing Tesseract with Indonesian, for scanned SOP sheets"
		sudo -n apt-get update -qq && sudo -n apt-get install -y -qq tesseract-ocr tesseract-ocr-ind >/dev/null
	else
		echo "NOTE: Tesseract is not installed: Impor SOP will read text PDFs, DOCX, XLSX and text files," \
			"not scans (apt install tesseract-ocr tesseract-ocr-ind)"
	fi
fi

say "Waiting for MariaDB at $DB_HOST:$DB_PORT"
for _ in $(seq 60); do
	(exec 3<>"/dev/tcp/$DB_HOST/$DB_PORT") 2>/dev/null && break
	sleep 2
done

if [ -d "$BENCH_DIR/apps/frappe" ]; then
	say "Bench $BENCH_DIR already exists: not made again"
	cd "$BENCH_DIR"
else
	say "Making the bench $BENCH_DIR (Frappe $FRAPPE_BRANCH from $FRAPPE_REPO)"
	bench init --skip-redis-config-generation --frappe-path "$FRAPPE_REPO" --frappe-branch "$FRAPPE_BRANCH" \
		--python "$PYTHON" "$BENCH_DIR"
	cd "$BENCH_DIR"
	bench set-mariadb-host "$DB_HOST"
	bench set-config -g db_port "$DB_PORT"
	bench set-redis-cache-host "$REDIS_CACHE"
	bench set-redis-queue-host "$REDIS_QUEUE"
	bench set-redis-socketio-host "$REDIS_CACHE"
	# Redis runs elsewhere, and nobody edits assets here
	sed -i '/redis/d; /watch/d' Procfile
	# Frappe v15's Google integrations import pkg_resources, which setuptools 70 and later no longer has
	if [ -x env/bin/pip ]; then
		env/bin/pip install --quiet "setuptools<70"
	else
		uv pip install --quiet --python env/bin/python "setuptools<70"
	fi
fi

if ! grep -qx sop_kinerja sites/apps.txt || ! env/bin/python -c "import sop_kinerja" 2>/dev/null; then
	say "Adding the app from $APP_PATH"
	# a checkout mounted from the host belongs to another user, and git refuses to read it then
	git config --global --get-all safe.directory | grep -qx "$APP_PATH" \
		|| git config --global --add safe.directory "$APP_PATH"
	# a link, not a copy: edits in the checkout show on the site
	[ -L apps/sop_kinerja ] && rm apps/sop_kinerja
	bench get-app --soft-link "$APP_PATH"
fi

if [ ! -f "sites/$SITE/site_config.json" ]; then
	say "Making the site $SITE"
	scope=()
	case "$DB_HOST" in localhost | 127.0.0.1) ;; *) scope=(--no-mariadb-socket) ;; esac
	bench new-site "$SITE" --db-root-password "$DB_ROOT_PASSWORD" --admin-password "$ADMIN_PASSWORD" \
		"${scope[@]}" --install-app sop_kinerja
	bench --site "$SITE" set-config mute_emails 1
	bench use "$SITE"
	say "Demo data"
	bench --site "$SITE" sop-kinerja-demo
fi

if [ "$SERVE" = 1 ]; then
	port=$(env/bin/python -c "import json; print(json.load(open('sites/common_site_config.json')).get('webserver_port', 8000))")
	say "Serving $SITE at http://localhost:$port: log in as Administrator / $ADMIN_PASSWORD, or as a demo user above"
	exec bench start
fi
say "Done: $BENCH_DIR, site $SITE (SERVE=0: not serving; 'cd $BENCH_DIR && bench start' serves it)"
