#include "match/discards.h"

#include <cstddef>
#include <cstdint>

namespace parley::match {
namespace {

// True when tokens [b, e) hold a discard phrase whose entry code is `kind`.
bool HoldsDiscard(const LexiconData& lex, const text::TokenizedText& tt, std::size_t b, std::size_t e,
                  const char* kind) {
  if (lex.discards.entries().empty()) return false;  // no discard list loaded
  for (std::size_t i = b; i < e; ++i) {
    uint32_t node = 0;
    for (std::size_t j = i; j < e; ++j) {
      if (tt.tokens[j].word == 0 || (node = lex.discards.trie().Child(node, tt.tokens[j].word)) == 0) break;
      for (uint32_t x : lex.discards.trie().Payload(node))
        if (lex.discards.entries()[x].code == kind) return true;
    }
  }
  return false;
}

}  // namespace

bool StoryDiscarded(const LexiconData& lex, const text::TokenizedText& tt) {
  if (lex.story_discard_min <= 1) return HoldsDiscard(lex, tt, 0, tt.tokens.size(), "story");
  // parley's list: that many different phrases ("goalkeeper" twice counts once).
  uint32_t first = 0;
  bool have_first = false;
  for (std::size_t i = 0; i < tt.tokens.size(); ++i) {
    uint32_t node = 0;
    for (std::size_t j = i; j < tt.tokens.size(); ++j) {
      if (tt.tokens[j].word == 0 || (node = lex.discards.trie().Child(node, tt.tokens[j].word)) == 0) break;
      for (uint32_t x : lex.discards.trie().Payload(node)) {
        if (lex.discards.entries()[x].code != "story") continue;
        if (have_first && x != first) return true;
        first = x, have_first = true;
      }
    }
  }
  return false;
}

bool SentenceDiscarded(const SentenceView& v) {
  return HoldsDiscard(v.lex, v.tt, v.span.tok_begin, v.span.tok_end, "sentence");
}

}  // namespace parley::match
