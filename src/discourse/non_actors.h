#pragma once
// Non-actors: mentions of countries, people or outlets that carry the words or set the
// scene instead of taking part. "Government sources told the BBC" (the BBC is the
// medium), "Pompeo posted a message on Twitter blaming Iran" (a platform), "ministers
// gathered in Cairo to discuss ..." (the meeting place), "to discuss Libya-Turkey
// relations" (the topic). The assembler drops such a mention as a source or target and
// looks for the participants elsewhere. Reads normalized tokens and the word lists of
// data/grammar/words.txt (outlet, media-noun, meeting-word ...); pure function, safe
// from any thread.
#include <cstdint>

#include "lexicon/lexicon_data.h"
#include "text/tokenizer.h"

namespace parley::discourse {

enum class NonActorKind {
  kNone,    // a possible participant
  kMedium,  // carries the words: "told the BBC", "state media reported", "on Twitter",
            // "in an interview with CNN", "according to Reuters"
  kPlace,   // where a meeting happens: "gathered in Cairo", "talks in Geneva"
  kTopic,   // what is talked about: "to discuss Libya-Turkey relations", "talks on Syria"
  kBeyondBorder,  // the country beyond a border: "a border crossing with France" — where a
                  // protest is, but whom a blockade or an assault there is aimed at
};

const char* NonActorKindName(NonActorKind k);

// Classifies the mention at tokens [mention_begin, mention_end) of the sentence
// [sentence_begin, sentence_end). Looks at a few tokens either side; constant time.
NonActorKind Classify(const LexiconData& lex, const text::TokenizedText& tt, uint32_t sentence_begin,
                      uint32_t sentence_end, uint32_t mention_begin, uint32_t mention_end);

}  // namespace parley::discourse
