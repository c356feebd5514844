#include "events/event_time.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "text/date_words.h"
#include "text/word_set.h"

namespace parley::events {
namespace {

using Precision = TimeExpr::Precision;
using std::string_view;

using text::CivilFromDays, text::DaysFromCivil, text::DayOf, text::Digits;
using text::LastDayOfMonth, text::MonthOf, text::WeekdayOf, text::YearOf;

template <size_t N>
int IndexIn(const std::array<string_view, N>& a, string_view w) {
  auto it = std::find(a.begin(), a.end(), w);
  return it == a.end() ? -1 : static_cast<int>(it - a.begin());
}
int WeekdayNamed(string_view w) { return IndexIn(text::kWeekdayNames, w); }
using text::NumberOf, text::UnitOf, text::kNoUnit, text::kDays, text::kWeeks, text::kMonths, text::kYears,
    text::kDecades;

// Prepositions an expression may start with; the first group makes it background.
constexpr std::array<string_view, 8> kSpanPreps = {"since", "until",  "till",    "from",
                                                   "by",    "before", "through", "throughout"};
constexpr std::array<string_view, 5> kPointPreps = {"in", "on", "during", "at", "after"};

// Every word a rule looks at first: prepositions, starters, units, number words, months
// and weekdays. kFirstWordSet holds them in an open-addressing table built at compile
// time, so most tokens are passed over with one hash and one comparison.
constexpr std::array<string_view, 61> kFirstWords = {
    "a",       "after",      "an",      "at",    "before",   "by",        "coming", "day",   "days",
    "decade",  "decades",    "during",  "early", "earlier",  "eight",     "eleven", "first", "five",
    "for",     "four",       "from",    "in",    "last",     "late",      "later",  "many",  "mid",
    "month",   "months",     "next",    "nine",  "on",       "one",       "over",   "past",  "recent",
    "second",  "seven",      "several", "since", "six",      "some",      "ten",    "this",  "three",
    "through", "throughout", "till",    "today", "tomorrow", "tonight",   "twelve", "two",   "until",
    "week",    "weeks",      "world",   "year",  "years",    "yesterday", "sept"};

constexpr text::WordSet<256> MakeFirstWordSet() {
  text::WordSet<256> s;
  for (string_view w : kFirstWords) s.Add(w);
  for (string_view w : text::kMonthNames) s.Add(w), s.Add(w.substr(0, 3));
  for (string_view w : text::kWeekdayNames) s.Add(w);
  return s;
}
constexpr text::WordSet<256> kFirstWordSet = MakeFirstWordSet();
// False for a word no rule starts from ("Oct." counts as "oct").
inline bool MayMatter(string_view w) {
  if (w.empty() || (w[0] >= '0' && w[0] <= '9')) return true;
  if (w.size() > 3 && w.back() == '.') w.remove_suffix(1);
  return kFirstWordSet.Has(w);
}

class Scanner {
 public:
  Scanner(const text::TokenizedText& tt, uint32_t begin, uint32_t end, int story)
      : tt_(tt), begin_(begin), end_(end), story_(story) {
    if (story_ > 0) {
      sy_ = story / 10000, sm_ = story / 100 % 100, sd_ = story % 100;
      sdays_ = DaysFromCivil(sy_, sm_, sd_ ? sd_ : 1);
    }
  }
  void Run(std::vector<TimeExpr>* out);

 private:
  string_view W(uint32_t i) const { return i < end_ ? tt_.Norm(i) : string_view(); }
  bool Cap(uint32_t i) const { return i < end_ && tt_.tokens[i].Has(text::kCapitalized); }
  // A year written as four digits ("1,300" normalizes to "1300" and is no year).
  int Year(uint32_t i) const {
    // "2021-01-03" is a full date, not the year 2021 (read by IsoDate first).
    if (i + 2 < end_ && W(i + 1) == "-" && tt_.tokens[i + 1].byte_begin == tt_.tokens[i].byte_end) return 0;
    return i < end_ && tt_.tokens[i].byte_end - tt_.tokens[i].byte_begin == 4 ? YearOf(W(i)) : 0;
  }
  bool Story() const { return story_ > 0; }
  int Day(int delta) const { return Story() ? CivilFromDays(sdays_ + delta) : 0; }
  int MonthShift(int delta, bool with_day) const;
  int PlaceMonthDay(int m, int d, bool future) const;
  bool FutureClause(uint32_t start, uint32_t end) const;
  bool IsFutureMarker(uint32_t i) const;
  bool MayStart(uint32_t j) const;

