// `parley ingest`: codes stories like `parley code` and stores them (and their events)
// in the event store, committing every --batch stories. Re-ingesting is a no-op.
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <iostream>

#include <fmt/format.h>

#include "batch_coder.h"
#include "commands.h"
#include "lexicon_loader.h"
#include "parley/parley.h"
#include "parley/store.h"
#include "progress.h"
#include "store_cli.h"

namespace parley::cli {
namespace {

std::atomic<bool> g_stop{false};
void OnSignal(int) { g_stop = true; }

struct IngestArgs {
  std::vector<std::string> inputs;
  std::string db = "parley.db", date, input_format = "auto", dict, petrarch;
  std::size_t batch = 500;
  int jobs = 1;
  bool quiet = false;
};

int RunIngest(const IngestArgs& a) {
  if (!a.date.empty() && !IsValidDate(a.date)) {
    std::cerr << "parley ingest: --date '" << a.date << "' is not a date (want YYYY-MM-DD)\n";
    return 2;
  }
  int rc = 0;
  auto store = OpenStoreOrReport(a.db, "ingest", &rc);
  if (!store) return rc;
  auto lex = LoadDictionariesOrReport(a.dict, a.petrarch, false);
  if (!lex) return 1;
  CodeOptions options;
  options.default_date = a.date;
  BatchCoder coder(lex, options, a.jobs);
  InputFormat fmt = a.input_format == "text" ? InputFormat::kText
                    : a.input_format == "jsonl" ? InputFormat::kJsonl : InputFormat::kAuto;
  std::signal(SIGINT, OnSignal);
  std::signal(SIGTERM, OnSignal);

  const std::vector<std::string> inputs = a.inputs.empty() ? std::vector<std::string>{"-"} : a.inputs;
  const bool tty = ::isatty(2) && !a.quiet;
  const std::uint64_t total_bytes = tty ? InputBytes(inputs) : 0;
  auto start = std::chrono::steady_clock::now();
  auto last_progress = start;
  IngestStats stats;
  ReadStats read_stats;
  std::size_t problems = 0, in_batch = 0;
  Status failure;
  auto check = [&](Status st) {
    if (!st.ok() && failure.ok()) failure = std::move(st);
    return failure.ok();
  };
  if (!check(store->BeginBatch())) {
    std::cerr << "parley ingest: " << failure.message() << "\n";
    return 1;
  }
  // Stories not stored yet are coded in groups on the worker threads (-j), then stored
  // in input order; every --batch stories are one transaction.
  std::vector<Story> pending;
  std::vector<std::vector<Event>> coded;
  const std::size_t group = 64u * static_cast<std::size_t>(std::max(1, a.jobs));
  auto store_pending = [&]() {
    coder.Code(pending, &coded);
    for (std::size_t i = 0; i < pending.size() && failure.ok(); ++i) {
      auto added = store->AddStory(pending[i], coded[i], &stats);
      if (!check(added.ok() ? Status::Ok() : added.status())) break;
      if (++in_batch >= a.batch) {
        if (!check(store->CommitBatch()) || !check(store->BeginBatch())) break;
        in_batch = 0;
      }
    }
    pending.clear();
    auto now = std::chrono::steady_clock::now();
    if (tty && now - last_progress > std::chrono::milliseconds(200)) {
      std::cerr << ProgressLine(read_stats.bytes, total_bytes, std::chrono::duration<double>(now - start).count(),
                                fmt::format("{} stories new, {} skipped, {} events", stats.stories_new,
                                            stats.stories_skipped, stats.mentions));
      last_progress = now;
    }
    return failure.ok();
  };
  Status st = ReadStories(
      inputs, fmt,
      [&](Story&& s) {
        auto stored = store->Contains(s);  // skip coding what is stored already
        if (!check(stored.ok() ? Status::Ok() : stored.status())) return false;
        if (stored.value()) {
          ++stats.stories_skipped;
        } else {
          pending.push_back(std::move(s));
          if (pending.size() >= group && !store_pending()) return false;
        }
        return !g_stop.load();
      },
      [&](const ReadProblem& p) {
        ++problems;
        if (tty) std::cerr << "\r\033[K";
        std::cerr << p.message << "\n";
      },
      &read_stats);
  if (failure.ok()) store_pending();
  if (failure.ok()) check(store->CommitBatch());
  if (tty) std::cerr << "\r\033[K";
  if (!failure.ok()) {
    std::cerr << "parley ingest: " << failure.message() << "\n";
    return 1;
  }
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (!a.quiet)
    std::cout << fmt::format(
        "parley ingest: {} stories new, {} skipped (already stored); {} events ({} new, {} merged into "
        "existing), {} mentions; {} bad inputs; {:.2f} s, {:.0f} events/s\n",
        stats.stories_new, stats.stories_skipped, stats.events_new + stats.events_merged, stats.events_new,
        stats.events_merged, stats.mentions, problems, secs,
        static_cast<double>(stats.mentions) / std::max(secs, 1e-9));
  if (g_stop) {
    std::cerr << "parley ingest: interrupted; stories so far are stored\n";
    return 130;
  }
  return problems ? 1 : 0;
}

}  // namespace

std::function<int()> RegisterIngest(CLI::App& app) {
  auto a = std::make_shared<IngestArgs>();
  auto* cmd = app.add_subcommand("ingest", "Code stories and store them with their events in a database");
  cmd->add_option("INPUT", a->inputs, "Text or JSONL files, directories (recursive); - or none for stdin");
  cmd->add_option("--db", a->db, kDbHelp);
  cmd->add_option("--date", a->date, "Date for stories that carry none (YYYY-MM-DD)");
  cmd->add_option("--input-format", a->input_format, "auto, text or jsonl")
      ->check(CLI::IsMember({"auto", "text", "jsonl"}));
  cmd->add_option("--batch", a->batch, "Stories per transaction (default 500)")->check(CLI::Range(1, 1000000));
  cmd->add_option("--dict", a->dict, "Dictionary folder (default: parley's data/)");
  cmd->add_option("--petrarch-dicts", a->petrarch, kPetrarchDictsHelp);
  cmd->add_option("-j,--jobs", a->jobs, "Coding threads (default 1)")->check(CLI::Range(1, 256));
  cmd->add_flag("-q,--quiet", a->quiet, "No summary or progress");
  return [a]() { return RunIngest(*a); };
}

}  // namespace parley::cli
