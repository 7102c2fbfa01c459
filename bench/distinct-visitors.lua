-- wrk script: every request is a new visitor of the page.
--
-- Each request carries a browser User-Agent and a `Cookie: nc_vid=<unique>` header, so the
-- site counts every successful GET as one view (visitors are told apart by nc_vid). The value
-- is <run nonce>-<thread number>-<per-thread counter>: unique across threads and runs.
--
-- Usage:
--   wrk -t2 -c32 -d15s -s distinct-visitors.lua URL -- <nonce> [<window seconds>] [<accept-encoding>]
--
-- Without a window, wrk runs as usual. With one (say 10 for -d15s), each thread sends
-- requests for <window> seconds and then stops sending (delay() holds every connection), so
-- the requests in flight finish and are read before wrk ends: every request sent gets its
-- response counted, which makes "2xx responses" comparable one to one with the views the
-- site counted. wrk's own Requests/sec then divides by -d; the BENCH line's rps divides the
-- requests sent by the window instead. (Needs LuaJIT's ffi for a clock; without it the
-- window is ignored and unanswered requests show up as inflight.)
--
-- With an <accept-encoding> (say "gzip, deflate, br", as browsers send), requests carry it and
-- the responses that come gzip-compressed are counted; wrk does not decompress them.
--
-- done() prints one machine-readable line for bench/run.sh:
--   BENCH requests=… rps=… p50_ms=… p95_ms=… p99_ms=… ok=… non2xx=… sent=… inflight=… errors=… gzip=…
-- ok counts responses with status 200, sent the requests generated, and inflight = sent -
-- responses: requests wrk sent but stopped waiting for when its time was up; gzip counts the
-- 200 responses sent with Content-Encoding: gzip.

local threads = {}

local user_agent = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
	.. "Chrome/124.0.0.0 Safari/537.36"

-- a monotonic clock in seconds, or nil without LuaJIT's ffi
local function clock()
	return nil
end
local has_ffi, ffi = pcall(require, "ffi")
if has_ffi then
	ffi.cdef([[
		typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
		int clock_gettime(int clock_id, bench_timespec *tp);
	]])
	local ts = ffi.new("bench_timespec")
	clock = function()
		ffi.C.clock_gettime(1, ts) -- CLOCK_MONOTONIC
		return tonumber(ts.tv_sec) + tonumber(ts.tv_nsec) / 1e9
	end
end

-- Runs in the main thread once per wrk thread, before the threads start.
function setup(thread)
	table.insert(threads, thread)
	thread:set("thread_number", #threads)
end

-- Runs inside each thread; these globals are per thread.
function init(args)
	nonce = args[1] or tostring(os.time())
	window = tonumber(args[2] or "")
	sent = 0
	ok = 0
	gzipped = 0
	responses = 0
	headers = {
		["User-Agent"] = user_agent,
		["Accept"] = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
		["Accept-Language"] = "en",
	}
	if args[3] and args[3] ~= "" then
		headers["Accept-Encoding"] = args[3]
	end
	-- wrk calls request() once in the first thread, before any connection opens, to check
	-- the request it makes (script_verify_request); that request is never sent: skip it
	probe = (thread_number == 1)
	if window and has_ffi then
		-- wrk asks delay() before every request: 0 ms during the window, then an hour
		local stop_at = nil
		function delay()
			local now = clock()
			stop_at = stop_at or (now + window)
			if now < stop_at then
				return 0
			end
			return 3600000
		end
	else
		window = nil
	end
end

function request()
	if probe then
		probe = false
		return wrk.format("GET", nil, headers)
	end
	sent = sent + 1
	headers["Cookie"] = "nc_vid=" .. nonce .. "-" .. thread_number .. "-" .. sent
	return wrk.format("GET", nil, headers)
end

function response(status, response_headers, body)
	responses = responses + 1
	if status == 200 then
		ok = ok + 1
		if response_headers["Content-Encoding"] == "gzip" then
			gzipped = gzipped + 1
		end
	end
end

function done(summary, latency, requests)
	local total_ok, total_sent, total_responses, total_gzipped, windowed = 0, 0, 0, 0, nil
	for _, thread in ipairs(threads) do
		total_ok = total_ok + thread:get("ok")
		total_gzipped = total_gzipped + thread:get("gzipped")
		total_sent = total_sent + thread:get("sent")
		total_responses = total_responses + thread:get("responses")
		windowed = thread:get("window")
	end
	local rps = summary.requests / (summary.duration / 1e6)
	if windowed then
		rps = total_sent / windowed
	end
	local errors = summary.errors.connect + summary.errors.read + summary.errors.write
		+ summary.errors.timeout
	io.write(string.format(
		"BENCH requests=%d rps=%.1f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f ok=%d non2xx=%d sent=%d inflight=%d errors=%d gzip=%d\n",
		summary.requests, rps,
		latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
		total_ok, total_responses - total_ok, total_sent, total_sent - total_responses, errors, total_gzipped))
end
