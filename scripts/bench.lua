-- wrk script for `make bench` (scripts/bench.py): one URL per run, configured
-- by environment variables, and one line of JSON at the end.
--
--   BENCH_METHOD   GET (default) or POST
--   BENCH_BODIES   a file of form bodies, one per line; the threads take turns
--                  through it (each request its own line, so that every risk-test
--                  result counts a new test), starting again at the end
--   BENCH_COOKIE   a Cookie header: "sessionid=bench" makes a request non-anonymous,
--                  so the page cache never answers it (the "uncached" rows)
--   BENCH_THREADS  wrk's -t, so that each thread takes every n-th body
--
-- Every request asks for compressed responses, as browsers do.

local method = os.getenv("BENCH_METHOD") or "GET"
local bodies_file = os.getenv("BENCH_BODIES")
local cookie = os.getenv("BENCH_COOKIE")
local stride = tonumber(os.getenv("BENCH_THREADS") or "1")

local counter = 0

function setup(thread)
   thread:set("number", counter)
   counter = counter + 1
end

local headers = {}
local bodies = {}
local position = 0

function init(args)
   headers["Accept-Encoding"] = "gzip, br"
   if cookie and cookie ~= "" then
      headers["Cookie"] = cookie
   end
   if method == "POST" then
      headers["Content-Type"] = "application/x-www-form-urlencoded"
   end
   if bodies_file and bodies_file ~= "" then
      for line in io.lines(bodies_file) do
         if line ~= "" then
            bodies[#bodies + 1] = line
         end
      end
   end
   position = number or 0
end

function request()
   local body = nil
   if #bodies > 0 then
      body = bodies[(position % #bodies) + 1]
      position = position + stride
   end
   return wrk.format(method, nil, headers, body)
end

function done(summary, latency, requests)
   local e = summary.errors
   io.write(string.format(
      'BENCH_JSON {"requests": %d, "duration_us": %d, "bytes": %d, '
      .. '"connect_errors": %d, "read_errors": %d, "write_errors": %d, '
      .. '"status_errors": %d, "timeouts": %d, '
      .. '"p50_us": %d, "p95_us": %d, "p99_us": %d, "max_us": %d, "mean_us": %.1f}\n',
      summary.requests, summary.duration, summary.bytes,
      e.connect, e.read, e.write, e.status, e.timeout,
      latency:percentile(50), latency:percentile(95), latency:percentile(99),
      latency.max, latency.mean))
end
