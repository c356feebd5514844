#pragma once
// A country for actors named without one ("troops", "rebels", "the ministry" ->
// ---MIL, ---REB, ---GOV), from the sentence around them: the actor's own possessive
// ("its forces" -> the country it refers to), the speaker of the sentence ("Chad's
// military high command said today troops killed ..."), or the one country of the
// places the sentence names ("rebels killed 18 soldiers on Mindanao island in the
// southern Philippines"). The story-level fallbacks (dateline, the story's main
// country) are applied by the coder once the whole story has been read.
#include <cstdint>
#include <string>
#include <string_view>

#include "lexicon/actor_code.h"
#include "lexicon/lexicon_data.h"
#include "match/actor_matcher.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace parley::discourse {

using lexicon::HasCountry;  // lexicon/actor_code.h
using lexicon::Unresolved;

class SentenceCountries {
 public:
  SentenceCountries(const LexiconData& lex, const text::TokenizedText& tt, const text::SentenceSpan& s,
                    const match::SentenceActors& actors);

  // The country (3 letters) the sentence's own words give an unresolved mention
  // starting at token `tok`: its possessive's, else the speaker's; "" for none. The
  // places' country (place()) is the caller's last resort.
  std::string CountryFromWords(uint32_t tok) const;

  const std::string& speaker() const { return speaker_; }
  const std::string& place() const { return place_; }

 private:
  void FindSpeaker();
  void FindPlace();
  // The country a possessive before `tok` refers to ("its forces", "their troops").
  std::string PossessorCountry(uint32_t tok) const;
  std::string GroupCountry(std::size_t g) const;

  const LexiconData& lex_;
  const text::TokenizedText& tt_;
  const text::SentenceSpan& s_;
  const match::SentenceActors& actors_;
  std::string speaker_;
  std::string place_;
};

}  // namespace parley::discourse
