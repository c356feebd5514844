#pragma once
// Discard phrases (LexiconData::discards, from PETRARCH's discards files or parley's
// data/grammar/discards.txt): a story that holds a phrase coded "story" (with parley's
// list, two different ones) is not coded at all, and a sentence that holds one coded
// "sentence" is skipped.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "lexicon/lexicon_data.h"
#include "text/tokenizer.h"

namespace parley::match {

// The discard phrases of one story, found in one pass over its tokens; then asked about
// the story and each sentence. One per thread (the coder's), reused from story to story.
class StoryDiscards {
 public:
  // Finds the phrases of lex.discards in the story's tokens.
  void Find(const LexiconData& lex, const text::TokenizedText& tt);
  // The story holds a phrase coded "story" (LexiconData::story_discard_min > 1: two
  // different ones; "goalkeeper" twice counts once).
  bool StoryDiscarded() const { return story_phrases_ >= (story_discard_min_ <= 1 ? 1 : 2); }
  // Tokens [tok_begin, tok_end) hold a whole phrase coded "sentence".
  bool SentenceDiscarded(std::size_t tok_begin, std::size_t tok_end) const;

 private:
  struct Phrase {
    std::size_t tok_begin, tok_end;
  };
  std::vector<Phrase> sentence_phrases_;  // in the order of tok_begin
  int story_phrases_ = 0;                 // different story entries found, up to 2
  uint32_t first_story_entry_ = 0;
  int story_discard_min_ = 1;
};

}  // namespace parley::match
