-- wrk script: every request is a new visitor of the page.
--
-- Each request carries a browser User-Agent and a `Cookie: nc_vid=<unique>` header, so the
-- site counts every successful GET as one view (visitors are told apart by nc_vid). The value
-- is <run nonce>-<thread number>-<per-thread counter>, unique across threads and runs.
--
-- Usage: wrk -t2 -c32 -d10s -s distinct-visitors.lua http://127.0.0.1:18080/en/news/1 -- <nonce>
--
-- done() prints one machine-readable line for bench/run.sh:
--   BENCH requests=… rps=… p50_ms=… p95_ms=… p99_ms=… ok=… non2xx=… sent=… inflight=… errors=…
-- where ok counts responses with status 200, sent counts requests handed to the socket, and
-- inflight = sent - responses, i.e. requests the server may still have received but whose
-- answer wrk no longer read because the run ended.

local threads = {}

local user_agent = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
	.. "Chrome/124.0.0.0 Safari/537.36"

-- Runs in the main thread once per wrk thread, before the threads start.
function setup(thread)
	table.insert(threads, thread)
	thread:set("thread_number", #threads)
end

-- Runs inside each thread; these globals are per thread.
function init(args)
	nonce = args[1] or tostring(os.time())
	sent = 0
	ok = 0
	responses = 0
	headers = {
		["User-Agent"] = user_agent,
		["Accept"] = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
		["Accept-Language"] = "en",
	}
end

function request()
	sent = sent + 1
	headers["Cookie"] = "nc_vid=" .. nonce .. "-" .. thread_number .. "-" .. sent
	return wrk.format("GET", nil, headers)
end

function response(status, response_headers, body)
	responses = responses + 1
	if status == 200 then
		ok = ok + 1
	end
end

function done(summary, latency, requests)
	local total_ok, total_sent, total_responses = 0, 0, 0
	for _, thread in ipairs(threads) do
		total_ok = total_ok + thread:get("ok")
		total_sent = total_sent + thread:get("sent")
		total_responses = total_responses + thread:get("responses")
	end
	local errors = summary.errors.connect + summary.errors.read + summary.errors.write
		+ summary.errors.timeout
	io.write(string.format(
		"BENCH requests=%d rps=%.1f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f ok=%d non2xx=%d sent=%d inflight=%d errors=%d\n",
		summary.requests, summary.requests / (summary.duration / 1e6),
		latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
		total_ok, total_responses - total_ok, total_sent, total_sent - total_responses, errors))
end
