"""`run-tests` leaves a bench exactly as it found it, on every way out.

Each test makes a scratch bench: a `sites/` as `bench init` writes it (apps.txt with or without its
final newline), app folders, and stand-ins for `bench`, the bench's python, `mysql`, `npm` and `node`
that keep their state in files (a site folder, a database as a file, pids of what they started). Then
it runs the real `run-tests` against it, bench and browser layers, and checks the bench afterwards:
apps.txt byte for byte, no site folder, no database, no translation file left, no process running.
The stand-in `bench` fails like the real one when apps.txt names an app that is not there
("frappesop_kinerja"). No real bench, database or browser is touched.
"""

import json
import os
import re
import signal
import subprocess
import textwrap
import time
from pathlib import Path

import pytest

RUN_TESTS = Path(__file__).resolve().parent.parent / "run-tests"

FAKE_BENCH = r"""#!/usr/bin/env bash
# the real bench imports every app named in apps.txt (from apps/ or PYTHONPATH) before it does anything
importable() {
	[ -d "apps/$1" ] && return 0
	local dir
	for dir in ${PYTHONPATH//:/ }; do [ -d "$dir/$1" ] && return 0; done
	return 1
}
while IFS= read -r app || [ -n "$app" ]; do
	[ -z "$app" ] || importable "$app" || { echo "ModuleNotFoundError: No module named '$app'"; exit 1; }
done < sites/apps.txt
site=""
[ "$1" = --site ] && { site=$2; shift 2; }
case "$1" in
new-site)
	site=$2
	mkdir -p "sites/$site"
	db="_$(echo "$site" | md5sum | cut -c1-12)"
	echo "{\"db_name\": \"$db\"}" > "sites/$site/site_config.json"
	touch "$STUB/databases/$db"
	echo "$*" >> "$STUB/new-sites"
	[ "$SCENARIO" = new-site-fails ] && { echo "Error installing sop_kinerja"; exit 1; }
	;;
drop-site)
	[ "$SCENARIO" = new-site-fails ] && { echo "drop-site: cannot read the half-made site"; exit 1; }
	db=$(python3 -c "import json; print(json.load(open('sites/$2/site_config.json'))['db_name'])")
	mkdir -p archived/sites && mv "sites/$2" "archived/sites/$2" && rm -f "$STUB/databases/$db"
	;;
compile-po-to-mo)
	mkdir -p sites/assets/locale/id/LC_MESSAGES && echo mo > sites/assets/locale/id/LC_MESSAGES/sop_kinerja.mo
	;;
run-tests)
	case "$SCENARIO" in
	tests-fail) printf 'Ran 5 tests in 1.000s\n\nFAILED (failures=1, errors=1)\n'; exit 1 ;;
	interrupt-tests) echo $$ >> "$STUB/pids"; echo "running" > "$STUB/tests-started"; exec sleep 300 ;;
	*) printf 'Ran 5 tests in 1.000s\n\nOK\n' ;;
	esac
	;;
execute) echo '{"document": "PDK-1"}' ;;
esac
exit 0
"""

# the bench's python: serves the site for the browser layer; its pip only notes what it was asked (the
# bench's packages are not the machine's: a real install here would go into the Python running these
# tests); else the real python
FAKE_PYTHON = r"""#!/usr/bin/env bash
if [ "$1" = -m ] && [ "$2" = pip ]; then
	echo "${*:3}" >> "$STUB/pip"
	case " $* " in *" --dry-run "*) echo "Would install pdfplumber-0.11.9" ;; esac
	exit 0
fi
if [ "$2" = frappe.utils.bench_helper ]; then
	echo $$ >> "$STUB/pids"
	port=$(echo "$*" | grep -oE -- '--port [0-9]+' | grep -oE '[0-9]+')
	exec python3 -m http.server "$port" --bind 127.0.0.1 --directory "$STUB/www"
fi
exec python3 "$@"
"""

FAKE_MYSQL = r"""#!/usr/bin/env bash
sql=$(echo "$*" | sed -nE 's/.*-e (.*)$/\1/p')
case "$sql" in
*"show databases"*) ls "$STUB/databases" ;;
*"drop database"*)
	for db in $(echo "$sql" | grep -oE 'drop database if exists `[^`]+`' | grep -oE '`[^`]+`' | tr -d '`'); do
		rm -f "$STUB/databases/$db"
	done ;;
esac
exit 0
"""

# the browser suite: node drives a "chromium" it starts, whose crash handler makes a session of its own
FAKE_NODE = r"""#!/usr/bin/env bash
sleep 300 & chromium=$!
setsid sleep 301 & crash_handler=$!
echo "$chromium $crash_handler" >> "$STUB/pids"
case "$SCENARIO" in
browser-killed) kill -9 $$ ;;
*) kill $chromium; printf '\u2139 pass 3\n\u2139 fail 0\n' ;;
esac
"""


