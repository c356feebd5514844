// `parley ingest`: codes stories like `parley code` and stores them (and their events)
// in the event store, committing every --batch stories. Re-ingesting is a no-op.
#include <fmt/format.h>
#include <unistd.h>

#include <chrono>
#include <iostream>

#include "commands.h"
#include "input_flags.h"
#include "lexicon_loader.h"
#include "parley/batch_coder.h"
#include "parley/parley.h"
#include "parley/store.h"
#include "progress.h"
#include "store_cli.h"
#include "terminal_text.h"

namespace parley::cli {
namespace {

struct IngestArgs {
  InputFlags input;
  std::string db = "parley.db", dict, petrarch;
  std::size_t batch = 500;
  bool quiet = false;
};

// The state of one run, passed through its phases: Prepare -> ReadAndStore -> Finish.
// Stories not stored yet are coded in groups on the worker threads (-j), then stored
// in input order; every --batch stories are one transaction.
struct IngestRun {
  explicit IngestRun(const IngestArgs& a) : args(a) {}
  const IngestArgs& args;
  std::unique_ptr<EventStore> store;
  std::unique_ptr<BatchCoder> coder;
  std::vector<std::string> inputs;
  bool tty = false;
  std::uint64_t total_bytes = 0;
  std::chrono::steady_clock::time_point start, last_progress;
  IngestStats stats;
  ReadStats read_stats;
  std::size_t problems = 0, in_batch = 0, group = 0;
  std::vector<Story> pending;             // not stored yet, to be coded
  std::vector<std::vector<Event>> coded;  // events of `pending`
  Status failure;                         // the first store error; stops the run

