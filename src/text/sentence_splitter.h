#pragma once
// Sentence splitter over tokens: ends a sentence at . ! ? (and closing quotes or
// brackets after them) when the next token starts a sentence, at a blank line, and at
// a line break after a line that ended a thought. Abbreviations never end a sentence
// unless a typical sentence opener follows. Sentences longer than max_tokens are cut.
#include <cstddef>
#include <vector>

#include "text/tokenizer.h"

namespace parley::text {

struct SentenceSpan {
  std::size_t tok_begin = 0;
  std::size_t tok_end = 0;  // exclusive
  bool cut = false;         // ended because it reached max_tokens
};

void SplitSentences(const TokenizedText& text, std::size_t max_tokens, std::vector<SentenceSpan>* out);

}  // namespace parley::text
