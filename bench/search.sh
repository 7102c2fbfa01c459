#!/usr/bin/env bash
# NewsCenter search benchmark: index build time and query latency with a large archive.
#
#   bench/search.sh                              # ARTICLES=100000 DURATION=10s, about 6 minutes
#   ARTICLES=20000 DURATION=5s bench/search.sh   # a quick run
#
# What it does:
#   1. starts the jar once on a fresh data dir (no demo content) so Flyway creates the schema;
#   2. writes ARTICLES published articles straight into the embedded H2 database with JDBC
#      batches, half English and half Chinese: headline, summary and a body of five paragraphs
#      (about 150 English words or 700 Chinese characters) built from a vocabulary of ~200
#      news words per language with a skewed (Zipf-like) frequency, spread over three years;
#   3. starts the app on that data dir without a search index: it rebuilds the index at start.
#      The index build time from scratch is the app's own log line
#      "Search index rebuilt: N articles in M ms" (plus launch-to-done wall time);
#   4. runs wrk against GET /api/v1/search (JSON: search, highlighting and URLs, no page
#      rendering) and against the search page for four query sets — one word and two words,
#      in English and in Chinese — each request taking the next query of its set (30 to 40
#      queries each, from frequent to rare words): once the app is idle after the rebuild (its
#      segment merges done), a warm-up round over every set, then per set WARMUP and
#      DURATION of wrk -t1 -c$CONNECTIONS. Printed: p50/p95/p99 in ms, requests/s, and the average number of hits.
#
# Everything runs on 127.0.0.1:$APP_PORT (18090); every process started here is stopped on
# exit, and every wait is bounded. Output: terminal and bench/out/search-last-run.txt; app
# and wrk logs in bench/out/search-logs/.
#
# Needs: a JDK 17, curl, unzip, wrk (Debian: apt-get install -y wrk curl unzip).
#
# The machine's 2 cores are shared: before each measured run the script waits (at most
# QUIET_WAIT s) until other processes use less than QUIET_MAX % of one core, and every run
# line shows the CPU that other processes used meanwhile ("other"); runs with a busy "other"
# are not comparable with quiet ones.
#
# Knobs: ARTICLES (100000), DURATION (10s), WARMUP (5s), CONNECTIONS (1), APP_PORT (18090),
#        JAR (target/newscenter.jar; built with ./mvnw if missing), JAVA_OPTS,
#        START_TIMEOUT (180 s), REBUILD_TIMEOUT (1200 s), QUIET_WAIT (60), QUIET_MAX (25),
#        SETS ("en-1 en-2 zh-1 zh-2"), KEEP_TMP=1.

set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(dirname "$BENCH_DIR")
OUT_DIR=$BENCH_DIR/out
LOG_DIR=$OUT_DIR/search-logs

ARTICLES=${ARTICLES:-100000}
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-5s}
CONNECTIONS=${CONNECTIONS:-1}
APP_PORT=${APP_PORT:-18090}
JAR=${JAR:-$REPO_DIR/target/newscenter.jar}
JAVA_OPTS=${JAVA_OPTS:-}
START_TIMEOUT=${START_TIMEOUT:-180}
REBUILD_TIMEOUT=${REBUILD_TIMEOUT:-1200}
KEEP_TMP=${KEEP_TMP:-0}
QUIET_WAIT=${QUIET_WAIT:-60}
QUIET_MAX=${QUIET_MAX:-25}

HOST=127.0.0.1
APP=http://$HOST:$APP_PORT

rm -rf "$LOG_DIR"
mkdir -p "$OUT_DIR" "$LOG_DIR"
exec > >(trap '' INT TERM; exec tee "$OUT_DIR/search-last-run.txt") 2>&1

