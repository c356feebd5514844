#pragma once
// Parses pattern text such as "{release} .. prisoner*|hostage*" into a Pattern.
#include <string>
#include <string_view>

#include "lexicon/inflect.h"
#include "lexicon/pattern.h"
#include "lexicon/vocabulary.h"

namespace parley::lexicon {

// Fills *out (elements, anchor, specificity). Returns "" on success, else the reason.
std::string ParsePattern(std::string_view text, Vocabulary* vocab, const Inflector& inflector, Pattern* out);

// Parses a FLAGS field ("recip,intent"). Returns "" or the reason.
std::string ParsePatternFlags(std::string_view flags, Pattern* out);

}  // namespace parley::lexicon
