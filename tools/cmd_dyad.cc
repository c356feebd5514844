// `parley dyad A B`: what actors A and B (code prefixes) did to each other, per period:
// events per QuadClass, Goldstein sum and mean, the top three codes; rows A->B, B->A, both.
#include <fmt/format.h>

#include <iostream>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "parley/store.h"
#include "query_flags.h"
#include "server/json_views.h"
#include "store_cli.h"
#include "terminal_text.h"

namespace parley::cli {
namespace {

struct DyadArgs {
  std::string a, b, db = "parley.db", by = "day", from, to, format = "table";
  bool include_historical = false;
};

std::string TopCodes(const DyadRow& r) {
  std::string s;
  for (const auto& [code, n] : r.top_codes) s += fmt::format("{}{}:{}", s.empty() ? "" : " ", code, n);
  return s;
}

int RunDyad(const DyadArgs& given) {
  DyadArgs a = given;
  std::string bad = NormaliseActor("A", &a.a);
  if (bad.empty()) bad = NormaliseActor("B", &a.b);
  if (bad.empty()) bad = CheckDateRange(a.from, a.to);
  if (bad.empty()) bad = CheckDbPath(a.db);
  if (!bad.empty()) {
    std::cerr << "parley dyad: " << bad << "\n";
    return 2;
  }
  int rc = 0;
  auto store = OpenStoreOrReport(a.db, "dyad", &rc, true);
  if (!store) return rc;
  DyadQuery q;
  q.a = a.a, q.b = a.b, q.from = a.from, q.to = a.to;
  q.include_historical = a.include_historical;
  q.by = a.by == "week" ? Period::kWeek : a.by == "month" ? Period::kMonth : Period::kDay;
  auto rows = store->Dyad(q);
  if (!rows.ok()) {
    std::cerr << "parley dyad: " << TerminalSafe(rows.status().message()) << "\n";
    return 1;
  }
  if (a.format == "json") {
    // The shape of GET /api/dyads/A/B: {a, b, by, rows}.
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const DyadRow& r : rows.value()) list.push_back(server::DyadRowJson(r));
    nlohmann::ordered_json out{{"a", q.a}, {"b", q.b}, {"by", a.by}, {"rows", std::move(list)}};
    std::cout << server::Dump(out, 2) << "\n";
    return 0;
  }
  std::vector<std::vector<std::string>> table;
  for (const DyadRow& r : rows.value())
    table.push_back({r.period.empty() ? "undated" : r.period, r.direction, std::to_string(r.events),
                     std::to_string(r.quad[0]), std::to_string(r.quad[1]), std::to_string(r.quad[2]),
                     std::to_string(r.quad[3]), fmt::format("{:.1f}", r.goldstein_sum),
                     fmt::format("{:.2f}", r.goldstein_mean), TopCodes(r)});
  WriteRows(std::cout,
            {"period", "direction", "events", "quad1", "quad2", "quad3", "quad4", "goldstein_sum", "goldstein_mean",
             "top_codes"},
            table, a.format == "csv");
  return 0;
}

}  // namespace

std::function<int()> RegisterDyad(CLI::App& app) {
  auto a = std::make_shared<DyadArgs>();
  auto* cmd = app.add_subcommand("dyad", "Summarise the events between two actors (code prefixes) per period");
  cmd->add_option("A", a->a, "First actor code prefix (ARM matches ARMGOV; any case)")->required();
  cmd->add_option("B", a->b, "Second actor code prefix")->required();
  cmd->add_option("--db", a->db, kDbHelp);
  cmd->add_option("--by", a->by, "Period: day (default), week (labelled by its Monday) or month")
      ->check(CLI::IsMember({"day", "week", "month"}));
  cmd->add_option("--from", a->from, "First date (YYYY-MM-DD, inclusive)");
  cmd->add_option("--to", a->to, "Last date (YYYY-MM-DD, inclusive)");
  cmd->add_flag("--include-historical", a->include_historical,
                "Also count events the text dates more than 30 days before their story");
  cmd->add_option("--format", a->format, "table (default), csv or json")
      ->check(CLI::IsMember({"table", "csv", "json"}));
  return [a]() { return RunDyad(*a); };
}

}  // namespace parley::cli
