#pragma once
// Event-pattern matching for one sentence: for every token that anchors some pattern
// (a verb form or a first literal), tries the patterns indexed under it and keeps the
// most specific one that matches. Work per token is bounded by the patterns indexed
// under it and the fixed gap width, so a sentence is matched in linear time.
#include <cstdint>
#include <vector>

#include "match/actor_matcher.h"
#include "match/sentence_view.h"

namespace parley::match {

struct PatternMatch {
  uint32_t pattern = 0;   // index into LexiconData::patterns
  uint32_t anchor = 0;    // token of the verb or first literal
  uint32_t first = 0;     // first token the pattern covers
  uint32_t last = 0;      // one past the last token it covers
  int target_group = -1;  // group bound by `+`, or -1
  int source_group = -1;  // group bound by `$`, or -1
};

// Maximum tokens a `..` element skips.
constexpr uint32_t kMaxGap = 6;

// Buffers MatchPatterns reuses from sentence to sentence: one per thread (the coder's).
class PatternScratch {
 private:
  friend class SentenceMatcher;
  const LexiconData* lex_ = nullptr;  // the lexicon the members below were set up for
  std::vector<uint64_t> words_;       // a bit per vocabulary id: the sentence holds the word
  std::vector<int> group_at_;         // per token: the actor group that starts there, or -1
  std::vector<uint8_t> in_actor_;     // per token: inside an actor mention
  uint32_t with_ = 0, between_ = 0;   // vocabulary ids of the partner prepositions
};

// Overwrites *out with the sentence's matches; `actors` as FindActors found them.
void MatchPatterns(const SentenceView& v, const SentenceActors& actors, PatternScratch* scratch,
                   std::vector<PatternMatch>* out);

}  // namespace parley::match
