#!/usr/bin/env bash
# NewsCenter sitemap benchmark: how long /sitemap.xml and its files take with many articles,
# and how much heap the app needs meanwhile (it streams, so a small -Xmx is enough).
#
#   bench/sitemap.sh                      # ARTICLES=100000 (half English, half Chinese), -Xmx128m
#   ARTICLES=200000 XMX=96m bench/sitemap.sh
#
# Steps:
#   1. a fresh data dir gets the schema (one start of the app, no demo content);
#   2. with the app stopped, ARTICLES published articles are bulk-inserted into the H2 file as
#      English/Chinese translation pairs (so every URL has hreflang alternates), published over
#      the past three years (the newest few inside the news sitemap's 48 hours);
#   3. the app is started with -Xmx$XMX and the default limit of 50,000 URLs a file:
#      /sitemap.xml is an index; each per-language file, the index and the news sitemap are
#      fetched ROUNDS times, timed (first byte and total) and checked (URL count, well-formed end);
#   4. the app is started again with one file for everything (newscenter.feed.sitemap-max-urls
#      above the URL count), and that single 100,000-URL /sitemap.xml is timed the same way.
#   During every fetch the heap in use is sampled from /actuator/metrics/jvm.memory.used
#   (area:heap) every SAMPLE_MS; printed: heap before, peak during, and GC pauses.
#
# Everything runs on 127.0.0.1. Every process this script starts is stopped on exit (trap),
# every wait is bounded. Output is also written to bench/out/sitemap-last-run.txt.
#
# Needs: a JDK 17, curl, unzip, awk. Knobs: ARTICLES=100000 XMX=128m ROUNDS=3 SAMPLE_MS=100
# APP_PORT=18095 JAR=target/newscenter.jar JAVA_OPTS= START_TIMEOUT=180 KEEP_TMP=0

set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(dirname "$BENCH_DIR")
OUT_DIR=$BENCH_DIR/out
ARTICLES=${ARTICLES:-100000}
XMX=${XMX:-128m}
ROUNDS=${ROUNDS:-3}
SAMPLE_MS=${SAMPLE_MS:-100}
APP_PORT=${APP_PORT:-18095}
JAR=${JAR:-$REPO_DIR/target/newscenter.jar}
JAVA_OPTS=${JAVA_OPTS:-}
START_TIMEOUT=${START_TIMEOUT:-180}
KEEP_TMP=${KEEP_TMP:-0}
HOST=127.0.0.1
APP=http://$HOST:$APP_PORT
BASE_URL=https://news.example.com # canonical base the sitemap's URLs are written with
PASSWORD=bench-sitemap-password # of admin, whose token reads /actuator/metrics
TOKEN=

mkdir -p "$OUT_DIR"
exec > >(trap '' INT TERM; exec tee "$OUT_DIR/sitemap-last-run.txt") 2>&1

# shellcheck source=bench/common.sh
. "$BENCH_DIR/common.sh"
bench_setup sitemap
DATA=$TMP/data
H2_URL="jdbc:h2:file:$DATA/db/newscenter"

# app NAME [extra args] — starts the app on $DATA (start_app) and takes an API token for the
# metrics
app() {
	local name=$1
	shift
	start_app "$name" "$DATA" --newscenter.base-url="$BASE_URL" "$@"
	TOKEN=$(admin_token "$PASSWORD") || die "no API token for the metrics"
}

metric() { curl -sf -m 5 -H "Authorization: Bearer $TOKEN" "$APP/actuator/metrics/$1" | grep -o '"value":[0-9.E+-]*' | head -n 1 | cut -d: -f2; }
heap_mb() { awk -v b="$(metric 'jvm.memory.used?tag=area:heap')" 'BEGIN{printf "%.1f", b / 1048576}'; }

# fetch NAME PATH EXPECTED_URLS — ROUNDS timed GETs with heap sampling; prints one line each
fetch() {
	local name=$1 path=$2 expected=$3 round out timing urls peak before gc0 gc1 ending pause
	pause=$(awk -v m="$SAMPLE_MS" 'BEGIN{print m / 1000}')
	for ((round = 1; round <= ROUNDS; round++)); do
		out=$TMP/$name.xml
		before=$(heap_mb)
		gc0=$(metric 'jvm.gc.pause' || echo 0)
		: >"$TMP/heap.samples"
		(
			while :; do
				heap_mb >>"$TMP/heap.samples" 2>/dev/null || true
				echo >>"$TMP/heap.samples"
				sleep "$pause"
			done
		) &
		SAMPLER_PID=$!
		timing=$(curl -sf -m 600 -o "$out" -w '%{time_starttransfer} %{time_total} %{size_download}' "$APP$path") ||
			die "GET $path failed"
		kill "$SAMPLER_PID" 2>/dev/null || true
		wait "$SAMPLER_PID" 2>/dev/null || true
		SAMPLER_PID=
		gc1=$(metric 'jvm.gc.pause' || echo 0)
		peak=$(awk -v m="$before" 'NF{if ($1 > m) m = $1} END{printf "%.1f", m}' "$TMP/heap.samples")
		urls=$(grep -o '<url>' "$out" | wc -l || true)
		[ "$expected" = - ] || [ "$urls" = "$expected" ] || die "$path holds $urls URLs, expected $expected"
		ending=$(tail -c 20 "$out")
		case $ending in *'</urlset>' | *'</sitemapindex>') ;; *) die "$path does not end with its root element" ;; esac
		read -r ttfb total bytes <<<"$timing"
		printf '  %-22s round %d: %6d URLs %8.1f MB  first byte %6.3f s  total %6.3f s  heap before %6s MB, peak %6s MB, GC pauses %s\n' \
			"$path" "$round" "$urls" "$(awk -v b="$bytes" 'BEGIN{print b / 1048576}')" "$ttfb" "$total" "$before" "$peak" \
			"$(awk -v a="$gc0" -v b="$gc1" 'BEGIN{print b - a}')"
	done
}

