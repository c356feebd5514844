// `parley code`: reads stories, codes them on N threads, writes events in input order.
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <future>
#include <iostream>
#include <thread>

#include <fmt/format.h>

#include "batch_coder.h"
#include "commands.h"
#include "lexicon_loader.h"
#include "parley/parley.h"

namespace parley::cli {
namespace {

std::atomic<bool> g_stop{false};
void OnSignal(int) { g_stop = true; }

struct CodeArgs {
  std::vector<std::string> inputs;
  std::string date, input_format = "auto", format = "jsonl", output, dict, petrarch;
  int jobs = 1;
  bool quiet = false;
  CodeOptions options;
};

int RunCode(const CodeArgs& a) {
  if (!a.date.empty() && !IsValidDate(a.date)) {
    std::cerr << "parley code: --date '" << a.date << "' is not a date (want YYYY-MM-DD)\n";
    return 2;
  }
  InputFormat fmt = a.input_format == "text" ? InputFormat::kText
                    : a.input_format == "jsonl" ? InputFormat::kJsonl : InputFormat::kAuto;
  auto lex = LoadDictionariesOrReport(a.dict, a.petrarch, false);
  if (!lex) return 1;
  CodeOptions options = a.options;
  options.default_date = a.date;
  if (Status st = PrepareSyntax(options); !st.ok()) {
    std::cerr << "parley: " << st.message() << " (--no-syntax codes without the parser)\n";
    return 1;
  }

  // Output to a regular file goes to a temporary file renamed on success, so that a
  // failed or interrupted run never leaves a truncated file that looks complete.
  // Anything else (/dev/null, a FIFO, a terminal) is written in place: renaming over
  // it would replace the device or pipe with a plain file.
  std::ofstream file;
  std::string tmp;
  std::ostream* out = &std::cout;
  if (!a.output.empty() && a.output != "-") {
    std::error_code ec;
    auto st = std::filesystem::status(a.output, ec);
    bool special = !ec && std::filesystem::exists(st) && !std::filesystem::is_regular_file(st);
    if (special) {
      file.open(a.output, std::ios::binary);
    } else {
      tmp = a.output + ".tmp-" + std::to_string(::getpid());
      file.open(tmp, std::ios::binary);
    }
    if (!file) {
      std::cerr << "parley code: cannot write " << a.output << "\n";
      return 1;
    }
    out = &file;
  }
  std::unique_ptr<Sink> sink = a.format == "tsv" ? MakeTsvSink(out) : MakeJsonlSink(out);
  std::signal(SIGINT, OnSignal);
  std::signal(SIGTERM, OnSignal);

  BatchCoder coder(lex, options, a.jobs);
  const bool tty = ::isatty(2) && !a.quiet;
  auto start = std::chrono::steady_clock::now();
  auto last_progress = start;
  std::vector<Story> batch;
  std::vector<std::vector<Event>> results;
  std::size_t problems = 0, written = 0;
  const std::size_t batch_size = 256u * static_cast<std::size_t>(std::max(1, a.jobs));
  sink->Begin();
  // With -j 2 or more, batch N is coded on the worker threads while this thread reads
  // batch N+1 and writes batch N-1: reading and writing overlap coding. With -j 1
  // everything stays on this one thread.
  const bool pipelined = a.jobs > 1;
  std::vector<Story> coding;                  // the batch being coded
  std::future<void> in_flight;
  auto write_results = [&]() {
    for (std::size_t i = 0; i < coding.size(); ++i) {
      sink->Write(coding[i], results[i]);
      written += results[i].size();
    }
    coding.clear();
  };
  auto write_coded = [&]() {  // waits for the batch in flight, if any, and writes it
    if (!in_flight.valid()) return;
    in_flight.get();
    write_results();
  };
  auto flush = [&]() {
    write_coded();  // no batch is in flight from here on: the totals are safe to read
    auto now = std::chrono::steady_clock::now();
    if (tty && now - last_progress > std::chrono::milliseconds(300)) {
      CodeStats s = coder.Totals();
      double secs = std::chrono::duration<double>(now - start).count();
      std::cerr << fmt::format("\r{} stories, {} sentences, {} events ({:.0f} sentences/s)   ", s.stories,
                               s.sentences, s.events, s.sentences / std::max(secs, 1e-9));
      last_progress = now;
    }
    coding.swap(batch);
    batch.clear();
    if (pipelined) {
      in_flight = std::async(std::launch::async, [&]() { coder.Code(coding, &results); });
    } else {
      coder.Code(coding, &results);
      write_results();
    }
  };
  ReadStats read_stats;
  Status st = ReadStories(
      a.inputs.empty() ? std::vector<std::string>{"-"} : a.inputs, fmt,
      [&](Story&& s) {
        batch.push_back(std::move(s));
        if (batch.size() >= batch_size) flush();
        return !g_stop.load();
      },
      [&](const ReadProblem& p) {
        ++problems;
        if (tty) std::cerr << "\r";
        std::cerr << p.message << "\n";
      },
      &read_stats);
  if (!batch.empty() && !g_stop) flush();
  write_coded();
  sink->End();
  out->flush();
  CodeStats s = coder.Totals();
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (tty) std::cerr << "\r";
  bool interrupted = g_stop.load();
  if (file.is_open() && tmp.empty()) file.close();  // a device or pipe, written in place
  if (!tmp.empty()) {
    file.close();
    std::string final_name = interrupted ? a.output + ".partial" : a.output;
    std::error_code ec;
    std::filesystem::rename(tmp, final_name, ec);
    if (ec) {
      std::cerr << "parley code: cannot rename " << tmp << " to " << final_name << ": " << ec.message() << "\n";
      return 1;
    }
    if (interrupted) std::cerr << "parley code: interrupted; events so far are in " << final_name << "\n";
  }
  if (!a.quiet || problems)
    std::cerr << fmt::format(
        "parley code: {} stories, {} sentences, {} events written in {:.2f} s; skipped: {} bad inputs, {} "
        "oversized stories; {} invalid UTF-8 sequences; {} over-long sentences cut\n",
        s.stories, s.sentences, written, secs, problems, s.skipped_stories, s.invalid_utf8, s.long_sentences);
  if (interrupted) return 130;
  return problems ? 1 : 0;
}

}  // namespace

std::function<int()> RegisterCode(CLI::App& app) {
  auto a = std::make_shared<CodeArgs>();
  auto* cmd = app.add_subcommand("code", "Code stories (files, directories or stdin) into event records");
  cmd->add_option("INPUT", a->inputs, "Text or JSONL files, directories (recursive); - or none for stdin");
  cmd->add_option("--date", a->date, "Date for stories that carry none (YYYY-MM-DD)");
  cmd->add_option("--input-format", a->input_format, "auto, text or jsonl")
      ->check(CLI::IsMember({"auto", "text", "jsonl"}));
  cmd->add_option("--format", a->format, "Output: jsonl (default) or tsv")->check(CLI::IsMember({"jsonl", "tsv"}));
  cmd->add_option("-o,--output", a->output, "Write to FILE (atomically) instead of stdout");
  cmd->add_option("-j,--jobs", a->jobs, "Threads")->check(CLI::Range(1, 256));
  cmd->add_option("--dict", a->dict, "Dictionary folder (default: parley's data/)");
  cmd->add_option("--petrarch-dicts", a->petrarch, kPetrarchDictsHelp);
  cmd->add_option("--max-sentence-tokens", a->options.max_sentence_tokens, "Cut longer sentences (default 200)")
      ->check(CLI::Range(8, 100000));
  cmd->add_option("--max-story-bytes", a->options.max_story_bytes, "Skip larger stories (default 16 MiB)");
  cmd->add_option("--max-events-per-sentence", a->options.max_events_per_sentence, "Default 32");
  cmd->add_flag("-q,--quiet", a->quiet, "No summary or progress on stderr");
  cmd->add_flag("!--no-syntax", a->options.use_syntax, "Find sources and targets from word positions, without the parser");
  cmd->add_flag("--keep-unresolved", a->options.keep_unresolved, "Keep events with an actor that has no country (---MIL)");
  cmd->add_option("--model", a->options.syntax_model, "Parser model file (default: data/models/en_ewt.model)");
  return [a]() { return RunCode(*a); };
}

}  // namespace parley::cli
