#pragma once
// PETRARCH discard phrases (LexiconData::discards, read from PETRARCH's discards files;
// parley's own dictionaries have none): a story that holds a phrase coded "story" is not
// coded at all, and a sentence that holds one coded "sentence" is skipped.
#include "lexicon/lexicon_data.h"
#include "match/sentence_view.h"
#include "text/tokenizer.h"

namespace parley::match {

// True when the story's tokens hold a discard phrase coded "story".
bool StoryDiscarded(const LexiconData& lex, const text::TokenizedText& tt);
// True when the sentence holds a discard phrase coded "sentence".
bool SentenceDiscarded(const SentenceView& v);

}  // namespace parley::match