log "sitemap benchmark: ARTICLES=$ARTICLES XMX=$XMX ROUNDS=$ROUNDS; $(nproc) cores; $(java -version 2>&1 | head -n 1)"
log "load average: $(cut -d' ' -f1-3 /proc/loadavg)"

# 1. schema
app schema
stop_app
log "schema created"

# 2. bulk insert: PAIRS translation pairs, English id odd (the original), Chinese id even
PAIRS=$((ARTICLES / 2))
STEP=$((3 * 365 * 24 * 3600 / PAIRS))
[ "$STEP" -ge 1 ] || STEP=1
STAMP=$(date -u +'%Y-%m-%d %H:%M:%S+00')
{
	lo=1
	while [ "$lo" -le "$PAIRS" ]; do
		hi=$((lo + 9999))
		[ "$hi" -le "$PAIRS" ] || hi=$PAIRS
		for lang in en zh; do
			if [ "$lang" = en ]; then id='2 * X - 1' title="'Benchmark article ' || X"; else id='2 * X' title="'基准文章 ' || X"; fi
			cat <<-SQL
				INSERT INTO article (id, translation_group, language, title, slug, summary, body, status,
				    published_at, views, created_at, updated_at)
				SELECT $id, 2 * X - 1, '$lang', $title, 'benchmark-article-' || X, 'Summary ' || X,
				  '<p>Body of benchmark article ' || X || '.</p>', 'PUBLISHED',
				  DATEADD(SECOND, -(X * $STEP), TIMESTAMP WITH TIME ZONE '$STAMP'), 0,
				  TIMESTAMP WITH TIME ZONE '$STAMP', DATEADD(SECOND, -(X * $STEP), TIMESTAMP WITH TIME ZONE '$STAMP')
				FROM SYSTEM_RANGE($lo, $hi);
			SQL
		done
		lo=$((hi + 1))
	done
	echo "ALTER TABLE article ALTER COLUMN id RESTART WITH $((2 * PAIRS + 1));"
	echo "SHUTDOWN COMPACT;"
} >"$TMP/bulk.sql"
start=$(date +%s.%N)
java -cp "$H2_JAR" org.h2.tools.RunScript -url "$H2_URL" -user sa -password "" -script "$TMP/bulk.sql" ||
	die "bulk insert failed"
log "inserted $((2 * PAIRS)) articles in $(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN{printf "%.1f", b-a}') s (database $(du -sh "$DATA/db" | cut -f1))"

# 3. default limit: an index and per-language files of at most 50,000 URLs
app split
log "app up with -Xmx$XMX, 50,000 URLs a file; heap in use $(heap_mb) MB, max $(awk -v b="$(metric 'jvm.memory.max?tag=area:heap')" 'BEGIN{printf "%.0f", b / 1048576}') MB"
curl -sf -m 600 -o /dev/null "$APP/sitemap-en-1.xml" || die "warm-up failed" # warm-up: JIT, caches
EN_URLS=$((PAIRS + 2)) # per language: the home page, the news list and PAIRS articles
fetch index /sitemap.xml -
for lang in en zh; do
	for ((page = 1; (page - 1) * 50000 < EN_URLS; page++)); do
		left=$((EN_URLS - (page - 1) * 50000))
		fetch "$lang-$page" "/sitemap-$lang-$page.xml" $((left < 50000 ? left : 50000))
	done
done
fetch news /sitemap-news.xml -
stop_app

# 4. one file for everything
app single --newscenter.feed.sitemap-max-urls=10000000
log "app up with -Xmx$XMX, one file for all URLs; heap in use $(heap_mb) MB"
curl -sf -m 600 -o /dev/null "$APP/sitemap.xml" || die "warm-up failed"
fetch single /sitemap.xml $((2 * EN_URLS))
stop_app
log "done; output also in $OUT_DIR/sitemap-last-run.txt"
