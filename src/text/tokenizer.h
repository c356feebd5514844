#pragma once
// Tokenizer: splits a span of story text into word, number and punctuation tokens.
// Every token keeps its byte span in the original text; its normalized form
// (lowercased, typographic quotes and dashes folded) lives in TokenizedText::norm.
// Abbreviations (U.S., Gen., Jan.) keep their dots; "'s" and "n't" are split off.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace parley::text {

enum TokenFlag : uint16_t {
  kWord = 1 << 0,
  kNumber = 1 << 1,
  kPunct = 1 << 2,
  kCapitalized = 1 << 3,      // first letter upper case
  kAllCaps = 1 << 4,          // every letter upper case (at least one letter)
  kNewlineBefore = 1 << 5,    // a line break between this token and the previous one
  kParagraphBefore = 1 << 6,  // a blank line before this token
  kAbbreviation = 1 << 7,     // ends with a dot that belongs to the word (U.S., Gen.)
};

struct Token {
  uint32_t byte_begin = 0;  // into the story text
  uint32_t byte_end = 0;
  uint32_t norm_begin = 0;  // into TokenizedText::norm
  uint32_t norm_size = 0;
  uint32_t word = 0;  // vocabulary id (0: unknown), set by the caller
  uint16_t flags = 0;
  bool Has(TokenFlag f) const { return (flags & f) != 0; }
};

struct TokenizedText {
  std::vector<Token> tokens;
  std::string norm;
  std::string_view Norm(const Token& t) const { return std::string_view(norm).substr(t.norm_begin, t.norm_size); }
  std::string_view Norm(std::size_t i) const { return Norm(tokens[i]); }
  void Clear() {
    tokens.clear();
    norm.clear();
  }
};

// Tokenizes text[begin, end) and appends to *out. Counts invalid UTF-8 sequences
// (which act as separators) in *invalid_utf8. Linear in the input size.
void Tokenize(std::string_view text, std::size_t begin, std::size_t end, TokenizedText* out, std::size_t* invalid_utf8);

// Tokenizes a dictionary phrase the same way and returns the normalized tokens.
std::vector<std::string> TokenizePhrase(std::string_view phrase);

}  // namespace parley::text
