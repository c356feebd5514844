#pragma once
// SentenceView: one sentence of a story as every sentence stage reads it — the
// dictionaries, the options, the story's text and tokens, the sentence's span and the
// story's dates. The coder builds one per sentence and passes it to each stage in turn
// (FindActors, StoryReferents::Resolve, MatchPatterns, FindTimeExpressions,
// AssembleEvents); what a stage finds (actors, matches, times, the parse) is passed
// beside it. Holds references only: it lives no longer than the sentence's stages.
//
//   const SentenceView v{.lex = lex, .options = options, .tt = tt, .span = s,
//                        .story_text = story.text, .story_date = 20191209, .actor_date = 20191209};
//   match::FindActors(v, &actors);
//
// It sits in match/, the first sentence stage, so that discourse and events (which read
// match's actors anyway) can take it too.
#include <cstdint>
#include <string_view>

#include "lexicon/lexicon_data.h"
#include "parley/options.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace parley::match {

struct SentenceView {
  const LexiconData& lex;
  const CodeOptions& options;
  const text::TokenizedText& tt;   // the story's tokens, word ids set
  const text::SentenceSpan& span;  // the sentence's tokens in tt
  std::string_view story_text;     // what the tokens' byte offsets point into
  int story_date = 0;              // yyyymmdd, 0 when the story is undated
  // The date that picks actors' roles (yyyymmdd or 0): the story's, or the era its dated
  // names agree on when it has none (discourse/story_era.h).
  int actor_date = 0;

  uint32_t tok_begin() const { return static_cast<uint32_t>(span.tok_begin); }
  uint32_t tok_end() const { return static_cast<uint32_t>(span.tok_end); }
};

}  // namespace parley::match
