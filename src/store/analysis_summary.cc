#include "store/analysis_summary.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <utility>

#include "parley/reader.h"

namespace parley::store {
namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
std::int64_t DaysFromCivil(int y, int m, int d) {
  y -= m <= 2;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = static_cast<int>(y - era * 400);
  const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

void CivilFromDays(std::int64_t z, int* y, int* m, int* d) {
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int doe = static_cast<int>(z - era * 146097);
  const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int mp = (5 * doy + 2) / 153;
  *d = doy - (153 * mp + 2) / 5 + 1;
  *m = mp < 10 ? mp + 3 : mp - 9;
  *y = static_cast<int>(yoe + era * 400) + (*m <= 2);
}

}  // namespace

std::string AddDays(const std::string& date, int days) {
  if (!IsValidDate(date)) return "";
  int y = std::stoi(date.substr(0, 4)), m = std::stoi(date.substr(5, 2)), d = std::stoi(date.substr(8, 2));
  CivilFromDays(DaysFromCivil(y, m, d) + days, &y, &m, &d);
  if (y < 0 || y > 9999) return "";
  return fmt::format("{:04d}-{:02d}-{:02d}", y, m, d);
}

Network FoldNetwork(const std::vector<DirectedCount>& counts, int min_events, std::size_t limit) {
  std::map<std::pair<std::string, std::string>, NetworkEdge> by_pair;
  for (const DirectedCount& c : counts) {
    if (c.source == c.target) continue;
    const bool forward = c.source < c.target;
    const std::string& a = forward ? c.source : c.target;
    const std::string& b = forward ? c.target : c.source;
    NetworkEdge& e = by_pair[{a, b}];
    e.a = a, e.b = b;
    (forward ? e.a_to_b : e.b_to_a) += c.events;
    for (int i = 0; i < 4; ++i) e.quad[i] += c.quad[i];
    e.goldstein_sum += static_cast<double>(c.goldstein_tenths) / 10;
  }
  Network net;
  net.edges_total = by_pair.size();
  for (auto& [pair, e] : by_pair)
    if (e.events() >= min_events) net.edges.push_back(std::move(e));
  std::stable_sort(net.edges.begin(), net.edges.end(),
                   [](const NetworkEdge& x, const NetworkEdge& y) { return x.events() > y.events(); });
  if (net.edges.size() > limit) net.edges.resize(limit);
  std::map<std::string, NetworkNode> nodes;
  for (const NetworkEdge& e : net.edges) {
    for (const std::string* code : {&e.a, &e.b}) {
      NetworkNode& n = nodes[*code];
      n.code = *code;
      n.events += e.events();
      n.goldstein_sum += e.goldstein_sum;
    }
  }
  for (auto& [code, n] : nodes) net.nodes.push_back(std::move(n));
  std::stable_sort(net.nodes.begin(), net.nodes.end(),
                   [](const NetworkNode& x, const NetworkNode& y) { return x.events > y.events; });
  return net;
}

}  // namespace parley::store
