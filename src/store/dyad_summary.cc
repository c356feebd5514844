#include "store/dyad_summary.h"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <map>

namespace parley::store {
namespace {

struct Acc {
  DyadRow row;
  std::map<std::string, int> codes;
  // Summing tenths as integers gives the same sum whatever order the database returns
  // the rows in (SQLite and PostgreSQL agree to the last digit).
  std::int64_t goldstein_tenths = 0;
  void Add(const DyadGroup& g) {
    row.events += g.events;
    for (int i = 0; i < 4; ++i) row.quad[i] += g.quad[i];
    goldstein_tenths += g.goldstein_tenths;
    codes[g.code] += g.events;
  }
  DyadRow Finish() {
    row.goldstein_sum = static_cast<double>(goldstein_tenths) / 10;
    row.goldstein_mean = row.events ? row.goldstein_sum / row.events : 0;
    std::vector<std::pair<std::string, int>> v(codes.begin(), codes.end());
    std::stable_sort(v.begin(), v.end(), [](const auto& x, const auto& y) { return x.second > y.second; });
    if (v.size() > 3) v.resize(3);
    row.top_codes = std::move(v);
    return row;
  }
};

}  // namespace

std::string PeriodOf(const std::string& date, Period by) {
  if (date.size() < 10 || by == Period::kDay) return date;
  if (by == Period::kMonth) return date.substr(0, 7);
  using namespace std::chrono;
  int y = std::stoi(date.substr(0, 4));
  unsigned m = static_cast<unsigned>(std::stoi(date.substr(5, 2)));
  unsigned d = static_cast<unsigned>(std::stoi(date.substr(8, 2)));
  sys_days day{year{y} / month{m} / std::chrono::day{d}};
  sys_days monday = day - days{weekday{day}.iso_encoding() - 1};
  year_month_day ymd{monday};
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                     static_cast<unsigned>(ymd.day()));
}

namespace {

std::chrono::sys_days ParseDay(const std::string& date) {
  using namespace std::chrono;
  return sys_days{year{std::stoi(date.substr(0, 4))} / month{static_cast<unsigned>(std::stoi(date.substr(5, 2)))} /
                  day{static_cast<unsigned>(std::stoi(date.substr(8, 2)))}};
}

std::string FormatDay(std::chrono::sys_days d) {
  std::chrono::year_month_day ymd{d};
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                     static_cast<unsigned>(ymd.day()));
}

}  // namespace

std::string PeriodFirstDay(const std::string& period, Period by) {
  return by == Period::kMonth && period.size() == 7 ? period + "-01" : period;
}

std::string PeriodLastDay(const std::string& period, Period by) {
  using namespace std::chrono;
  if (by == Period::kMonth && period.size() == 7) {
    year_month ym{year{std::stoi(period.substr(0, 4))}, month{static_cast<unsigned>(std::stoi(period.substr(5, 2)))}};
    return FormatDay(sys_days{ym / last});
  }
  if (by == Period::kWeek && period.size() == 10) return FormatDay(ParseDay(period) + days{6});
  return period;
}

std::string PrefixEnd(const std::string& prefix) {
  std::string end = prefix;
  while (!end.empty() && static_cast<unsigned char>(end.back()) == 0xff) end.pop_back();
  if (end.empty()) return std::string(1, '\xff');  // never reached for actor and event codes
  end.back() = static_cast<char>(static_cast<unsigned char>(end.back()) + 1);
  return end;
}

std::vector<DyadRow> SummarizeDyad(const DyadQuery& q, const std::vector<DyadGroup>& groups) {
  std::map<std::string, Acc[3]> periods;
  for (const DyadGroup& g : groups) {
    auto& acc = periods[g.period];
    acc[g.a_to_b ? 0 : 1].Add(g);
    acc[2].Add(g);
  }
  const std::string names[3] = {q.a + "->" + q.b, q.b + "->" + q.a, "both"};
  std::vector<DyadRow> rows;
  for (auto& [period, acc] : periods) {
    for (int i = 0; i < 3; ++i) {
      acc[i].row.period = period;
      acc[i].row.direction = names[i];
      rows.push_back(acc[i].Finish());
    }
  }
  return rows;
}

}  // namespace parley::store
