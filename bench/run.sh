#!/usr/bin/env bash
# NewsCenter benchmark — one command, see bench/README.md.
#
#   bench/run.sh                          # DURATION=10s ARTICLES=100000
#   DURATION=30s ARTICLES=200000 bench/run.sh
#
# Parts:
#   1. start-up time to the first served page (fresh, empty data dir, demo content);
#   2. the article page against nginx serving the very same bytes (ROUNDS rounds of nginx then
#      the app; the median round's ratio is the figure), and against a bare Tomcat (the app's
#      own, with nothing else: bench/BareTomcat.java) serving them too, with a check in every
#      round that each view by a distinct visitor was counted exactly once (and a last one
#      that they were written on shutdown); then the page as browsers ask for it,
#      gzip-compressed, against nginx serving a compressed copy (gzip_static), the same way;
#   3. latency of list, deep list, category and article pages with 1,000 and $ARTICLES
#      articles bulk-inserted into the embedded H2 database.
#
# Everything runs on 127.0.0.1 only. Every process this script starts is stopped on exit
# (trap), and every wait loop is bounded in time. The full output is also written to
# bench/out/last-run.txt; logs of the app, nginx and each wrk run go to bench/out/logs/.
#
# Needs: a JDK 17, curl, wrk and nginx (Debian packages `wrk` and `nginx`), unzip.
#
# Knobs (environment variables, all optional):
#   DURATION=10s         length of each measured wrk run (wrk syntax: 10s, 1m)
#   WARMUP=10s           warm-up before each measured URL (the JIT needs tens of seconds)
#   DRAIN=5              seconds the counted article run gets after DURATION to finish the
#                        requests in flight (see distinct-visitors.lua)
#   ARTICLE_WARMUP=45s   warm-up of the app's article page before comparing it with nginx (the
#                        JVM has just started: its JIT needs thousands of requests)
#   ARTICLES=100000      the large article count of part 3 (the small one is SMALL_ARTICLES)
#   SMALL_ARTICLES=1000
#   LAT_CONNECTIONS=2    concurrent clients in part 3 (2 = one per wrk thread): latency of a
#                        request, not time spent queueing behind others
#   APP_PORT=18080 NGINX_PORT=18081 TOMCAT_PORT=18082
#   TOMCAT_WARMUP=20s    warm-up of the bare Tomcat
#   ROUNDS=3             part 2 measures nginx and the app one after the other this many times
#                        (for each encoding) and reports the median round's ratio: single
#                        runs on this shared machine swing by a fifth
#   JAR=target/newscenter.jar   jar to run; built with ./mvnw if it is missing
#   JAVA_OPTS=           extra JVM options for the app
#   START_TIMEOUT=180    seconds to wait for the app to serve
#   REBUILD_TIMEOUT=1200 seconds to wait for the search index of part 3's articles
#   KEEP_TMP=1           keep the temporary directory (data dirs, nginx files)
#   QUIET_WAIT=60        before the start-up timing and each measured run, wait at most this
#                        many seconds for other processes to use less than QUIET_MAX % of
#                        one core (builds or tests running meanwhile skew the figures);
#                        0 measures at once
#   QUIET_MAX=25
#   PARTS="1 2 3"        which parts to run (part 2 needs part 1's app, started if skipped)
#   PAGE_CACHE="on off"  part 3 measures with the page cache on, then off (rendering every
#                        request); part 2 also measures the article page with it off unless
#                        this is just "on"

set -euo pipefail

# ---------------------------------------------------------------------------------------------
# Settings
# ---------------------------------------------------------------------------------------------

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(dirname "$BENCH_DIR")
OUT_DIR=$BENCH_DIR/out
LOG_DIR=$OUT_DIR/logs

DURATION=${DURATION:-10s}
DRAIN=${DRAIN:-5}
WARMUP=${WARMUP:-10s}
ARTICLE_WARMUP=${ARTICLE_WARMUP:-45s}
ARTICLES=${ARTICLES:-100000}
LAT_CONNECTIONS=${LAT_CONNECTIONS:-2}   # part 3: concurrent clients; per-request latency, not queueing
SMALL_ARTICLES=${SMALL_ARTICLES:-1000}
APP_PORT=${APP_PORT:-18080}
NGINX_PORT=${NGINX_PORT:-18081}
TOMCAT_PORT=${TOMCAT_PORT:-18082}
TOMCAT_WARMUP=${TOMCAT_WARMUP:-20s}
ROUNDS=${ROUNDS:-3}
JAR=${JAR:-$REPO_DIR/target/newscenter.jar}
JAVA_OPTS=${JAVA_OPTS:-}
START_TIMEOUT=${START_TIMEOUT:-180}
REBUILD_TIMEOUT=${REBUILD_TIMEOUT:-1200}
KEEP_TMP=${KEEP_TMP:-0}
QUIET_WAIT=${QUIET_WAIT:-60}
QUIET_MAX=${QUIET_MAX:-25}
PARTS=${PARTS:-1 2 3}
PAGE_CACHE=${PAGE_CACHE:-on off}

HOST=127.0.0.1                     # the only address this script talks to
APP=http://$HOST:$APP_PORT
NGINX=http://$HOST:$NGINX_PORT
TOMCAT=http://$HOST:$TOMCAT_PORT
PAGE_SIZE=10                       # passed to the app, so "last page" is known
CATEGORY=project-updates           # the category whose pages part 3 measures
FLUSH_WAIT=3                       # seconds to wait for the 1 s view flush
CHECK_REQUESTS=200                 # part 2's deterministic counting check: requests ...
CHECK_PARALLEL=16                  # ... and concurrent curl clients
BROWSER_UA='Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36'
# what Chromium sends; the app and nginx answer it with gzip
BROWSER_ENCODING='gzip, deflate, br, zstd'
NONCE=$(date +%s)-$$               # makes visitor ids unique across runs

# ---------------------------------------------------------------------------------------------
# Output: everything goes to the terminal and to bench/out/last-run.txt
# ---------------------------------------------------------------------------------------------

mkdir -p "$OUT_DIR"
# One run at a time: a second one would clobber the first's output and logs. The lock is
# held on file descriptor 9 until this script exits (children get it closed: 9>&-).
if command -v flock >/dev/null; then
	exec 9>"$OUT_DIR/.lock"
	flock -n 9 || {
		echo "another bench/run.sh is running (lock $OUT_DIR/.lock); not starting" >&2
		exit 1
	}
fi
for port in "$APP_PORT" "$NGINX_PORT"; do
	if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
		echo "port $port is already in use; set APP_PORT / NGINX_PORT" >&2
		exit 1
	fi
done
rm -rf "$LOG_DIR" # logs of the previous run
mkdir -p "$LOG_DIR"
# tee ignores Ctrl-C so the clean-up messages still reach the file; it ends at our exit.
exec > >(trap '' INT TERM; exec tee "$OUT_DIR/last-run.txt") 2>&1

T0=$(date +%s.%N)
# log and die write to stderr, so they also work inside $(...) captures
log() { printf '[%6.1fs] %s\n' "$(awk -v a="$T0" -v b="$(date +%s.%N)" 'BEGIN{print b-a}')" "$*" >&2; }
die() {
	log "ERROR: $*"
	exit 1
}

