#pragma once
// Names and pronouns that point back to actors named earlier in the same story:
// "Gordon Brown has signed ..." then "Mr Brown said ..." or "Brown said ..." (the
// surname of a named person), and "he"/"she" (the last person named). The coder calls
// Resolve() once per sentence, in story order, after the sentence's actors are found;
// it adds a mention for each such reference and then remembers the sentence's people.
// First-person pronouns inside a quote refer to the quote's speaker.
#include <cstdint>
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

#include "lexicon/vocabulary.h"
#include "match/actor_matcher.h"
#include "match/sentence_view.h"

namespace parley::discourse {

// Which tokens of a sentence its actor mentions cover, marked once per pass over the
// sentence instead of a walk over the mentions for every token.
class TokenCoverage {
 public:
  void Mark(const match::SentenceActors& actors, uint32_t tok_begin, uint32_t tok_end);
  // Token t of the sentence is inside a mention.
  bool operator()(uint32_t t) const { return t >= begin_ && t - begin_ < covered_.size() && covered_[t - begin_]; }

 private:
  uint32_t begin_ = 0;
  std::vector<uint8_t> covered_;
};

class StoryReferents {
 public:
  void Clear();
  void Resolve(const match::SentenceView& v, match::SentenceActors* actors);

 private:
  // Adds the references of the sentence as new mentions (tokens not in any mention).
  void AddReferences(const match::SentenceView& v, match::SentenceActors* actors);
  // Unlisted names in apposition with a role actor ("John Smithers, the U.S. ambassador,").
  void AddAppositionNames(const match::SentenceView& v, match::SentenceActors* actors);
  // "We are ready to negotiate with Israel," Mr Abbas said: "we"/"I" inside the quote
  // are the speaker named outside it next to a speech verb.
  void AddQuoteSpeakers(const match::SentenceView& v, match::SentenceActors* actors);
  // "the prime minister", "the president" once the story has named a government person;
  // "the Crown Prince", "the finance minister": the one person named with that title.
  void ResolveTitles(const text::TokenizedText& tt, match::SentenceActors* actors) const;
  // Remembers the people the sentence names (for later sentences).
  void Remember(const match::SentenceView& v, const match::SentenceActors& actors);

  // A person as first named: the code and the story tokens of that mention.
  struct Person {
    std::string code;
    int32_t tok_begin = -1, tok_end = -1;
  };
  // "brown" -> GBRGOV, "Gordon Brown"
  std::unordered_map<std::string, Person, lexicon::StringHash, std::equal_to<>> surnames_;
  Person last_person_;  // for he/she
  Person last_leader_;  // a named person coded ...GOV
  std::vector<Person> people_;  // each person as first named, in story order
  // How often each person (by the first token of their first naming) has been named or
  // referred to, and the people of the last sentence that named any: "he" is the most
  // often named of them (the story's protagonist), the last named on a tie.
  std::unordered_map<int32_t, int> times_named_;
  std::vector<Person> recent_;
  Person SalientPerson() const;
  int leaders_ = 0;     // distinct such people named so far
  static Person Named(const match::Mention& m);
  // The one person first named with the words [b, e) in their mention ("Saudi Arabia's
  // Crown Prince Abdullah" for "Crown Prince"), or null when none or several.
  const Person* TitledPerson(const text::TokenizedText& tt, uint32_t b, uint32_t e) const;

  // Per-sentence buffers, reused.
  TokenCoverage covered_;
  std::vector<int32_t> person_ending_;  // per token t: the last person mention ending at t + 1, or -1
  std::vector<match::Mention> added_;   // mentions a pass adds
};

}  // namespace parley::discourse
