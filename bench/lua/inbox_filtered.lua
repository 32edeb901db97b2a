-- The staff inbox narrowed to a region, a status and a search word, drawn at random each time.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
local regions = { "BRUSSELS", "WALLONIA" }
local statuses = { "NEW", "IN_REVIEW", "ACCEPTED", "IN_PROGRESS", "CLOSED", "DECLINED" }
local words = { "formation", "evaluation", "violences", "contraception", "outil", "genre", "depistage",
  "brochure", "migrantes", "planning", "source", "horizon" }
function request()
  local path = "/casework/inbox?region=" .. regions[math.random(#regions)] .. "&status="
    .. statuses[math.random(#statuses)] .. "&q=" .. words[math.random(#words)]
  return wrk.format("GET", path)
end
