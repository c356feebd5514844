#pragma once
// Helpers shared by parley's tests: the project's dictionaries (loaded once), the
// shared material folder, and a one-call "code this text".
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "parley/parley.h"

namespace parley::testing {

inline std::string SourceDir() { return PARLEY_SOURCE_DIR; }

// ../shared beside the checkout, or $PARLEY_SHARED; "" when absent.
inline std::string SharedDir() {
  const char* env = std::getenv("PARLEY_SHARED");
  std::string dir = env && *env ? env : SourceDir() + "/../shared";
  return std::filesystem::is_directory(dir) ? dir : "";
}

inline std::shared_ptr<const Lexicon> ProjectLexicon() {
  static std::shared_ptr<const Lexicon> lex = [] {
    std::vector<Diagnostic> diags;
    auto r = Lexicon::Load(SourceDir() + "/data", &diags);
    return r.ok() ? r.value() : nullptr;
  }();
  return lex;
}

inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

inline std::vector<Event> CodeText(const std::string& text, const std::string& date = "2023-12-09",
                                   CodeOptions options = {}) {
  Story s;
  s.id = "t";
  s.date = date;
  s.text = text;
  s.body_end = text.size();
  Coder coder(ProjectLexicon(), options);
  CodeStats stats;
  return coder.Code(s, &stats);
}

// "SRC TGT CODE" strings, for readable assertions.
inline std::vector<std::string> Triples(const std::vector<Event>& events) {
  std::vector<std::string> out;
  for (const Event& e : events) out.push_back(e.source.code + " " + e.target.code + " " + e.code);
  return out;
}

inline const Event* FindEvent(const std::vector<Event>& events, const std::string& source, const std::string& target,
                              const std::string& code_prefix) {
  for (const Event& e : events)
    if (e.source.code.rfind(source, 0) == 0 && e.target.code.rfind(target, 0) == 0 && e.code.rfind(code_prefix, 0) == 0)
      return &e;
  return nullptr;
}

}  // namespace parley::testing
