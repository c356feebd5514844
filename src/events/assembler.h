#pragma once
// Event assembly: turns pattern matches and actor mentions of one sentence into
// events — who (source) did what (code) to whom (target), both ways for mutual
// events, with passive voice, compounds, modality and quantities resolved.
#include <string>
#include <vector>

#include "lexicon/lexicon_data.h"
#include "match/actor_matcher.h"
#include "match/pattern_matcher.h"
#include "parley/event.h"
#include "parley/options.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace parley::events {

// What a story remembers between sentences: the last pair of actors named together,
// which "the two countries" refers to.
struct StoryContext {
  std::vector<std::string> last_pair;  // codes
  std::vector<std::string> last_pair_text;
};

struct SentenceInput {
  const text::TokenizedText* tt;
  const text::SentenceSpan* span;
  const match::SentenceActors* actors;
  const std::vector<match::PatternMatch>* matches;
  std::string_view story_text;
};

// Appends the sentence's events to *out (source, target, code, modality, quantity and
// event span set; story fields are filled by the coder).
void AssembleEvents(const LexiconData& lex, const SentenceInput& in, const CodeOptions& options,
                    StoryContext* ctx, std::vector<Event>* out);

// Fills country and agent from an actor code.
void SplitActorCode(const std::string& code, Actor* a);

}  // namespace parley::events
