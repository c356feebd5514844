#include "server/analysis_params.h"

#include <fmt/format.h>

#include "server/filter_params.h"

namespace parley::server {
namespace {

ActorLevel LevelParam(const httplib::Request& req) {
  std::string v = Param(req, "level");
  if (v.empty() || v == "country") return ActorLevel::kCountry;
  if (v == "code") return ActorLevel::kCode;
  throw HttpError{400, "level: want country (first three letters of a code) or code"};
}

// `from` and `to`, checked, and not in the wrong order.
void DateRange(const httplib::Request& req, std::string* from, std::string* to) {
  *from = DateParam(req, "from");
  *to = DateParam(req, "to");
  if (!from->empty() && !to->empty() && *from > *to)
    throw HttpError{400, fmt::format("from: '{}' is after to '{}'", *from, *to)};
}

}  // namespace

const char* LevelName(ActorLevel level) { return level == ActorLevel::kCountry ? "country" : "code"; }

OverviewParams ParseOverviewParams(const httplib::Request& req) {
  OverviewParams p;
  OverviewQuery& q = p.query;
  q.by = PeriodParam(req);
  DateRange(req, &q.from, &q.to);
  q.window_end = DateParam(req, "end");
  if (req.has_param("days")) q.window_days = static_cast<int>(NumberParam("days", Param(req, "days"), 1, 366));
  if (req.has_param("limit")) q.limit = NumberParam("limit", Param(req, "limit"), 1, 100, true);
  if (req.has_param("intensity"))
    q.min_intensity = static_cast<double>(NumberParam("intensity", Param(req, "intensity"), 0, 10));
  if (req.has_param("min_events"))
    p.min_events = static_cast<int>(NumberParam("min_events", Param(req, "min_events"), 1, 1000000));
  q.level = LevelParam(req);
  q.include_historical = ParseIncludeHistorical(req);
  q.filters = ParseFilters(req);
  return p;
}

ActorProfileParams ParseActorProfileParams(const httplib::Request& req) {
  ActorProfileParams p;
  ActorProfileQuery& q = p.query;
  q.code = ActorParam("code", req.matches[1].str());
  q.by = PeriodParam(req);
  DateRange(req, &q.from, &q.to);
  if (req.has_param("limit")) q.limit = NumberParam("limit", Param(req, "limit"), 1, 100, true);
  q.level = LevelParam(req);
  q.include_historical = ParseIncludeHistorical(req);
  q.filters = ParseFilters(req);
  return p;
}

NetworkParams ParseNetworkParams(const httplib::Request& req) {
  NetworkParams p;
  NetworkQuery& q = p.query;
  DateRange(req, &q.from, &q.to);
  if (req.has_param("actor")) q.actor = ActorParam("actor", Param(req, "actor"));
  q.filters = ParseFilters(req);  // root, quad_class (lists), modality, goldstein_min/max
  q.level = LevelParam(req);
  if (req.has_param("limit")) q.limit = NumberParam("limit", Param(req, "limit"), 1, 2000, true);
  if (req.has_param("min_events"))
    q.min_events = static_cast<int>(NumberParam("min_events", Param(req, "min_events"), 1, 1000000));
  q.include_historical = ParseIncludeHistorical(req);
  return p;
}

CompareParams ParseCompareParams(const httplib::Request& req) {
  CompareParams p;
  const std::size_t n = req.get_param_value_count("dyad");
  if (n > kMaxCompareDyads) throw HttpError{413, fmt::format("dyad: at most {} dyads", kMaxCompareDyads)};
  if (n < 2) throw HttpError{400, "dyad: give two or more dyads (dyad=A,B&dyad=C,D)"};
  DyadQuery base;
  base.by = PeriodParam(req);
  DateRange(req, &base.from, &base.to);
  base.include_historical = ParseIncludeHistorical(req);
  base.filters = ParseFilters(req);
  for (std::size_t i = 0; i < n; ++i) {
    std::string d = req.get_param_value("dyad", i);
    auto comma = d.find(',');
    if (comma == std::string::npos) throw HttpError{400, fmt::format("dyad: '{}' is not A,B (two actor codes)", d)};
    DyadQuery q = base;
    q.a = ActorParam("dyad", d.substr(0, comma));
    q.b = ActorParam("dyad", d.substr(comma + 1));
    p.dyads.push_back(std::move(q));
  }
  return p;
}

std::string CacheKey(const OverviewParams& p) {
  const OverviewQuery& q = p.query;
  return Join("overview", PeriodName(q.by), q.from, q.to, q.window_end, q.window_days, q.limit, q.min_intensity,
              p.min_events, LevelName(q.level), q.include_historical ? 1 : 0, FilterKey(q.filters));
}

std::string CacheKey(const ActorProfileParams& p) {
  const ActorProfileQuery& q = p.query;
  return Join("actor", q.code, PeriodName(q.by), q.from, q.to, q.limit, LevelName(q.level),
              q.include_historical ? 1 : 0, FilterKey(q.filters));
}

std::string CacheKey(const NetworkParams& p) {
  const NetworkQuery& q = p.query;
  return Join("network", q.from, q.to, q.actor, FilterKey(q.filters), LevelName(q.level), q.limit, q.min_events,
              q.include_historical ? 1 : 0);
}

std::string CacheKey(const CompareParams& p) {
  const DyadQuery& first = p.dyads.front();
  std::string key = Join("compare", PeriodName(first.by), first.from, first.to, first.include_historical ? 1 : 0,
                         FilterKey(first.filters));
  for (const DyadQuery& q : p.dyads) key += Join("", q.a, q.b);
  return key;
}

}  // namespace parley::server
