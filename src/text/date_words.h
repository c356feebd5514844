#pragma once
// Calendar arithmetic and the words of dates, shared by the dateline reader and the
// event-time rules. Dates are yyyymmdd ints; days count from 1970-01-01 (proleptic
// Gregorian). Words are normalized tokens (lower case, "Oct." keeps its dot).
#include <array>
#include <cstddef>
#include <string_view>

namespace parley::text {

// Days since 1970-01-01 of y-m-d (H. Hinnant's civil-date algorithm).
inline int DaysFromCivil(int y, int m, int d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;
  const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}
// The yyyymmdd date of a day count.
inline int CivilFromDays(int z) {
  z += 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const int doe = z - era * 146097;
  const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int mp = (5 * doy + 2) / 153;
  const int d = doy - (153 * mp + 2) / 5 + 1;
  const int m = mp + (mp < 10 ? 3 : -9);
  return (yoe + era * 400 + (m <= 2)) * 10000 + m * 100 + d;
}
// 0 = Sunday ... 6 = Saturday.
inline int WeekdayOf(int days) { return ((days % 7) + 7 + 4) % 7; }
inline int LastDayOfMonth(int y, int m) {
  return CivilFromDays(DaysFromCivil(m == 12 ? y + 1 : y, m == 12 ? 1 : m + 1, 1) - 1) % 100;
}

inline constexpr std::array<std::string_view, 12> kMonthNames = {"january",   "february", "march",    "april",
                                                                 "may",       "june",     "july",     "august",
                                                                 "september", "october",  "november", "december"};

// "October", "Oct", "Oct.", "Sept." -> 1..12, else 0.
inline int MonthOf(std::string_view w) {
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  if (w == "sept") return 9;
  for (size_t m = 0; m < kMonthNames.size(); ++m)
    if (w == kMonthNames[m] || (w.size() == 3 && kMonthNames[m].substr(0, 3) == w)) return int(m) + 1;
  return 0;
}
// The value of a run of at most max_len ASCII digits, or -1.
inline int Digits(std::string_view w, size_t max_len) {
  if (w.empty() || w.size() > max_len) return -1;
  int v = 0;
  for (char c : w) {
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}
// "8", "8th", "1st", "22nd" -> 1..31, else 0.
inline int DayOf(std::string_view w) {
  if (w.size() > 2 && (w.ends_with("th") || w.ends_with("st") || w.ends_with("nd") || w.ends_with("rd")))
    w.remove_suffix(2);
  int d = Digits(w, 2);
  return d >= 1 && d <= 31 ? d : 0;
}
// "1997" -> 1997 for four digits in 1000..2100, else 0.
inline int YearOf(std::string_view w) {
  int y = Digits(w, 4);
  return w.size() == 4 && y >= 1000 && y <= 2100 ? y : 0;
}

inline constexpr std::array<std::string_view, 7> kWeekdayNames = {"sunday",   "monday", "tuesday", "wednesday",
                                                                  "thursday", "friday", "saturday"};

// "2", "two", "a", "an" -> 2, 2, 1, 1 (up to twelve in words); 0 otherwise.
inline int NumberOf(std::string_view w) {
  static constexpr std::array<std::string_view, 13> kNumbers = {
      "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"};
  int n = Digits(w, 3);
  if (n > 0) return n;
  for (size_t k = 1; k < kNumbers.size(); ++k)
    if (w == kNumbers[k]) return static_cast<int>(k);
  return (w == "a" || w == "an") ? 1 : 0;
}

enum Unit { kNoUnit, kDays, kWeeks, kMonths, kYears, kDecades };
// "day", "weeks", "decade" ... -> the unit; kNoUnit otherwise.
inline Unit UnitOf(std::string_view w) {
  if (w.ends_with("s")) w.remove_suffix(1);
  if (w == "day") return kDays;
  if (w == "week") return kWeeks;
  if (w == "month") return kMonths;
  if (w == "year") return kYears;
  return w == "decade" ? kDecades : kNoUnit;
}

}  // namespace parley::text
