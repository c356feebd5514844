#include "input_flags.h"

#include <atomic>
#include <csignal>
#include <iostream>
#include <mutex>

#include "terminal_text.h"

namespace parley::cli {
namespace {

std::atomic<bool> g_stop{false};
void OnSignal(int) { g_stop = true; }

}  // namespace

std::vector<std::string> InputFlags::Paths() const { return inputs.empty() ? std::vector<std::string>{"-"} : inputs; }

InputFormat InputFlags::Format() const {
  return input_format == "text"    ? InputFormat::kText
         : input_format == "jsonl" ? InputFormat::kJsonl
                                   : InputFormat::kAuto;
}

CodeOptions InputFlags::Options() const {
  CodeOptions o = options;
  o.default_date = date;
  return o;
}

ReadOptions InputFlags::Reading() const {
  ReadOptions r;
  r.max_story_bytes = options.max_story_bytes;
  r.stop = StopRequested;
  return r;
}

void AddInputFlags(CLI::App* cmd, InputFlags* flags) {
  cmd->add_option("INPUT", flags->inputs, "Text or JSONL files, directories (recursive); - or none for stdin");
  cmd->add_option("--date", flags->date, "Date for stories that carry none (YYYY-MM-DD)");
  cmd->add_option("--input-format", flags->input_format, "auto, text or jsonl")
      ->check(CLI::IsMember({"auto", "text", "jsonl"}));
  cmd->add_option("-j,--jobs", flags->jobs, "Coding threads (default 1)")->check(CLI::Range(1, 256));
  cmd->add_option("--max-sentence-tokens", flags->options.max_sentence_tokens, "Cut longer sentences (default 200)")
      ->check(CLI::Range(8, 100000));
  cmd->add_option("--max-story-bytes", flags->options.max_story_bytes,
                  "Skip larger stories (a text file or a JSONL line) as bad input, without holding them "
                  "(default 16 MiB)")
      ->check(CLI::Range(std::size_t{1}, std::size_t{1} << 40));
  AddSyntaxFlags(cmd, &flags->options);
}

void AddSyntaxFlags(CLI::App* cmd, CodeOptions* options) {
  cmd->add_flag("!--no-syntax", options->use_syntax,
                "Find sources and targets from word positions, without the dependency parser");
  cmd->add_option("--model", options->syntax_model, "Parser model file (default: data/models/en_ewt.model)");
  cmd->add_flag("--keep-unresolved", options->keep_unresolved,
                "Keep events whose source or target has no country even in context (---MIL)");
  cmd->add_flag("!--each-mention", options->merge_mentions,
                "One record per mention: a story's repeated (source, target, code) are not merged into one "
                "record (whose `mentions` counts them)");
  // For measuring the story-context rules one by one (tools/ablate_context.py).
  cmd->add_option_function<std::vector<std::string>>(
         "--without-context",
         [options](const std::vector<std::string>& names) {
           static const std::pair<const char*, unsigned> kRules[] = {{"countries", kRuleCountries},
                                                                     {"coreference", kRuleCoreference},
                                                                     {"time", kRuleTime},
                                                                     {"modality", kRuleModality},
                                                                     {"non-actors", kRuleNonActors}};
           for (const std::string& n : names) {
             unsigned bit = 0;
             for (const auto& [name, b] : kRules)
               if (n == name) bit = b;
             if (!bit) throw CLI::ValidationError("--without-context", "unknown rule '" + n + "'");
             options->context_rules_off |= bit;
           }
         },
         "Switch off story-context rules, to measure them: countries, coreference, time, modality, non-actors "
         "(comma-separated)")
      ->delimiter(',')
      ->group("Developer");
  cmd->add_flag_callback(
         "--explain",
         [options]() {
           // One line per sentence with actors, on stderr: what the coder found before
           // assembling events (why a sentence yields none).
           static std::mutex mu;
           options->explain = [](const SentenceTrace& t) {
             std::string line = "explain\t" + TerminalSafe(t.story_id) + "\t" + std::to_string(t.sentence) + "\t" +
                                std::to_string(t.byte_begin) + "-" + std::to_string(t.byte_end) + "\tactors:";
             for (const std::string& a : t.actors) line += " " + TerminalSafe(a);
             line += "\tpatterns:";
             for (const std::string& p : t.patterns) line += " " + TerminalSafe(p) + ";";
             std::lock_guard<std::mutex> lock(mu);
             std::cerr << line << "\n";
           };
         },
         "Print each sentence's actors and matched event patterns (with file:line) on stderr")
      ->group("Developer");
}

bool PrepareSyntaxOrReport(const CodeOptions& options, const char* command) {
  Status st = PrepareSyntax(options);
  if (st.ok()) return true;
  std::cerr << "parley " << command << ": " << st.message() << " (--no-syntax codes without the parser)\n";
  return false;
}

bool CheckInputFlags(const InputFlags& flags, const char* command) {
  if (flags.date.empty() || IsValidDate(flags.date)) return true;
  std::cerr << "parley " << command << ": --date '" << flags.date << "' is not a date (want YYYY-MM-DD)\n";
  return false;
}

void CatchStopSignals() {
  std::signal(SIGINT, OnSignal);
  std::signal(SIGTERM, OnSignal);
}

bool StopRequested() { return g_stop.load(); }

}  // namespace parley::cli
