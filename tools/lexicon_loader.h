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

}  // namespace parley::cli
