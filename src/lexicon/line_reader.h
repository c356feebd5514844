#pragma once
// Reads parley's TAB-separated dictionary files: strips comments and blank lines and
// hands each remaining line's fields to a callback with its line number.
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "parley/lexicon.h"
#include "parley/status.h"

namespace parley::lexicon {

struct Line {
  int number = 0;
  std::vector<std::string_view> fields;  // TAB-separated, each trimmed
};

// Calls on_line for every non-blank, non-comment line of `path`. Returns an error
// only when the file cannot be read.
Status ReadDictionaryFile(const std::string& path, const std::function<void(const Line&)>& on_line);

// Splits "a | b | c" into trimmed, non-empty parts.
std::vector<std::string_view> SplitAlternatives(std::string_view s, char sep = '|');

std::string_view Trim(std::string_view s);

// Parses "YYYY-MM-DD" into yyyymmdd; returns -1 when invalid.
int ParseDate(std::string_view s);

// Collects diagnostics for one file.
class DiagnosticSink {
 public:
  DiagnosticSink(std::vector<Diagnostic>* out, std::string file) : out_(out), file_(std::move(file)) {}
  void Error(int line, std::string msg) { Add(Diagnostic::Severity::kError, line, std::move(msg)); }
  void Warning(int line, std::string msg) { Add(Diagnostic::Severity::kWarning, line, std::move(msg)); }
  const std::string& file() const { return file_; }

 private:
  void Add(Diagnostic::Severity s, int line, std::string msg) {
    if (out_) out_->push_back({s, file_, line, std::move(msg)});
  }
  std::vector<Diagnostic>* out_;
  std::string file_;
};

}  // namespace parley::lexicon
