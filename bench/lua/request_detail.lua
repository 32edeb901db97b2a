-- A request's casework page, a random one of the 50,000 (10,000 a year from BENCH_FIRST_YEAR).
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
local first = tonumber(os.getenv("BENCH_FIRST_YEAR"))
function request()
  local path = string.format("/casework/requests/SESU-%d-%04d", first + math.random(0, 4), math.random(1, 10000))
  return wrk.format("GET", path)
end
