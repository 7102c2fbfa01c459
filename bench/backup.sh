#!/usr/bin/env bash
# NewsCenter backup benchmark: how long a full backup and its restore take with many articles,
# under a small heap (both stream, so the heap need not hold the site).
#
#   bench/backup.sh                        # ARTICLES=100000 (half English, half Chinese), -Xmx256m
#   ARTICLES=20000 XMX=128m bench/backup.sh
#
# Steps:
#   1. a fresh data dir gets the schema (one start of the app, no demo content);
#   2. with the app stopped, ARTICLES published articles with 2 KB bodies are bulk-inserted into
#      the H2 file as English/Chinese translation pairs;
#   3. the app is started with -Xmx$XMX; GET /api/v1/backup with the administrator's token is
#      timed, with the heap in use sampled meanwhile, and the ZIP's manifest is checked;
#   4. the reference: the app is started on a new, empty data dir and timed to its first
#      answer; then the restore: started on another new data dir with
#      --newscenter.restore-from=the backup, timed the same way, and its article total checked
#      through the API. The restore's cost is the difference of the two starts.
#
# Everything runs on 127.0.0.1. Every process this script starts is stopped on exit (trap),
# every wait is bounded. Output is also written to bench/out/backup-last-run.txt.
#
# Needs: a JDK 17, curl, unzip, awk. Knobs: ARTICLES=100000 XMX=256m APP_PORT=18096
# JAR=target/newscenter.jar JAVA_OPTS= START_TIMEOUT=300 KEEP_TMP=0

set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(dirname "$BENCH_DIR")
OUT_DIR=$BENCH_DIR/out
ARTICLES=${ARTICLES:-100000}
XMX=${XMX:-256m}
APP_PORT=${APP_PORT:-18096}
JAR=${JAR:-$REPO_DIR/target/newscenter.jar}
JAVA_OPTS=${JAVA_OPTS:-}
START_TIMEOUT=${START_TIMEOUT:-300}
KEEP_TMP=${KEEP_TMP:-0}
HOST=127.0.0.1
APP=http://$HOST:$APP_PORT
PASSWORD=bench-backup-password

mkdir -p "$OUT_DIR"
exec > >(trap '' INT TERM; exec tee "$OUT_DIR/backup-last-run.txt") 2>&1

# shellcheck source=bench/common.sh
. "$BENCH_DIR/common.sh"
bench_setup backup

heap_mb() {
	curl -sf -m 5 -H "Authorization: Bearer $1" "$APP/actuator/metrics/jvm.memory.used?tag=area:heap" |
		grep -o '"value":[0-9.E+-]*' | head -n 1 | cut -d: -f2 | awk '{printf "%.1f", $1 / 1048576}'
}
total() { curl -sf -m 30 "$APP/api/v1/articles?size=1" | grep -o '"total":[0-9]*' | cut -d: -f2; }

log "backup benchmark: ARTICLES=$ARTICLES XMX=$XMX; $(nproc) cores; $(java -version 2>&1 | head -n 1)"
log "load average: $(cut -d' ' -f1-3 /proc/loadavg)"

# 1. schema
DATA=$TMP/data
start_app schema "$DATA"
stop_app
log "schema created"

