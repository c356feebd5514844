#include "events/quantity.h"

#include <array>
#include <cstdlib>

#include "text/date_words.h"
#include "text/utf8.h"

namespace parley::events {
namespace {

bool ParseNumber(std::string_view s, double* v) {
  std::string digits;
  for (char c : s) {
    if ((c >= '0' && c <= '9') || c == '.')
      digits.push_back(c);
    else if (c != ',')
      return false;
  }
  if (digits.empty()) return false;
  *v = std::strtod(digits.c_str(), nullptr);
  return true;
}

// True when a pair reference ("two countries", "both sides") starts at token t.
bool PairReferenceAt(const LexiconData& lex, const text::TokenizedText& tt, uint32_t t, uint32_t to) {
  uint32_t node = 0;
  for (uint32_t j = t; j < to && tt.tokens[j].word != 0; ++j) {
    node = lex.actors.trie().Child(node, tt.tokens[j].word);
    if (node == 0) return false;
    for (uint32_t idx : lex.actors.trie().Payload(node))
      if (lex.actors.entries()[idx].code == "@PAIR") return true;
  }
  return false;
}

// True when people are counted from token t on: an agent noun ("protesters"), an actor
// name ("Armenian ..."), or a word for persons, at most two modifiers away.
bool PersonsFollow(const LexiconData& lex, const text::TokenizedText& tt, uint32_t t, uint32_t to) {
  for (uint32_t j = t; j < to && j < t + 3; ++j) {
    const text::Token& tok = tt.tokens[j];
    if (!tok.Has(text::kWord)) return false;
    if (lex.Is(tok.word, kPersonNoun)) return true;
    if (tok.word == 0) continue;
    if (lex.agents.trie().Child(0, tok.word) != 0) return true;
    if (tok.Has(text::kCapitalized) && lex.actors.trie().Child(0, tok.word) != 0) return true;
  }
  return false;
}

// "1987", "2017" (four digits, no comma): a year, unless people are counted right
// after it in lower case ("2000 protesters"). "the 2017 Women's World Championship"
// and "the 2014 annexation of Crimea" are years.
bool IsYear(const LexiconData& lex, const text::TokenizedText& tt, uint32_t t, uint32_t to) {
  if (text::YearOf(tt.Norm(t)) == 0) return false;
  if (t + 1 >= to) return true;
  const text::Token& next = tt.tokens[t + 1];
  if (next.Has(text::kCapitalized) || !next.Has(text::kWord)) return true;
  return !PersonsFollow(lex, tt, t + 1, t + 2);
}

// A day of a month: "12 March", "March 12", "on the 3rd".
bool IsDate(const text::TokenizedText& tt, uint32_t t, uint32_t from, uint32_t to) {
  if (text::DayOf(tt.Norm(t)) == 0) return false;
  if (t + 1 < to && text::MonthOf(tt.Norm(t + 1))) return true;
  return t > from && text::MonthOf(tt.Norm(t - 1)) && tt.tokens[t - 1].Has(text::kCapitalized);
}

}  // namespace

std::optional<Quantity> FindQuantity(const LexiconData& lex, const text::TokenizedText& tt, std::string_view story_text,
                                     uint32_t from, uint32_t to) {
  for (uint32_t t = from; t < to; ++t) {
    const text::Token& tok = tt.tokens[t];
    double value = 0;
    bool is_number = false;
    if (tok.Has(text::kNumber)) {
      is_number = ParseNumber(tt.Norm(t), &value);
    } else if (lex.ClassOf(tok.word) & kNumberWord) {
      auto it = lex.number_words.find(tok.word);
      if (it != lex.number_words.end()) {
        value = it->second;
        is_number = true;
      }
    }
    if (!is_number || PairReferenceAt(lex, tt, t, to)) continue;
    if (tok.Has(text::kNumber) && (IsYear(lex, tt, t, to) || IsDate(tt, t, from, to))) continue;
    uint32_t first = t, last = t + 1;
    Quantity q;
    if (t > from && (tt.Norm(t - 1) == "$" || tt.Norm(t - 1) == "us$")) {
      q.unit = "USD";
      first = t - 1;
    } else if (t > from && tt.Norm(t - 1) == "€") {
      q.unit = "EUR";
      first = t - 1;
    } else if (t > from && tt.Norm(t - 1) == "£") {
      q.unit = "GBP";
      first = t - 1;
    }
    // "500 million", "two dozen", "thousands of".
    while (last < to && (lex.ClassOf(tt.tokens[last].word) & kNumberWord)) {
      auto it = lex.number_words.find(tt.tokens[last].word);
      if (it == lex.number_words.end() || it->second < 12) break;
      value *= it->second;
      ++last;
    }
    std::string_view next = last < to ? tt.Norm(last) : std::string_view();
    if (next == "of") {
      ++last;  // "thousands of protesters"
      next = last < to ? tt.Norm(last) : std::string_view();
    }
    if (q.unit.empty()) {
      if (next == "dollars" || next == "usd")
        q.unit = "USD", ++last;
      else if (next == "euros" || next == "eur")
        q.unit = "EUR", ++last;
      else if (next == "pounds")
        q.unit = "GBP", ++last;
      else if (last < to && lex.Is(tt.tokens[last].word, kMeasureWord))
        continue;  // a distance, a duration, a rate: not a count
      else if (PersonsFollow(lex, tt, last, to))
        q.unit = "persons";
      else
        continue;  // "two formats", "1987": not a count of anything parley knows
    }
    q.value = value;
    q.text = text::ToValidUtf8(
        story_text.substr(tt.tokens[first].byte_begin, tt.tokens[last - 1].byte_end - tt.tokens[first].byte_begin));
    return q;
  }
  return std::nullopt;
}

}  // namespace parley::events
