#pragma once
// Datelines kept out of a story's sentences: the body's own ("BAKU/YEREVAN —",
// "GAZA CITY, Palestinian Territories:") in its first sentence (or the first of a later
// paragraph when the story opens with a title line), and, in wire digests that join
// items ("- - - -\nBAHRAIN - Iran reported ..."), each item's on a new line. Only the
// body's dateline is a hint for the story's country.
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/lexicon_data.h"
#include "match/actor_matcher.h"
#include "parley/options.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace parley::discourse {

// Moves the start of each sentence that opens with a dateline past it. Returns the one
// country the body's dateline names ("" for none, or for places in two countries:
// "BAKU/YEREVAN"). `date` picks actors' roles; `scratch` is overwritten.
std::string TrimDatelines(const LexiconData& lex, std::string_view text, const text::TokenizedText& tt, int date,
                          const CodeOptions& options, std::vector<text::SentenceSpan>* sentences,
                          match::SentenceActors* scratch);

// Feeds that keep the dateline out of the text give it as a field ("WASHINGTON, April 24",
// JSONL `dateline`): the one country its places name, "" for none or several. Longer
// fields than kMaxField bytes are not datelines. `tt` and `scratch` are overwritten.
constexpr std::size_t kMaxField = 400;
std::string FieldDatelineCountry(const LexiconData& lex, std::string_view dateline, int date,
                                 const CodeOptions& options, text::TokenizedText* tt, match::SentenceActors* scratch);

// The actors a story's metadata field (a title) names, found as in a sentence of its own
// (none for a field over kMaxField bytes). `tt` and `actors` are overwritten.
void FindFieldActors(const LexiconData& lex, std::string_view field, int date, const CodeOptions& options,
                     text::TokenizedText* tt, match::SentenceActors* actors);

}  // namespace parley::discourse