# ---------------------------------------------------------------------------------------------
# Clean-up: stop what we started (by pid), remove the temporary directory
# ---------------------------------------------------------------------------------------------

APP_PID=
NGINX_PID=
TOMCAT_PID=
SAMPLER_PID= # a CPU sampler of bench(), sleeping in the background
WRK_PID=     # the running wrk (its `timeout` wrapper, which passes signals on)
TMP=

cleanup() {
	local status=$?
	set +e
	trap '' PIPE
	[ -z "$SAMPLER_PID" ] || kill "$SAMPLER_PID" 2>/dev/null
	if [ -n "$WRK_PID" ]; then
		kill -TERM "$WRK_PID" 2>/dev/null
		wait "$WRK_PID" 2>/dev/null
	fi
	if [ -n "$APP_PID" ]; then
		log "clean-up: stopping the app (pid $APP_PID)"
		stop_app
	fi
	if [ -n "$NGINX_PID" ]; then
		log "clean-up: stopping nginx (pid $NGINX_PID)"
		stop_nginx
	fi
	if [ -n "$TOMCAT_PID" ]; then
		log "clean-up: stopping the bare Tomcat (pid $TOMCAT_PID)"
		stop_tomcat
	fi
	if [ -n "$TMP" ] && [ -d "$TMP" ]; then
		if [ "$KEEP_TMP" = 1 ]; then
			log "kept $TMP"
		else
			rm -rf "$TMP"
		fi
	fi
	[ "$status" = 0 ] || log "exit status $status (see $LOG_DIR)"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN{printf "%.2f", b-a}'; }

# wrk duration ("10s", "2m", "1h", "10") in whole seconds
seconds() {
	case $1 in
	*h) echo $((${1%h} * 3600)) ;;
	*m) echo $((${1%m} * 60)) ;;
	*s) echo "${1%s}" ;;
	*) echo "$1" ;;
	esac
}

# true when something accepts connections on 127.0.0.1:$1
port_busy() { (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null; }

# HTTP status of a GET (000 when nothing answers); never fails
http_status() { curl -s -o /dev/null -m 10 -w '%{http_code}' "$@" || true; }

# user+system CPU ticks (1/100 s) of the given pids, summed; missing pids count 0
cpu_ticks() {
	local total=0 pid fields
	for pid in "$@"; do
		# drop "pid (comm) " first: comm may contain spaces; utime and stime are then
		# fields 12 and 13
		fields=$(sed 's/^.*) //' "/proc/$pid/stat" 2>/dev/null) || continue
		total=$((total + $(echo "$fields" | awk '{print $12 + $13}')))
	done
	echo "$total"
}

# children_cpu FILE — user+system CPU seconds of all the children this shell has waited for,
# from bash's `times`; it must run in this shell (not in a pipe or $(...)), hence the file
children_cpu() {
	times >"$1"
	awk 'NR == 2 {
		t = 0
		for (i = 1; i <= 2; i++) { split($i, p, "m"); t += p[1] * 60 + substr(p[2], 1, length(p[2]) - 1) }
		print t }' "$1" >"$1.sum"
	mv "$1.sum" "$1"
}

# busy and total ticks of the whole machine (all cores)
machine_ticks() { awk '/^cpu /{print $2+$3+$4+$7+$8+$9, $2+$3+$4+$5+$6+$7+$8+$9}' /proc/stat; }

# pids of the server under test: the app, nginx's master and workers, or the bare Tomcat
server_pids() {
	if [ "$1" = nginx ]; then
		echo "$NGINX_PID" $(pgrep -P "$NGINX_PID" || true)
	elif [ "$1" = tomcat ]; then
		echo "$TOMCAT_PID"
	else
		echo "$APP_PID"
	fi
}

# other_cpu [PIDS...] — % of one core used during one second by everything except PIDS
other_cpu() {
	local s0 s1 m0 m1
	s0=$(cpu_ticks "$@")
	m0=$(machine_ticks)
	sleep 1
	s1=$(cpu_ticks "$@")
	m1=$(machine_ticks)
	echo "$m0 $m1" | awk -v s="$((s1 - s0))" -v n="$(nproc)" '{
		mt = $4 - $2; o = ((mt > 0) ? ($3 - $1) / mt * 100 * n : 0) - s
		printf "%.0f", (o < 0) ? 0 : o }'
}

# wait_quiet [PIDS...] — waits (at most QUIET_WAIT s) until other processes than PIDS use
# less than QUIET_MAX % of one core
wait_quiet() {
	[ "$QUIET_WAIT" -gt 0 ] || return 0
	local start other
	start=$(now)
	while other=$(other_cpu "$@") && [ "$other" -ge "$QUIET_MAX" ]; do
		if awk -v e="$(elapsed "$start")" -v t="$QUIET_WAIT" 'BEGIN{exit !(e > t)}'; then
			log "other processes still use ${other}% of a core after ${QUIET_WAIT}s; measuring anyway"
			return 0
		fi
	done
	awk -v e="$(elapsed "$start")" 'BEGIN{exit !(e > 2)}' &&
		log "waited $(elapsed "$start") s for other processes to calm down"
	return 0
}

# ---------------------------------------------------------------------------------------------
# The app
# ---------------------------------------------------------------------------------------------

# start_app DATA_DIR DEMO(true|false) LOG_NAME [PAGE_CACHE(on|off)] — starts in the
# background, sets APP_PID
start_app() {
	local data=$1 demo=$2 name=$3 cache=${4:-on}
	port_busy "$APP_PORT" && die "port $APP_PORT is already in use"
	# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
	java $JAVA_OPTS -jar "$JAR" \
		--server.address="$HOST" --server.port="$APP_PORT" \
		--newscenter.data-dir="$data" --newscenter.demo-content="$demo" \
		--newscenter.page-size="$PAGE_SIZE" \
		--newscenter.page-cache.enabled="$([ "$cache" = off ] && echo false || echo true)" \
		>"$LOG_DIR/app-$name.log" 2>&1 9>&- &
	APP_PID=$!
	APP_LOG=$LOG_DIR/app-$name.log
}

# wait_app_page PATH — waits until GET PATH answers 200; prints the seconds waited
wait_app_page() {
	local path=$1 start code
	start=$(now)
	while :; do
		code=$(http_status -A "$BROWSER_UA" "$APP$path")
		[ "$code" = 200 ] && break
		kill -0 "$APP_PID" 2>/dev/null || {
			tail -n 30 "$APP_LOG" >&2
			die "the app exited while starting (log: $APP_LOG)"
		}
		awk -v e="$(elapsed "$start")" -v t="$START_TIMEOUT" 'BEGIN{exit !(e > t)}' &&
			die "no 200 from $path within ${START_TIMEOUT}s (last status $code, log: $APP_LOG)"
		sleep 0.05
	done
	elapsed "$start"
}

# stop_app — SIGTERM (graceful: the app writes pending views), wait, SIGKILL after 60 s
stop_app() {
	local pid=$APP_PID i
	[ -n "$pid" ] || return 0
	kill -TERM "$pid" 2>/dev/null || true
	for ((i = 0; i < 600; i++)); do
		kill -0 "$pid" 2>/dev/null || break
		sleep 0.1
	done
	if kill -0 "$pid" 2>/dev/null; then
		log "the app did not stop within 60 s; killing it"
		kill -KILL "$pid" 2>/dev/null || true
	fi
	wait "$pid" 2>/dev/null || true
	APP_PID=
}

