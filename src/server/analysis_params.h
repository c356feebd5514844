#pragma once
// The query parameters of the summary endpoints (GET /api/overview, /api/actors/{code},
// /api/network, /api/compare; docs/API.md), checked and normalised into plain structs,
// and their cache keys (as query_params.h does for the others).
#include <httplib.h>

#include <string>
#include <vector>

#include "parley/store.h"
#include "server/query_params.h"

namespace parley::server {

struct OverviewParams {
  OverviewQuery query;
  int min_events = 2;  // events in each window for a dyad's Goldstein change to count
};

struct ActorProfileParams {
  ActorProfileQuery query;
};

struct NetworkParams {
  NetworkQuery query;
};

// Two or more dyads on one time axis: one DyadQuery each (the same period and dates).
struct CompareParams {
  std::vector<DyadQuery> dyads;
};

inline constexpr std::size_t kMaxCompareDyads = 8;

// Each throws HttpError (400, or 413 for a size above its cap) on a bad parameter.
OverviewParams ParseOverviewParams(const httplib::Request& req);
ActorProfileParams ParseActorProfileParams(const httplib::Request& req);  // code: req.matches[1]
NetworkParams ParseNetworkParams(const httplib::Request& req);
CompareParams ParseCompareParams(const httplib::Request& req);

std::string CacheKey(const OverviewParams& p);
std::string CacheKey(const ActorProfileParams& p);
std::string CacheKey(const NetworkParams& p);
std::string CacheKey(const CompareParams& p);

// "country" or "code".
const char* LevelName(ActorLevel level);

}  // namespace parley::server
