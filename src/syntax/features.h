#pragma once
// Feature extraction for the tagger and the parser. Every feature is a 64-bit hash of
// a template id and integer atoms (word hashes, tags, labels, distances): nothing is
// allocated per feature. Word atoms are computed once per sentence.
#include <cstdint>
#include <string_view>
#include <vector>

#include "syntax/transition.h"

namespace parley::syntax {

struct WordAtoms {
  uint64_t form = 0;               // exact form
  uint64_t lower = 0;              // ASCII-lowercased form
  uint64_t shape = 0;              // Xxxx, dd.dd, ...: runs longer than 3 cut to 3
  uint64_t pre[3] = {0, 0, 0};     // prefixes of 1..3 bytes
  uint64_t suf[4] = {0, 0, 0, 0};  // suffixes of 1..4 bytes
  uint32_t flags = 0;              // bit 0 capitalised, 1 all caps, 2 has digit, 3 has hyphen, 4 has letter
};

// Word atoms of a sentence (reused; grows to the longest sentence).
void ComputeAtoms(const std::vector<std::string_view>& forms, std::vector<WordAtoms>* out);

inline constexpr int kMaxTaggerFeatures = 36;
// Features for tagging word i given the tags already predicted for i-1 and i-2 (-1 =
// before the sentence) and the tag-dictionary tags of the sentence (-1 = not in it).
// Returns the count written to out.
int TaggerFeatures(const std::vector<WordAtoms>& words, const int8_t* dict_tags, int i, int prev1, int prev2,
                   uint64_t* out);

inline constexpr int kMaxParserFeatures = 96;
// Features for the parser state; tags[i] is the (predicted) UPOS of word i.
int ParserFeatures(const std::vector<WordAtoms>& words, const uint8_t* tags, const ParseState& s, uint64_t* out);

}  // namespace parley::syntax
