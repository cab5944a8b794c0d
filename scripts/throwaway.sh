# Sourced (not run) by run-tests and the benchmark scripts: this checkout on an existing bench, throwaway
# sites on it, and the bench left exactly as it was found on every way out (success, failure, Ctrl-C, a
# killed child): sites/apps.txt byte for byte, no site folder, no database, no process of ours.
#
# Set `bench` before sourcing. Afterwards:
#   as_owner CMD            run CMD as the bench's owner, with this checkout ahead on PYTHONPATH
#   db_password             MariaDB root password (DB_ROOT_PASSWORD, else common_site_config)
#   copy                    a readable copy of this checkout (also where scripts may write files)
#   throwaway_site S        drop site S on exit; call it before `bench new-site S`, so a half-made site goes too
#   keep_file PATH          put PATH (under the bench) back as it is now on exit, or remove it if it is absent now
#   link_here LINK DIR      LINK (a symbolic link under the bench) points to DIR until exit, then as it did before
#   in_group CMD            run CMD in a process group of its own, ended on exit (its pid in bg_pid)
#   in_background CMD       the same, as the bench's owner
#   new_log NAME            a new log file that the owner may write (printed)
#   shown LOG               show LOG as the group just started writes it, until it ends; returns its status
#   on_exit CMD             run CMD on exit, before the sites go
#   free_port               a free TCP port on 127.0.0.1
#   start_services          start MariaDB and the bench's Redis servers if installed and stopped (stopped on exit)
#   leave_bench             end our processes, drop the sites, put every file back; runs on exit, once
#   bench_as_found          after leave_bench: prints what of ours is still on the bench (a changed file, a
#                           site, a database, a process), and fails if anything is
# It works under `set -euo pipefail` (the benchmarks) as without it (run-tests).
# Environment: DB_ROOT_PASSWORD, and in the tests of this file PATH (stand-ins for bench and mysql).

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
owner=$(stat -c %U "$bench")
as_owner() { if [ "$(id -un)" = "$owner" ]; then bash -c "$*"; else runuser -u "$owner" -- bash -c "$*"; fi; }
config() {
	python3 -c "import json, sys; print(json.load(open(sys.argv[1])).get(sys.argv[2], ''))" \
		"$bench/sites/common_site_config.json" "$1" 2>/dev/null || true
}
db_password=${DB_ROOT_PASSWORD:-$(config root_password)}
db_host=$(config db_host)
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
sql() { mysql -uroot ${db_password:+-p"$db_password"} ${db_host:+-h "$db_host"} -N -e "$1"; }

state=$(mktemp -d /tmp/sop_kinerja-state.XXXXXX)
copy=$(mktemp -d /tmp/sop_kinerja-bench.XXXXXX)
cp -r "$here"/. "$copy"
rm -rf "$copy/artifacts" "$copy/tests/browser/node_modules"
chmod -R a+rwX "$copy"
export PYTHONPATH="$copy${PYTHONPATH:+:$PYTHONPATH}"

# Files we change get their old bytes back; files we create go, with the folders made for them.
kept=()
keep_file() {
	local path=$1 dir
	kept+=("$path")
	mkdir -p "$state/kept$(dirname "$path")"
	if [ -e "$path" ]; then
		cp -p "$path" "$state/kept$path"
	else
		keep_absent "$(dirname "$path")"
	fi
}
# keep_absent DIR: the folder DIR, and those above it that are missing now, go on exit if they are empty then
keep_absent() {
	local dir=$1
	while [ ! -e "$dir" ]; do
		echo "$dir" >>"$state/made-dirs"
		dir=$(dirname "$dir")
	done
}
links=()
link_here() {
	local link=$1 dir=$2
	links+=("$link")
	readlink "$link" >"$state/link-$(echo "$link" | md5sum | cut -c1-12)" || true
	as_owner "ln -sfn '$dir' '$link'"
}
put_links_back() {
	local link old
	for link in "${links[@]}"; do
		old=$(cat "$state/link-$(echo "$link" | md5sum | cut -c1-12)")
		if [ -n "$old" ]; then as_owner "ln -sfn '$old' '$link'"; else rm -f "$link"; fi
	done
	return 0
}
put_files_back() {
	put_links_back
	local path
	for path in "${kept[@]}"; do
		if [ -e "$state/kept$path" ]; then
			cmp -s "$state/kept$path" "$path" || cat "$state/kept$path" >"$path"
		else
			rm -f "$path"
		fi
	done
	[ -f "$state/made-dirs" ] && { sort -r -u "$state/made-dirs" | xargs -r rmdir 2>/dev/null || true; }
	return 0
}