T0=$(date +%s.%N)
log() { printf '[%6.1fs] %s\n' "$(awk -v a="$T0" -v b="$(date +%s.%N)" 'BEGIN{print b-a}')" "$*" >&2; }
die() {
	log "ERROR: $*"
	exit 1
}
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN{printf "%.2f", b-a}'; }
port_busy() { (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null; }
http_status() { curl -s -o /dev/null -m 10 -w '%{http_code}' "$@" || true; }

# CPU ticks (1/100 s) used by a process; busy and total ticks of the machine (all cores)
cpu_ticks() { sed 's/^.*) //' "/proc/$1/stat" 2>/dev/null | awk '{print $12 + $13}' || echo 0; }
machine_ticks() { awk '/^cpu /{print $2+$3+$4+$7+$8+$9, $2+$3+$4+$5+$6+$7+$8+$9}' /proc/stat; }
# other_cpu A0 M0 A1 M1 WRK_SECONDS — % of one core used by others than the app and wrk
other_cpu() {
	echo "$2 $4" | awk -v a="$(($3 - $1))" -v w="$5" -v n="$(nproc)" '{
		split($0, t, " "); busy = t[3] - t[1]; total = t[4] - t[2]
		o = ((total > 0) ? busy / total * 100 * n : 0) - a * 100 / ((total > 0) ? total / n : 1) - w
		printf "%.0f", (o < 0) ? 0 : o }'
}
# wait_quiet — waits at most QUIET_WAIT s until others use less than QUIET_MAX % of a core
wait_quiet() {
	local start a0 m0 other
	start=$(now)
	while :; do
		a0=$(cpu_ticks "$APP_PID")
		m0=$(machine_ticks)
		sleep 1
		other=$(other_cpu "$a0" "$m0" "$(cpu_ticks "$APP_PID")" "$(machine_ticks)" 0)
		[ "$other" -lt "$QUIET_MAX" ] && return 0
		if awk -v e="$(elapsed "$start")" -v t="$QUIET_WAIT" 'BEGIN{exit !(e > t)}'; then
			log "   other processes still use ${other}% of a core; measuring anyway"
			return 0
		fi
	done
}

