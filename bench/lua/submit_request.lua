-- A professional posts a new request (the form's fields, a fresh form token each time). Accepted:
-- 303 to the confirmation page; anything else counts as an error.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
local csrf = os.getenv("BENCH_CSRF")
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
local function uuid()
  return string.format("%08x-%04x-4%03x-a%03x-%012x", math.random(0, 0x7fffffff), math.random(0, 0xffff),
    math.random(0, 0xfff), math.random(0, 0xfff), math.random(0, 0xffffffffffff))
end
function request()
  local body = "kinds=TEAM_TRAINING&title=Formation+de+l%27%C3%A9quipe+bench&description=Nous+souhaitons+"
    .. "une+formation+sur+le+genre+pour+toute+l%27%C3%A9quipe.&audience=Equipe&preferredFormat=TEAM"
    .. "&teamSize=8&privacyAccepted=true&action=submit&formToken=" .. uuid() .. "&_csrf=" .. csrf
  return wrk.format("POST", "/requests/new", nil, body)
end
function response(status, headers, body)
  if status == 303 or status == 302 then
    accepted = accepted + 1
  else
    refused = refused + 1
  end
end
