#include "discourse/dateline.h"

#include <algorithm>

#include "text/date_words.h"

namespace parley::discourse {
namespace {

using text::Token;
using text::TokenizedText;

constexpr uint32_t kMaxTokens = 24;
constexpr uint32_t kMaxPlaceWords = 4;

class Reader {
 public:
  Reader(std::string_view text, const TokenizedText& tt, uint32_t begin, uint32_t end)
      : text_(text), tt_(tt), end_(std::min<uint32_t>(end, begin + kMaxTokens)) {}

  const Token& Tok(uint32_t i) const { return tt_.tokens[i]; }
  std::string_view Norm(uint32_t i) const { return tt_.Norm(i); }
  bool In(uint32_t i) const { return i < end_; }
  bool Is(uint32_t i, std::string_view w) const { return In(i) && Norm(i) == w; }
  // No space between tokens i-1 and i ("NORTH-RHINE", "LYON:").
  bool Attached(uint32_t i) const { return Tok(i).byte_begin == Tok(i - 1).byte_end; }

  DatelineSpan Span(uint32_t b, uint32_t e) const {
    DatelineSpan s{b, e, Tok(b).byte_begin, Tok(e - 1).byte_end, {}};
    s.text = text_.substr(s.byte_begin, s.byte_end - s.byte_begin);
    return s;
  }

  // A place name: up to four words, all in capitals ("GAZA CITY", "ST. LOUIS") or, when
  // `caps` is false, each capitalized ("Palestinian Territories", "Washington").
  // Joins hyphenated parts written without spaces ("WINSTON-SALEM"). Returns its end.
  uint32_t Name(uint32_t i, bool caps) const {
    uint32_t words = 0, j = i;
    while (In(j) && words < kMaxPlaceWords) {
      const Token& t = Tok(j);
      bool ok = t.Has(text::kWord) && (caps ? t.Has(text::kAllCaps) : t.Has(text::kCapitalized));
      if (!ok) break;
      ++words;
      ++j;
      if (Is(j, "-") && In(j + 1) && Attached(j) && Attached(j + 1)) ++j;
    }
    if (words == 0 || (In(j) && Tok(j).Has(text::kWord) && words == kMaxPlaceWords)) return i;
    return j;
  }

 private:
  std::string_view text_;
  const TokenizedText& tt_;
  uint32_t end_;
};

// "Oct 20", "March 3", "Oct. 20": returns its end and sets month/day; i when absent.
uint32_t ReadDate(const Reader& r, uint32_t i, Dateline* d) {
  if (!r.In(i + 1) || !r.Tok(i).Has(text::kCapitalized)) return i;
  int month = text::MonthOf(r.Norm(i)), day = text::DayOf(r.Norm(i + 1));
  if (month == 0 || day < 1 || day > 31) return i;
  d->month = month;
  d->day = day;
  return i + 2;
}

// The dash or colon that ends the dateline: "-", "--", "—", ":". Returns its end or 0.
uint32_t ReadTerminator(const Reader& r, uint32_t i) {
  if (r.Is(i, ":")) return i + 1;
  if (!r.Is(i, "-")) return 0;
  if (r.Is(i + 1, "-")) return i + 2;
  return i + 1;
}

// The text after a dateline is a sentence: it starts with a capital or a quote and has
// three lower-case words within ten tokens ("BEIRUT - Rescue workers planned to"), unlike
// a headline in capitals ("MONEY RATES - INTERNATIONAL SUMMARY - APR 3"), a row of
// figures ("NICKEL - 126 tonnes mainly carries cash nil") or a price line ("WHEAT - US
// three Hard Amber Durum Apl/May 161 unch").
bool BodyFollows(const TokenizedText& tt, uint32_t i, uint32_t end) {
  const Token& first = tt.tokens[i];
  if (!first.Has(text::kCapitalized) && tt.Norm(i) != "\"") return false;
  int lower = 0;
  for (uint32_t k = i; k < end && k < i + 10; ++k) {
    const Token& t = tt.tokens[k];
    if (t.Has(text::kWord) && !t.Has(text::kCapitalized) && !t.Has(text::kAllCaps)) ++lower;
  }
  return lower >= 3;
}

}  // namespace

std::optional<Dateline> FindDateline(const LexiconData& lex, std::string_view text, const TokenizedText& tt,
                                     uint32_t tok_begin, uint32_t tok_end) {
  if (tok_begin >= tok_end || tok_end > tt.tokens.size()) return std::nullopt;
  Reader r(text, tt, tok_begin, tok_end);
  Dateline d;
  // Places: "BAKU/YEREVAN", "GAZA CITY". Capitals mark a dateline; a place in title case
  // ("Washington (Reuters) -") needs a date or an agency to count.
  const bool caps = r.Tok(tok_begin).Has(text::kAllCaps);
  // Interview labels and notes are no places: "NG:", "Q:", "X -", "NOTES:"; nor are
  // the all-caps words that open wire headlines ("CORRECTION - ROVER GROUP REPORTS").
  std::string_view head = r.Norm(tok_begin);
  if (head.size() < 3 || (caps && lex.Is(r.Tok(tok_begin).word, kHeadlineWord))) return std::nullopt;
  uint32_t i = tok_begin;
  for (;;) {
    uint32_t e = r.Name(i, caps);
    if (e == i) return std::nullopt;
    d.places.push_back(r.Span(i, e));
    i = e;
    if (!r.Is(i, "/")) break;
    ++i;
  }
  // ", Palestinian Territories", ", March 3", ", Belgium, Oct 20".
  for (int parts = 0; parts < 2 && r.Is(i, ","); ++parts) {
    uint32_t e = ReadDate(r, i + 1, &d);
    if (e == i + 1 && !d.region) {
      e = r.Name(i + 1, /*caps=*/false);
      if (e == i + 1) e = r.Name(i + 1, /*caps=*/true);
      if (e == i + 1) return std::nullopt;
      d.region = r.Span(i + 1, e);
    } else if (e == i + 1) {
      return std::nullopt;
    }
    i = e;
  }
  // "(Reuters)", "(AP)".
  if (r.Is(i, "(")) {
    uint32_t e = r.Name(i + 1, /*caps=*/false);
    if (e == i + 1 || e - i > 4 || !r.Is(e, ")")) return std::nullopt;
    d.agency = r.Span(i + 1, e);
    i = e + 1;
  }
  uint32_t after = ReadTerminator(r, i);
  if (after == 0 || after >= tok_end || !BodyFollows(tt, after, tok_end)) return std::nullopt;
  if (!caps && !d.agency && d.month == 0) return std::nullopt;
  // A dash glued to the next word is a hyphen ("BAHRAIN -based"), not a dateline's dash.
  if (r.Is(i, "-") && r.Attached(after)) return std::nullopt;
  d.whole = r.Span(tok_begin, after);
  return d;
}

}  // namespace parley::discourse
