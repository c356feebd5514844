#include "match/discards.h"

#include <algorithm>

namespace parley::match {

void StoryDiscards::Find(const LexiconData& lex, const text::TokenizedText& tt) {
  sentence_phrases_.clear();
  story_phrases_ = 0;
  story_discard_min_ = lex.story_discard_min;
  if (lex.discards.entries().empty()) return;  // no discard list loaded
  const lexicon::PhraseTrie& trie = lex.discards.trie();
  for (std::size_t i = 0; i < tt.tokens.size(); ++i) {
    uint32_t node = 0;
    for (std::size_t j = i; j < tt.tokens.size(); ++j) {
      if (tt.tokens[j].word == 0 || (node = trie.Child(node, tt.tokens[j].word)) == 0) break;
      for (uint32_t x : trie.Payload(node)) {
        const std::string& code = lex.discards.entries()[x].code;
        if (code == "sentence") {
          sentence_phrases_.push_back({i, j + 1});
        } else if (code == "story" && story_phrases_ < 2) {
          if (story_phrases_ == 0)
            first_story_entry_ = x, story_phrases_ = 1;
          else if (x != first_story_entry_)
            story_phrases_ = 2;
        }
      }
    }
  }
}

bool StoryDiscards::SentenceDiscarded(std::size_t tok_begin, std::size_t tok_end) const {
  auto it = std::lower_bound(sentence_phrases_.begin(), sentence_phrases_.end(), tok_begin,
                             [](const Phrase& p, std::size_t t) { return p.tok_begin < t; });
  for (; it != sentence_phrases_.end() && it->tok_begin < tok_end; ++it)
    if (it->tok_end <= tok_end) return true;
  return false;
}

}  // namespace parley::match
