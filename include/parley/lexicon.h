#pragma once
// Lexicon: everything parley knows about actors, agents and event patterns, loaded
// once from dictionary files and then shared, read-only, by every coder and thread.
//
//   std::vector<parley::Diagnostic> diags;
//   auto lex = parley::Lexicon::Load("data", &diags);   // parley's own format
//   if (!lex.ok()) { ... lex.status().message() ... }
//
// Loading reports every bad line in `diags` (file:line: message) and goes on with the
// rest; it fails only when a required file is missing or nothing usable was read.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "parley/status.h"

namespace parley {

struct Diagnostic {
  enum class Severity { kWarning, kError };
  Severity severity = Severity::kError;
  std::string file;
  int line = 0;
  std::string message;
  std::string ToString() const;  // "file:line: error: message"
};

// Counts reported by `parley dict stats`.
struct LexiconStats {
  std::size_t countries = 0;      // distinct 3-letter country codes among actors
  std::size_t actors = 0;         // actor entries (one per code+names line)
  std::size_t actor_names = 0;    // names across all actor entries
  std::size_t people = 0;         // distinct people in data/actors/people*.txt
  std::size_t dated_roles = 0;    // actor lines with a date range (one role each)
  std::size_t organisations = 0;  // entries whose code starts with IGO/NGO
  std::size_t agents = 0;         // agent nouns
  std::size_t verb_patterns = 0;
  std::size_t cameo_codes_covered = 0;  // CAMEO codes with at least one pattern
  std::size_t cameo_codes_total = 0;
};

class LexiconData;  // internal representation (src/lexicon/lexicon_data.h)

class Lexicon {
 public:
  // Loads parley's own dictionaries from `dir` (see data/README.md).
  static Result<std::shared_ptr<const Lexicon>> Load(const std::string& dir, std::vector<Diagnostic>* diags);
  // Loads PETRARCH / TABARI dictionaries (actors, agents, discards, verbs of either
  // PETRARCH generation) with parley's CAMEO table and grammar from `parley_dir`.
  // `dir` is a folder, or a folder plus a file-name prefix that picks one dictionary
  // set out of several ("dicts/PETR.Validate.", "dicts/Phoenix."); see
  // src/lexicon/petrarch_reader.h for how files are chosen. Event codes the table
  // lacks (test codes, CAMEO 2.0 codes) are added with QuadClass 0 and Goldstein 0.
  //
  //   auto lex = parley::Lexicon::LoadPetrarch("dicts/Phoenix.", parley::DefaultDataDir(), &diags);
  static Result<std::shared_ptr<const Lexicon>> LoadPetrarch(const std::string& dir, const std::string& parley_dir,
                                                             std::vector<Diagnostic>* diags);
  explicit Lexicon(std::unique_ptr<LexiconData> data);
  ~Lexicon();

  LexiconStats Stats() const;
  // The CAMEO name of an event code ("0841" -> "Return, release person(s)"), or "".
  std::string CodeName(std::string_view code) const;
  const LexiconData& data() const { return *data_; }

 private:
  std::unique_ptr<LexiconData> data_;
};

// The folder parley loads its own dictionaries from by default: $PARLEY_DATA, else the
// source tree's data/ folder recorded at build time.
std::string DefaultDataDir();

}  // namespace parley