# views of an article as the API reports them (live in-memory count included)
api_views() {
	curl -sf -m 10 "$APP/api/v1/articles/$1" | grep -o '"views":[0-9]*' | head -n 1 | cut -d: -f2
}

# "total" of a published-articles query of the API, e.g. api_total "lang=en&category=x"
api_total() {
	curl -sf -m 10 "$APP/api/v1/articles?$1&size=1" | grep -o '"total":[0-9]*' | cut -d: -f2
}

# ---------------------------------------------------------------------------------------------
# nginx
# ---------------------------------------------------------------------------------------------

# start_nginx FILE — serves FILE for every path on 127.0.0.1:$NGINX_PORT; sets NGINX_PID
start_nginx() {
	local file=$1 dir=$TMP/nginx
	port_busy "$NGINX_PORT" && die "port $NGINX_PORT is already in use"
	mkdir -p "$dir/www" "$dir/temp"
	cp "$file" "$dir/www/article.html"
	# a compressed copy beside it, sent to clients that accept gzip (gzip_static)
	[ -f "$file.gz" ] && cp "$file.gz" "$dir/www/article.html.gz"
	# workers may run as an unprivileged user: let them read the page
	chmod 755 "$TMP" "$dir" "$dir/www"
	chmod 644 "$dir/www"/article.html*
	cat >"$dir/nginx.conf" <<-EOF
		# generated by bench/run.sh: serve one file, nothing else; no access log
		worker_processes auto;
		daemon off;
		pid $dir/nginx.pid;
		error_log $dir/error.log warn;
		events { worker_connections 4096; }
		http {
		    access_log off;
		    client_body_temp_path $dir/temp/client;
		    proxy_temp_path $dir/temp/proxy;
		    fastcgi_temp_path $dir/temp/fastcgi;
		    uwsgi_temp_path $dir/temp/uwsgi;
		    scgi_temp_path $dir/temp/scgi;
		    sendfile on;
		    tcp_nopush on;
		    gzip_static on;
		    gzip_vary on;
		    server {
		        listen $HOST:$NGINX_PORT;
		        root $dir/www;
		        default_type "text/html; charset=UTF-8";
		        location / { try_files /article.html =404; }
		    }
		}
	EOF
	nginx -t -q -p "$dir" -e "$dir/error.log" -c "$dir/nginx.conf" || die "nginx rejects $dir/nginx.conf"
	nginx -p "$dir" -e "$dir/error.log" -c "$dir/nginx.conf" >"$LOG_DIR/nginx.log" 2>&1 9>&- &
	NGINX_PID=$!
	local i
	for ((i = 0; i < 100; i++)); do
		[ "$(http_status "$NGINX/")" = 200 ] && return 0
		kill -0 "$NGINX_PID" 2>/dev/null || break
		sleep 0.1
	done
	cat "$dir/error.log" "$LOG_DIR/nginx.log" 2>/dev/null || true
	die "nginx did not serve on port $NGINX_PORT"
}

stop_nginx() {
	local pid=$NGINX_PID i
	[ -n "$pid" ] || return 0
	kill -QUIT "$pid" 2>/dev/null || true # graceful shutdown of master and workers
	for ((i = 0; i < 100; i++)); do
		kill -0 "$pid" 2>/dev/null || break
		sleep 0.1
	done
	kill -0 "$pid" 2>/dev/null && kill -TERM "$pid" 2>/dev/null
	wait "$pid" 2>/dev/null || true
	NGINX_PID=
}

# ---------------------------------------------------------------------------------------------
# The bare Tomcat
# ---------------------------------------------------------------------------------------------

# start_tomcat FILE — serves FILE for every path on 127.0.0.1:$TOMCAT_PORT with the Tomcat
# inside the app's jar and nothing else (bench/BareTomcat.java, run as a source file); sets
# TOMCAT_PID
start_tomcat() {
	local file=$1 lib=$TMP/tomcat-lib i
	port_busy "$TOMCAT_PORT" && die "port $TOMCAT_PORT is already in use"
	mkdir -p "$lib"
	unzip -q -o -j "$JAR" 'BOOT-INF/lib/tomcat-embed-core-*.jar' 'BOOT-INF/lib/jakarta.annotation-api-*.jar' \
		-d "$lib" || die "no Tomcat in $JAR"
	# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
	java $JAVA_OPTS -cp "$lib/*" "$BENCH_DIR/BareTomcat.java" "$file" "$TOMCAT_PORT" \
		>"$LOG_DIR/bare-tomcat.log" 2>&1 9>&- &
	TOMCAT_PID=$!
	for ((i = 0; i < 600; i++)); do
		[ "$(http_status "$TOMCAT/")" = 200 ] && return 0
		kill -0 "$TOMCAT_PID" 2>/dev/null || break
		sleep 0.1
	done
	cat "$LOG_DIR/bare-tomcat.log"
	die "the bare Tomcat did not serve on port $TOMCAT_PORT"
}

stop_tomcat() {
	local pid=$TOMCAT_PID
	[ -n "$pid" ] || return 0
	kill -TERM "$pid" 2>/dev/null || true
	wait "$pid" 2>/dev/null || true
	TOMCAT_PID=
}

# ---------------------------------------------------------------------------------------------
# wrk
# ---------------------------------------------------------------------------------------------

declare -A R # results: R[<run>.<key>] = value

