#include "server/analysis_views.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "server/evidence_parts.h"

namespace parley::server {
namespace {

template <typename T>
T ValueOr500(Result<T> r) {
  if (!r.ok()) throw HttpError{500, r.status().message()};
  return std::move(r).value();
}

Json Mean(double sum, int n) { return n ? Json(sum / n) : Json(nullptr); }
Json TextOrNull(const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); }
Json Quads(const int (&q)[4]) { return Json::array({q[0], q[1], q[2], q[3]}); }

Json PeriodJson(const PeriodCount& c, bool stories, bool sides) {
  Json j{{"period", c.period}, {"events", c.events}};
  if (stories) j["stories"] = c.stories;
  if (sides) j["as_source"] = c.as_source, j["as_target"] = c.as_target;
  j["quad"] = Quads(c.quad);
  j["goldstein_mean"] = Mean(c.goldstein_sum, c.events);
  return j;
}

Json DyadActivityJson(const DyadActivity& d) {
  Json mean = Mean(d.goldstein_sum, d.events), before = Mean(d.previous_goldstein_sum, d.previous_events);
  Json change = (mean.is_null() || before.is_null()) ? Json(nullptr) : Json(mean.get<double>() - before.get<double>());
  return {{"a", d.a},
          {"b", d.b},
          {"events", d.events},
          {"previous_events", d.previous_events},
          {"change", d.events - d.previous_events},
          {"goldstein_mean", mean},
          {"previous_goldstein_mean", before},
          {"goldstein_change", change}};
}

Json PartsJson(const EventBrief& b) {
  Json out = Json::array();
  for (const TextPart& p :
       SplitEvidence(b.evidence_text, b.evidence_start, b.event_start, b.event_end, b.source_text, b.target_text))
    out.push_back({{"text", p.text}, {"role", p.role ? Json(p.role) : Json(nullptr)}});
  return out;
}

Json CodeCountsJson(const std::vector<CodeCount>& list, const Lexicon* names, bool sectors) {
  Json out = Json::array();
  for (const CodeCount& c : list) {
    Json j{{"code", c.code}};
    if (names) j["name"] = names->CodeName(c.code);
    if (sectors) j["agent"] = c.code.size() > 3 ? Json(c.code.substr(3)) : Json(nullptr);
    j["events"] = c.events;
    j["goldstein_mean"] = Mean(c.goldstein_sum, c.events);
    out.push_back(std::move(j));
  }
  return out;
}

double GoldsteinChange(const DyadActivity& d) {
  return d.goldstein_sum / d.events - d.previous_goldstein_sum / d.previous_events;
}

}  // namespace

std::vector<DyadActivity> RankDyads(const std::vector<DyadActivity>& dyads, DyadRanking ranking, std::size_t limit,
                                    int min_events) {
  std::vector<DyadActivity> out;
  for (const DyadActivity& d : dyads) {
    bool keep = ranking == DyadRanking::kBusiest        ? d.events > 0
                : ranking == DyadRanking::kVolumeChange ? d.events != d.previous_events
                                                        : d.events >= min_events && d.previous_events >= min_events;
    if (keep) out.push_back(d);
  }
  auto key = [&](const DyadActivity& d) -> double {
    if (ranking == DyadRanking::kBusiest) return d.events;
    if (ranking == DyadRanking::kVolumeChange) return std::abs(d.events - d.previous_events);
    return std::abs(GoldsteinChange(d));
  };
  std::stable_sort(out.begin(), out.end(), [&](const DyadActivity& x, const DyadActivity& y) {
    double kx = key(x), ky = key(y);
    if (kx != ky) return kx > ky;
    return x.events > y.events;  // the input is sorted by (a, b): equal ones keep that order
  });
  if (out.size() > limit) out.resize(limit);
  return out;
}

