#pragma once
// Actor recognition for one sentence: dictionary names and agent nouns (longest match),
// merged into mentions ("Armenian military personnel" -> ARMMIL, "the leaders of
// Armenia" -> ARMGOV), grouped into compounds ("Armenia and Azerbaijan").
#include <cstdint>
#include <string>
#include <vector>

#include "match/sentence_view.h"

namespace parley::match {

struct Mention {
  uint32_t tok_begin = 0;   // first token of the mention
  uint32_t tok_end = 0;     // one past the last token
  std::string code;         // CAMEO actor code, or "@PAIR" for "the two countries"
  bool agent_only = false;  // no named actor: code is ---AGENT
  bool agent_noun = false;  // the agent came from a noun after the name ("Chinese diplomats")
  bool locative = false;    // after "in", "at", "from" ...: a place
  int group = -1;           // index into SentenceActors::groups
  // For a reference ("he", "Mr Brown", "it" after a speech verb): the story tokens of
  // the mention it was resolved from; -1 when the mention names its actor itself.
  int32_t ref_tok_begin = -1;
  int32_t ref_tok_end = -1;
};

// Mentions joined by "and" / commas; a mention on its own is a group of one.
struct MentionGroup {
  std::vector<uint32_t> members;
  uint32_t tok_begin = 0;
  uint32_t tok_end = 0;
};

struct SentenceActors {
  std::vector<Mention> mentions;  // named in text order; resolved pronouns appended
  std::vector<MentionGroup> groups;
  void Clear() {
    mentions.clear();
    groups.clear();
  }
};

// Finds the actors of the sentence; their roles are chosen by `v.actor_date`.
void FindActors(const SentenceView& v, SentenceActors* out);

}  // namespace parley::match