# bench NAME SERVER(app|nginx) CONNECTIONS DURATION SCRIPT URL [script args]
# Runs wrk -t2 against URL, stores the script's BENCH figures in R[NAME.*] and the CPU use
# (in % of one core) of the server, of wrk and of everything else on the machine.
# With BENCH_WINDOW=<seconds> set, CPU is sampled over the first <seconds> only (for runs
# whose script stops sending after that window and drains, see distinct-visitors.lua).
bench() {
	local name=$1 server=$2 conns=$3 duration=$4 script=$5 url=$6
	shift 6
	local out=$LOG_DIR/wrk-$name.txt secs pids s0 m0 start wall s1 m1 m1a m1b t1 wrk_cpu kv
	secs=$(seconds "$duration")
	pids=$(server_pids "$server")
	# shellcheck disable=SC2086
	s0=$(cpu_ticks $pids)
	m0=$(machine_ticks)
	start=$(now)
	rm -f "$out.cpu"
	if [ -n "${BENCH_WINDOW:-}" ]; then
		# shellcheck disable=SC2086
		(
			sleep "$BENCH_WINDOW"
			echo "$(cpu_ticks $pids) $(machine_ticks) $(now)" >"$out.cpu"
		) &
		SAMPLER_PID=$!
	fi
	# wrk runs in the background and we wait for it, so a signal to this script is handled at
	# once (clean-up stops wrk); its CPU time is what `times` adds to our children's
	local rc=0
	children_cpu "$out.cpu0"
	timeout -k 5 $((secs + 60)) \
		wrk -t2 -c"$conns" -d"$duration" --timeout 30s --latency -s "$BENCH_DIR/$script" "$url" -- "$@" \
		>"$out" 2>&1 9>&- &
	WRK_PID=$!
	wait "$WRK_PID" || rc=$?
	WRK_PID=
	if [ "$rc" != 0 ]; then
		cat "$out"
		die "wrk failed for $name ($url), status $rc"
	fi
	children_cpu "$out.cpu1"
	awk '{ t[NR] = $1 } END { print t[2] - t[1] }' "$out.cpu0" "$out.cpu1" >"$out.time"
	rm -f "$out.cpu0" "$out.cpu1"
	wall=$(elapsed "$start")
	# shellcheck disable=SC2086
	s1=$(cpu_ticks $pids)
	m1=$(machine_ticks)
	if [ -n "$SAMPLER_PID" ]; then
		wait "$SAMPLER_PID" || true
		SAMPLER_PID=
		if [ -s "$out.cpu" ]; then
			read -r s1 m1a m1b t1 <"$out.cpu"
			m1="$m1a $m1b"
			wall=$(awk -v a="$start" -v b="$t1" 'BEGIN{printf "%.2f", b-a}')
		fi
	fi
	wrk_cpu=$(cat "$out.time")
	for kv in $(grep '^BENCH ' "$out" | cut -d' ' -f2-); do
		R[$name.${kv%%=*}]=${kv#*=}
	done
	[ -n "${R[$name.rps]:-}" ] || {
		cat "$out"
		die "no figures from wrk for $name"
	}
	# CPU in % of one core; "other" is whatever else ran on the machine meanwhile
	read -r "R[$name.cpu_server]" "R[$name.cpu_wrk]" "R[$name.cpu_other]" "R[$name.cpu_machine]" <<<"$(
		awk -v s="$((s1 - s0))" -v w="$wrk_cpu" -v mb="$(echo "$m0 $m1" | awk '{print $3-$1}')" \
			-v mt="$(echo "$m0 $m1" | awk '{print $4-$2}')" -v t="$wall" -v n="$(nproc)" 'BEGIN {
				server = s / t; wrk = w * 100 / t; machine = (mt > 0) ? mb / mt * 100 * n : 0
				other = machine - server - wrk; if (other < 0) other = 0
				printf "%.0f %.0f %.0f %.0f", server, wrk, other, machine }')"
	R[$name.cpu_ms_per_req]=$(awk -v s="$((s1 - s0))" -v r="${R[$name.requests]}" \
		'BEGIN{printf "%.2f", (r > 0) ? s * 10 / r : 0}')
}

# one line about a finished run
report() {
	local n=$1
	printf '    %-22s %9s req/s  p50 %8s ms  p95 %8s ms  p99 %8s ms | non-2xx %s, socket errors %s | CPU %%core: server %s (%s ms/req), wrk %s, other %s (of %s)\n' \
		"$n" "${R[$n.rps]}" "${R[$n.p50_ms]}" "${R[$n.p95_ms]}" "${R[$n.p99_ms]}" \
		"${R[$n.non2xx]}" "${R[$n.errors]}" "${R[$n.cpu_server]}" "${R[$n.cpu_ms_per_req]}" \
		"${R[$n.cpu_wrk]}" "${R[$n.cpu_other]}" "$(($(nproc) * 100))"
}

# ---------------------------------------------------------------------------------------------
# Preparation
# ---------------------------------------------------------------------------------------------

for tool in java curl wrk nginx awk timeout; do
	command -v "$tool" >/dev/null || die "$tool is missing (Debian: apt-get install -y wrk nginx curl)"
done
for port in "$APP_PORT" "$NGINX_PORT" "$TOMCAT_PORT"; do
	port_busy "$port" && die "port $port is already in use; set APP_PORT / NGINX_PORT / TOMCAT_PORT"
done

if [ ! -f "$JAR" ]; then
	log "building $JAR (./mvnw -q -DskipTests package)"
	(cd "$REPO_DIR" && ./mvnw -q -DskipTests package) || die "build failed"
	[ -f "$JAR" ] || die "the build made no $JAR"
fi

TMP=$(mktemp -d /tmp/newscenter-bench.XXXXXX)

# H2's tools (RunScript, Shell) from the jar the app runs, so the file format matches
H2_JAR=$TMP/h2.jar
h2_entry=$(unzip -Z1 "$JAR" 2>/dev/null | grep -E '^BOOT-INF/lib/h2-[0-9.]+\.jar$' | head -n 1 || true)
if [ -n "$h2_entry" ]; then
	unzip -p "$JAR" "$h2_entry" >"$H2_JAR"
