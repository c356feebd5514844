#pragma once
// Background: a trigger that states a standing situation instead of reporting a new
// event. "Turkey, which occupies northern Cyprus, ..." and "Iran, who backs the Houthis"
// (a present-tense relative clause); "Russia has long supported Assad", "Israel continues
// to occupy the Golan" (a lasting state). Time-expression background ("since 1974", "for
// decades") is TimeExpr::background in events/event_time.h. Pure function; thread-safe.
#include <cstdint>

#include "lexicon/lexicon_data.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace parley::events {

enum class BackgroundKind {
  kNone,           // a new event as far as these rules see
  kRelativeState,  // "which occupies", "who backs", "which still controls"
  kLongStanding,   // "has long supported", "have for years backed", "continues to occupy"
};

// `anchor`: the trigger token (the pattern's verb) of sentence `s`.
BackgroundKind DetectBackground(const LexiconData& lex, const text::TokenizedText& tt, const text::SentenceSpan& s,
                                uint32_t anchor);

}  // namespace parley::events
