// `parley code`: reads stories, codes them on N threads, writes events in input order.
#include <fmt/format.h>
#include <unistd.h>

#include <chrono>
#include <csignal>
#include <iostream>

#include "commands.h"
#include "input_flags.h"
#include "lexicon_loader.h"
#include "output_file.h"
#include "parley/batch_coder.h"
#include "parley/parley.h"
#include "terminal_text.h"

namespace parley::cli {
namespace {

struct CodeArgs {
  InputFlags input;
  std::string format = "jsonl", output, dict, petrarch;
  bool quiet = false;
};

// The state of one run, passed through its phases: Prepare -> ReadAndCode -> Finish.
// With -j 2 or more, batch N is coded on the worker threads while this thread reads
// batch N+1 and writes batch N-1: reading and writing overlap coding. With -j 1
// everything stays on this one thread.
struct CodeRun {
  explicit CodeRun(const CodeArgs& a) : args(a) {}
  const CodeArgs& args;
  OutputFile output;
  std::unique_ptr<Sink> sink;
  std::unique_ptr<BatchCoder> coder;
  bool tty = false;
  std::chrono::steady_clock::time_point start, last_progress;
  std::size_t batch_size = 0;
  std::vector<Story> batch;                 // being read
  std::vector<Story> coding;                // being coded, or coded and not yet written
  std::vector<std::vector<Event>> results;  // events of `coding`
  bool in_flight = false;                   // `coding` was started and not yet written
  std::size_t problems = 0, written = 0;
  Status write_status;  // the first failed write; nothing is written after it
};

constexpr int kGoOn = -1;

// Checks the arguments, loads the dictionaries, opens the output. Returns kGoOn or
// the exit code.
int Prepare(CodeRun& run) {
  const CodeArgs& a = run.args;
  if (!CheckInputFlags(a.input, "code")) return 2;
  if (!PrepareSyntaxOrReport(a.input.Options(), "code")) return 1;
  auto lex = LoadDictionariesOrReport(a.dict, a.petrarch, false);
  if (!lex) return 1;
  if (Status st = run.output.Open(a.output); !st.ok()) {
    std::cerr << "parley code: " << st.message() << "\n";
    return 1;
  }
  // A full disk, a file-size limit or a closed pipe must fail a write (and be
  // reported), not kill the process before it can clean up.
  std::signal(SIGPIPE, SIG_IGN);
  std::signal(SIGXFSZ, SIG_IGN);
  std::ostream* out = run.output.stream();
  run.sink = a.format == "tsv" ? MakeTsvSink(out) : MakeJsonlSink(out);
  CatchStopSignals();
  run.coder = std::make_unique<BatchCoder>(lex, a.input.Options(), a.input.jobs);
  run.tty = ::isatty(2) && !a.quiet;
  run.start = run.last_progress = std::chrono::steady_clock::now();
  run.batch_size = 256u * static_cast<std::size_t>(std::max(1, a.input.jobs));
  run.write_status = run.sink->Begin();
  return kGoOn;
}

// Waits for the batch in flight, if any, and writes it.
void WriteCoded(CodeRun& run) {
  if (!run.in_flight) return;
  run.coder->Wait();
  run.in_flight = false;
  for (std::size_t i = 0; i < run.coding.size() && run.write_status.ok(); ++i) {
    run.write_status = run.sink->Write(run.coding[i], run.results[i]);
    if (run.write_status.ok()) run.written += run.results[i].size();
  }
  run.coding.clear();
}

// Writes the previous batch, shows progress, and starts coding the batch just read.
void FlushBatch(CodeRun& run) {
  WriteCoded(run);  // no batch is in flight from here on: the totals are safe to read
  auto now = std::chrono::steady_clock::now();
  if (run.tty && now - run.last_progress > std::chrono::milliseconds(300)) {
    CodeStats s = run.coder->Totals();
    double secs = std::chrono::duration<double>(now - run.start).count();
    std::cerr << fmt::format("\r{} stories, {} sentences, {} events ({:.0f} sentences/s)   ", s.stories, s.sentences,
                             s.events, s.sentences / std::max(secs, 1e-9));
    run.last_progress = now;
  }
  run.coding.swap(run.batch);
  run.batch.clear();
  run.coder->Start(run.coding, &run.results);
  run.in_flight = true;
}

// Reads every input in batches and codes and writes them, until the end, a signal or
// a failed write.
void ReadAndCode(CodeRun& run) {
  ReadStats read_stats;
  ReadOptions reading = run.args.input.Reading();
  // Input stalls (a pipe, a terminal): code and write what was read, so that events
  // come out while the writer waits.
  reading.on_wait = [&run]() {
    if (!run.batch.empty() && run.write_status.ok()) FlushBatch(run);
    WriteCoded(run);
    run.output.stream()->flush();
  };
  Status st = ReadStories(
      run.args.input.Paths(), run.args.input.Format(), reading,
      [&](Story&& s) {
        run.batch.push_back(std::move(s));
        if (run.batch.size() >= run.batch_size) FlushBatch(run);
        return !StopRequested() && run.write_status.ok();
      },
      [&](const ReadProblem& p) {
        ++run.problems;
        if (run.tty) std::cerr << "\r";
        std::cerr << TerminalSafe(p.message) << "\n";  // it may quote the input
      },
      &read_stats);
  (void)st;  // problems are reported one by one through the callback
  if (!run.batch.empty() && !StopRequested() && run.write_status.ok()) FlushBatch(run);
  WriteCoded(run);
}

// Ends the output (renaming a temporary file into place) and prints the summary.
// Returns the exit code.
int Finish(CodeRun& run) {
  if (run.write_status.ok()) run.write_status = run.sink->End();
  CodeStats s = run.coder->Totals();
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - run.start).count();
  if (run.tty) std::cerr << "\r";
  if (!run.write_status.ok()) {
    run.output.Abandon();
    std::cerr << "parley code: cannot write " << run.output.name() << ": " << run.write_status.message() << "\n";
    return 1;
  }
  const bool interrupted = StopRequested();
  std::string final_name;
  if (Status st = run.output.Commit(interrupted, &final_name); !st.ok()) {
    std::cerr << "parley code: " << st.message() << "\n";
    return 1;
  }
  if (interrupted)
    std::cerr << "parley code: interrupted"
              << (final_name != run.output.name() ? "; events so far are in " + final_name : std::string()) << "\n";
  if (!run.args.quiet || run.problems)
    std::cerr << fmt::format(
        "parley code: {} stories, {} sentences, {} events written in {:.2f} s; skipped: {} bad inputs, {} "
        "oversized stories; {} invalid UTF-8 sequences; {} over-long sentences cut\n",
        s.stories, s.sentences, run.written, secs, run.problems, s.skipped_stories, s.invalid_utf8, s.long_sentences);
  if (interrupted) return 130;
  return run.problems ? 1 : 0;
}

int RunCode(const CodeArgs& a) {
  CodeRun run(a);
  if (int rc = Prepare(run); rc != kGoOn) return rc;
  ReadAndCode(run);
  return Finish(run);
}

}  // namespace

std::function<int()> RegisterCode(CLI::App& app) {
  auto a = std::make_shared<CodeArgs>();
  auto* cmd = app.add_subcommand("code", "Code stories (files, directories or stdin) into event records");
  AddInputFlags(cmd, &a->input);
  cmd->add_option("--format", a->format, "Output: jsonl (default) or tsv")->check(CLI::IsMember({"jsonl", "tsv"}));
  cmd->add_option("-o,--output", a->output, "Write to FILE (atomically) instead of stdout");
  cmd->add_option("--dict", a->dict, "Dictionary folder (default: parley's data/)");
  cmd->add_option("--petrarch-dicts", a->petrarch, kPetrarchDictsHelp);
  cmd->add_option("--max-events-per-sentence", a->input.options.max_events_per_sentence, "Default 32");
  cmd->add_flag("-q,--quiet", a->quiet, "No summary or progress on stderr");
  return [a]() { return RunCode(*a); };
}

}  // namespace parley::cli
