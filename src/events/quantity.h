#pragma once
// Quantities attached to an event: the first number in the event's object region
// ("release 32 Armenian military personnel" -> 32 persons, "$500 million" ->
// 500000000 USD, "thousands of protesters" -> 1000, a lower bound).
#include <cstdint>
#include <optional>
#include <string>

#include "lexicon/lexicon_data.h"
#include "parley/event.h"
#include "text/tokenizer.h"

namespace parley::events {

// Looks for a quantity in tokens [from, to). Returns nothing when there is none.
std::optional<Quantity> FindQuantity(const LexiconData& lex, const text::TokenizedText& tt, std::string_view story_text,
                                     uint32_t from, uint32_t to);

}  // namespace parley::events