# sop_kinerja must be in apps.txt for bench to load it. bench init and get-app write the file without a
# final newline: appending blindly would glue the names together.
keep_file "$bench/sites/apps.txt"
if ! grep -qx sop_kinerja "$bench/sites/apps.txt"; then
	as_owner "{ [ -z \"\$(tail -c1 '$bench/sites/apps.txt')\" ] || echo; echo sop_kinerja; } >>'$bench/sites/apps.txt'"
fi
keep_absent "$bench/archived/sites"  # where drop-site moves a site

sites=()
exit_commands=()
groups=()
started_services=()
throwaway_site() { sites+=("$1"); }
on_exit() { exit_commands+=("$1"); }

# A process group of its own: ended whole on exit, and a terminal's Ctrl-C reaches us, not it, so that
# it is ended after we decide, not halfway through a write.
# Every process we start carries this mark in its environment, and so does everything it starts, even
# what leaves the group (Chromium's crash handler makes a session of its own).
run_mark="SOP_KINERJA_RUN=$$-$RANDOM"
ours() { grep -lsxzF "$run_mark" /proc/[0-9]*/environ 2>/dev/null | cut -d/ -f3 || true; }
in_group() {
	setsid env "$run_mark" bash -c "$1" &
	bg_pid=$!
	groups+=("$bg_pid")
}
in_background() { in_group "$(declare -f as_owner); owner='$owner'; as_owner $(printf '%q' "$*")"; }
# shown LOG: what the last group started writes to LOG, shown as it comes until the group's leader ends;
# returns its status. The log is a file, not a pipe, so a child left behind holding it open (a browser
# whose driver was killed) cannot keep us waiting.
shown() {
	local status=0
	tail -n +1 -f --pid="$bg_pid" "$1" 2>/dev/null | tr '\r' '\n' | grep --line-buffered -v '^Updating DocTypes' &
	# `wait` gives way to a trapped signal at once; a command in the foreground would hold it until it ended
	wait "$bg_pid" || status=$?
	wait $! || true
	return "$status"
}
new_log() { local log; log=$(mktemp "$copy/$1.XXXXXX.log") && chmod a+rw "$log" && echo "$log"; }
end_group() {
	local group=$1
	kill -TERM -- "-$group" 2>/dev/null || return 0
	for _ in $(seq 50); do
		# a process that ended stays in its group, as a zombie, until its parent reaps it
		ps -o stat= -g "$group" 2>/dev/null | grep -qv '^Z' || break
		sleep 0.1
	done
	kill -KILL -- "-$group" 2>/dev/null || true
	wait "$group" 2>/dev/null || true
	return 0
}

start_services() {
	if command -v mysqladmin >/dev/null && ! mysqladmin ping >/dev/null 2>&1 && command -v mysqld_safe >/dev/null; then
		echo "starting MariaDB"
		(setsid mysqld_safe >"$state/mysqld.log" 2>&1 &)
		for _ in $(seq 30); do mysqladmin ping >/dev/null 2>&1 && break; sleep 1; done
		started_services+=("mysqladmin ${db_password:+-uroot -p'$db_password'} shutdown")
	fi
	local key port
	for key in redis_cache redis_queue; do
		port=$(config "$key" | sed -nE 's#.*:([0-9]+).*#\1#p')
		[ -z "$port" ] && continue
		if command -v redis-server >/dev/null && ! redis-cli -p "$port" ping >/dev/null 2>&1; then
			echo "starting Redis on $port"
			as_owner "redis-server --port $port --bind 127.0.0.1 --save '' --appendonly no --daemonize yes \
				--logfile '$copy/redis-$port.log'"
			started_services+=("redis-cli -p $port shutdown nosave")
		fi
	done
	return 0
}

