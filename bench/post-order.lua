-- wrk script: posts an order with a fresh retailerOrderRef each time, so every request creates an order instead of
-- hitting the duplicate path. Environment:
--   BENCH_ORDER   the order JSON to post (default samples/order-multi-supplier.json)
--   BENCH_KEY     the retailer's API key (default demo-shop-key)
--   BENCH_PREFIX  makes the references unique across runs against one store (default BENCH)
--   BENCH_COUNT   orders each wrk thread posts, then it stops once they are answered (default: until -d ends)
-- At the end it prints one line, "BENCH {json}", that bench/run.sh reads.
local body = io.open(os.getenv("BENCH_ORDER") or "samples/order-multi-supplier.json"):read("*a")
local key = os.getenv("BENCH_KEY") or "demo-shop-key"
local prefix = os.getenv("BENCH_PREFIX") or "BENCH"
local limit = tonumber(os.getenv("BENCH_COUNT") or "")
local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("tid", #threads)
end

function init(args)
  counter = 0
  answered = 0
  unexpected = 0
  stamp = os.time()
end

function request()
  counter = counter + 1
  local ref = string.format("%s-%d-%d-%d", prefix, stamp, tid, counter)
  local order = body:gsub('"retailerOrderRef": *"[^"]*"', '"retailerOrderRef": "' .. ref .. '"')
  return wrk.format("POST", "/api/v1/orders", {
    ["Authorization"] = "Bearer " .. key,
    ["Content-Type"] = "application/json"
  }, order)
end

-- With a count, a request past it waits instead (wrk asks for the delay of the request just made): never sent.
function delay()
  if limit and counter > limit then
    return 600000
  end
  return 0
end

function response(status, headers, body)
  answered = answered + 1
  if status ~= 201 then
    unexpected = unexpected + 1
  end
  if limit and answered == limit then
    -- wrk itself runs until -d ends: Wrk.java interrupts it once every thread has said this.
    io.write("BENCH-THREAD-DONE\n")
    io.flush()
    wrk.thread:stop()
  end
end

function done(summary, latency, requests)
  local bad = 0
  for _, thread in ipairs(threads) do
    bad = bad + thread:get("unexpected")
  end
  local e = summary.errors
  io.write(string.format(
    'BENCH {"requests":%d,"durationMicros":%d,"p50Micros":%d,"p99Micros":%d,"not201":%d,"socketErrors":%d}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), bad,
    e.connect + e.read + e.write + e.timeout))
end