APP_PID=
TMP=
cleanup() {
	local status=$?
	set +e
	[ -z "$APP_PID" ] || stop_app
	if [ -n "$TMP" ] && [ -d "$TMP" ]; then
		if [ "$KEEP_TMP" = 1 ]; then log "kept $TMP"; else rm -rf "$TMP"; fi
	fi
	[ "$status" = 0 ] || log "exit status $status (logs: $LOG_DIR)"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# start_app DATA_DIR LOG_NAME — in the background, sets APP_PID and APP_LOG
start_app() {
	port_busy "$APP_PORT" && die "port $APP_PORT is already in use; set APP_PORT"
	APP_LOG=$LOG_DIR/app-$2.log
	# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
	# the scheduled publishing check reads the whole article table every 0.5 s (no index on
	# status), which with this many articles keeps half a core busy: checked once a minute
	# here, so the figures are about search
	java $JAVA_OPTS -jar "$JAR" --server.address="$HOST" --server.port="$APP_PORT" \
		--newscenter.data-dir="$1" --newscenter.demo-content=false \
		--newscenter.publishing.check-interval=PT1M >"$APP_LOG" 2>&1 &
	APP_PID=$!
}

# wait_until SECONDS COMMAND... — polls COMMAND every 0.1 s while the app lives
wait_until() {
	local timeout=$1 start
	shift
	start=$(now)
	until "$@"; do
		kill -0 "$APP_PID" 2>/dev/null || {
			tail -n 30 "$APP_LOG" >&2
			die "the app exited (log: $APP_LOG)"
		}
		awk -v e="$(elapsed "$start")" -v t="$timeout" 'BEGIN{exit !(e > t)}' && die "timed out after ${timeout}s: $*"
		sleep 0.1
	done
}

app_ready() { [ "$(http_status "$APP/actuator/health/readiness")" = 200 ]; }
index_rebuilt() { grep -q 'Search index rebuilt' "$APP_LOG"; }

stop_app() {
	local pid=$APP_PID i
	kill -TERM "$pid" 2>/dev/null || true
	for ((i = 0; i < 600; i++)); do
		kill -0 "$pid" 2>/dev/null || break
		sleep 0.1
	done
	kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null
	wait "$pid" 2>/dev/null || true
	APP_PID=
}

for tool in java curl wrk unzip awk; do
	command -v "$tool" >/dev/null || die "$tool is missing (Debian: apt-get install -y wrk curl unzip)"
done
port_busy "$APP_PORT" && die "port $APP_PORT is already in use; set APP_PORT"
if [ ! -f "$JAR" ]; then
	log "building $JAR (./mvnw -q -DskipTests package)"
	(cd "$REPO_DIR" && ./mvnw -q -DskipTests package) || die "build failed"
fi

TMP=$(mktemp -d /tmp/newscenter-search-bench.XXXXXX)
DATA=$TMP/data
H2_JAR=$TMP/h2.jar
h2_entry=$(unzip -Z1 "$JAR" | grep -E '^BOOT-INF/lib/h2-[0-9.]+\.jar$' | head -n 1 || true)
[ -n "$h2_entry" ] || die "no H2 driver in $JAR"
unzip -p "$JAR" "$h2_entry" >"$H2_JAR"

log "search benchmark: ARTICLES=$ARTICLES DURATION=$DURATION CONNECTIONS=$CONNECTIONS; $(nproc) cores; $(java -version 2>&1 | head -n 1)"
log "load average before start: $(cut -d' ' -f1-3 /proc/loadavg)"

# ---------------------------------------------------------------------------------------------
# 1. Schema
# ---------------------------------------------------------------------------------------------

mkdir -p "$DATA"
start_app "$DATA" schema
wait_until "$START_TIMEOUT" app_ready
stop_app
rm -rf "$DATA/search"

# ---------------------------------------------------------------------------------------------
# 2. Articles, written by a small JDBC program (Java single-file source launch)
# ---------------------------------------------------------------------------------------------

cat >"$TMP/SearchData.java" <<'JAVA'
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Writes N published articles, half English and half Chinese, and the benchmark's queries. */
public class SearchData {

	static final String[] EN = ("railway bridge tunnel signal station contract project construction engineering metro "
			+ "highway port energy power solar wind water pipeline cable track train passenger freight safety quality "
			+ "design survey team engineer worker partner client government ministry city province region country "
			+ "border river mountain valley coast harbour airport terminal platform concrete steel cement asphalt "
			+ "machine crane drill shield excavation foundation pier span deck beam girder arch viaduct interchange "
			+ "expressway lane corridor line section phase milestone completion opening ceremony agreement investment "
			+ "financing budget cost schedule delay progress inspection test commissioning handover operation "
			+ "maintenance upgrade renovation expansion extension capacity speed kilometre tonne record award prize "
			+ "innovation technology digital smart system software sensor automation research laboratory patent "
			+ "standard training apprentice school university student community village resident environment ecology "
			+ "forest tree emission carbon recycling waste noise dust weather flood storm earthquake winter summer night "
			+ "shift volunteer charity donation hospital health culture festival exhibition conference forum "
			+ "delegation visit meeting report quarter revenue profit growth market export overseas africa asia europe "
			+ "america danube serbia hungary belgrade budapest communication telecom network electrification "
			+ "substation transformer grid data centre group company employee").split(" ");

	static final String[] ZH = ("铁路 桥梁 隧道 信号 通信 车站 合同 项目 建设 工程 地铁 公路 港口 能源 电力 光伏 风电 水利 管道 电缆 "
			+ "轨道 列车 旅客 货运 安全 质量 设计 勘察 团队 工程师 工人 伙伴 业主 政府 部门 城市 省份 地区 国家 边境 河流 山区 峡谷 "
			+ "海岸 码头 机场 航站楼 站台 混凝土 钢材 水泥 沥青 机械 起重机 钻机 盾构 开挖 基础 桥墩 跨度 桥面 钢梁 拱桥 高架 立交 "
			+ "高速 车道 走廊 线路 区段 阶段 里程碑 竣工 通车 仪式 协议 投资 融资 预算 成本 工期 延误 进展 检查 试验 调试 移交 运营 "
			+ "维护 升级 改造 扩建 延伸 运力 速度 公里 吨位 纪录 奖项 创新 技术 数字化 智能 系统 软件 传感器 自动化 研究 实验室 专利 "
			+ "标准 培训 学徒 学校 大学 学生 社区 村庄 居民 环境 生态 森林 树木 排放 回收 废物 噪声 扬尘 天气 洪水 暴雨 地震 冬季 "
			+ "夏季 夜间 班组 志愿者 公益 捐赠 医院 健康 文化 节日 展览 会议 论坛 代表团 访问 座谈 报告 季度 收入 利润 增长 市场 "
			+ "出口 海外 非洲 亚洲 欧洲 美洲 多瑙河 塞尔维亚 匈牙利 贝尔格莱德 布达佩斯 电气化 变电站 变压器 电网 网络 数据 平台 "
			+ "中心 集团 公司 员工").split(" ");

	static final String[] ZH_GLUE = { "的", "和", "在", "完成了", "推进", "实现", "开展", "加强", "提升", "与" };

	static final String[] EN_GLUE = { "the", "of", "and", "in", "for", "with", "on", "to", "a", "new" };

	public static void main(String[] args) throws Exception {
		String url = args[0];
		int n = Integer.parseInt(args[1]);
		Path out = Path.of(args[2]);
		Random random = new Random(20260101);
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		long step = Math.max(1, 3L * 365 * 24 * 3600 / n);
		try (Connection db = DriverManager.getConnection(url, "sa", "")) {
			db.setAutoCommit(false);
			long base = 0;
			try (var rs = db.createStatement().executeQuery("SELECT COALESCE(MAX(id), 0) FROM article")) {
				rs.next();
				base = rs.getLong(1);
			}
			try (PreparedStatement insert = db.prepareStatement("INSERT INTO article (id, translation_group, language, "
					+ "title, slug, summary, body, status, published_at, views, created_at, updated_at) "
					+ "VALUES (?, ?, ?, ?, ?, ?, ?, 'PUBLISHED', ?, 0, ?, ?)")) {
				for (int i = 1; i <= n; i++) {
					boolean zh = i % 2 == 0;
					long id = base + i;
					insert.setLong(1, id);
					insert.setLong(2, id);
					insert.setString(3, zh ? "zh" : "en");
					insert.setString(4, zh ? zhSentence(random, 6) : enTitle(random, 7));
					insert.setString(5, "bench-" + id);
					insert.setString(6, zh ? zhSentence(random, 14) + "。" : enSentence(random, 16));
					StringBuilder body = new StringBuilder();
					for (int p = 0; p < 5; p++) {
						body.append("<p>");
						for (int s = 0; s < 3; s++) {
							body.append(zh ? zhSentence(random, 12) + "。" : enSentence(random, 10) + " ");
						}
						body.append("</p>");
					}
					insert.setString(7, body.toString());
					insert.setObject(8, now.minusSeconds(i * step));
					insert.setObject(9, now);
					insert.setObject(10, now);
					insert.addBatch();
					if (i % 1000 == 0 || i == n) {
						insert.executeBatch();
						db.commit();
					}
				}
			}
			db.createStatement().execute("ALTER TABLE article ALTER COLUMN id RESTART WITH " + (base + n + 1));
			db.commit();
		}
		queries(out, "en", EN, " ");
		queries(out, "zh", ZH, " ");
	}

	/** One-word and two-word queries over the frequency ranks, frequent to rare. */
	static void queries(Path out, String lang, String[] words, String space) throws Exception {
		List<String> one = new ArrayList<>();
		List<String> two = new ArrayList<>();
		for (int rank = 0; rank < words.length; rank += 5) {
			one.add(path(lang, words[rank]));
			two.add(path(lang, words[rank] + space + words[(rank * 7 + 3) % 40]));
		}
		Files.write(out.resolve(lang + "-1.txt"), one);
		Files.write(out.resolve(lang + "-2.txt"), two);
	}

	static String path(String lang, String query) {
		return "?lang=" + lang + "&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
	}

	/** A word by skewed rank: low ranks are frequent, like real text. */
	static String word(Random random, String[] words) {
		return words[(int) (words.length * Math.pow(random.nextDouble(), 2.2))];
	}

	static String enTitle(Random random, int words) {
		String sentence = enSentence(random, words);
		return sentence.substring(0, sentence.length() - 1);
	}

	static String enSentence(Random random, int words) {
		StringBuilder sentence = new StringBuilder();
		for (int w = 0; w < words; w++) {
			String next = (w % 3 == 2) ? EN_GLUE[random.nextInt(EN_GLUE.length)] : word(random, EN);
			sentence.append((w == 0) ? Character.toUpperCase(next.charAt(0)) + next.substring(1) : " " + next);
		}
		return sentence.append('.').toString();
	}

	static String zhSentence(Random random, int words) {
		StringBuilder sentence = new StringBuilder();
		for (int w = 0; w < words; w++) {
			sentence.append((w % 3 == 2) ? ZH_GLUE[random.nextInt(ZH_GLUE.length)] : word(random, ZH));
		}
		return sentence.toString();
	}

}
JAVA

log "== writing $ARTICLES articles (half en, half zh) into H2 =="
start=$(now)
mkdir -p "$TMP/queries"
java -cp "$H2_JAR" "$TMP/SearchData.java" "jdbc:h2:file:$DATA/db/newscenter" "$ARTICLES" "$TMP/queries" \
	>"$LOG_DIR/generate.log" 2>&1 || {
	cat "$LOG_DIR/generate.log"
	die "writing the articles failed"
}
log "written in $(elapsed "$start") s (database $(du -sh "$DATA/db" | cut -f1))"

# ---------------------------------------------------------------------------------------------
# 3. Index build from scratch: the app rebuilds the missing index at start
# ---------------------------------------------------------------------------------------------

log "== starting the app without a search index =="
start=$(now)
start_app "$DATA" rebuild
wait_until "$START_TIMEOUT" app_ready
ready_s=$(elapsed "$start")
wait_until "$REBUILD_TIMEOUT" index_rebuilt
rebuilt_s=$(elapsed "$start")
rebuild_line=$(grep -o 'Search index rebuilt: [0-9]* articles in [0-9]* ms' "$APP_LOG" | head -n 1)
indexed=$(echo "$rebuild_line" | awk '{print $4}')
build_ms=$(echo "$rebuild_line" | awk '{print $7}')
[ "$indexed" = "$ARTICLES" ] || die "indexed ${indexed:-nothing}, expected $ARTICLES ($rebuild_line)"
index_size=$(du -sh "$DATA/search" | cut -f1)
log "app ready after $ready_s s; $rebuild_line; done $rebuilt_s s after launch; index $index_size on disk"

# ---------------------------------------------------------------------------------------------
# 4. Query latency
# ---------------------------------------------------------------------------------------------

cat >"$TMP/search.lua" <<'LUA'
-- wrk script: each request takes the next query of a file of "?lang=..&q=.." lines (the
-- argument); done() prints one machine-readable line with the percentiles.
local queries = {}
local next_query = 1

function init(args)
	for line in io.lines(args[1]) do
		queries[#queries + 1] = line
	end
	wrk.headers["User-Agent"] = "Mozilla/5.0 (X11; Linux x86_64) search-bench"
end

function request()
	local path = wrk.path .. queries[next_query]
	next_query = next_query % #queries + 1
	return wrk.format("GET", path)
end

function done(summary, latency, requests)
	io.write(string.format("BENCH requests=%d rps=%.1f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f non2xx=%d errors=%d\n",
		summary.requests, summary.requests / (summary.duration / 1e6),
		latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
		summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write
			+ summary.errors.timeout))
end
LUA

declare -A R
# run NAME TARGET(api|page) SET — warm-up, then the measured wrk run; figures in R[NAME.*]
run() {
	local name=$1 target=$2 set=$3 url out kv
	if [ "$target" = api ]; then url="$APP/api/v1/search"; else url="$APP/${set%%-*}/search"; fi
	out=$LOG_DIR/wrk-$name.txt
	timeout 120 wrk -t1 -c"$CONNECTIONS" -d"$WARMUP" -s "$TMP/search.lua" "$url" -- "$TMP/queries/$set.txt" \
		>"$out.warmup" 2>&1 || die "wrk warm-up failed for $name"
	wait_quiet
	local a0 m0 TIMEFORMAT='%3U %3S'
	a0=$(cpu_ticks "$APP_PID")
	m0=$(machine_ticks)
	{ time timeout 600 wrk -t1 -c"$CONNECTIONS" -d"$DURATION" --timeout 30s -s "$TMP/search.lua" "$url" \
		-- "$TMP/queries/$set.txt" >"$out" 2>&1; } 2>"$out.time" || die "wrk failed for $name"
	local a1
	a1=$(cpu_ticks "$APP_PID")
	R[$name.other]=$(other_cpu "$a0" "$m0" "$a1" "$(machine_ticks)" \
		"$(awk -v d="$(echo "$DURATION" | tr -d 's')" '{printf "%.0f", ($1 + $2) * 100 / d}' "$out.time")")
	for kv in $(grep '^BENCH ' "$out" | cut -d' ' -f2-); do
		R[$name.${kv%%=*}]=${kv#*=}
	done
	[ -n "${R[$name.p95_ms]:-}" ] || die "no figures from wrk for $name"
	# the app's CPU per request: unlike latency, hardly changed by other processes' load
	R[$name.cpu_ms]=$(awk -v t="$((a1 - a0))" -v r="${R[$name.requests]}" 'BEGIN{printf "%.2f", (r > 0) ? t * 10 / r : 0}')
	[ "${R[$name.non2xx]}" = 0 ] || die "$name: ${R[$name.non2xx]} answers were not 2xx"
}

# average number of hits of a query set, from the API's totals
hits() {
	local set=$1 sum=0 count=0 total q
	while read -r q; do
		total=$(curl -sf -m 30 "$APP/api/v1/search$q" | grep -o '"total":[0-9]*' | cut -d: -f2)
		sum=$((sum + ${total:-0}))
		count=$((count + 1))
	done <"$TMP/queries/$set.txt"
	echo $((sum / count))
}

SETS=${SETS:-en-1 en-2 zh-1 zh-2}

# After the rebuild Lucene still merges segments in the background and the JIT compiles:
# wait until the app is calm, then warm every set up once, so the first set measured is not
# billed for it.
app_idle() {
	local a0
	a0=$(cpu_ticks "$APP_PID")
	sleep 2
	[ $(($(cpu_ticks "$APP_PID") - a0)) -lt 40 ] # under a fifth of a core
}
wait_until 300 app_idle
for set in $SETS; do
	for target in "$APP/api/v1/search" "$APP/${set%%-*}/search"; do
		timeout 120 wrk -t1 -c"$CONNECTIONS" -d"$WARMUP" -s "$TMP/search.lua" "$target" -- "$TMP/queries/$set.txt" \
			>>"$LOG_DIR/warm-up.txt" 2>&1 || die "wrk warm-up failed for $set"
	done
done
wait_until 300 app_idle
for set in $SETS; do
	R[hits.$set]=$(hits "$set")
	[ "${R[hits.$set]}" -gt 0 ] || die "the queries of $set find nothing"
	log "== $set: $(wc -l <"$TMP/queries/$set.txt") queries, on average ${R[hits.$set]} hits =="
	run "api-$set" api "$set"
	log "   API  p50 ${R[api-$set.p50_ms]} ms, p95 ${R[api-$set.p95_ms]} ms, p99 ${R[api-$set.p99_ms]} ms, ${R[api-$set.rps]} req/s; app CPU ${R[api-$set.cpu_ms]} ms/request; other processes ${R[api-$set.other]}% of a core"
	run "page-$set" page "$set"
	log "   page p50 ${R[page-$set.p50_ms]} ms, p95 ${R[page-$set.p95_ms]} ms, p99 ${R[page-$set.p99_ms]} ms, ${R[page-$set.rps]} req/s; app CPU ${R[page-$set.cpu_ms]} ms/request; other processes ${R[page-$set.other]}% of a core"
done
stop_app

echo
echo "============================== Search summary =============================="
echo "$ARTICLES published articles (half en, half zh); wrk -t1 -c$CONNECTIONS -d$DURATION; $(nproc) cores shared by wrk and the app"
printf '%-34s %s ms (%s articles; app ready %s s, index done %s s after launch; %s on disk)\n' \
	"index build from scratch" "$build_ms" "$indexed" "$ready_s" "$rebuilt_s" "$index_size"
printf '%-26s | %8s | %23s | %23s | %s | %s\n' "queries" "avg hits" "API p50 / p95 / p99 ms" \
	"page p50 / p95 / p99 ms" "app CPU ms/req (API, page)" "other CPU % (API, page)"
for set in $SETS; do
	case $set in
	en-1) label="English, one word" ;;
	en-2) label="English, two words" ;;
	zh-1) label="Chinese, one word" ;;
	zh-2) label="Chinese, two words" ;;
	esac
	printf '%-26s | %8s | %6s / %6s / %6s | %6s / %6s / %6s | %12s, %s | %s, %s\n' "$label" "${R[hits.$set]}" \
		"${R[api-$set.p50_ms]}" "${R[api-$set.p95_ms]}" "${R[api-$set.p99_ms]}" \
		"${R[page-$set.p50_ms]}" "${R[page-$set.p95_ms]}" "${R[page-$set.p99_ms]}" \
		"${R[api-$set.cpu_ms]}" "${R[page-$set.cpu_ms]}" "${R[api-$set.other]}" "${R[page-$set.other]}"
done
echo "goal: p95 under 20 ms; output: $OUT_DIR/search-last-run.txt, logs: $LOG_DIR/"