def scratch_bench(tmp_path: Path, apps_txt: bytes, apps=("frappe",)) -> tuple[Path, Path]:
	bench, stub = tmp_path / "bench", tmp_path / "stub"
	for app in apps:
		(bench / "apps" / app).mkdir(parents=True)
	(bench / "sites").mkdir()
	(bench / "sites" / "apps.txt").write_bytes(apps_txt)
	(bench / "sites" / "common_site_config.json").write_text(
		json.dumps({"background_workers": 1, "webserver_port": 8000, "root_password": "root"}, indent=1)
	)
	(bench / "env" / "bin").mkdir(parents=True)
	(stub / "bin").mkdir(parents=True)
	(stub / "databases").mkdir()
	(stub / "www" / "api" / "method").mkdir(parents=True)
	(stub / "www" / "api" / "method" / "ping").write_text("pong")
	for path, text in (
		(stub / "bin" / "bench", FAKE_BENCH),
		(bench / "env" / "bin" / "python", FAKE_PYTHON),
		(stub / "bin" / "mysql", FAKE_MYSQL),
		(stub / "bin" / "mysqladmin", "#!/bin/sh\nexit 0\n"),
		(stub / "bin" / "npm", "#!/bin/sh\nexit 0\n"),
		(stub / "bin" / "node", FAKE_NODE),
	):
		path.write_text(textwrap.dedent(text))
		path.chmod(0o755)
	return bench, stub


def snapshot(bench: Path, stub: Path) -> dict:
	return {
		"apps.txt": (bench / "sites" / "apps.txt").read_bytes(),
		"files": sorted(str(p.relative_to(bench)) for p in bench.rglob("*")),
		"databases": sorted(p.name for p in (stub / "databases").iterdir()),
	}


def start(bench: Path, stub: Path, scenario: str) -> subprocess.Popen:
	"""The real run-tests, bench and browser layers, against the scratch bench."""
	env = {
		**os.environ,
		"PATH": f"{stub / 'bin'}:{os.environ['PATH']}",
		"STUB": str(stub),
		"SCENARIO": scenario,
		"RUN_TESTS_LAYERS": "bench browser",
		"CHROMIUM": "/bin/sh",
		"DB_ROOT_PASSWORD": "root",
		"ARTIFACTS": str(stub / "artifacts"),
	}
	# its own session, as a job started from a terminal is, so that Ctrl-C can be sent to the whole job
	return subprocess.Popen(
		["bash", str(RUN_TESTS), str(bench)],
		env=env,
		stdout=subprocess.PIPE,
		stderr=subprocess.STDOUT,
		text=True,
		start_new_session=True,
		# as from a terminal, whatever ignored Ctrl-C in the shell that started these tests
		preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
	)


def alive(pid: int) -> bool:
	try:
		status = Path(f"/proc/{pid}/status").read_text()
	except FileNotFoundError:
		return False
	return "State:\tZ" not in status


def still_running(stub: Path) -> list[int]:
	"""What the stand-ins started and is still running."""
	pids = [int(p) for p in (stub / "pids").read_text().split()] if (stub / "pids").exists() else []
	return [pid for pid in pids if alive(pid)]


def run(
	tmp_path: Path, scenario: str, apps_txt=b"frappe", apps=("frappe",), during=None
) -> tuple[int, str, Path]:
	"""run-tests on a scratch bench; whatever the scenario, the bench must be left as it was found.
	Returns the exit status, the output and the stand-ins' folder."""
	bench, stub = scratch_bench(tmp_path, apps_txt, apps)
	before = snapshot(bench, stub)
	process = start(bench, stub, scenario)
	if during:
		during(process, stub)
	out, _ = process.communicate(timeout=120)

	after = snapshot(bench, stub)
	assert after["apps.txt"] == before["apps.txt"], out
	assert after["files"] == before["files"], out
	assert after["databases"] == [], out
	assert still_running(stub) == [], out
	assert "bench left as found: apps.txt, sites, databases, processes" in out, out
	counts = re.findall(r"(-?\d+) passed, (-?\d+) failed", out)
	assert counts and all(int(p) >= 0 and int(f) >= 0 for p, f in counts), out
	return process.returncode, out, stub


