#pragma once
// Discard phrases (LexiconData::discards, from PETRARCH's discards files or parley's
// data/grammar/discards.txt): a story that holds a phrase coded "story" (with parley's
// list, two different ones) is not coded at all, and a sentence that holds one coded
// "sentence" is skipped.
#include "lexicon/lexicon_data.h"
#include "match/sentence_view.h"
#include "text/tokenizer.h"

namespace parley::match {

// True when the story's tokens hold a discard phrase coded "story".
bool StoryDiscarded(const LexiconData& lex, const text::TokenizedText& tt);
// True when the sentence holds a discard phrase coded "sentence".
bool SentenceDiscarded(const SentenceView& v);

}  // namespace parley::match
