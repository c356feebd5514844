// `parley ingest`: codes stories like `parley code` and stores them (and their events)
// in the event store, committing every --batch stories. Re-ingesting is a no-op.
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <iostream>

#include <fmt/format.h>

#include "commands.h"
#include "lexicon_loader.h"
#include "parley/parley.h"
#include "parley/store.h"
#include "store_cli.h"

namespace parley::cli {
namespace {

std::atomic<bool> g_stop{false};
void OnSignal(int) { g_stop = true; }

struct IngestArgs {
  std::vector<std::string> inputs;
  std::string db = "parley.db", date, input_format = "auto", dict, petrarch;
  std::size_t batch = 500;
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
  Coder coder(lex, options);
  InputFormat fmt = a.input_format == "text" ? InputFormat::kText
                    : a.input_format == "jsonl" ? InputFormat::kJsonl : InputFormat::kAuto;
  std::signal(SIGINT, OnSignal);
  std::signal(SIGTERM, OnSignal);

  const bool tty = ::isatty(2) && !a.quiet;
  auto start = std::chrono::steady_clock::now();
  auto last_progress = start;
  CodeStats code_stats;
  IngestStats stats;
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
  ReadStats read_stats;
  Status st = ReadStories(
      a.inputs.empty() ? std::vector<std::string>{"-"} : a.inputs, fmt,
      [&](Story&& s) {
        auto stored = store->Contains(s);  // skip coding what is stored already
        if (!check(stored.ok() ? Status::Ok() : stored.status())) return false;
        std::vector<Event> events;
        if (!stored.value()) events = coder.Code(s, &code_stats);
        auto added = store->AddStory(s, events, &stats);
        if (!check(added.ok() ? Status::Ok() : added.status())) return false;
        if (++in_batch >= a.batch) {
          if (!check(store->CommitBatch()) || !check(store->BeginBatch())) return false;
          in_batch = 0;
          auto now = std::chrono::steady_clock::now();
          if (tty && now - last_progress > std::chrono::milliseconds(300)) {
            std::cerr << fmt::format("\r{} stories new, {} skipped, {} mentions   ", stats.stories_new,
                                     stats.stories_skipped, stats.mentions);
            last_progress = now;
          }
        }
        return !g_stop.load();
      },
      [&](const ReadProblem& p) {
        ++problems;
        if (tty) std::cerr << "\r";
        std::cerr << p.message << "\n";
      },
      &read_stats);
  if (failure.ok()) check(store->CommitBatch());
  if (tty) std::cerr << "\r";
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
  cmd->add_flag("-q,--quiet", a->quiet, "No summary or progress");
  return [a]() { return RunIngest(*a); };
}

}  // namespace parley::cli