Json OverviewAnswer(const OverviewParams& p, EventStore& store, const Lexicon& lexicon) {
  const OverviewQuery& q = p.query;
  Overview o = ValueOr500(store.GetOverview(q));
  Json series = Json::array();
  for (const PeriodCount& c : o.series) series.push_back(PeriodJson(c, /*stories=*/true, /*sides=*/false));
  auto ranked = [&](DyadRanking r) {
    Json list = Json::array();
    for (const DyadActivity& d : RankDyads(o.dyads, r, q.limit, p.min_events)) list.push_back(DyadActivityJson(d));
    return list;
  };
  Json intense = Json::array();
  for (const EventBrief& b : o.intense) {
    intense.push_back({{"event_id", b.event_id},
                       {"date", b.date},
                       {"source", b.source},
                       {"target", b.target},
                       {"code", b.code},
                       {"name", lexicon.CodeName(b.code)},
                       {"quad_class", b.quad_class},
                       {"goldstein", b.goldstein},
                       {"num_articles", b.num_articles},
                       {"story_id", b.story_id},
                       {"title", TextOrNull(b.title)},
                       {"source_text", b.source_text},
                       {"target_text", b.target_text},
                       {"evidence", b.evidence_text},
                       {"parts", PartsJson(b)},
                       {"corrected", b.correction.has_value()},
                       {"correction", b.correction ? CorrectionJson(*b.correction) : Json(nullptr)}});
    AddCodeNames(&intense.back(), [&](const std::string& c) { return lexicon.CodeName(c); });
  }
  Json window = nullptr;
  if (!o.window_to.empty())
    window = {{"from", o.window_from},
              {"to", o.window_to},
              {"days", q.window_days},
              {"previous_from", o.previous_from},
              {"previous_to", o.previous_to}};
  return {{"by", PeriodName(q.by)},
          {"level", LevelName(q.level)},
          {"latest", TextOrNull(o.latest)},
          {"window", window},
          {"series", std::move(series)},
          {"busiest", ranked(DyadRanking::kBusiest)},
          {"volume_changes", ranked(DyadRanking::kVolumeChange)},
          {"goldstein_changes", ranked(DyadRanking::kGoldsteinChange)},
          {"intense", std::move(intense)}};
}

Json ActorProfileAnswer(const ActorProfileParams& p, EventStore& store, const Lexicon& lexicon) {
  const ActorProfileQuery& q = p.query;
  ActorProfile a = ValueOr500(store.GetActorProfile(q));
  Json rows = Json::array();
  int events = 0, as_source = 0, as_target = 0;
  double sum = 0;
  for (const PeriodCount& c : a.series) {
    rows.push_back(PeriodJson(c, /*stories=*/false, /*sides=*/true));
    events += c.events, as_source += c.as_source, as_target += c.as_target, sum += c.goldstein_sum;
  }
  return {{"code", q.code},
          {"name", TextOrNull(a.name)},
          {"by", PeriodName(q.by)},
          {"level", LevelName(q.level)},
          {"events", events},
          {"as_source", as_source},
          {"as_target", as_target},
          {"goldstein_mean", Mean(sum, events)},
          {"rows", std::move(rows)},
          {"partners_out", CodeCountsJson(a.partners_out, nullptr, false)},
          {"partners_in", CodeCountsJson(a.partners_in, nullptr, false)},
          {"event_types", CodeCountsJson(a.event_types, &lexicon, false)},
          {"sectors", CodeCountsJson(a.sectors, nullptr, true)}};
}

Json NetworkAnswer(const NetworkParams& p, EventStore& store, const Lexicon&) {
  const NetworkQuery& q = p.query;
  Network n = ValueOr500(store.GetNetwork(q));
  Json nodes = Json::array(), edges = Json::array();
  for (const NetworkNode& v : n.nodes)
    nodes.push_back({{"code", v.code}, {"events", v.events}, {"goldstein_mean", Mean(v.goldstein_sum, v.events)}});
  for (const NetworkEdge& e : n.edges)
    edges.push_back({{"a", e.a},
                     {"b", e.b},
                     {"events", e.events()},
                     {"a_to_b", e.a_to_b},
                     {"b_to_a", e.b_to_a},
                     {"quad", Quads(e.quad)},
                     {"goldstein_mean", Mean(e.goldstein_sum, e.events())}});
  const bool truncated = n.edges.size() < n.edges_total;
  return {{"level", LevelName(q.level)}, {"from", TextOrNull(q.from)}, {"to", TextOrNull(q.to)},
          {"nodes", std::move(nodes)},   {"edges", std::move(edges)},  {"edges_total", n.edges_total},
          {"truncated", truncated}};
}

Json CompareAnswer(const CompareParams& p, EventStore& store, const Lexicon&) {
  std::set<std::string> periods;
  Json dyads = Json::array();
  for (const DyadQuery& q : p.dyads) {
    Json rows = Json::array();
    int events = 0;
    double sum = 0;
    for (const DyadRow& r : ValueOr500(store.Dyad(q))) {
      if (r.direction != "both") continue;
      periods.insert(r.period);
      events += r.events, sum += r.goldstein_sum;
      rows.push_back(
          {{"period", r.period}, {"events", r.events}, {"quad", Quads(r.quad)}, {"goldstein_mean", r.goldstein_mean}});
    }
    dyads.push_back(
        {{"a", q.a}, {"b", q.b}, {"events", events}, {"goldstein_mean", Mean(sum, events)}, {"rows", std::move(rows)}});
  }
  const DyadQuery& first = p.dyads.front();
  return {{"by", PeriodName(first.by)},
          {"from", TextOrNull(first.from)},
          {"to", TextOrNull(first.to)},
          {"periods", Json(std::vector<std::string>(periods.begin(), periods.end()))},
          {"dyads", std::move(dyads)}};
}

}  // namespace parley::server