  // Keeps the first error; true while there is none.
  bool Check(Status st) {
    if (!st.ok() && failure.ok()) failure = std::move(st);
    return failure.ok();
  }
};

constexpr int kGoOn = -1;

// Checks the arguments, opens the store, loads the dictionaries. Returns kGoOn or the
// exit code.
int Prepare(IngestRun& run) {
  const IngestArgs& a = run.args;
  if (!CheckInputFlags(a.input, "ingest")) return 2;
  if (!PrepareSyntaxOrReport(a.input.Options(), "ingest")) return 1;
  int rc = 0;
  run.store = OpenStoreOrReport(a.db, "ingest", &rc);
  if (!run.store) return rc;
  auto lex = LoadDictionariesOrReport(a.dict, a.petrarch, false);
  if (!lex) return 1;
  run.coder = std::make_unique<BatchCoder>(lex, a.input.Options(), a.input.jobs);
  CatchStopSignals();
  run.inputs = a.input.Paths();
  run.tty = ::isatty(2) && !a.quiet;
  run.total_bytes = run.tty ? InputBytes(run.inputs) : 0;
  run.start = run.last_progress = std::chrono::steady_clock::now();
  run.group = 64u * static_cast<std::size_t>(std::max(1, a.input.jobs));
  return kGoOn;
}

// Codes the pending stories and stores them in input order. The write transaction is
// opened here, when a group is coded and ready, never while input is awaited: a
// writer waiting on stdin must not lock other writers out. False after a store error.
bool StorePending(IngestRun& run) {
  if (run.pending.empty() || !run.failure.ok()) return run.failure.ok();
  run.coder->Code(run.pending, &run.coded);
  for (std::size_t i = 0; i < run.pending.size() && run.failure.ok(); ++i) {
    if (run.in_batch == 0 && !run.Check(run.store->BeginBatch())) break;
    auto added = run.store->AddStory(run.pending[i], run.coded[i], &run.stats);
    if (!run.Check(added.ok() ? Status::Ok() : added.status())) break;
    if (++run.in_batch >= run.args.batch) {
      if (!run.Check(run.store->CommitBatch())) break;
      run.in_batch = 0;
    }
  }
  run.pending.clear();
  auto now = std::chrono::steady_clock::now();
  if (run.tty && now - run.last_progress > std::chrono::milliseconds(200)) {
    std::cerr << ProgressLine(run.read_stats.bytes, run.total_bytes,
                              std::chrono::duration<double>(now - run.start).count(),
                              fmt::format("{} stories new, {} skipped, {} events", run.stats.stories_new,
                                          run.stats.stories_skipped, run.stats.mentions));
    run.last_progress = now;
  }
  return run.failure.ok();
}

// Stores what was read and commits it: the end of a run, or input that stalls.
void StoreAndCommit(IngestRun& run) {
  if (run.failure.ok()) StorePending(run);
  if (run.failure.ok() && run.in_batch > 0) run.Check(run.store->CommitBatch());
  run.in_batch = 0;
}

// Reads every input; stories stored already are skipped without coding them.
void ReadAndStore(IngestRun& run) {
  ReadOptions reading = run.args.input.Reading();
  reading.on_wait = [&run]() { StoreAndCommit(run); };  // the lock is not held while input is awaited
  Status st = ReadStories(
      run.inputs, run.args.input.Format(), reading,
      [&](Story&& s) {
        auto stored = run.store->Contains(s);  // skip coding what is stored already
        if (!run.Check(stored.ok() ? Status::Ok() : stored.status())) return false;
        if (stored.value()) {
          ++run.stats.stories_skipped;
        } else {
          run.pending.push_back(std::move(s));
          if (run.pending.size() >= run.group && !StorePending(run)) return false;
        }
        return !StopRequested();
      },
      [&](const ReadProblem& p) {
        ++run.problems;
        if (run.tty) std::cerr << "\r\033[K";
        std::cerr << TerminalSafe(p.message) << "\n";  // it may quote the input
      },
      &run.read_stats);
  (void)st;  // problems are reported one by one through the callback
  StoreAndCommit(run);
}

// Reports the outcome. Returns the exit code.
int Finish(IngestRun& run) {
  if (run.tty) std::cerr << "\r\033[K";
  if (!run.failure.ok()) {
    std::cerr << "parley ingest: " << run.failure.message() << "\n";
    return 1;
  }
  const IngestStats& stats = run.stats;
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - run.start).count();
  if (!run.args.quiet)
    std::cout << fmt::format(
        "parley ingest: {} stories new, {} skipped (already stored); {} events ({} new, {} merged into "
        "existing), {} mentions; {} bad inputs; {:.2f} s, {:.0f} events/s\n",
        stats.stories_new, stats.stories_skipped, stats.events_new + stats.events_merged, stats.events_new,
        stats.events_merged, stats.mentions, run.problems, secs,
        static_cast<double>(stats.mentions) / std::max(secs, 1e-9));
  if (StopRequested()) {
    std::cerr << "parley ingest: interrupted; stories so far are stored\n";
    return 130;
  }
  return run.problems ? 1 : 0;
}

int RunIngest(const IngestArgs& a) {
  IngestRun run(a);
  if (int rc = Prepare(run); rc != kGoOn) return rc;
  ReadAndStore(run);
  return Finish(run);
}

}  // namespace

std::function<int()> RegisterIngest(CLI::App& app) {
  auto a = std::make_shared<IngestArgs>();
  auto* cmd = app.add_subcommand("ingest", "Code stories and store them with their events in a database");
  AddInputFlags(cmd, &a->input);
  cmd->add_option("--db", a->db, kDbHelp);
  cmd->add_option("--batch", a->batch, "Stories per transaction (default 500)")->check(CLI::Range(1, 1000000));
  cmd->add_option("--dict", a->dict, "Dictionary folder (default: parley's data/)");
  cmd->add_option("--petrarch-dicts", a->petrarch, kPetrarchDictsHelp);
  cmd->add_flag("-q,--quiet", a->quiet, "No summary or progress");
  return [a]() { return RunIngest(*a); };
}

}  // namespace parley::cli
