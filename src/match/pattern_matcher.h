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

// Overwrites *out with the sentence's matches; `actors` as FindActors found them.
void MatchPatterns(const SentenceView& v, const SentenceActors& actors, std::vector<PatternMatch>* out);

}  // namespace parley::match
