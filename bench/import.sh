#!/usr/bin/env bash
# NewsCenter WordPress import benchmark: how long importing a WordPress site takes, against
# creating the same articles one by one through the JSON API in the same run.
#
#   bench/import.sh                        # POSTS=2000 IMAGES=100, -Xmx256m
#   POSTS=10000 IMAGES=500 bench/import.sh
#
# Steps:
#   1. python3 writes a WXR export of POSTS published posts (2 KB classic-editor bodies, half
#      English, half Chinese, three categories) whose bodies and featured images use IMAGES
#      PNG files, and zips it with a wp-content/uploads folder holding those files;
#   2. the app starts on a new data dir (no demo content, -Xmx$XMX); POST /api/v1/import of the
#      ZIP is timed and its report checked (POSTS imported, IMAGES stored, none failed);
#   3. the same ZIP is imported again and timed: every post is found imported and left out;
#   4. the reference: POSTS articles with the same titles and bodies are created with
#      POST /api/v1/articles, one request after another on one kept-alive connection (one curl
#      process reading its requests from a file).
#
# Everything runs on 127.0.0.1. Every process this script starts is stopped on exit (trap),
# every wait is bounded. Output is also written to bench/out/import-last-run.txt.
#
# Needs: a JDK 17, python3, curl, unzip, awk. Knobs: POSTS=2000 IMAGES=100 XMX=256m
# APP_PORT=18097 JAR=target/newscenter.jar JAVA_OPTS= START_TIMEOUT=300 KEEP_TMP=0

set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(dirname "$BENCH_DIR")
OUT_DIR=$BENCH_DIR/out
POSTS=${POSTS:-2000}
IMAGES=${IMAGES:-100}
XMX=${XMX:-256m}
APP_PORT=${APP_PORT:-18097}
JAR=${JAR:-$REPO_DIR/target/newscenter.jar}
JAVA_OPTS=${JAVA_OPTS:-}
START_TIMEOUT=${START_TIMEOUT:-300}
KEEP_TMP=${KEEP_TMP:-0}
HOST=127.0.0.1
APP=http://$HOST:$APP_PORT
PASSWORD=bench-import-password

mkdir -p "$OUT_DIR"
exec > >(trap '' INT TERM; exec tee "$OUT_DIR/import-last-run.txt") 2>&1

# shellcheck source=bench/common.sh
. "$BENCH_DIR/common.sh"
command -v python3 >/dev/null || die "python3 is missing"
bench_setup import

log "import benchmark: POSTS=$POSTS IMAGES=$IMAGES XMX=$XMX; $(nproc) cores; $(java -version 2>&1 | head -n 1)"
log "load average: $(cut -d' ' -f1-3 /proc/loadavg)"

# 1. the export, its uploads and the reference's requests
python3 - "$TMP" "$POSTS" "$IMAGES" "$APP" <<'PY'
import json, os, struct, sys, zipfile, zlib

folder, posts, images, app = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]

def png(n):
    width, height = 640, 360
    row = b"\x00" + bytes((x + n * 17) % 256 for x in range(width * 3))
    raw = row * height
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 6)) + chunk(b"IEND", b"")

categories = [("company-news", "Company News"), ("projects", "Projects"), ("industry", "Industry")]
para_en = "The harbour works went on through the week, and the crews finished another stretch of the quay wall."
para_zh = "本周港口工程继续推进，施工队又完成了一段码头岸壁，进度与计划一致。"
items, requests = [], []
for i in range(1, posts + 1):
    english = i % 2 == 1
    title = ("Benchmark post %d" % i) if english else ("基准文章 %d" % i)
    body = "\n\n".join([para_en if english else para_zh] * 18)
    image = (i % images) + 1
    url = "https://old.example.com/wp-content/uploads/2024/01/photo-%d-300x169.png" % image
    content = body + '\n\n<img class="aligncenter" src="%s" alt="">' % url
    slug, name = categories[i % 3]
    items.append("""<item><title><![CDATA[%s]]></title><content:encoded><![CDATA[%s]]></content:encoded>
<excerpt:encoded><![CDATA[Summary %d]]></excerpt:encoded><wp:post_id>%d</wp:post_id>
<wp:post_date_gmt>2024-01-01 00:00:00</wp:post_date_gmt><wp:post_name>post-%d</wp:post_name>
<wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
<category domain="category" nicename="%s"><![CDATA[%s]]></category>
<category domain="language" nicename="%s">x</category>
<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>%d</wp:meta_value></wp:postmeta></item>"""
                 % (title, content, i, i, i, slug, name, "en" if english else "zh", 1000000 + image))
    html = "".join("<p>%s</p>" % (para_en if english else para_zh) for _ in range(18))
    requests.append(json.dumps({"language": "en" if english else "zh", "title": title, "body": html,
                                "summary": "Summary %d" % i, "categories": [slug], "status": "published",
                                "publishAt": "2024-01-01T00:00:00Z"}, ensure_ascii=False))
