#pragma once
// The era of an undated story, from the people and parties it names. A BBC story of
// 2005 that names "Tony Blair", "Michael Howard" and "the Tories" carries no date, yet
// those names hold their roles together only from late 2003 to 2005 (Blair prime
// minister, Howard and the Tories in opposition). Coding it as of today would make
// Blair an elder statesman and the Tories the government. Pure function over tokens;
// safe from any thread.
#include <cstdint>

#include "lexicon/lexicon_data.h"
#include "text/tokenizer.h"

namespace parley::discourse {

// A date (yyyymmdd) inside the latest span of time in which the most names of the
// story with dated dictionary roles hold one of them, or 0 when fewer than two such
// names agree on a span (the dictionaries then pick each name's latest role).
int EstimateStoryEra(const LexiconData& lex, const text::TokenizedText& tt);

}  // namespace parley::discourse