else
	found=$(ls "$HOME"/.m2/repository/com/h2database/h2/*/h2-*.jar 2>/dev/null | sort -V | tail -n 1 || true)
	[ -n "$found" ] || die "no H2 jar in $JAR or ~/.m2"
	log "WARNING: using $found; it may not match the app's H2 version"
	cp "$found" "$H2_JAR"
fi

h2_url() { echo "jdbc:h2:file:$1/db/newscenter"; }
# h2_sql DATA_DIR SQL — runs SQL with H2's Shell (app stopped), prints the result table
h2_sql() { java -cp "$H2_JAR" org.h2.tools.Shell -url "$(h2_url "$1")" -user sa -password "" -sql "$2"; }
# h2_value DATA_DIR SQL — the single value a one-column, one-row query returns
h2_value() { h2_sql "$1" "$2" | sed -n 2p | tr -d ' \r'; }

log "NewsCenter benchmark: DURATION=$DURATION WARMUP=$WARMUP ARTICLES=$SMALL_ARTICLES,$ARTICLES"
log "jar: $JAR ($(java -version 2>&1 | head -n 1)); $(nproc) cores; $(wrk --version 2>&1 | head -n 1 | cut -d' ' -f1-2); $(nginx -v 2>&1)"
log "load average before start: $(cut -d' ' -f1-3 /proc/loadavg)"
busy=$(ps -eo pcpu=,comm= --sort=-pcpu | awk '$1 >= 10' | head -n 5 | tr -s ' ' | paste -sd, - || true)
[ -z "$busy" ] || log "WARNING: other busy processes (CPU%, name): $busy — figures will be noisy"

# ---------------------------------------------------------------------------------------------
# Part 1: start-up time to the first served page
# ---------------------------------------------------------------------------------------------

start_demo_app() {
	mkdir -p "$TMP/data-demo"
	local start
	wait_quiet
	start=$(now)
	start_app "$TMP/data-demo" true startup
	R[startup.first_page]=$(wait_app_page /en/)
	# The page may be served before the demo content is in: also time until the home page
	# shows news and until the readiness probe says UP (the app then accepts traffic).
	local i
	R[startup.with_news]=n/a
	R[startup.ready]=n/a
	for ((i = 0; i < START_TIMEOUT * 10; i++)); do
		if [ "${R[startup.with_news]}" = n/a ] &&
			curl -sf -m 10 -A "$BROWSER_UA" "$APP/en/" | grep -q 'data-testid="news-item"'; then
			R[startup.with_news]=$(elapsed "$start")
		fi
		if [ "${R[startup.ready]}" = n/a ] && [ "$(http_status "$APP/actuator/health/readiness")" = 200 ]; then
			R[startup.ready]=$(elapsed "$start")
		fi
		[ "${R[startup.with_news]}" != n/a ] && [ "${R[startup.ready]}" != n/a ] && break
		sleep 0.1
	done
	R[startup.first_page]=$(awk -v a="${R[startup.first_page]}" 'BEGIN{printf "%.2f", a}')
	R[startup.spring]=$(grep -o 'Started [A-Za-z]* in [0-9.]* seconds' "$APP_LOG" | grep -o '[0-9.]* seconds' | cut -d' ' -f1 || true)
}

if [[ " $PARTS " == *" 1 "* ]]; then
	log "== Part 1: start-up (fresh data dir, demo content) =="
	start_demo_app
	log "first 200 from /en/ after ${R[startup.first_page]} s (launch to response)"
	log "home page lists news after ${R[startup.with_news]} s; readiness UP after ${R[startup.ready]} s; Spring's own 'Started in': ${R[startup.spring]:-?} s"
fi

# ---------------------------------------------------------------------------------------------
# Part 2: the article page against nginx; counting check
# ---------------------------------------------------------------------------------------------

# check_wrk_count RUN KEY VIEWS_BEFORE — the article's count must have grown by the 2xx
# responses of the wrk run RUN. Should a request still be in flight when wrk ends (DRAIN too
# short), the app may have counted it or not: the increase must then be one of the two ends,
# 2xx responses or 2xx + in flight. Sets R[count.KEY], R[count.KEY_detail] and views_after.
check_wrk_count() {
	local run=$1 key=$2 before=$3 increase ok inflight
	sleep "$FLUSH_WAIT"
	views_after=$(api_views "$article_id") || die "cannot read the views of article $article_id"
	increase=$((views_after - before))
	ok=${R[$run.ok]}
	inflight=${R[$run.inflight]}
	R[count.${key}_detail]="views +$increase; wrk 2xx responses $ok"
	[ "$inflight" = 0 ] || R[count.${key}_detail]+=" (+$inflight sent, unanswered when wrk stopped)"
	if [ "$increase" = "$ok" ] || [ "$increase" = $((ok + inflight)) ]; then
		R[count.$key]=exact
	else
		R[count.$key]=MISMATCH
	fi
}

# compare_rounds KIND ENCODING — ROUNDS rounds of nginx then the app on the article page, each
# with a new visitor per request and ENCODING as Accept-Encoding (empty: none), every app run
# checked for exact counting. Each round's figures go to R[nginx-KIND-r.*] and R[app-KIND-r.*];
# the median round's (by app/nginx; for an even ROUNDS the lower middle one) are copied to
# R[NGINX.*] and R[APP.*], where NGINX and APP are nginx and app for KIND=plain, nginx-gzip
# and app-gzip for KIND=gzip. Sets R[ratios.KIND] (each round's ratio), R[ratio.KIND], and
# R[count.KIND] (exact only if every round was).
compare_rounds() {
	local kind=$1 encoding=$2 r n a secs before ratio order median key names
	secs=$(seconds "$DURATION")
	R[ratios.$kind]=""
	R[count.$kind]=exact
	R[count.${kind}_detail]=""
	order=""
	for ((r = 1; r <= ROUNDS; r++)); do
		n=nginx-$kind-$r
		a=app-$kind-$r
		wait_quiet $(server_pids nginx) "$APP_PID"
		bench "$n" nginx 32 "$DURATION" distinct-visitors.lua "$NGINX/en/news/$article_id" "$n-$NONCE" "" "$encoding"
		report "$n"
		sleep 1 # the previous round's last requests are counted before the count is read
		before=$(api_views "$article_id") || die "cannot read the views of article $article_id"
		wait_quiet $(server_pids nginx) "$APP_PID"
		# sends for DURATION, then lets every request in flight finish (DRAIN): every
		# request sent is answered and read, so views and 2xx responses compare one to one
		BENCH_WINDOW=$secs bench "$a" app 32 "$((secs + DRAIN))s" distinct-visitors.lua "$article_url" \
			"$a-$NONCE" "$secs" "$encoding"
		report "$a"
		if [ -n "$encoding" ]; then
			for key in "$n" "$a"; do
				[ "${R[$key.gzip]}" = "${R[$key.ok]}" ] || die "$key: only ${R[$key.gzip]} of ${R[$key.ok]} responses were gzip"
			done
		fi
		check_wrk_count "$a" "$a" "$before"
		[ "${R[count.$a]}" = exact ] || R[count.$kind]=MISMATCH
		R[count.${kind}_detail]+="${R[count.${kind}_detail]:+; }round $r: ${R[count.${a}_detail]}"
		ratio=$(awk -v a="${R[$a.rps]}" -v n="${R[$n.rps]}" 'BEGIN{printf "%.4f", a / n}')
		R[ratios.$kind]+="${R[ratios.$kind]:+ }$ratio"
		order+="$ratio $r"$'\n'
		log "round $r: app ${R[$a.rps]} req/s, nginx ${R[$n.rps]} req/s, app/nginx = $ratio; counting ${R[count.${a}_detail]} -> ${R[count.$a]}"
	done
	median=$(printf '%s' "$order" | sort -n | sed -n "$(((ROUNDS + 1) / 2))p" | cut -d' ' -f2)
	R[ratio.$kind]=$(printf '%s' "$order" | sort -n | sed -n "$(((ROUNDS + 1) / 2))p" | cut -d' ' -f1)
	R[median_round.$kind]=$median
	if [ "$kind" = plain ]; then names="nginx app"; else names="nginx-gzip app-gzip"; fi
	for n in $names; do
		for key in "${!R[@]}"; do
			if [[ "$key" == "${n%-gzip}-$kind-$median."* ]]; then
				R[$n.${key#*-"$kind"-"$median".}]=${R[$key]}
			fi
		done
	done
}

if [[ " $PARTS " == *" 2 "* ]]; then
	log "== Part 2: article page vs nginx (wrk -t2 -c32 -d$DURATION) =="
	if [ -z "$APP_PID" ]; then
		start_demo_app
	fi
	# wait for the demo content (it is loaded after the first page is served)
	for ((i = 0; i < START_TIMEOUT * 10; i++)); do
		[ "$(http_status "$APP/actuator/health/readiness")" = 200 ] && break
		sleep 0.1
	done
	article_id=$(curl -sf -m 10 "$APP/api/v1/articles?lang=en&size=1" | grep -o '"id":[0-9]*' | head -n 1 | cut -d: -f2)
	[ -n "$article_id" ] || die "no published English article in the demo content"
	article_url=$APP/en/news/$article_id
	[ "$(http_status -A "$BROWSER_UA" "$article_url")" = 200 ] || die "$article_url does not answer 200"

	# one copy of the page, served by nginx byte for byte
	page=$TMP/article.html
	curl -sf -m 10 -A "$BROWSER_UA" -b "nc_vid=bench-snapshot-$NONCE" -o "$page" "$article_url"
	# and the page as the app sends it to a browser: gzip-compressed
	curl -sf -m 10 -A "$BROWSER_UA" -b "nc_vid=bench-snapshot-gz-$NONCE" -H "Accept-Encoding: $BROWSER_ENCODING" \
		-o "$page.gz" "$article_url"
	gzip -t "$page.gz" 2>/dev/null || die "the app's compressed article page is not a valid gzip stream"
	start_nginx "$page"
	curl -sf -m 10 -o "$TMP/from-nginx.html" "$NGINX/news/$article_id"
	cmp -s "$page" "$TMP/from-nginx.html" || die "nginx does not serve the snapshot unchanged"
	curl -sf -m 10 -H "Accept-Encoding: $BROWSER_ENCODING" -o "$TMP/from-nginx.html.gz" "$NGINX/news/$article_id"
	cmp -s "$page.gz" "$TMP/from-nginx.html.gz" || die "nginx does not serve the compressed snapshot unchanged"
	log "article $article_id: $(wc -c <"$page") bytes of HTML, uncompressed (wrk sends no Accept-Encoding)"

	# the most a Tomcat-based page can do here: Tomcat alone serving the same bytes
	start_tomcat "$page"
	curl -sf -m 10 -o "$TMP/from-tomcat.html" "$TOMCAT/en/news/$article_id"
	cmp -s "$page" "$TMP/from-tomcat.html" || die "the bare Tomcat does not serve the snapshot unchanged"
	bench warm-tomcat tomcat 32 "$TOMCAT_WARMUP" distinct-visitors.lua "$TOMCAT/en/news/$article_id" "warm-$NONCE"
	wait_quiet $(server_pids nginx) "$APP_PID" "$TOMCAT_PID"
	bench tomcat tomcat 32 "$DURATION" distinct-visitors.lua "$TOMCAT/en/news/$article_id" "tomcat-$NONCE"
	report tomcat
	stop_tomcat

	# warm up both (the app's JIT needs it), then measure nginx and the app with the same
	# script, so the client does the same work per request against both
	bench warm-nginx nginx 32 "$WARMUP" distinct-visitors.lua "$NGINX/en/news/$article_id" "warm-$NONCE"
	bench warm-app app 32 "$ARTICLE_WARMUP" distinct-visitors.lua "$article_url" "warm-$NONCE"
	compare_rounds plain ""
	R[ratio.app_nginx]=${R[ratio.plain]}
	R[ratio.tomcat_nginx]=$(awk -v a="${R[tomcat.rps]}" -v n="${R[nginx.rps]}" 'BEGIN{printf "%.4f", a / n}')
	R[ratio.app_tomcat]=$(awk -v a="${R[app.rps]}" -v n="${R[tomcat.rps]}" 'BEGIN{printf "%.4f", a / n}')
	log "article page, median of $ROUNDS rounds (round ${R[median_round.plain]}): app ${R[app.rps]} req/s, nginx ${R[nginx.rps]} req/s, app/nginx = ${R[ratio.app_nginx]} (app CPU ${R[app.cpu_ms_per_req]} ms per request); every round: ${R[ratios.plain]}"
	log "bare Tomcat ${R[tomcat.rps]} req/s: bare Tomcat/nginx = ${R[ratio.tomcat_nginx]}, app/bare Tomcat = ${R[ratio.app_tomcat]} (the median round's nginx and app)"
	R[count.wrk]=${R[count.plain]}
	R[count.wrk_detail]=${R[count.plain_detail]}

	# A deterministic check without the end-of-run ambiguity: CHECK_REQUESTS requests by
	# distinct visitors from CHECK_PARALLEL concurrent curl clients, all read to the end.
	views_before=$(api_views "$article_id") || die "cannot read the views of article $article_id"
	check_ok=$(seq 1 "$CHECK_REQUESTS" | timeout 120 xargs -P "$CHECK_PARALLEL" -I{} \
		curl -s -o /dev/null -m 30 -w '%{http_code}\n' -A "$BROWSER_UA" -b "nc_vid=check-$NONCE-{}" "$article_url" |
		grep -c '^200$' || true)
	sleep "$FLUSH_WAIT"
	views_after=$(api_views "$article_id") || die "cannot read the views of article $article_id"
	increase=$((views_after - views_before))
	if [ "$increase" = "$check_ok" ]; then R[count.curl]=exact; else R[count.curl]=MISMATCH; fi
	R[count.curl_detail]="views +$increase; curl 200 responses $check_ok of $CHECK_REQUESTS"
	log "counting with $CHECK_PARALLEL parallel curl clients: ${R[count.curl_detail]} -> ${R[count.curl]}"

	# The page as browsers ask for it (Accept-Encoding: gzip): nginx sends its compressed
	# copy (gzip_static); the app sends the compressed copy it keeps, with the live count put
	# in. Every 200 must be gzip, and every view counted.
	log "article page as browsers ask for it: $(wc -c <"$page.gz") bytes gzip-compressed"
	bench warm-nginx-gzip nginx 32 "$WARMUP" distinct-visitors.lua "$NGINX/en/news/$article_id" "warm-gz-$NONCE" "" "$BROWSER_ENCODING"
	bench warm-app-gzip app 32 "$WARMUP" distinct-visitors.lua "$article_url" "warm-gz-$NONCE" "" "$BROWSER_ENCODING"
	compare_rounds gzip "$BROWSER_ENCODING"
	R[ratio.gzip_app_nginx]=${R[ratio.gzip]}
	log "compressed article page, median of $ROUNDS rounds (round ${R[median_round.gzip]}): app ${R[app-gzip.rps]} req/s, nginx ${R[nginx-gzip.rps]} req/s, app/nginx = ${R[ratio.gzip_app_nginx]} (app CPU ${R[app-gzip.cpu_ms_per_req]} ms per request); every round: ${R[ratios.gzip]}"

	# graceful shutdown must write the count: compare the database with the live count
	stop_app
	stop_nginx
	db_views=$(h2_value "$TMP/data-demo" "SELECT views FROM article WHERE id = $article_id")
	if [ "$db_views" = "$views_after" ]; then R[count.db]=exact; else R[count.db]=MISMATCH; fi
	R[count.db_detail]="database $db_views after SIGTERM, API said $views_after"
	log "views written on shutdown: ${R[count.db_detail]} -> ${R[count.db]}"

	# the same page rendered on every request: what the page cache saves
	if [[ " $PAGE_CACHE " == *" off "* ]]; then
		start_app "$TMP/data-demo" false article-uncached off
		wait_app_page "/en/news/$article_id" >/dev/null
		bench warm-app-uncached app 32 "$ARTICLE_WARMUP" distinct-visitors.lua "$article_url" "warm-u-$NONCE"
		wait_quiet "$APP_PID"
		bench app-uncached app 32 "$DURATION" distinct-visitors.lua "$article_url" "app-u-$NONCE"
		report app-uncached
		R[ratio.uncached_nginx]=$(awk -v a="${R[app-uncached.rps]}" -v n="${R[nginx.rps]}" 'BEGIN{printf "%.4f", a / n}')
		stop_app
	fi
fi

# ---------------------------------------------------------------------------------------------
# Part 3: list and article latency with SMALL_ARTICLES and ARTICLES articles
# ---------------------------------------------------------------------------------------------

# bulk_sql N BASE_ID — SQL that inserts N published English articles with ids BASE_ID+1..N,
# newest first, published_at spread evenly over the past three years, each in one category
# (round robin over the existing ones), in set-based chunks of 10,000 rows.
bulk_sql() {
	local n=$1 base=$2 chunk=10000 lo=1 hi stamp step
	stamp=$(date -u +'%Y-%m-%d %H:%M:%S+00')
	step=$((3 * 365 * 24 * 3600 / n))
	[ "$step" -ge 1 ] || step=1
	echo "-- generated by bench/run.sh: $n articles"
	while [ "$lo" -le "$n" ]; do
		hi=$((lo + chunk - 1))
		[ "$hi" -le "$n" ] || hi=$n
		cat <<-SQL
			INSERT INTO article (id, translation_group, language, title, slug, summary, body, status,
			    published_at, views, created_at, updated_at)
			SELECT $base + X, $base + X, 'en',
			  'Benchmark article ' || X || ': ' || CASE MOD(X, 4)
			    WHEN 0 THEN 'contracts signed for a new metro line'
			    WHEN 1 THEN 'bridge section completed ahead of schedule'
			    WHEN 2 THEN 'what the energy transition means for builders'
			    ELSE 'volunteers plant trees along the river' END,
			  'benchmark-article-' || X,
			  'Summary of benchmark article ' || X || ', one sentence as editors write them for the list.',
			  '<p>This is benchmark article number ' || X || '. It stands in for a real news story of typical length: a lead paragraph that tells the reader what happened, who was involved and why it matters to the company and its partners.</p>'
			  || '<p>The second paragraph gives background. Work on the project began several years ago, after a long planning phase in which engineers, local authorities and residents agreed on the route, the schedule and the measures that keep noise and dust to a minimum during construction.</p>'
			  || '<p>The third paragraph quotes people. "We are proud of what the team has achieved," said the project manager. "Safety came first every single day, and the quality of the work shows it." Partners praised the cooperation and the open exchange of information.</p>'
			  || '<p>The last paragraph looks ahead: the next phase starts in the coming months, with testing, commissioning and handover planned for the end of the year. Further updates will be published in this news centre as the work progresses.</p>',
			  'PUBLISHED',
			  DATEADD(SECOND, -(X * $step), TIMESTAMP WITH TIME ZONE '$stamp'),
			  0, TIMESTAMP WITH TIME ZONE '$stamp', TIMESTAMP WITH TIME ZONE '$stamp'
			FROM SYSTEM_RANGE($lo, $hi);
			INSERT INTO article_category (article_id, category_id, language, status, published_at)
			SELECT a.id, c.id, a.language, a.status, a.published_at
			FROM article a
			JOIN (SELECT id, ROW_NUMBER() OVER (ORDER BY position, id) - 1 AS rn FROM category) c
			  ON c.rn = MOD(a.id, (SELECT COUNT(*) FROM category))
			WHERE a.id BETWEEN $base + $lo AND $base + $hi;
		SQL
		lo=$((hi + 1))
	done
	# the ids were given explicitly: move the identity past them for the app's inserts
	echo "ALTER TABLE article ALTER COLUMN id RESTART WITH $((base + n + 1));"
}

# prepare_data N — a fresh data dir with the schema, the demo categories and exactly N
# published English articles (the demo articles are deleted); sets DATA and BASE_ID
prepare_data() {
	local n=$1 start max
	DATA=$TMP/data-$n
	rm -rf "$DATA"
	mkdir -p "$DATA"
	start_app "$DATA" true "schema-$n"
	wait_app_page /actuator/health >/dev/null
	for ((i = 0; i < START_TIMEOUT * 10; i++)); do # demo content in = categories exist
		[ "$(http_status "$APP/actuator/health/readiness")" = 200 ] && break
		sleep 0.1
	done
	stop_app
	start=$(now)
	max=$(h2_value "$DATA" "SELECT COALESCE(MAX(id), 0) FROM article")
	BASE_ID=$(((max / 1000 + 1) * 1000))
	{
		echo "DELETE FROM article;" # demo articles; their category links and daily views cascade
		bulk_sql "$n" "$BASE_ID"
		# a bulk insert leaves the file sparse (300 MB for 100,000 articles); compact it to
		# what a long-lived database would look like (65 MB)
		echo "SHUTDOWN COMPACT;"
	} >"$TMP/bulk-$n.sql"
	java -cp "$H2_JAR" org.h2.tools.RunScript -url "$(h2_url "$DATA")" -user sa -password "" \
		-script "$TMP/bulk-$n.sql" || die "bulk insert of $n articles failed"
	R[insert.$n]=$(elapsed "$start")
	log "inserted $n articles in ${R[insert.$n]} s (database $(du -sh "$DATA/db" | cut -f1))"
	# The insert went past the app, so its search index lacks the articles: the app rebuilds
	# it here, once, rather than in the background of the measured runs.
	rm -rf "$DATA/search"
	start=$(now)
	start_app "$DATA" false "index-$n"
	wait_app_page /actuator/health >/dev/null
	until grep -q 'Search index rebuilt' "$APP_LOG"; do
		kill -0 "$APP_PID" 2>/dev/null || die "the app exited while rebuilding its search index (log: $APP_LOG)"
		awk -v e="$(elapsed "$start")" -v t="$REBUILD_TIMEOUT" 'BEGIN{exit !(e > t)}' &&
			die "the search index was not rebuilt within ${REBUILD_TIMEOUT}s (log: $APP_LOG)"
		sleep 0.5
	done
	stop_app
	log "search index of $n articles rebuilt in $(elapsed "$start") s (app start included)"
}

# measure N MODE — starts the app on DATA with the page cache on or off (MODE) and measures
# the five URLs; figures go to R[N.MODE.url-name.*]
URL_NAMES="list-first list-last category-first category-last article"
measure() {
	local n=$1 mode=$2 total cat_total last cat_last path name
	start_app "$DATA" false "n$n-cache-$mode" "$mode"
	R[start.$n]=$(wait_app_page /en/news)
	total=$(api_total "lang=en")
	cat_total=$(api_total "lang=en&category=$CATEGORY")
	[ "$total" = "$n" ] || die "expected $n published English articles, the API says ${total:-nothing}"
	last=$(((total + PAGE_SIZE - 1) / PAGE_SIZE))
	cat_last=$(((cat_total + PAGE_SIZE - 1) / PAGE_SIZE))
	log "N=$n, page cache $mode: app served after ${R[start.$n]} s; $total articles ($last pages), $CATEGORY $cat_total ($cat_last pages)"
	declare -A paths=(
		[list-first]="/en/news"
		[list-last]="/en/news?page=$last"
		[category-first]="/en/news?category=$CATEGORY"
		[category-last]="/en/news?category=$CATEGORY&page=$cat_last"
		[article]="/en/news/$((BASE_ID + n / 2))"
	)
	declare -A scripts
	for name in $URL_NAMES; do
		path=${paths[$name]}
		R[path.$n.$name]=$path
		# the URL must answer 200 with real content, not an empty list or an error page
		curl -sf -m 30 -A "$BROWSER_UA" -o "$TMP/check.html" "$APP$path" || die "$path does not answer 200"
		if [ "$name" = article ]; then
			grep -q 'data-testid="article-views"' "$TMP/check.html" || die "$path shows no article"
			scripts[$name]=distinct-visitors.lua # each request a new visitor: a counted view
		else
			grep -q 'data-testid="news-item"' "$TMP/check.html" || die "$path lists no news"
			scripts[$name]=latency.lua
		fi
	done
	# a first warm-up round over all URLs, so the freshly started JVM compiles the common
	# code before the first measurement, and its compiler threads do not bill the first URL
	for name in $URL_NAMES; do
		bench "warm0-$n-$mode-$name" app "$LAT_CONNECTIONS" "$WARMUP" "${scripts[$name]}" "$APP${paths[$name]}" "warm0-$n-$mode-$NONCE"
	done
	for name in $URL_NAMES; do
		bench "warm-$n-$mode-$name" app "$LAT_CONNECTIONS" "$WARMUP" "${scripts[$name]}" "$APP${paths[$name]}" "warm-$n-$mode-$NONCE"
		wait_quiet "$APP_PID"
		bench "$n.$mode.$name" app "$LAT_CONNECTIONS" "$DURATION" "${scripts[$name]}" "$APP${paths[$name]}" "n$n-$mode-$NONCE"
		report "$n.$mode.$name"
	done
	stop_app
}

if [[ " $PARTS " == *" 3 "* ]]; then
	[ -z "$APP_PID" ] || stop_app
	for n in "$SMALL_ARTICLES" "$ARTICLES"; do
		log "== Part 3: N=$n articles (wrk -t2 -c$LAT_CONNECTIONS -d$DURATION, warm-up $WARMUP per URL) =="
		prepare_data "$n"
		for mode in $PAGE_CACHE; do
			measure "$n" "$mode"
		done
		[ "$KEEP_TMP" = 1 ] || rm -rf "$DATA"
	done
fi

# ---------------------------------------------------------------------------------------------
# Summary
# ---------------------------------------------------------------------------------------------

echo
echo "================================ Summary ================================"
echo "wrk -t2, DURATION=$DURATION, $(nproc) cores shared by wrk, the server and anything else"
if [[ " $PARTS " == *" 1 "* ]]; then
	printf '%-44s %s s\n' "start-up to first page (/en/ answers 200)" "${R[startup.first_page]}"
	printf '%-44s %s s\n' "  ... until the home page lists news" "${R[startup.with_news]}"
	printf '%-44s %s s\n' "  ... until readiness is UP" "${R[startup.ready]}"
fi
if [[ " $PARTS " == *" 2 "* ]]; then
	echo "article page: $ROUNDS rounds of nginx then the app per encoding; the figures are the median round's"
	printf '%-44s %10s req/s  p50 %s ms  p99 %s ms\n' "article page, nginx (same bytes), c=32" "${R[nginx.rps]}" "${R[nginx.p50_ms]}" "${R[nginx.p99_ms]}"
	printf '%-44s %10s req/s  p50 %s ms  p99 %s ms\n' "article page, app, new visitor each, c=32" "${R[app.rps]}" "${R[app.p50_ms]}" "${R[app.p99_ms]}"
	printf '%-44s %s (median of %s rounds: %s)\n' "ratio app/nginx" "${R[ratio.app_nginx]}" "$ROUNDS" "${R[ratios.plain]}"
	printf '%-44s %10s req/s  p50 %s ms  p99 %s ms\n' "bare Tomcat (same bytes, nothing else), c=32" "${R[tomcat.rps]}" "${R[tomcat.p50_ms]}" "${R[tomcat.p99_ms]}"
	printf '%-44s %s\n' "ratio bare Tomcat/nginx" "${R[ratio.tomcat_nginx]}"
	printf '%-44s %s\n' "ratio app/bare Tomcat" "${R[ratio.app_tomcat]}"
	if [ -n "${R[app-uncached.rps]:-}" ]; then
		printf '%-44s %10s req/s  p50 %s ms  p99 %s ms\n' "  ... page cache off (rendered every time)" "${R[app-uncached.rps]}" "${R[app-uncached.p50_ms]}" "${R[app-uncached.p99_ms]}"
		printf '%-44s %s\n' "  ... ratio app/nginx, page cache off" "${R[ratio.uncached_nginx]}"
	fi
	printf '%-44s %s (%s)\n' "view counting under wrk" "${R[count.wrk]}" "${R[count.wrk_detail]}"
	printf '%-44s %s (%s)\n' "view counting, $CHECK_REQUESTS curl requests" "${R[count.curl]}" "${R[count.curl_detail]}"
	printf '%-44s %10s req/s  p50 %s ms  p99 %s ms\n' "article page gzip, nginx (gzip_static), c=32" "${R[nginx-gzip.rps]}" "${R[nginx-gzip.p50_ms]}" "${R[nginx-gzip.p99_ms]}"
	printf '%-44s %10s req/s  p50 %s ms  p99 %s ms\n' "article page gzip, app, new visitor each" "${R[app-gzip.rps]}" "${R[app-gzip.p50_ms]}" "${R[app-gzip.p99_ms]}"
	printf '%-44s %s (median of %s rounds: %s)\n' "ratio app/nginx, gzip" "${R[ratio.gzip_app_nginx]}" "$ROUNDS" "${R[ratios.gzip]}"
	printf '%-44s %s (%s)\n' "view counting under wrk, gzip" "${R[count.gzip]}" "${R[count.gzip_detail]}"
	printf '%-44s %s (%s)\n' "views written on graceful shutdown" "${R[count.db]}" "${R[count.db_detail]}"
fi
if [[ " $PARTS " == *" 3 "* ]]; then
	for mode in $PAGE_CACHE; do
		echo
		echo "page cache $mode:"
		printf '%-15s | %-34s | %-34s | %s\n' "" "N=$SMALL_ARTICLES" "N=$ARTICLES" "p95 ratio"
		printf '%-15s | %8s %8s %8s %7s | %8s %8s %8s %7s | %s\n' "URL (c=$LAT_CONNECTIONS)" p50_ms p95_ms p99_ms req/s p50_ms p95_ms p99_ms req/s "N=$ARTICLES/N=$SMALL_ARTICLES"
		for name in $URL_NAMES; do
			s=$SMALL_ARTICLES.$mode.$name
			b=$ARTICLES.$mode.$name
			ratio=$(awk -v b="${R[$b.p95_ms]}" -v s="${R[$s.p95_ms]}" 'BEGIN{printf "%.2f", (s > 0) ? b / s : 0}')
			printf '%-15s | %8s %8s %8s %7.0f | %8s %8s %8s %7.0f | %s\n' "$name" \
				"${R[$s.p50_ms]}" "${R[$s.p95_ms]}" "${R[$s.p99_ms]}" "${R[$s.rps]}" \
				"${R[$b.p50_ms]}" "${R[$b.p95_ms]}" "${R[$b.p99_ms]}" "${R[$b.rps]}" "$ratio"
		done
	done
	echo "URLs: N=$ARTICLES: $(for name in $URL_NAMES; do printf '%s ' "${R[path.$ARTICLES.$name]}"; done)"
	echo "bulk insert: N=$SMALL_ARTICLES ${R[insert.$SMALL_ARTICLES]} s, N=$ARTICLES ${R[insert.$ARTICLES]} s; app start-up: ${R[start.$SMALL_ARTICLES]} s, ${R[start.$ARTICLES]} s"
fi
echo "output: $OUT_DIR/last-run.txt; wrk and app logs: $LOG_DIR/"
