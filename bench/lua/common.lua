-- Shared by every scenario: the signed-in session cookie (from bench/run), a random generator per
-- thread, and a done() that writes the scenario's figures as one JSON object for bench/Results.java.
local cookie = os.getenv("BENCH_COOKIE")
if cookie and cookie ~= "" then
  wrk.headers["Cookie"] = "SESU_SESSION=" .. cookie
end

local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  math.randomseed(os.time() * 1000 + id)
  accepted = 0
  refused = 0
end

function done(summary, latency, requests)
  local e = summary.errors
  local errors = e.connect + e.read + e.write + e.status + e.timeout
  local accepted, refused = 0, 0
  for _, t in ipairs(threads) do
    accepted = accepted + (t:get("accepted") or 0)
    refused = refused + (t:get("refused") or 0)
  end
  local out = io.open(os.getenv("BENCH_RESULT"), "w")
  out:write(string.format(
    '{"requests":%d,"errors":%d,"duration_us":%d,"p50_ms":%.3f,"p95_ms":%.3f,"p99_ms":%.3f,"accepted":%d,"refused":%d}\n',
    summary.requests, errors + refused, summary.duration, latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, accepted, refused))
  out:close()
end
