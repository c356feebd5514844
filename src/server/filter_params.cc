#include "server/filter_params.h"

#include <fmt/format.h>

#include <algorithm>
#include <regex>

#include "server/query_params.h"

namespace parley::server {
namespace {

constexpr std::size_t kMaxListItems = 20;

// The comma-separated items of a parameter ("" when absent), sorted, without
// duplicates; an empty item is a 400.
std::vector<std::string> ListParam(const httplib::Request& req, const char* name, const char* want) {
  std::vector<std::string> items;
  if (!req.has_param(name)) return items;
  std::string v = req.get_param_value(name);
  std::size_t begin = 0;
  while (true) {
    std::size_t comma = v.find(',', begin);
    std::string item = v.substr(begin, comma == std::string::npos ? std::string::npos : comma - begin);
    if (item.empty()) throw HttpError{400, fmt::format("{}: want {}, separated by commas", name, want)};
    items.push_back(item);
    if (items.size() > kMaxListItems) throw HttpError{400, fmt::format("{}: at most {} values", name, kMaxListItems)};
    if (comma == std::string::npos) break;
    begin = comma + 1;
  }
  std::sort(items.begin(), items.end());
  items.erase(std::unique(items.begin(), items.end()), items.end());
  return items;
}

std::optional<double> GoldsteinParam(const httplib::Request& req, const char* name) {
  if (!req.has_param(name)) return std::nullopt;
  static const std::regex kNumber(R"(-?\d{1,2}(\.\d{1,3})?)");
  std::string v = req.get_param_value(name);
  if (!std::regex_match(v, kNumber) || std::stod(v) < -10 || std::stod(v) > 10)
    throw HttpError{400, fmt::format("{}: want a Goldstein value from -10 to 10, got '{}'", name, v)};
  return std::stod(v);
}

}  // namespace

EventFilters ParseFilters(const httplib::Request& req) {
  EventFilters f;
  for (const std::string& r : ListParam(req, "root", "CAMEO roots 01 to 20")) {
    static const std::regex kRoot(R"(\d{1,2})");
    int n = std::regex_match(r, kRoot) ? std::stoi(r) : 0;
    if (n < 1 || n > 20) throw HttpError{400, fmt::format("root: '{}' is not a CAMEO root (01 to 20)", r)};
    f.roots.push_back(fmt::format("{:02d}", n));
  }
  std::sort(f.roots.begin(), f.roots.end());
  f.roots.erase(std::unique(f.roots.begin(), f.roots.end()), f.roots.end());
  for (const std::string& q : ListParam(req, "quad_class", "QuadClasses 1 to 4")) {
    if (q.size() != 1 || q[0] < '1' || q[0] > '4')
      throw HttpError{400, fmt::format("quad_class: '{}' is not a QuadClass (1 to 4)", q)};
    f.quad_classes.push_back(q[0] - '0');
  }
  for (const std::string& m : ListParam(req, "modality", "modalities")) {
    if (m != "asserted" && m != "intended" && m != "hypothetical" && m != "negated")
      throw HttpError{400, fmt::format("modality: '{}' is not one of asserted, intended, hypothetical, negated", m)};
    f.modalities.push_back(m);
  }
  f.goldstein_min = GoldsteinParam(req, "goldstein_min");
  f.goldstein_max = GoldsteinParam(req, "goldstein_max");
  if (f.goldstein_min && f.goldstein_max && *f.goldstein_min > *f.goldstein_max)
    throw HttpError{400, fmt::format("goldstein_min {} is above goldstein_max {}: nothing can match",
                                     req.get_param_value("goldstein_min"), req.get_param_value("goldstein_max"))};
  return f;
}

bool ParseIncludeHistorical(const httplib::Request& req) {
  if (!req.has_param("include_historical")) return false;
  std::string v = req.get_param_value("include_historical");
  if (v == "0") return false;
  if (v == "1") return true;
  throw HttpError{400, "include_historical: want 0 or 1"};
}

std::string FilterKey(const EventFilters& f) {
  std::string key;
  for (const std::string& r : f.roots) key += r + ",";
  key += ";";
  for (int q : f.quad_classes) key += std::to_string(q) + ",";
  key += ";";
  for (const std::string& m : f.modalities) key += m + ",";
  key += ";";
  if (f.goldstein_min) key += fmt::format("{}", *f.goldstein_min);
  key += ";";
  if (f.goldstein_max) key += fmt::format("{}", *f.goldstein_max);
  return key;
}

}  // namespace parley::server
