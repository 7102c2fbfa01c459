# shellcheck shell=bash
# Sourced by bench/sitemap.sh and bench/backup.sh, after they set JAR, REPO_DIR, HOST,
# APP_PORT and KEEP_TMP: logging, stopping the app, clean-up on exit, and the set-up both
# need (tools, a free port, the jar, a temporary folder with H2's jar in it).

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
