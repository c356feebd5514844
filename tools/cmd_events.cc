// `parley events`: lists stored events (deduplicated across stories) with every
// mention's evidence sentence and story URL.
#include <fmt/format.h>

#include <iostream>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "parley/store.h"
#include "server/json_views.h"
#include "store_cli.h"

namespace parley::cli {
namespace {

struct EventsArgs {
  std::string db = "parley.db", actor, dyad, code, from, to, format = "table";
  std::size_t limit = 0;
};

int RunEvents(const EventsArgs& a) {
  if (std::string bad = CheckDates(a.from, a.to); !bad.empty()) {
    std::cerr << "parley events: " << bad << "\n";
    return 2;
  }
  EventQuery q;
  q.actor = a.actor, q.code = a.code, q.from = a.from, q.to = a.to, q.limit = a.limit;
  if (!a.dyad.empty()) {
    auto comma = a.dyad.find(',');
    if (comma == std::string::npos || comma == 0 || comma + 1 == a.dyad.size()) {
      std::cerr << "parley events: --dyad wants A,B (two actor code prefixes)\n";
      return 2;
    }
    q.dyad_a = a.dyad.substr(0, comma);
    q.dyad_b = a.dyad.substr(comma + 1);
  }
  int rc = 0;
  auto store = OpenStoreOrReport(a.db, "events", &rc, true);
  if (!store) return rc;
  auto events = store->Events(q);
  if (!events.ok()) {
    std::cerr << "parley events: " << events.status().message() << "\n";
    return 1;
  }
  if (a.format == "json") {
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const StoredEvent& e : events.value()) out.push_back(server::StoredEventJson(e));
    std::cout << out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    return 0;
  }
  // Table and CSV: one row per mention, the event's columns repeated.
  std::vector<std::vector<std::string>> rows;
  for (const StoredEvent& e : events.value())
    for (const StoredMention& m : e.mentions)
      rows.push_back({std::to_string(e.event_id), e.date, e.source, e.target, e.code, std::to_string(e.quad_class),
                      fmt::format("{:.1f}", e.goldstein), std::to_string(e.num_mentions), std::to_string(e.num_sources),
                      std::to_string(e.num_articles), m.story_id, m.url, m.modality, m.evidence_text});
  WriteRows(std::cout,
            {"event_id", "date", "source", "target", "code", "quad_class", "goldstein", "num_mentions", "num_sources",
             "num_articles", "story_id", "url", "modality", "evidence"},
            rows, a.format == "csv");
  return 0;
}

}  // namespace

std::function<int()> RegisterEvents(CLI::App& app) {
  auto a = std::make_shared<EventsArgs>();
  auto* cmd = app.add_subcommand("events", "List stored events with their evidence and story URLs");
  cmd->add_option("--db", a->db, kDbHelp);
  cmd->add_option("--actor", a->actor, "Source or target code prefix");
  cmd->add_option("--dyad", a->dyad, "A,B: events from A to B or B to A (code prefixes)");
  cmd->add_option("--code", a->code, "CAMEO event code prefix (08 matches 0841)");
  cmd->add_option("--from", a->from, "First date (YYYY-MM-DD, inclusive)");
  cmd->add_option("--to", a->to, "Last date (YYYY-MM-DD, inclusive)");
  cmd->add_option("--limit", a->limit, "At most this many events (default: all)");
  cmd->add_option("--format", a->format, "table (default), csv or json")
      ->check(CLI::IsMember({"table", "csv", "json"}));
  return [a]() { return RunEvents(*a); };
}

}  // namespace parley::cli
