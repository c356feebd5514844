#pragma once
// Event patterns: the compiled form of one line of a verbs file (data/README.md).
#include <cstdint>
#include <string>
#include <vector>

namespace parley::lexicon {

struct PatternElement {
  enum class Kind : uint8_t { kVerb, kWord, kGap, kTarget, kSource };
  Kind kind = Kind::kWord;
  std::vector<uint32_t> words;        // accepted vocabulary ids
  std::vector<std::string> prefixes;  // `word*` alternatives
};

struct Pattern {
  std::string code;  // CAMEO event code
  // Code of the event in the other direction (target -> source) when it differs from
  // `code`: PETRARCH's [032:033] is a visit one way and a hosted visit the other way.
  // Empty: a `recip` pattern codes both directions with `code`.
  std::string reverse_code;
  // PETRARCH [:173]: the event goes from the target to the source only, with `code`.
  bool reverse_only = false;
  std::vector<PatternElement> elements;
  int anchor = -1;  // index of the verb, else the first literal
  bool recip = false;
  bool intent = false;
  int specificity = 0;  // literal elements (more wins)
  uint32_t file = 0;    // index into LexiconData::files
  int line = 0;
};

}  // namespace parley::lexicon
