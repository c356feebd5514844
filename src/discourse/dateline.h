#pragma once
// Dateline: the place (and sometimes date and agency) that opens a wire story's body,
// "BAKU/YEREVAN —", "GAZA CITY, Palestinian Territories:", "WASHINGTON (Reuters) -",
// "LONDON, Oct 20 (Reuters) -". The coder keeps these tokens out of the first
// sentence's evidence and resolves the places to countries as a story-level hint.
// Pure function over tokens; no state, safe from any thread.
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "lexicon/lexicon_data.h"
#include "text/tokenizer.h"

namespace parley::discourse {

// A span of the dateline: tokens [tok_begin, tok_end) and the bytes they cover.
struct DatelineSpan {
  uint32_t tok_begin = 0;
  uint32_t tok_end = 0;
  uint32_t byte_begin = 0;
  uint32_t byte_end = 0;
  std::string_view text;  // into the story text passed to FindDateline
};

struct Dateline {
  DatelineSpan whole;                  // from the first place to the dash or colon, inclusive
  std::vector<DatelineSpan> places;    // "BAKU", "YEREVAN" (split on "/"), in order
  std::optional<DatelineSpan> region;  // "Palestinian Territories" in "GAZA CITY, Palestinian
                                       // Territories:", "Belgium" in "ZEEBRUGGE, Belgium -"
  std::optional<DatelineSpan> agency;  // "Reuters" in "(Reuters)"
  int month = 0;                       // "Oct 20" -> 10, 20; 0 when the dateline has no date
  int day = 0;
};

// Looks for a dateline at tokens [tok_begin, tok_end) of `tt` (tokenized from `text`):
// call it at the body's first token, and, for wire digests that join several items
// ("- - - -\nBEIRUT - ..."), at the first token of a paragraph. Returns nothing for an
// ordinary first sentence ("Armenia and Azerbaijan said ..."), a headline line ("CORRECTION
// - ...", "U.S. DIVIDEND MEETINGS - MARCH 3") or a list row ("Bahia Blanca - 4, 1, 1").
// Looks at no more than 24 tokens.
std::optional<Dateline> FindDateline(const LexiconData& lex, std::string_view text, const text::TokenizedText& tt,
                                     uint32_t tok_begin, uint32_t tok_end);

}  // namespace parley::discourse