# 2. bulk insert: PAIRS translation pairs, English id odd (the original), Chinese id even
PAIRS=$((ARTICLES / 2))
STAMP=$(date -u +'%Y-%m-%d %H:%M:%S+00')
{
	lo=1
	while [ "$lo" -le "$PAIRS" ]; do
		hi=$((lo + 9999))
		[ "$hi" -le "$PAIRS" ] || hi=$PAIRS
		for lang in en zh; do
			if [ "$lang" = en ]; then
				id='2 * X - 1' title="'Benchmark article ' || X" para="'<p>A paragraph of the benchmark article, long enough to make a body of two kilobytes once repeated.</p>'"
			else
				id='2 * X' title="'基准文章 ' || X" para="'<p>基准文章的一个段落，重复多次之后，正文约有两千字节，与一篇普通新闻相当。</p>'"
			fi
			cat <<-SQL
				INSERT INTO article (id, translation_group, language, title, slug, summary, body, status,
				    published_at, views, created_at, updated_at)
				SELECT $id, 2 * X - 1, '$lang', $title, 'benchmark-article-' || X, 'Summary ' || X,
				  REPEAT($para, 18), 'PUBLISHED', DATEADD(SECOND, -X, TIMESTAMP WITH TIME ZONE '$STAMP'), X,
				  TIMESTAMP WITH TIME ZONE '$STAMP', TIMESTAMP WITH TIME ZONE '$STAMP'
				FROM SYSTEM_RANGE($lo, $hi);
			SQL
		done
		lo=$((hi + 1))
	done
	echo "ALTER TABLE article ALTER COLUMN id RESTART WITH $((2 * PAIRS + 1));"
	echo "SHUTDOWN COMPACT;"
} >"$TMP/bulk.sql"
started=$(date +%s.%N)
java -cp "$H2_JAR" org.h2.tools.RunScript -url "jdbc:h2:file:$DATA/db/newscenter" -user sa -password "" \
	-script "$TMP/bulk.sql" || die "bulk insert failed"
log "inserted $((2 * PAIRS)) articles in $(since "$started") s"

# 3. the backup
start_app backup "$DATA"
TOKEN=$(admin_token "$PASSWORD") || die "no API token"
[ "$(total)" = "$((2 * PAIRS))" ] || die "the API does not list $((2 * PAIRS)) articles"
before=$(heap_mb "$TOKEN")
: >"$TMP/heap.samples"
(
	while :; do
		heap_mb "$TOKEN" >>"$TMP/heap.samples" 2>/dev/null || true
		echo >>"$TMP/heap.samples"
		sleep 0.1
	done
) &
SAMPLER_PID=$!
timing=$(curl -sf -m 1200 -H "Authorization: Bearer $TOKEN" -o "$TMP/backup.zip" \
	-w '%{time_total} %{size_download}' "$APP/api/v1/backup") || die "GET /api/v1/backup failed"
kill "$SAMPLER_PID" 2>/dev/null || true
wait "$SAMPLER_PID" 2>/dev/null || true
SAMPLER_PID=
peak=$(awk -v m="$before" 'NF{if ($1 > m) m = $1} END{printf "%.1f", m}' "$TMP/heap.samples")
read -r backup_seconds bytes <<<"$timing"
in_manifest=$(unzip -p "$TMP/backup.zip" manifest.json | tr -d ' \n' | grep -o '"article":[0-9]*' | cut -d: -f2)
[ "$in_manifest" = "$((2 * PAIRS))" ] || die "the backup's manifest holds $in_manifest articles"
stop_app
log "backup: $((2 * PAIRS)) articles"

# 4. the reference start, then the restore
start_app empty "$TMP/empty"
reference=$STARTED_IN
stop_app
start_app restore "$TMP/restored" --newscenter.restore-from="$TMP/backup.zip"
restore=$STARTED_IN
[ "$(total)" = "$((2 * PAIRS))" ] || die "the restored site does not list $((2 * PAIRS)) articles"
grep -q 'Restored the backup' "$TMP/app-restore.log" || die "the restore did not log its summary"
stop_app

printf '\n%-48s %s\n' "articles" "$((2 * PAIRS))"
printf '%-48s %.1f MB in %.2f s (%.0f articles/s); heap %s MB before, peak %s MB (-Xmx%s)\n' \
	"backup, GET /api/v1/backup" "$(awk -v b="$bytes" 'BEGIN{print b / 1048576}')" "$backup_seconds" \
	"$(awk -v n="$((2 * PAIRS))" -v s="$backup_seconds" 'BEGIN{print n / s}')" "$before" "$peak" "$XMX"
printf '%-48s %s s\n' "start on an empty data dir (reference)" "$reference"
printf '%-48s %s s (%.2f s more than the reference)\n' "start restoring the backup" "$restore" \
	"$(awk -v a="$restore" -v b="$reference" 'BEGIN{print a - b}')"
