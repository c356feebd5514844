-- wrk script for bench/load.sh: dyad requests spread over every pair of the 40
-- countries parley_store_bench writes, by day, week and month (2,340 distinct URLs).
local countries = {"ARM", "AZE", "RUS", "UKR", "USA", "CHN", "IRN", "ISR", "PSE", "TUR", "SYR", "IRQ",
                   "DEU", "FRA", "GBR", "IND", "PAK", "AFG", "SAU", "EGY", "NGA", "KEN", "ETH", "SDN",
                   "VEN", "COL", "MEX", "BRA", "JPN", "KOR", "PRK", "TWN", "PHL", "IDN", "MMR", "LBN",
                   "YEM", "LBY", "MLI", "SOM"}
local periods = {"day", "week", "month"}
local n = 0
function request()
  n = n + 1
  local a = countries[(n % #countries) + 1]
  local b = countries[(math.floor(n / #countries) % #countries) + 1]
  if a == b then b = "ARM" end
  return wrk.format("GET", "/api/dyads/" .. a .. "/" .. b .. "?by=" .. periods[(n % 3) + 1])
end