drop_site() {
	local site=$1 db=""
	[ -f "$bench/sites/$site/site_config.json" ] \
		&& db=$(python3 -c "import json, sys; print(json.load(open(sys.argv[1])).get('db_name', ''))" \
			"$bench/sites/$site/site_config.json" 2>/dev/null)
	(cd "$bench" && as_owner "bench drop-site '$site' --force --no-backup ${db_password:+--db-root-password '$db_password'}") \
		>/dev/null 2>&1 || true
	# a half-made site, or one whose drop failed: its folder and its database go all the same
	if [ -n "$db" ] && command -v mysql >/dev/null; then
		sql "drop database if exists \`$db\`; drop user if exists '$db'@'localhost'; drop user if exists '$db'@'%'" \
			>/dev/null 2>&1 || true
	fi
	rm -rf "${bench:?}/sites/$site" "$bench/archived/sites/$site" "$bench/archived/sites/$site"[0-9]*
	[ -n "$db" ] && echo "$db" >>"$state/databases"
	return 0
}

left=""
leave_bench() {
	[ -n "$left" ] && return 0
	left=1
	local command group site
	for group in "${groups[@]}"; do end_group "$group"; done
	local strays
	strays=$(ours)
	if [ -n "$strays" ]; then
		kill -TERM $strays 2>/dev/null || true
		sleep 1
		kill -KILL $(ours) 2>/dev/null || true
	fi
	for command in "${exit_commands[@]}"; do eval "$command" >/dev/null 2>&1 || true; done
	for site in "${sites[@]}"; do drop_site "$site"; done
	put_files_back
	what_is_left >"$state/left"
	for command in "${started_services[@]}"; do eval "$command" >/dev/null 2>&1 || true; done
	rm -rf "$copy"
	return 0
}

# What of ours is still on the bench: one line each, nothing when the bench is as it was found.
what_is_left() {
	local path site db
	for path in "${kept[@]}"; do
		if [ -e "$state/kept$path" ]; then
			cmp -s "$state/kept$path" "$path" || echo "changed: $path"
		else
			[ -e "$path" ] && echo "left behind: $path"
		fi
	done
	for path in "${links[@]}"; do
		[ "$(readlink "$path" || true)" = "$(cat "$state/link-$(echo "$path" | md5sum | cut -c1-12)")" ] \
			|| echo "changed: $path"
	done
	[ -f "$state/made-dirs" ] && while read -r path; do
		[ -e "$path" ] && [ -z "$(ls -A "$path" 2>/dev/null)" ] && echo "left behind: $path/"
	done <"$state/made-dirs"
	for site in "${sites[@]}"; do
		for path in "$bench/sites/$site" "$bench/archived/sites/$site" "$bench/archived/sites/$site"[0-9]*; do
			[ -e "$path" ] && echo "left behind: $path"
		done
	done
	if [ -f "$state/databases" ] && command -v mysql >/dev/null && sql "select 1" >/dev/null 2>&1; then
		while read -r db; do
			[ -n "$(sql "show databases like '$db'")" ] && echo "left behind: database $db"
		done <"$state/databases"
	fi
	return 0
}

bench_as_found() {
	local strays=""
	for _ in $(seq 20); do
		strays=$(ours)
		[ -z "$strays" ] && break
		sleep 0.5
	done
	[ -n "$strays" ] && ps -o pid=,args= -p "$(echo $strays | tr ' ' ',')" | sed 's/^/still running: /' >>"$state/left"
	if [ ! -s "$state/left" ]; then
		rm -rf "$state"
		return 0
	fi
	echo "the bench is not as it was found:"
	sed 's/^/  /' "$state/left"
	rm -rf "$state"
	return 1
}

trap leave_bench EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