  uint32_t MatchEra(uint32_t j, TimeExpr* e) const;
  uint32_t MatchWord(uint32_t j, TimeExpr* e) const;
  uint32_t MatchDeictic(uint32_t j, uint32_t start, TimeExpr* e) const;
  uint32_t MatchAgo(uint32_t j, TimeExpr* e) const;
  uint32_t MatchDuration(uint32_t j, string_view prep, TimeExpr* e) const;
  uint32_t MatchCalendar(uint32_t j, uint32_t start, bool prep, TimeExpr* e) const;
  uint32_t MatchWeekday(uint32_t j, uint32_t start, TimeExpr* e) const;

  const text::TokenizedText& tt_;
  uint32_t begin_, end_;
  int story_, sy_ = 0, sm_ = 0, sd_ = 0, sdays_ = 0;
  bool forward_ = false;  // the expression ends a span: "until", "till", "through", "by"
};

int Scanner::MonthShift(int delta, bool with_day) const {
  if (!Story()) return 0;
  int months = sy_ * 12 + (sm_ - 1) + delta;
  return (months / 12) * 10000 + (months % 12 + 1) * 100 + (with_day ? sd_ : 0);
}

// A month (and day) without a year: the last one on or before the story date, or the
// next one on or after it in a future clause.
int Scanner::PlaceMonthDay(int m, int d, bool future) const {
  if (!Story()) return 0;
  int y = sy_;
  const bool after = m > sm_ || (m == sm_ && d > sd_);
  const bool before = m < sm_ || (m == sm_ && d > 0 && d < sd_);
  if (!future && after) --y;
  if (future && before) ++y;
  if (d > LastDayOfMonth(y, m)) d = LastDayOfMonth(y, m);
  return y * 10000 + m * 100 + d;
}

// Words of a future or planned act: "will", "'ll", "shall", "would", "next", "upcoming",
// "scheduled", "due", "expected", "plans", "hopes to meet", "set to", "going to".
bool Scanner::IsFutureMarker(uint32_t i) const {
  static constexpr std::array<string_view, 20> kMarkers = {
      "will",  "shall",   "would",    "upcoming", "scheduled", "due",    "next",    "expected", "expects", "plan",
      "plans", "planned", "planning", "hope",     "hopes",     "hoping", "intends", "intend",   "aims",    "proposed"};
  string_view w = W(i);
  if (w.ends_with("'ll") || IndexIn(kMarkers, w) >= 0) return true;
  return (w == "set" || w == "going") && W(i + 1) == "to";
}

// The clause of an expression speaks of the future: a marker up to 8 tokens before it
// ("will meet on Friday"), or after it when it opens the sentence ("On Friday, the
// ministers will meet"). Reports stop the search: "said on Monday it will ...".
// The end of a span without a year lies ahead: "has until October 28 to", "runs
// through October 8".
bool Scanner::FutureClause(uint32_t start, uint32_t end) const {
  if (forward_) return true;
  auto stops = [&](uint32_t i) {
    string_view w = W(i);
    return w == ";" || w == "that" || w == "said" || w == "says" || w == "told" || w == "\"";
  };
  for (uint32_t k = start; k > begin_ && start - k < 8;) {
    --k;
    if (stops(k)) break;
    if (IsFutureMarker(k)) return true;
  }
  if (start != begin_) return false;
  for (uint32_t k = end; k < end_ && k - end < 8 && !stops(k); ++k)
    if (IsFutureMarker(k)) return true;
  return false;
}

// "World War II", "the Second World War", "World War One", "the First World War".
uint32_t Scanner::MatchEra(uint32_t j, TimeExpr* e) const {
  int war = 0;
  uint32_t k = j;
  if ((W(k) == "second" || W(k) == "first") && W(k + 1) == "world" && W(k + 2) == "war") {
    war = W(k) == "second" ? 2 : 1;
    k += 3;
  } else if (W(k) == "world" && W(k + 1) == "war") {
    string_view n = W(k + 2);
    war = (n == "ii" || n == "2" || n == "two") ? 2 : (n == "i" || n == "1" || n == "one") ? 1 : 0;
    k += 3;
  }
  if (war == 0) return 0;
  *e = TimeExpr{};
  e->date = (war == 2 ? 1942 : 1916) * 10000;  // the middle of 1939-45, 1914-18
  e->precision = Precision::kYear;
  e->approximate = true;
  return k;
}

// "yesterday", "today", "tonight", "tomorrow", "last night", "this morning".
uint32_t Scanner::MatchWord(uint32_t j, TimeExpr* e) const {
  string_view w = W(j);
  int delta = 0;
  uint32_t len = 1;
  if (w == "yesterday")
    delta = -1;
  else if (w == "tomorrow")
    delta = 1, e->future = true;
  else if (w == "last" && W(j + 1) == "night")
    delta = -1, len = 2;
  else if (w == "this" && (W(j + 1) == "morning" || W(j + 1) == "afternoon" || W(j + 1) == "evening"))
    len = 2;
  else if (w != "today" && w != "tonight")
    return 0;
  e->date = Day(delta);
  e->precision = Precision::kDay;
  return j + len;
}

// "last year", "last week", "last November", "last Monday", "earlier this month",
// "later this year", "next week", "this week".
uint32_t Scanner::MatchDeictic(uint32_t j, uint32_t start, TimeExpr* e) const {
  uint32_t k = j;
  string_view q = W(k);
  bool earlier = q == "earlier" || q == "early", later = q == "later" || q == "late";
  if (earlier || later) ++k;
  string_view rel = W(k), what = W(k + 1);
  int dir = rel == "last" || rel == "past" ? -1 : rel == "next" || rel == "coming" ? 1 : rel == "this" ? 0 : 2;
  if (dir == 2 || ((earlier || later) && rel == "past")) return 0;
  if (later && dir == 0) e->future = true;
  if (dir == 1) e->future = true;
  text::Unit u = UnitOf(what);
  int month = Cap(k + 1) ? MonthOf(what) : 0;
  int weekday = Cap(k + 1) ? WeekdayNamed(what) : -1;
  if ((u == kWeeks && what == "week") || what == "weekend") {
    e->date = Day(7 * dir);
    e->precision = Precision::kDay;
    e->approximate = true;
  } else if (u == kMonths && what == "month") {
    e->date = MonthShift(dir, false);
    e->precision = Precision::kMonth;
  } else if (u == kYears && what == "year") {
    e->date = Story() ? (sy_ + dir) * 10000 : 0;
    e->precision = Precision::kYear;
  } else if (month > 0 && dir != 0) {
    int y = sy_ + (dir < 0 ? (month >= sm_ ? -1 : 0) : (month <= sm_ ? 1 : 0));
    int d = DayOf(W(k + 2));  // "last November 13"
    e->date = Story() ? y * 10000 + month * 100 + d : 0;
    e->precision = d ? Precision::kDay : Precision::kMonth;
    if (d) return k + 3;
  } else if (weekday >= 0 && dir != 0) {
    int back = (WeekdayOf(sdays_) - weekday + 7) % 7, ahead = (weekday - WeekdayOf(sdays_) + 7) % 7;
    e->date = Day(dir < 0 ? -(back ? back : 7) : (ahead ? ahead : 7));
    e->precision = Precision::kDay;
  } else if (weekday >= 0 || month > 0) {  // "this Monday", "this March": as if bare
    uint32_t end = MatchCalendar(k + 1, start, true, e);
    return end ? end : MatchWeekday(k + 1, start, e);
  } else {
    return 0;
  }
  return k + 2;
}

// "two years ago", "a week ago", "a few months ago", "decades ago".
uint32_t Scanner::MatchAgo(uint32_t j, TimeExpr* e) const {
  uint32_t k = j;
  int n = NumberOf(W(k));
  bool approx = false;
  if (n == 1 && (W(k + 1) == "few" || W(k + 1) == "couple")) {
    n = W(k + 1) == "few" ? 3 : 2, approx = true, k += 2;
    if (W(k) == "of") ++k;
  } else if (n > 0) {
    ++k;
  } else if (W(k) == "several" || W(k) == "many" || W(k) == "some") {
    n = 3, approx = true, ++k;
  }
  text::Unit u = UnitOf(W(k));
  if (u == kNoUnit || W(k + 1) != "ago") return 0;
  if (n == 0) n = 2, approx = true;  // "years ago", "decades ago"
  e->approximate = approx || u == kWeeks || u == kDecades;
  switch (u) {
    case kDays:
      e->date = Day(-n);
      e->precision = Precision::kDay;
      break;
    case kWeeks:
      e->date = Day(-7 * n);
      e->precision = Precision::kDay;
      break;
    case kMonths:
      e->date = MonthShift(-n, false);
      e->precision = Precision::kMonth;
      break;
    default:
      e->date = Story() ? (sy_ - n * (u == kDecades ? 10 : 1)) * 10000 : 0;
      e->precision = Precision::kYear;
  }
  return k + 2;
}

// Spans that background a fact, not date it: "for decades", "for the past two years",
// "in recent years", "over the past week".
uint32_t Scanner::MatchDuration(uint32_t j, string_view prep, TimeExpr* e) const {
  uint32_t k = j;
  if (prep == "in" && W(k) == "recent") {
    ++k;
  } else if (prep == "for" || prep == "over") {
    if (W(k) == "the" && (W(k + 1) == "past" || W(k + 1) == "last")) k += 2;
    if (NumberOf(W(k)) > 0 || W(k) == "several" || W(k) == "many") ++k;
  } else {
    return 0;
  }
  text::Unit u = UnitOf(W(k));
  if (u == kNoUnit || (k == j && !W(k).ends_with("s"))) return 0;
  e->background = true;
  e->precision = Precision::kYear;
  return k + 1;
}

// "October 8", "8 October", "October 8, 2019", "8th October 2019", "March 2019", and a
// bare month after a preposition or "early"/"late"/"mid" ("in March", "since May").
uint32_t Scanner::MatchCalendar(uint32_t j, uint32_t start, bool prep, TimeExpr* e) const {
  uint32_t k = j;
  bool qualified = W(k) == "early" || W(k) == "late" || W(k) == "mid";
  if (qualified) k += W(k + 1) == "-" ? 2 : 1;
  int d = 0, m = 0, y = 0;
  if (DayOf(W(k)) && Cap(k + 1) && MonthOf(W(k + 1))) {
    d = DayOf(W(k)), m = MonthOf(W(k + 1)), k += 2;
  } else if (Cap(k) && MonthOf(W(k))) {
    m = MonthOf(W(k)), ++k;
    if (DayOf(W(k)) && !Year(k)) d = DayOf(W(k)), ++k;
  } else if (prep || qualified) {  // "in 1997", "in early 2019"
    if ((y = Year(k)) == 0) return 0;
    e->date = y * 10000;
    e->precision = Precision::kYear;
    return k + 1;
  } else {
    return 0;
  }
  if (W(k) == "," && Year(k + 1))
    y = Year(k + 1), k += 2;
  else if (Year(k))
    y = Year(k), ++k;
  // "in March last year", "until May this year", "in June next year".
  if (!y && Story() && W(k + 1) == "year" && (W(k) == "this" || W(k) == "last" || W(k) == "next"))
    y = sy_ + (W(k) == "last" ? -1 : W(k) == "next" ? 1 : 0), k += 2;
  if (d == 0 && y == 0 && !prep && !qualified) return 0;  // "May", "March", "Jan" alone
  if (y) {
    e->date = y * 10000 + m * 100 + d;
  } else {
    e->future = FutureClause(start, k);
    e->date = PlaceMonthDay(m, d, e->future);
    if (e->date && !e->future && e->date > story_) e->future = true;
    if (!e->future) e->implied = TimeExpr::Implied::kYear;
  }
  e->precision = d ? Precision::kDay : Precision::kMonth;
  return k;
}

// "on Monday", "Monday's attack", "said Tuesday": the last such day on or before the
// story date, or the next on or after it in a future clause.
uint32_t Scanner::MatchWeekday(uint32_t j, uint32_t start, TimeExpr* e) const {
  int wd = Cap(j) ? WeekdayNamed(W(j)) : -1;
  if (wd < 0) return 0;
  e->precision = Precision::kDay;
  e->future = FutureClause(start, j + 1);
  if (Story()) {
    int today = WeekdayOf(sdays_);
    e->date = e->future ? Day((wd - today + 7) % 7) : Day(-((today - wd + 7) % 7));
    if (!e->future && e->date < story_) e->implied = TimeExpr::Implied::kWeek;
  }
  return j + 1;
}

// A cheap test before the matchers: numbers, months, weekdays and a closed list of
// words ("last", "yesterday", "World") are all an expression can start with.
bool Scanner::MayStart(uint32_t j) const {
  if (j >= end_) return false;
  if (tt_.tokens[j].Has(text::kNumber)) return true;
  string_view w = W(j);
  if (w.empty() || (w[0] >= '0' && w[0] <= '9')) return !w.empty();
  if (!MayMatter(w)) return false;
  if (MonthOf(w) || WeekdayNamed(w) >= 0) return true;
  static constexpr std::array<string_view, 22> kStarters = {
      "a",    "an",   "coming", "early",  "earlier", "first", "last", "late",  "later",    "many",    "mid",
      "next", "past", "recent", "second", "several", "some",  "this", "today", "tomorrow", "tonight", "yesterday"};
  return IndexIn(kStarters, w) >= 0 || UnitOf(w) != kNoUnit || NumberOf(w) > 0 || w == "world";
}

void Scanner::Run(std::vector<TimeExpr>* out) {
  for (uint32_t i = begin_; i < end_; ++i) {
    string_view w = W(i);
    if (!MayMatter(w)) continue;
    const bool span_prep = IndexIn(kSpanPreps, w) >= 0;
    const bool prep = span_prep || IndexIn(kPointPreps, w) >= 0 || w == "for" || w == "over";
    uint32_t j = prep ? i + 1 : i;
    forward_ = w == "until" || w == "till" || w == "through" || w == "by";
    // "in the 1990s", "during the Second World War"; not "after the 1987 budget".
    if (prep && W(j) == "the" && UnitOf(W(j + 1)) == kNoUnit && W(j + 1) != "past" && !Year(j + 1)) ++j;
    if (!MayStart(j) && !(prep && W(j) == "the")) continue;  // "for the past five years"
    TimeExpr e;
    uint32_t end = MatchDuration(j, prep ? w : string_view(), &e);
    if (!end) end = MatchEra(j, &e);
    if (!end) e = TimeExpr{}, end = MatchWord(j, &e);
    if (!end) e = TimeExpr{}, end = MatchDeictic(j, i, &e);
    if (!end) e = TimeExpr{}, end = MatchAgo(j, &e);
    if (!end) e = TimeExpr{}, end = MatchCalendar(j, i, prep && w != "for" && w != "over", &e);
    if (!end) e = TimeExpr{}, end = MatchWeekday(j, i, &e);
    // "the 1990s", "since the 1980s": the middle of the decade.
    if (!end && W(j).size() == 5 && W(j).ends_with("0s") && YearOf(W(j).substr(0, 4))) {
      e = TimeExpr{};
      e.date = (YearOf(W(j).substr(0, 4)) + 5) * 10000;
      e.precision = Precision::kYear;
      e.approximate = true;
      end = j + 1;
    }
    if (!end) continue;
    e.tok_begin = prep ? i : j;
    e.tok_end = end;
    if (span_prep) e.background = true;
    if (story_ > 0 && e.date > 0 && !e.future) {  // "in 2030", "by 2030"
      int unit = e.precision == Precision::kYear ? 10000 : e.precision == Precision::kMonth ? 100 : 1;
      e.future = e.date / unit > story_ / unit;
    }
    out->push_back(e);
    i = end - 1;
  }
}

}  // namespace

void FindTimeExpressions(const match::SentenceView& v, std::vector<TimeExpr>* out) {
  const uint32_t tok_begin = v.tok_begin();
  const uint32_t tok_end = std::min<uint32_t>(v.tok_end(), static_cast<uint32_t>(v.tt.tokens.size()));
  if (tok_begin >= tok_end) return;
  Scanner(v.tt, tok_begin, tok_end, v.story_date).Run(out);
}

int ForwardDate(const TimeExpr& t, int story_date) {
  if (t.date <= 0 || story_date <= 0 || t.date >= story_date) return t.date;
  int y = t.date / 10000, m = t.date / 100 % 100, d = t.date % 100;
  if (t.implied == TimeExpr::Implied::kYear) {
    if (m == 2 && d == 29) d = 28;
    return (y + 1) * 10000 + m * 100 + d;
  }
  if (t.implied == TimeExpr::Implied::kWeek) return CivilFromDays(DaysFromCivil(y, m, d) + 7);
  return t.date;
}

}  // namespace parley::events
