-- wrk script: plain GETs with a browser User-Agent; done() prints latency percentiles
-- (p95 is not in wrk's own --latency table) as one machine-readable line for bench/run.sh:
--   BENCH requests=… rps=… p50_ms=… p95_ms=… p99_ms=… ok=… non2xx=… sent=… inflight=… errors=…
-- ok/non2xx come from wrk's status-error counter (status > 399); sent/inflight are not
-- tracked here (0) because a response() callback would add client-side work.

wrk.headers["User-Agent"] = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
	.. "Chrome/124.0.0.0 Safari/537.36"
wrk.headers["Accept"] = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
wrk.headers["Accept-Language"] = "en"

function done(summary, latency, requests)
	local errors = summary.errors.connect + summary.errors.read + summary.errors.write
		+ summary.errors.timeout
	io.write(string.format(
		"BENCH requests=%d rps=%.1f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f ok=%d non2xx=%d sent=0 inflight=0 errors=%d\n",
		summary.requests, summary.requests / (summary.duration / 1e6),
		latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
		summary.requests - summary.errors.status, summary.errors.status, errors))
end
