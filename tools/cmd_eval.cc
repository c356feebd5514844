// `parley eval SUITE.jsonl`: codes a gold suite from raw text and scores it.
#include <fmt/format.h>

#include <iostream>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "corrections_gold.h"
#include "gold_suite.h"
#include "input_flags.h"
#include "lexicon_loader.h"
#include "output_file.h"
#include "store_cli.h"

namespace parley::cli {
namespace {

struct EvalArgs {
  std::string suite, dict, petrarch;
  bool json = false;
  bool corrections = false;  // write the store's corrections as a gold suite instead
  std::string db = "parley.db", output;
  CodeOptions options;
  int failures = 10;
};

std::string Triples(const std::vector<eval::Triple>& ts) {
  std::string s;
  for (const auto& [a, b, c] : ts) s += fmt::format("{}{}->{} {}", s.empty() ? "" : ", ", a, b, c);
  return s.empty() ? "(none)" : s;
}

int RunEval(const EvalArgs& a) {
  std::vector<std::string> problems;
  auto records = eval::ReadSuite(a.suite, &problems);
  for (const auto& p : problems) std::cerr << p << "\n";
  if (records.empty()) {
    std::cerr << "parley eval: no records read from " << a.suite << "\n";
    return 1;
  }
  auto lex = LoadDictionariesOrReport(a.dict, a.petrarch, false);
  if (!lex) return 1;
  if (!PrepareSyntaxOrReport(a.options, "eval")) return 1;
  Coder coder(lex, a.options);
  eval::Score s = eval::ScoreSuite(records, &coder);
  if (a.json) {
    nlohmann::ordered_json j = {{"suite", a.suite},
                                {"records", s.records},
                                {"pass_rate", s.PassRate()},
                                {"precision", s.Precision()},
                                {"recall", s.Recall()},
                                {"f1", s.F1()},
                                {"root_recall", s.RootRecall()},
                                {"code_accuracy", s.CodeAccuracy()},
                                {"expected", s.expected},
                                {"predicted", s.predicted},
                                {"correct", s.correct}};
    nlohmann::ordered_json roots;
    for (const auto& [root, pr] : s.per_root) roots[root] = {{"expected", pr.first}, {"found", pr.second}};
    j["per_root"] = roots;
    std::cout << j.dump() << "\n";
  } else {
    std::cout << fmt::format(
        "suite        {}\nrecords      {}\npass rate    {:.3f}\nprecision    {:.3f}\n"
        "recall       {:.3f}\nF1           {:.3f}\nroot recall  {:.3f}\ncode acc.    {:.3f}\n",
        a.suite, s.records, s.PassRate(), s.Precision(), s.Recall(), s.F1(), s.RootRecall(), s.CodeAccuracy());
    std::cout << "per root (expected / found):";
    for (const auto& [root, pr] : s.per_root) std::cout << fmt::format(" {}:{}/{}", root, pr.first, pr.second);
    std::cout << "\n";
  }
  int shown = 0;
  for (const auto& f : s.failures) {
    if (shown++ >= a.failures) break;
    std::cerr << fmt::format("FAIL {}\n  text:     {}\n  expected: {}\n  got:      {}\n", f.id, f.text,
                             Triples(f.expected), Triples(f.got));
  }
  return problems.empty() ? 0 : 1;
}

// `parley eval --corrections --db DB [-o FILE]`: the gold suite of the corrections.
int WriteCorrectionsGold(const EvalArgs& a) {
  if (!a.suite.empty()) {
    std::cerr << "parley eval: --corrections reads the store (--db), not a SUITE (got " << a.suite << ")\n";
    return 2;
  }
  int rc = 0;
  auto store = OpenStoreOrReport(a.db, "eval", &rc, /*read_only=*/true);
  if (!store) return rc;
  auto gold = GoldFromCorrections(*store);
  if (!gold.ok()) {
    std::cerr << "parley eval: " << TerminalSafe(gold.status().message()) << "\n";
    return 1;
  }
  OutputFile out;
  if (Status s = out.Open(a.output); !s.ok()) {
    std::cerr << "parley eval: " << s.message() << "\n";
    return 1;
  }
  for (const std::string& line : gold.value().records) *out.stream() << line << "\n";
  std::string written;
  if (Status s = out.Commit(false, &written); !s.ok()) {
    std::cerr << "parley eval: " << s.message() << "\n";
    return 1;
  }
  std::cerr << fmt::format("parley eval: {} gold records from {} corrected events ({} marked wrong) written to {}\n",
                           gold.value().records.size(), gold.value().corrected_events, gold.value().wrong_events,
                           written);
  return 0;
}

}  // namespace

std::function<int()> RegisterEval(CLI::App& app) {
  auto a = std::make_shared<EvalArgs>();
  auto* cmd = app.add_subcommand("eval", "Score parley on a gold suite (see ../shared/gold/README.md)");
  cmd->add_option("SUITE", a->suite, "Gold suite, JSON Lines (not with --corrections)");
  cmd->add_flag("--corrections", a->corrections,
                "Write the store's corrections (parley serve --writable) as a gold suite for SUITE, instead of "
                "scoring one");
  cmd->add_option("--db", a->db, std::string("With --corrections: the store. ") + kDbHelp);
  cmd->add_option("-o,--output", a->output, "With --corrections: the gold file (default: stdout)");
  cmd->add_option("--dict", a->dict, "parley dictionary folder (default: parley's data/)");
  cmd->add_option("--petrarch-dicts", a->petrarch, kPetrarchDictsHelp);
  cmd->add_flag("--json", a->json, "Print one JSON object");
  AddSyntaxFlags(cmd, &a->options);
  cmd->add_option("--failures", a->failures, "Show the first N failures on stderr (default 10)");
  return [a]() {
    if (a->corrections) return WriteCorrectionsGold(*a);
    if (a->suite.empty()) {
      std::cerr << "parley eval: SUITE is required (or --corrections --db DB)\n";
      return 2;
    }
    return RunEval(*a);
  };
}

}  // namespace parley::cli