@pytest.mark.parametrize("apps_txt", [b"frappe", b"frappe\n"], ids=["no-final-newline", "final-newline"])
def test_a_passing_run_leaves_the_bench_as_found(tmp_path, apps_txt):
	status, out, stub = run(tmp_path, "ok", apps_txt)

	assert status == 0, out
	# the app's Python dependencies go into the bench's env, as `bench get-app` puts them
	pip = (stub / "pip").read_text().splitlines()
	assert any(line.startswith("install --quiet") and "pdfplumber" in line for line in pip), pip
	assert "bench: ran on throwaway site" in out and "(5 passed, 0 failed)" in out, out
	assert "browser: ran in Chromium" in out and "(3 passed, 0 failed" in out, out
	assert "total: 8 passed, 0 failed" in out, out
	assert "ModuleNotFoundError" not in out, out


def test_failing_tests_are_counted(tmp_path):
	status, out, _ = run(tmp_path, "tests-fail")

	assert status != 0, out
	assert "(3 passed, 2 failed)" in out, out


def test_a_half_made_site_is_dropped_with_its_database(tmp_path):
	status, out, _ = run(tmp_path, "new-site-fails")

	assert status != 0, out
	assert "(0 passed, 1 failed)" in out, out


def wait_for_the_suite(stub: Path):
	for _ in range(300):
		if (stub / "tests-started").exists():
			return
		time.sleep(0.1)
	raise AssertionError("the suite never started")


def press_ctrl_c_once_the_suite_runs(process: subprocess.Popen, stub: Path):
	wait_for_the_suite(stub)
	os.killpg(process.pid, signal.SIGINT)  # what a terminal does on Ctrl-C


def test_ctrl_c_during_the_suite_leaves_the_bench_as_found(tmp_path):
	status, out, _ = run(tmp_path, "interrupt-tests", during=press_ctrl_c_once_the_suite_runs)

	assert status == 130, out
	assert "interrupted: counted as 1 failed" in out and "total: 0 passed, 1 failed" in out, out


def terminate_once_the_suite_runs(process: subprocess.Popen, stub: Path):
	wait_for_the_suite(stub)
	process.terminate()  # run-tests alone, as a CI runner's time-out does


def test_sigterm_ends_the_run_at_once_and_leaves_the_bench_as_found(tmp_path):
	started = time.monotonic()
	status, out, _ = run(tmp_path, "interrupt-tests", during=terminate_once_the_suite_runs)

	assert status == 143, out
	# the stand-in suite would sleep 300 s: the run ended it instead of waiting for it
	assert time.monotonic() - started < 60, out


def test_a_killed_browser_is_a_failure_and_leaves_nothing_running(tmp_path):
	status, out, _ = run(tmp_path, "browser-killed")

	assert status != 0, out
	assert "browser: ran in Chromium" in out and "(0 passed, 1 failed" in out, out


def test_with_erpnext_the_suite_also_runs_on_an_erpnext_site(tmp_path):
	status, out, stub = run(tmp_path, "ok", b"frappe\nerpnext", apps=("frappe", "erpnext"))

	assert status == 0, out
	new_sites = (stub / "new-sites").read_text().splitlines()
	assert len(new_sites) == 2, new_sites
	assert "--install-app erpnext --install-app sop_kinerja" in new_sites[1], new_sites
	erpnext_line = r"bench: ran on throwaway site sop-kinerja-erpnext-\d+\.localhost with erpnext \(5 passed"
	assert re.search(erpnext_line, out), out


BENCHMARK_LIKE = r"""set -euo pipefail
bench=$1
source "$2/scripts/throwaway.sh"
throwaway_site bench-test.localhost
in_background "sleep 302"
echo $bg_pid >> "$STUB/pids"
(cd "$bench" && as_owner "bench new-site bench-test.localhost --admin-password admin")
leave_bench
bench_as_found
echo "measured"
"""


@pytest.mark.parametrize("scenario", ["ok", "new-site-fails"])
def test_the_library_leaves_the_bench_as_found_under_set_e(tmp_path, scenario):
	"""The benchmarks source scripts/throwaway.sh under `set -euo pipefail`: a command of its own that
	fails must not end them halfway through leaving the bench."""
	bench, stub = scratch_bench(tmp_path, b"frappe")
	before = snapshot(bench, stub)
	script = tmp_path / "benchmark"
	script.write_text(BENCHMARK_LIKE)
	env = {
		**os.environ,
		"PATH": f"{stub / 'bin'}:{os.environ['PATH']}",
		"STUB": str(stub),
		"SCENARIO": scenario,
	}
	result = subprocess.run(
		["bash", str(script), str(bench), str(RUN_TESTS.parent)],
		env=env,
		capture_output=True,
		text=True,
		timeout=60,
	)

	assert (result.returncode == 0) == (scenario == "ok"), result.stdout + result.stderr
	assert ("measured" in result.stdout) == (scenario == "ok"), result.stdout + result.stderr
	after = snapshot(bench, stub)
	assert after == {**before, "databases": []}, result.stdout + result.stderr
	assert (stub / "pids").exists() and still_running(stub) == [], result.stdout
