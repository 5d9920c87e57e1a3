-- wrk script: posts the multi-supplier sample order with a fresh retailerOrderRef each time, so every request
-- creates an order (4 supplier orders, 3 push deliveries) instead of hitting the duplicate path.
local body = io.open("samples/order-multi-supplier.json"):read("*a")
local counter = 0
local thread_id = 0

function setup(thread)
  thread_id = thread_id + 1
  thread:set("tid", thread_id)
end

function request()
  counter = counter + 1
  local ref = string.format("BENCH-%d-%d-%d", os.time(), tid, counter)
  local order = body:gsub('"retailerOrderRef": "[^"]*"', '"retailerOrderRef": "' .. ref .. '"')
  return wrk.format("POST", "/api/v1/orders", {
    ["Authorization"] = "Bearer demo-shop-key",
    ["Content-Type"] = "application/json"
  }, order)
end

function response(status, headers, body)
  if status ~= 201 then
    io.stderr:write("unexpected status " .. status .. "\n")
  end
end
