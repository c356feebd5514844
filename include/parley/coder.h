#pragma once
// Coder: turns one Story into Event records. Each thread owns its own Coder (it keeps
// scratch buffers between stories); all coders share one immutable Lexicon.
//
//   parley::Coder coder(lexicon, options);
//   parley::CodeStats stats;
//   std::vector<parley::Event> events = coder.Code(story, &stats);
#include <memory>
#include <string>
#include <vector>

#include "parley/event.h"
#include "parley/lexicon.h"
#include "parley/options.h"
#include "parley/status.h"
#include "parley/story.h"

namespace parley {

// Counters a run accumulates; add them up across threads with operator+=.
struct CodeStats {
  std::size_t stories = 0;
  std::size_t sentences = 0;
  std::size_t events = 0;
  std::size_t invalid_utf8 = 0;     // invalid byte sequences seen (left in place)
  std::size_t long_sentences = 0;   // sentences cut at max_sentence_tokens
  std::size_t skipped_stories = 0;  // too large, binary, ...
  std::size_t timed_out_stories = 0;  // stopped at CodeOptions::story_deadline (no events)
  CodeStats& operator+=(const CodeStats& o);
};

// Loads the parser model that `options` asks for, once per process and path, so that
// a command can report a missing or corrupt model before coding. OK when
// options.use_syntax is false. A Coder whose model cannot be loaded codes without it.
Status PrepareSyntax(const CodeOptions& options);

class CoderImpl;

class Coder {
 public:
  Coder(std::shared_ptr<const Lexicon> lexicon, CodeOptions options = {});
  ~Coder();
  Coder(const Coder&) = delete;
  Coder& operator=(const Coder&) = delete;

  // Codes one story. Never fails: content problems are counted in `stats`.
  std::vector<Event> Code(const Story& story, CodeStats* stats);

 private:
  std::unique_ptr<CoderImpl> impl_;
};

}  // namespace parley