for n in range(1, images + 1):
    items.append("""<item><title>photo-%d</title><wp:post_id>%d</wp:post_id><wp:status>inherit</wp:status>
<wp:post_type>attachment</wp:post_type>
<wp:attachment_url>https://old.example.com/wp-content/uploads/2024/01/photo-%d.png</wp:attachment_url></item>"""
                 % (n, 1000000 + n, n))
wxr = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
 xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Benchmark</title><link>https://old.example.com</link><wp:wxr_version>1.2</wp:wxr_version>
<wp:base_site_url>https://old.example.com</wp:base_site_url>
%s
%s
</channel></rss>""" % ("\n".join("<wp:category><wp:category_nicename>%s</wp:category_nicename><wp:category_parent>"
                                  "</wp:category_parent><wp:cat_name>%s</wp:cat_name></wp:category>" % c
                                  for c in categories), "\n".join(items))
with zipfile.ZipFile(os.path.join(folder, "site.zip"), "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("export/benchmark.WordPress.xml", wxr)
    for n in range(1, images + 1):
        z.writestr("wp-content/uploads/2024/01/photo-%d.png" % n, png(n), compress_type=zipfile.ZIP_STORED)
with open(os.path.join(folder, "create.json"), "w") as out:
    json.dump(requests, out, ensure_ascii=False)
PY
log "export: $(du -h "$TMP/site.zip" | cut -f1) ZIP with $POSTS posts and $IMAGES images"

report() {
	python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print(len(r["imported"]), len(r["skipped"]), len(r["failed"]), r["imagesStored"])' "$1"
}

# 2. the import
DATA=$TMP/data
start_app import "$DATA"
log "app answering after $STARTED_IN s"
TOKEN=$(admin_token "$PASSWORD") || die "no API token"

import_seconds=$(curl -sf -m 3600 -H "Authorization: Bearer $TOKEN" -F file=@"$TMP/site.zip" -F language=en \
	-o "$TMP/first.json" -w '%{time_total}' "$APP/api/v1/import") || die "POST /api/v1/import failed"
read -r imported skipped failed stored <<<"$(report "$TMP/first.json")"
[ "$imported" = "$POSTS" ] && [ "$failed" = 0 ] && [ "$stored" = "$IMAGES" ] ||
	die "the import reported $imported imported, $failed failed, $stored images"
log "imported $imported posts and $stored images"

# 3. the same export again
again_seconds=$(curl -sf -m 3600 -H "Authorization: Bearer $TOKEN" -F file=@"$TMP/site.zip" -F language=en \
	-o "$TMP/again.json" -w '%{time_total}' "$APP/api/v1/import") || die "the second import failed"
read -r imported_again skipped_again _ stored_again <<<"$(report "$TMP/again.json")"
[ "$imported_again" = 0 ] && [ "$skipped_again" = "$POSTS" ] && [ "$stored_again" = 0 ] ||
	die "the second import imported $imported_again posts"

# 4. the reference: the same articles through the JSON API, one request after another
python3 - "$TMP" "$APP" "$TOKEN" <<'PY'
import json, os, sys
folder, app, token = sys.argv[1:4]
requests = json.load(open(os.path.join(folder, "create.json")))
with open(os.path.join(folder, "create.curl"), "w") as out:
    for i, body in enumerate(requests):
        if i:
            out.write("next\n")
        out.write('url = "%s/api/v1/articles"\nheader = "Authorization: Bearer %s"\n' % (app, token))
        out.write('header = "Content-Type: application/json"\nsilent\noutput = "/dev/null"\n')
        out.write('write-out = "%%{http_code}\\n"\ndata-binary = %s\n' % json.dumps(body, ensure_ascii=False))
PY
started=$(date +%s.%N)
curl -K "$TMP/create.curl" >"$TMP/create.codes" || die "the reference's requests failed"
api_seconds=$(since "$started")
created=$(grep -c '^201$' "$TMP/create.codes" || true)
[ "$created" = "$POSTS" ] || die "the reference created $created articles"
stop_app

printf '\n%-52s %s posts (%s images, %s)\n' "export" "$POSTS" "$IMAGES" "$(du -h "$TMP/site.zip" | cut -f1)"
printf '%-52s %.2f s (%.0f posts/s)\n' "import, POST /api/v1/import" "$import_seconds" \
	"$(awk -v n="$POSTS" -v s="$import_seconds" 'BEGIN{print n / s}')"
printf '%-52s %.2f s\n' "the same export again (all left out)" "$again_seconds"
printf '%-52s %.2f s (%.0f articles/s)\n' "reference: POST /api/v1/articles one by one" "$api_seconds" \
	"$(awk -v n="$POSTS" -v s="$api_seconds" 'BEGIN{print n / s}')"
printf '%-52s %.2f\n' "import time / reference time" "$(awk -v a="$import_seconds" -v b="$api_seconds" 'BEGIN{print a / b}')"
