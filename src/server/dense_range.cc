#include "server/dense_range.h"

#include <chrono>
#include <cmath>

#include "store/dyad_summary.h"

namespace parley::server {
namespace {

// Days since 1970 of the first day of a period label.
long DayNumber(const std::string& period, Period by) {
  using namespace std::chrono;
  std::string d = store::PeriodFirstDay(period, by);
  if (d.size() != 10) return 0;
  year_month_day ymd{year{std::stoi(d.substr(0, 4))}, month{static_cast<unsigned>(std::stoi(d.substr(5, 2)))},
                     day{static_cast<unsigned>(std::stoi(d.substr(8, 2)))}};
  return sys_days{ymd}.time_since_epoch().count();
}

}  // namespace

DenseRange FindDenseRange(const std::vector<std::pair<std::string, int>>& periods, Period by, double share,
                          double min_gain) {
  std::vector<std::pair<long, int>> days;  // (day number, events) of dated periods
  std::vector<const std::string*> labels;
  DenseRange r;
  for (const auto& [label, n] : periods) {
    if (label.empty() || n <= 0) continue;
    days.emplace_back(DayNumber(label, by), n);
    labels.push_back(&label);
    r.total += n;
  }
  if (days.empty()) return r;
  const int need = static_cast<int>(std::ceil(share * r.total - 1e-9));
  // Two pointers: for each last period j, the latest first period i that still holds
  // `need` events; keep the shortest window.
  std::size_t best_i = 0, best_j = days.size() - 1;
  long best_span = days.back().first - days.front().first;
  int best_events = r.total;
  int sum = 0;
  std::size_t i = 0;
  for (std::size_t j = 0; j < days.size(); ++j) {
    sum += days[j].second;
    while (i < j && sum - days[i].second >= need) sum -= days[i++].second;
    if (sum < need) continue;
    long span = days[j].first - days[i].first;
    if (span < best_span || (span == best_span && sum > best_events)) {
      best_i = i, best_j = j, best_span = span, best_events = sum;
    }
  }
  const long whole = days.back().first - days.front().first;
  if (best_events < r.total && static_cast<double>(best_span) < min_gain * static_cast<double>(whole)) {
    r.from = *labels[best_i], r.to = *labels[best_j], r.events = best_events, r.narrowed = true;
  } else {
    r.from = *labels.front(), r.to = *labels.back(), r.events = r.total;
  }
  return r;
}

}  // namespace parley::server
