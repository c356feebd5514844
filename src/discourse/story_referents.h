#pragma once
// Names and pronouns that point back to actors named earlier in the same story:
// "Gordon Brown has signed ..." then "Mr Brown said ..." or "Brown said ..." (the
// surname of a named person), and "he"/"she" (the last person named). The coder calls
// Resolve() once per sentence, in story order, after the sentence's actors are found;
// it adds a mention for each such reference and then remembers the sentence's people.
// First-person pronouns inside a quote refer to the quote's speaker.
#include <cstdint>
#include <string>
#include <unordered_map>

#include "match/actor_matcher.h"
#include "match/sentence_view.h"

namespace parley::discourse {

class StoryReferents {
 public:
  void Clear();
  void Resolve(const match::SentenceView& v, match::SentenceActors* actors);

 private:
  // Adds the references of the sentence as new mentions (tokens not in any mention).
  void AddReferences(const match::SentenceView& v, match::SentenceActors* actors) const;
  // Unlisted names in apposition with a role actor ("John Smithers, the U.S. ambassador,").
  void AddAppositionNames(const match::SentenceView& v, match::SentenceActors* actors);
  // "We are ready to negotiate with Israel," Mr Abbas said: "we"/"I" inside the quote
  // are the speaker named outside it next to a speech verb.
  void AddQuoteSpeakers(const match::SentenceView& v, match::SentenceActors* actors) const;
  // "the prime minister", "the president" once the story has named a government person.
  void ResolveTitles(const text::TokenizedText& tt, match::SentenceActors* actors) const;
  // Remembers the people the sentence names (for later sentences).
  void Remember(const match::SentenceView& v, const match::SentenceActors& actors);

  // A person as first named: the code and the story tokens of that mention.
  struct Person {
    std::string code;
    int32_t tok_begin = -1, tok_end = -1;
  };
  std::unordered_map<std::string, Person> surnames_;  // "brown" -> GBRGOV, "Gordon Brown"
  Person last_person_;                                // for he/she
  Person last_leader_;                                // a named person coded ...GOV
  int leaders_ = 0;                                   // distinct such people named so far
  static Person Named(const match::Mention& m);
};

}  // namespace parley::discourse
