-- One fixed page (BENCH_PATH), signed in when BENCH_COOKIE is set.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
wrk.path = os.getenv("BENCH_PATH")
