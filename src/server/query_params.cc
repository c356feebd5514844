#include "server/query_params.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <regex>

#include "parley/reader.h"
#include "server/filter_params.h"

namespace parley::server {

std::string Param(const httplib::Request& req, const char* name) {
  return req.has_param(name) ? req.get_param_value(name) : "";
}

// An actor code prefix: capitals, digits and '-', up to 15 characters.
std::string ActorParam(const std::string& name, std::string v) {
  if (!NormaliseActorPrefix(&v))
    throw HttpError{400, fmt::format("{}: '{}' is not an actor code (capitals, e.g. ARM or ARMGOV)", name, v)};
  return v;
}

std::string DateParam(const httplib::Request& req, const char* name) {
  std::string v = Param(req, name);
  if (!v.empty() && !IsValidDate(v)) throw HttpError{400, fmt::format("{}: '{}' is not a date (YYYY-MM-DD)", name, v)};
  return v;
}

// A whole number in [lo, hi]; above `hi` is 413 when `too_large_is_413`.
long NumberParam(const std::string& name, const std::string& v, long lo, long hi, bool too_large_is_413) {
  bool digits = !v.empty() && v.size() <= 12 && std::all_of(v.begin(), v.end(), [](char c) { return std::isdigit(c); });
  long n = digits ? std::stol(v) : -1;
  if (digits && n > hi && too_large_is_413) throw HttpError{413, fmt::format("{}: at most {}", name, hi)};
  if (!digits || n < lo || n > hi) throw HttpError{400, fmt::format("{}: want a number from {} to {}", name, lo, hi)};
  return n;
}

// `from` after `to` matches nothing: a mistake worth naming rather than an empty answer.
void CheckDateOrder(const std::string& from, const std::string& to) {
  if (!from.empty() && !to.empty() && from > to)
    throw HttpError{400, fmt::format("from {} is after to {}: no date can match", from, to)};
}

Period PeriodParam(const httplib::Request& req) {
  std::string by = Param(req, "by");
  if (by.empty() || by == "day") return Period::kDay;
  if (by == "week") return Period::kWeek;
  if (by == "month") return Period::kMonth;
  throw HttpError{400, "by: want day, week or month"};
}

const char* PeriodName(Period p) { return p == Period::kDay ? "day" : p == Period::kWeek ? "week" : "month"; }

EventQuery ParseEventSelection(const httplib::Request& req) {
  EventQuery q;
  if (req.has_param("actor")) q.actor = ActorParam("actor", Param(req, "actor"));
  if (req.has_param("dyad")) {
    std::string d = Param(req, "dyad");
    auto comma = d.find(',');
    if (comma == std::string::npos) throw HttpError{400, "dyad: want A,B (two actor codes)"};
    q.dyad_a = ActorParam("dyad", d.substr(0, comma));
    q.dyad_b = ActorParam("dyad", d.substr(comma + 1));
  }
  q.code = Param(req, "code");
  if (!q.code.empty() && !IsCameoCodePrefix(q.code))
    throw HttpError{400, "code: want a CAMEO code or prefix (1 to 4 digits)"};
  q.filters = ParseFilters(req);
  q.include_historical = ParseIncludeHistorical(req);
  q.from = DateParam(req, "from");
  q.to = DateParam(req, "to");
  CheckDateOrder(q.from, q.to);
  return q;
}

std::string SelectionKey(const EventQuery& q) {
  return Join("", q.actor, q.dyad_a, q.dyad_b, q.code, FilterKey(q.filters), q.include_historical ? 1 : 0, q.from,
              q.to);
}

EventsParams ParseEventsParams(const httplib::Request& req) {
  EventsParams p;
  EventQuery& q = p.query;
  q = ParseEventSelection(req);
  q.newest_first = true;
  if (req.has_param("format")) {
    p.format = Param(req, "format");
    if (p.format != "json" && p.format != "csv" && p.format != "jsonl" && p.format != "gdelt")
      throw HttpError{400, fmt::format("format: '{}' is not json, csv, jsonl or gdelt", p.format)};
  }
  // An export is one file: a larger page, still capped (next_cursor pages on).
  const long max_limit = p.format == "json" ? 1000 : 100000;
  if (p.format != "json") p.limit = 10000;
  if (req.has_param("limit")) p.limit = NumberParam("limit", Param(req, "limit"), 1, max_limit, true);
  if (req.has_param("mentions_limit"))
    p.mentions_limit = NumberParam("mentions_limit", Param(req, "mentions_limit"), 1, 1000, true);
  q.limit = p.limit + 1;  // one more tells whether there is a next page
  if (req.has_param("cursor")) {
    static const std::regex kCursor(R"((\d{4}-\d{2}-\d{2})?/(\d{1,18}))");
    std::smatch m;
    std::string c = Param(req, "cursor");
    if (!std::regex_match(c, m, kCursor)) throw HttpError{400, "cursor: not a cursor from next_cursor"};
    q.after_date = m[1].str();
    q.after_id = std::stoll(m[2].str());
  }
  return p;
}

DyadParams ParseDyadParams(const httplib::Request& req) {
  DyadParams p;
  DyadQuery& q = p.query;
  q.a = ActorParam("A", req.matches[1].str());
  q.b = ActorParam("B", req.matches[2].str());
  q.by = PeriodParam(req);
  q.from = DateParam(req, "from");
  q.to = DateParam(req, "to");
  CheckDateOrder(q.from, q.to);
  q.include_historical = ParseIncludeHistorical(req);
  q.filters = ParseFilters(req);
  return p;
}

ActorsParams ParseActorsParams(const httplib::Request& req) {
  ActorsParams p;
  p.q = Param(req, "q");
  if (p.q.empty()) throw HttpError{400, "q: give part of an actor's name or code"};
  if (p.q.size() > 100) throw HttpError{413, "q: at most 100 bytes"};
  if (req.has_param("limit")) p.limit = NumberParam("limit", Param(req, "limit"), 1, 100, true);
  return p;
}

std::string CacheKey(const EventsParams& p) {
  const EventQuery& q = p.query;
  return Join("events", q.actor, q.dyad_a, q.dyad_b, q.code, FilterKey(q.filters), q.include_historical ? 1 : 0, q.from,
              q.to, p.limit, p.mentions_limit, q.after_date, q.after_id, p.format);
}

std::string CacheKey(const DyadParams& p) {
  const DyadQuery& q = p.query;
  return Join("dyad", q.a, q.b, PeriodName(q.by), q.from, q.to, q.include_historical ? 1 : 0, FilterKey(q.filters));
}

std::string CacheKey(const ActorsParams& p) {
  // `q` is free text: its length goes first so that no separator inside it can shift fields.
  return Join("actors", p.limit, p.q.size(), p.q);
}

}  // namespace parley::server
