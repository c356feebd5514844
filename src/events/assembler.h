#pragma once
// Event assembly: turns pattern matches and actor mentions of one sentence into
// events — who (source) did what (code) to whom (target), both ways for mutual
// events, with passive voice, compounds, modality and quantities resolved.
#include <string>
#include <vector>

#include "events/actor_codes.h"
#include "events/event_time.h"
#include "events/sentence_tree.h"
#include "lexicon/lexicon_data.h"
#include "match/actor_matcher.h"
#include "match/pattern_matcher.h"
#include "match/sentence_view.h"
#include "parley/event.h"

namespace parley::events {

// What a story remembers between sentences: the last pair of actors named together,
// which "the two countries" refers to, and the parties of its last consultation
// (meeting, talks, visit), which "the talks" refers to.
struct StoryContext {
  std::vector<std::string> last_pair;                         // codes
  std::vector<std::pair<int32_t, int32_t>> last_pair_tokens;  // story tokens of each
  std::vector<std::string> last_talks;                         // two codes, or none
  std::vector<std::pair<int32_t, int32_t>> last_talks_tokens;  // story tokens of each
};

// What the earlier stages found in the sentence.
struct SentenceInput {
  const match::SentenceActors* actors;
  const std::vector<match::PatternMatch>* matches;
  // The sentence's dependency parse, or nullptr (no model, `--no-syntax`, or nothing
  // to parse): roles then come from word positions.
  const SentenceTree* tree = nullptr;
  // The sentence's time expressions (events/event_time.h), or nullptr.
  const std::vector<TimeExpr>* times = nullptr;
};

// Appends the sentence's events to *out (source, target, code, modality, quantity and
// event span set; the story's fields are filled by FinishEvents, events/event_finish.h).
void AssembleEvents(const match::SentenceView& v, const SentenceInput& in, StoryContext* ctx, std::vector<Event>* out);

}  // namespace parley::events
