// `parley events`: lists stored events (deduplicated across stories), newest first as
// the API lists them, with every mention's evidence sentence and story URL.
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

struct EventsArgs {
  std::string db = "parley.db", actor, dyad, code, from, to, modality, limit, format = "table";
  int root = 0, quad_class = 0;
  bool wide = false;
};

// The query the flags ask for, or the message that says which flag is wrong.
std::string BuildQuery(const EventsArgs& a, EventQuery* q) {
  q->newest_first = true;
  if (std::string bad = CheckDbPath(a.db); !bad.empty()) return bad;
  if (!a.actor.empty()) {
    q->actor = a.actor;
    if (std::string bad = NormaliseActor("--actor", &q->actor); !bad.empty()) return bad;
  }
  if (!a.dyad.empty())
    if (std::string bad = SplitDyad(a.dyad, &q->dyad_a, &q->dyad_b); !bad.empty()) return bad;
  if (!a.code.empty())
    if (std::string bad = CheckCameoCode(a.code, CameoCodes()); !bad.empty()) return bad;
  q->code = a.code;
  if (a.root) q->root = fmt::format("{:02d}", a.root);
  q->quad_class = a.quad_class;
  q->modality = a.modality;
  if (std::string bad = CheckDateRange(a.from, a.to); !bad.empty()) return bad;
  q->from = a.from, q->to = a.to;
  if (!a.limit.empty()) {
    bool digits = a.limit.size() <= 9 && a.limit.find_first_not_of("0123456789") == std::string::npos;
    if (!digits || std::stol(a.limit) < 1)
      return "--limit: want a number of events, 1 or more (got '" + TerminalSafe(a.limit) + "')";
    q->limit = static_cast<std::size_t>(std::stol(a.limit));
  }
  return "";
}

// The API's record (server::StoredEventJson) with the CAMEO name, as GET /api/events.
nlohmann::ordered_json Record(const StoredEvent& e) {
  nlohmann::ordered_json j = server::StoredEventJson(e);
  server::AddCodeNames(&j, CodeName);
  return j;
}

// The event's latest correction in a cell: "" (none), "wrong", or "fixed" and the
// corrected values ("fixed code=190 target=AZEMIL").
std::string Corrected(const StoredEvent& e) {
  if (!e.correction) return "";
  const Correction& c = *e.correction;
  if (c.wrong) return "wrong";
  std::string s = "fixed";
  if (c.code) s += " code=" + *c.code;
  if (c.source) s += " source=" + *c.source;
  if (c.target) s += " target=" + (c.target->empty() ? std::string("\"\"") : *c.target);
  return s;
}

// One row per mention. Narrow (the default) fits 120 columns: the evidence is cut and
// the counts and URL are left to --wide, csv and json.
void WriteTable(const std::vector<StoredEvent>& events, bool wide, bool csv) {
  std::vector<std::vector<std::string>> rows;
  for (const StoredEvent& e : events)
    for (const StoredMention& m : e.mentions) {
      if (wide || csv)
        rows.push_back({std::to_string(e.event_id), e.date, e.source, e.target, e.code, CodeName(e.code),
                        std::to_string(e.quad_class), fmt::format("{:.1f}", e.goldstein),
                        std::to_string(e.num_mentions), std::to_string(e.num_sources), std::to_string(e.num_articles),
                        m.story_id, m.url, m.modality, m.evidence_text, Corrected(e)});
      else
        rows.push_back({e.date, e.source, e.target, e.code, CutToWidth(CodeName(e.code), 18),
                        fmt::format("{:.1f}", e.goldstein), m.modality, m.evidence_text});
    }
  if (wide || csv) {
    WriteRows(std::cout,
              {"event_id", "date", "source", "target", "code", "name", "quad_class", "goldstein", "num_mentions",
               "num_sources", "num_articles", "story_id", "url", "modality", "evidence", "corrected"},
              rows, csv);
    return;
  }
  WriteRows(std::cout, {"date", "source", "target", "code", "name", "gold", "modality", "evidence"}, rows, false,
            /*max_width=*/120);
}

int RunEvents(const EventsArgs& a) {
  EventQuery q;
  if (std::string bad = BuildQuery(a, &q); !bad.empty()) {
    std::cerr << "parley events: " << bad << "\n";
    return 2;
  }
  int rc = 0;
  auto store = OpenStoreOrReport(a.db, "events", &rc, true);
  if (!store) return rc;
  auto events = store->Events(q);
  if (!events.ok()) {
    std::cerr << "parley events: " << TerminalSafe(events.status().message()) << "\n";
    return 1;
  }
  if (a.format == "json" || a.format == "jsonl") {
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const StoredEvent& e : events.value()) {
      if (a.format == "jsonl")
        std::cout << server::Dump(Record(e)) << "\n";
      else
        out.push_back(Record(e));
    }
    if (a.format == "json") std::cout << server::Dump(out, 2) << "\n";
    return 0;
  }
  WriteTable(events.value(), a.wide, a.format == "csv");
  return 0;
}

}  // namespace

std::function<int()> RegisterEvents(CLI::App& app) {
  auto a = std::make_shared<EventsArgs>();
  auto* cmd = app.add_subcommand("events", "List stored events, newest first, with their evidence and story URLs");
  cmd->add_option("--db", a->db, kDbHelp);
  cmd->add_option("--actor", a->actor, "Source or target code prefix (any case: usa = USA)");
  cmd->add_option("--dyad", a->dyad, "A,B: events from A to B or B to A (code prefixes)");
  cmd->add_option("--code", a->code, "CAMEO event code prefix (08 matches 0841)");
  cmd->add_option("--root", a->root, "CAMEO root, 1 to 20")->check(CLI::Range(1, 20));
  cmd->add_option("--quad-class", a->quad_class,
                  "QuadClass: 1 verbal coop, 2 material coop, 3 verbal conflict, "
                  "4 material conflict")
      ->check(CLI::Range(1, 4));
  cmd->add_option("--modality", a->modality, "Only events with a mention of this modality")
      ->check(CLI::IsMember({"asserted", "intended", "hypothetical", "negated"}));
  cmd->add_option("--from", a->from, "First date (YYYY-MM-DD, inclusive)");
  cmd->add_option("--to", a->to, "Last date (YYYY-MM-DD, inclusive)");
  cmd->add_option("--limit", a->limit, "At most this many events (default: all)");
  cmd->add_option("--format", a->format, "table (default), csv, json or jsonl")
      ->check(CLI::IsMember({"table", "csv", "json", "jsonl"}));
  cmd->add_flag("--wide", a->wide, "Table: every column and the whole evidence (default: fits 120 columns)");
  return [a]() { return RunEvents(*a); };
}

}  // namespace parley::cli
