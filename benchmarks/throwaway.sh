# Shared by the benchmark scripts (sourced, not run): this checkout on an existing bench, and
# throwaway sites that are dropped on exit. Set `bench` before sourcing; afterwards:
#   as_owner CMD        run CMD as the bench's owner, with this checkout ahead on PYTHONPATH
#   db_password         MariaDB root password (DB_ROOT_PASSWORD, else common_site_config)
#   copy                a readable copy of this checkout (also where scripts may write files)
#   throwaway_site S    drop site S on exit;  on_exit CMD   run CMD on exit, before the sites go
#   free_port           a free TCP port on 127.0.0.1

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
owner=$(stat -c %U "$bench")
as_owner() { if [ "$(id -un)" = "$owner" ]; then bash -c "$*"; else runuser -u "$owner" -- bash -c "$*"; fi; }
db_password=${DB_ROOT_PASSWORD:-$("$bench/env/bin/python" -c \
	"import json; print(json.load(open('$bench/sites/common_site_config.json')).get('root_password', ''))")}
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

copy=$(mktemp -d /tmp/sop_kinerja-bench.XXXXXX)
cp -r "$here"/. "$copy"
chmod -R a+rwX "$copy"
export PYTHONPATH="$copy${PYTHONPATH:+:$PYTHONPATH}"
added=""
grep -qx sop_kinerja "$bench/sites/apps.txt" || { as_owner "echo sop_kinerja >> '$bench/sites/apps.txt'"; added=1; }

sites=()
exit_commands=()
throwaway_site() { sites+=("$1"); }
on_exit() { exit_commands+=("$1"); }
cleanup() {
	for command in "${exit_commands[@]}"; do eval "$command" 2>/dev/null || true; done
	cd "$bench"
	for site in "${sites[@]}"; do
		as_owner "bench drop-site '$site' --force --no-backup ${db_password:+--db-root-password '$db_password'}" \
			>/dev/null 2>&1 || true
		rm -rf "$bench/archived/sites/$site"
	done
	rm -rf "$copy"
	[ -n "$added" ] && as_owner "sed -i '/^sop_kinerja\$/d' '$bench/sites/apps.txt'"
	return 0
}
trap cleanup EXIT
