#pragma once
// Options that change how stories are coded.
#include <chrono>
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace parley {

// What the coder found in one sentence before assembling events, for `--explain`: its
// actor mentions ("AZEGOV=Azerbaijan's army") and matched event patterns
// ("0353@release data/verbs/01_09.txt:875").
struct SentenceTrace {
  std::string story_id;
  std::size_t sentence = 0;
  std::size_t byte_begin = 0, byte_end = 0;  // the sentence in the story text
  std::vector<std::string> actors;
  std::vector<std::string> patterns;
};

struct CodeOptions {
  // Date used for stories that carry none (YYYY-MM-DD). Default: "" (undated).
  std::string default_date;
  // Sentences longer than this many tokens are cut into pieces of this size.
  // Default: 200.
  std::size_t max_sentence_tokens = 200;
  // Stories longer than this many bytes are skipped with a message. Default: 16 MiB.
  std::size_t max_story_bytes = 16u << 20;
  // At most this many events are kept per sentence. Default: 32.
  std::size_t max_events_per_sentence = 32;
  // Emit events whose modality is not `asserted`. Default: true.
  bool keep_non_asserted = true;
  // Merge repeated (source, target, code) within a story into one record. Default: true.
  bool merge_mentions = true;
  // Accept actors made of an agent alone (`rebels` -> ---REB). Default: true.
  bool agent_only_actors = true;
  // Find sources and targets on a dependency parse (sentences with an actor and a
  // candidate event word are parsed); false codes from word positions alone
  // (`--no-syntax`). Default: true.
  bool use_syntax = true;
  // Output events whose source or target has no country even after the story context
  // was applied (`---MIL`). Default: false.
  bool keep_unresolved = false;
  // The parser model file. Default: "" (data/models/en_ewt.model under the data dir).
  std::string syntax_model;
  // Story-context rules switched off, for measuring what each one does
  // (`--without-context`, tools/ablate_context.py): a set of ContextRule bits.
  // Default: 0 (all rules on).
  unsigned context_rules_off = 0;
  // Stop coding a story once this much wall-clock time has passed since it began (checked
  // between sentences); the story then yields no events and counts in
  // CodeStats::timed_out_stories. The server's per-request limit (`serve
  // --max-coding-seconds`). Default: 0 (no limit).
  std::chrono::milliseconds story_deadline{0};
  // Developer: called for every sentence with actors, from the coding thread (with -j,
  // from several at once). Default: none.
  std::function<void(const SentenceTrace&)> explain;
};

// The story-context rules (issue 14), each of which can be switched off.
enum ContextRule : unsigned {
  kRuleCountries = 1u << 0,    // a country from context; unresolved actors dropped
  kRuleCoreference = 1u << 1,  // he/she, surnames, titles, quotes, "the two countries"
  kRuleTime = 1u << 2,         // background and long-past spans are no events; an undated story's era
  kRuleModality = 1u << 3,     // negation, conditions, goals, intentions (off: all asserted)
  kRuleNonActors = 1u << 4,    // media, meeting places and topics are no parties
};

}  // namespace parley
