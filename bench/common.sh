# shellcheck shell=bash
# Sourced by bench/sitemap.sh, bench/backup.sh and bench/import.sh, after they set JAR,
# REPO_DIR, HOST, APP_PORT, XMX, JAVA_OPTS, START_TIMEOUT, PASSWORD and KEEP_TMP: logging,
# starting and stopping the app, clean-up on exit, and the set-up they need (tools, a free
# port, the jar, a temporary folder with H2's jar in it).

T0=$(date +%s.%N)
log() { printf '[%6.1fs] %s\n' "$(awk -v a="$T0" -v b="$(date +%s.%N)" 'BEGIN{print b-a}')" "$*" >&2; }
die() {
	log "ERROR: $*"
	exit 1
}
# since START — seconds from START (date +%s.%N) until now
since() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN{printf "%.2f", b-a}'; }

APP_PID=
SAMPLER_PID=
TMP=

stop_app() {
	local i
	[ -n "$APP_PID" ] || return 0
	kill -TERM "$APP_PID" 2>/dev/null || true
	for ((i = 0; i < 600; i++)); do
		kill -0 "$APP_PID" 2>/dev/null || break
		sleep 0.1
	done
	kill -0 "$APP_PID" 2>/dev/null && kill -KILL "$APP_PID" 2>/dev/null
	wait "$APP_PID" 2>/dev/null || true
	APP_PID=
}

# start_app NAME DATA_DIR [extra args] — starts the jar with -Xmx$XMX on DATA_DIR, without demo
# content, in the background (log in $TMP/app-NAME.log), waits for health and sets STARTED_IN
# to the seconds that took
start_app() {
	local name=$1 data=$2 started i
	shift 2
	started=$(date +%s.%N)
	# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
	java -Xmx"$XMX" $JAVA_OPTS -jar "$JAR" --server.address="$HOST" --server.port="$APP_PORT" \
		--newscenter.data-dir="$data" --newscenter.demo-content=false --newscenter.admin.password="$PASSWORD" \
		"$@" >"$TMP/app-$name.log" 2>&1 &
	APP_PID=$!
	for ((i = 0; i < START_TIMEOUT * 10; i++)); do
		if [ "$(curl -s -o /dev/null -m 5 -w '%{http_code}' "http://$HOST:$APP_PORT/actuator/health" || true)" = 200 ]; then
			STARTED_IN=$(since "$started")
			return 0
		fi
		kill -0 "$APP_PID" 2>/dev/null || {
			tail -n 30 "$TMP/app-$name.log" >&2
			die "the app exited while starting"
		}
		sleep 0.1
	done
	die "the app did not answer within ${START_TIMEOUT}s"
}

cleanup() {
	local status=$?
	set +e
	[ -z "$SAMPLER_PID" ] || kill "$SAMPLER_PID" 2>/dev/null
	[ -z "$APP_PID" ] || {
		log "clean-up: stopping the app (pid $APP_PID)"
		stop_app
	}
	if [ -n "$TMP" ] && [ -d "$TMP" ]; then
		if [ "$KEEP_TMP" = 1 ]; then log "kept $TMP"; else rm -rf "$TMP"; fi
	fi
	[ "$status" = 0 ] || log "exit status $status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# admin_token PASSWORD — an API token of the user admin, for /actuator/metrics and admin calls
admin_token() {
	curl -sf -m 30 -XPOST "http://$HOST:$APP_PORT/api/v1/auth/token" -H 'Content-Type: application/json' \
		-d "{\"username\":\"admin\",\"password\":\"$1\"}" | grep -o '"token":"[^"]*"' | cut -d'"' -f4
}

# bench_setup NAME — checks the tools and the port, builds the jar when missing, and makes
# TMP (/tmp/newscenter-NAME-bench.*) with H2's jar from the app's jar at H2_JAR
bench_setup() {
	local tool h2_entry
	for tool in java curl unzip awk; do
		command -v "$tool" >/dev/null || die "$tool is missing"
	done
	(exec 3<>"/dev/tcp/$HOST/$APP_PORT") 2>/dev/null && die "port $APP_PORT is already in use; set APP_PORT"
	if [ ! -f "$JAR" ]; then
		log "building $JAR (./mvnw -q -DskipTests package)"
		(cd "$REPO_DIR" && ./mvnw -q -DskipTests package) || die "build failed"
	fi
	TMP=$(mktemp -d "/tmp/newscenter-$1-bench.XXXXXX")
	H2_JAR=$TMP/h2.jar
	h2_entry=$(unzip -Z1 "$JAR" | grep -E '^BOOT-INF/lib/h2-[0-9.]+\.jar$' | head -n 1) || die "no H2 in $JAR"
	unzip -p "$JAR" "$h2_entry" >"$H2_JAR"
}
