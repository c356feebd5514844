#pragma once
// The input options `parley code` and `parley ingest` share, defined once: the input
// paths, --date, --input-format, the sentence and story limits, -j, and the flag that
// SIGINT / SIGTERM set to stop reading.
#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "parley/parley.h"

namespace parley::cli {

struct InputFlags {
  std::vector<std::string> inputs;    // files and directories; none or "-" is stdin
  std::string date;                   // --date: for stories that carry none
  std::string input_format = "auto";  // --input-format: auto, text or jsonl
  int jobs = 1;                       // -j: coding threads
  CodeOptions options;                // --max-sentence-tokens, --max-story-bytes

  // The inputs to read: `inputs`, or stdin when there are none.
  std::vector<std::string> Paths() const;
  InputFormat Format() const;
  // `options` with --date as the default date.
  CodeOptions Options() const;
  // How to read the inputs: --max-story-bytes, and stop when StopRequested().
  ReadOptions Reading() const;
};

// Registers the shared options on `cmd`, bound to `flags`.
void AddInputFlags(CLI::App* cmd, InputFlags* flags);

// --no-syntax, --model and --keep-unresolved, bound to `options` (also used by eval).
void AddSyntaxFlags(CLI::App* cmd, CodeOptions* options);

// False (after printing why) when the parser model that `options` asks for cannot be
// loaded; the caller exits 1.
bool PrepareSyntaxOrReport(const CodeOptions& options, const char* command);

// False (after printing why, as `parley <command>: ...`) when --date is no date;
// the caller exits 2.
bool CheckInputFlags(const InputFlags& flags, const char* command);

// SIGINT and SIGTERM from now on only set the flag StopRequested() returns.
void CatchStopSignals();
bool StopRequested();

}  // namespace parley::cli
