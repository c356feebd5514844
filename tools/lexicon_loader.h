#pragma once
// Loads the dictionaries for a command and prints their diagnostics to stderr.
#include <iostream>
#include <memory>
#include <string>

#include "parley/lexicon.h"

namespace parley::cli {

// Returns nullptr (after printing why) when the dictionaries cannot be used.
inline std::shared_ptr<const Lexicon> LoadLexiconOrReport(const std::string& dir, bool show_warnings) {
  std::vector<Diagnostic> diags;
  auto lex = Lexicon::Load(dir.empty() ? DefaultDataDir() : dir, &diags);
  for (const Diagnostic& d : diags)
    if (show_warnings || d.severity == Diagnostic::Severity::kError) std::cerr << d.ToString() << "\n";
  if (!lex.ok()) {
    std::cerr << "parley: " << lex.status().message() << "\n";
    return nullptr;
  }
  return lex.value();
}

// Help text of --petrarch-dicts, shared by the commands that take it.
inline constexpr const char* kPetrarchDictsHelp =
    "Code with PETRARCH/TABARI dictionaries instead of parley's: DIR, or DIR/PREFIX to pick one "
    "set of files by name prefix (e.g. petrarch2/PETR.Validate. or petrarch2/Phoenix.). Files are "
    "chosen by name: *actors*, *agents*, *discards*, *verbs* (one: the shortest name), else CAMEO*.txt. "
    "The CAMEO table and grammar still come from --dict (default: parley's data/)";

// Loads PETRARCH dictionaries from `petrarch` when it is given, else parley's from `dir`.
inline std::shared_ptr<const Lexicon> LoadDictionariesOrReport(const std::string& dir, const std::string& petrarch,
                                                               bool show_warnings) {
  if (petrarch.empty()) return LoadLexiconOrReport(dir, show_warnings);
  std::vector<Diagnostic> diags;
  auto lex = Lexicon::LoadPetrarch(petrarch, dir.empty() ? DefaultDataDir() : dir, &diags);
  std::size_t errors = 0;
  for (const Diagnostic& d : diags) {
    if (d.severity == Diagnostic::Severity::kError && d.line > 0) ++errors;
    // File-level problems (which files were read) are always shown; bad lines as a count.
    if (show_warnings || d.line == 0) std::cerr << d.ToString() << "\n";
  }
  if (errors && !show_warnings)
    std::cerr << "parley: " << errors << " unreadable lines in the PETRARCH dictionaries (skipped)\n";
  if (!lex.ok()) {
    std::cerr << "parley: " << lex.status().message() << "\n";
    return nullptr;
  }
  return lex.value();
}

}  // namespace parley::cli
