-- wrk script for bench/search_load.sh: GET /api/search over a store of real news
-- (bench/corpus_copies.py). A fixed set of queries (words, phrases, prefixes, OR,
-- -exclusions) in four variants each (best match first, newest first, a dyad, a date
-- range): ~400 URLs. With SEARCH_UNCACHED=1 in the environment, every request carries a
-- random date range and offset, so that nearly every answer is computed by the database.
local queries = {
  "oil", "talks", "minister", "government", "bank", "trade", "president", "military", "attack",
  "election", "sanctions", "agreement", "visit", "meeting", "police", "army", "troops", "peace",
  "war", "strike", "protest", "aid", "loan", "tariff", "deal", "summit", "ceasefire", "refugees",
  "embassy", "diplomat", "nuclear", "missile", "border", "rebels", "killed", "arrested", "exports",
  "wheat", "dollar", "opec", "iran", "iraq", "israel", "japan", "china", "soviet", "moscow",
  "washington", "parliament", "court",
  "\"prime minister\"", "\"foreign minister\"", "\"trade deficit\"", "\"central bank\"",
  "\"peace talks\"", "\"united nations\"", "\"white house\"", "\"interest rates\"",
  "negot*", "sanction*", "milit*", "elect*", "diplom*", "protest*",
  "strike OR protest", "oil OR gas", "talks -trade", "minister -prime", "japan trade",
  "iran iraq war", "reagan gorbachev", "israel palestinian", "us japan", "troops border",
}
local dyads = {"USA,JPN", "USA,IRN", "IRN,IRQ", "USA,SUN", "GBR,USA", "ISR,PSE", "CHN,USA", "FRA,DEU"}
local n = 0
local uncached = false

function init(args)
  uncached = args[1] == "uncached" or os.getenv("SEARCH_UNCACHED") == "1"
  math.randomseed(os.time() + (tonumber(tostring({}):match("0x(%x+)"), 16) or 0) % 100000)
end

local function encode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local function day()
  return string.format("%d-%02d-%02d", math.random(1987, 2002), math.random(1, 12), math.random(1, 28))
end

function request()
  n = n + 1
  local q = queries[(n % #queries) + 1]
  local variant = math.floor(n / #queries) % 4
  local path = "/api/search?q=" .. encode(q)
  if variant == 1 then
    path = path .. "&sort=date"
  elseif variant == 2 then
    path = path .. "&dyad=" .. dyads[(n % #dyads) + 1]
  elseif variant == 3 then
    path = path .. "&from=1990-01-01&to=1995-12-31&limit=50"
  end
  if uncached then
    local a, b = day(), day()
    if a > b then a, b = b, a end
    path = path .. "&from=" .. a .. "&to=" .. b .. "&offset=" .. math.random(0, 40)
    path = path:gsub("&from=1990%-01%-01&to=1995%-12%-31", "")
  end
  return wrk.format("GET", path)
end
