-- wrk script for bench/load.sh: the summary endpoints behind the dashboard's views
-- (overview, actor profile, network, compare) over the 40 countries parley_store_bench
-- writes. With `wrk ... -s views_mix.lua -- uncached`, every request carries a random
-- date range, so that nearly every answer is computed by the database (the server's
-- cache keeps answers by their parameters); without it, a fixed set of ~400 URLs.
-- (VIEWS_UNCACHED=1 in the environment does the same: bench/load.sh uses that.)
local countries = {"ARM", "AZE", "RUS", "UKR", "USA", "CHN", "IRN", "ISR", "PSE", "TUR", "SYR", "IRQ",
                   "DEU", "FRA", "GBR", "IND", "PAK", "AFG", "SAU", "EGY", "NGA", "KEN", "ETH", "SDN",
                   "VEN", "COL", "MEX", "BRA", "JPN", "KOR", "PRK", "TWN", "PHL", "IDN", "MMR", "LBN",
                   "YEM", "LBY", "MLI", "SOM"}
local periods = {"day", "week", "month"}
local n = 0
local uncached = false

function init(args)
  uncached = args[1] == "uncached" or os.getenv("VIEWS_UNCACHED") == "1"
  math.randomseed(os.time() + (tonumber(tostring({}):match("0x(%x+)"), 16) or 0) % 100000)
end

-- A random range inside the store's ten years (2015-2024), or none.
local function day()
  return string.format("%d-%02d-%02d", math.random(2015, 2024), math.random(1, 12), math.random(1, 28))
end
local function dates()
  if not uncached then return "" end
  local a, b = day(), day()
  if a > b then a, b = b, a end
  return "&from=" .. a .. "&to=" .. b
end

function request()
  n = n + 1
  local a = countries[(n % #countries) + 1]
  local b = countries[(math.floor(n / #countries) % #countries) + 1]
  if a == b then b = "ARM" end
  local by = periods[(n % 3) + 1]
  local kind = n % 4
  local path
  if kind == 0 then
    path = "/api/actors/" .. a .. "?by=" .. by .. dates()
  elseif kind == 1 then
    local root = math.floor(n / 4) % 21  -- 0: every root
    path = "/api/network?level=" .. (math.floor(n / 84) % 2 == 0 and "country" or "code") ..
           (root > 0 and string.format("&root=%02d", root) or "") .. dates()
  elseif kind == 2 then
    local c = countries[(math.floor(n / 40) % 10) + 1]  -- 10 x 10 pairs by 3 periods
    path = "/api/compare?by=" .. by .. "&dyad=" .. a .. "," .. c .. "&dyad=" .. c .. ",USA" .. dates()
  else
    local days = {7, 30, 90, 365}
    local last = uncached and ("&end=" .. day()) or ""
    path = "/api/overview?by=" .. by .. "&days=" .. days[math.floor(n / 4) % 4 + 1] .. last .. dates()
  end
  return wrk.format("GET", path)
end
