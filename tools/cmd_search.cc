// `parley search QUERY`: full-text search of the stored evidence sentences and story
// titles, as GET /api/search answers it (the same query syntax, filters and JSON).
#include <fmt/format.h>

#include <iostream>

#include "commands.h"
#include "parley/store.h"
#include "query_flags.h"
#include "server/search_view.h"
#include "store_cli.h"
#include "terminal_text.h"

namespace parley::cli {
namespace {

struct SearchArgs {
  std::vector<std::string> words;
  std::string db = "parley.db", actor, dyad, from, to, in = "all", sort = "relevance", format = "table";
  std::size_t limit = 20, offset = 0;
  bool include_historical = false;
};

// The query the flags ask for, or the message that says which flag is wrong.
std::string BuildQuery(const SearchArgs& a, SearchQuery* q) {
  for (const std::string& w : a.words) q->q += (q->q.empty() ? "" : " ") + w;
  if (auto parsed = ParseTextQuery(q->q); !parsed.ok()) {
    std::string m = parsed.status().message();
    return "QUERY: " + TerminalSafe(m.starts_with("q: ") ? m.substr(3) : m);
  }
  if (std::string bad = CheckDbPath(a.db); !bad.empty()) return bad;
  EventQuery& e = q->events;
  if (!a.actor.empty()) {
    e.actor = a.actor;
    if (std::string bad = NormaliseActor("--actor", &e.actor); !bad.empty()) return bad;
  }
  if (!a.dyad.empty())
    if (std::string bad = SplitDyad(a.dyad, &e.dyad_a, &e.dyad_b); !bad.empty()) return bad;
  if (std::string bad = CheckDateRange(a.from, a.to); !bad.empty()) return bad;
  e.from = a.from, e.to = a.to;
  e.include_historical = a.include_historical;
  q->sentences = a.in != "titles";
  q->titles = a.in != "sentences";
  q->newest_first = a.sort == "date";
  q->limit = a.limit, q->offset = a.offset;
  return "";
}

// `text` with [brackets] around the matched ranges.
std::string Bracketed(const std::string& text, const std::vector<TextMatch>& matches) {
  std::string out;
  std::size_t at = 0;
  for (const TextMatch& m : matches) {
    if (m.start < at || m.end > text.size()) continue;
    out += text.substr(at, m.start - at) + "[" + text.substr(m.start, m.end - m.start) + "]";
    at = m.end;
  }
  return out + text.substr(at);
}

void WriteTables(const SearchResult& r) {
  std::vector<std::vector<std::string>> rows;
  for (const SentenceHit& h : r.sentences) {
    const StoredEvent& e = h.event;
    const StoredMention& m = e.mentions.front();
    std::string code = e.code + (e.correction ? (e.correction->wrong ? " (wrong)" : " (corrected)") : "");
    rows.push_back({e.date, e.source, code, e.target, m.story_id, Bracketed(m.evidence_text, h.matches)});
  }
  if (!rows.empty() || r.titles.empty())
    WriteRows(std::cout, {"date", "source", "code", "target", "story", "sentence"}, rows, false, /*max_width=*/120);
  if (r.more_sentences) std::cout << "(more sentences: --offset)\n";
  if (r.titles.empty()) return;
  rows.clear();
  for (const TitleHit& h : r.titles)
    rows.push_back({h.date, h.story_id, std::to_string(h.events), Bracketed(h.title, h.matches)});
  std::cout << (r.sentences.empty() ? "" : "\n");
  WriteRows(std::cout, {"date", "story", "events", "title"}, rows, false, /*max_width=*/120);
  if (r.more_titles) std::cout << "(more titles: --offset)\n";
}

int RunSearch(const SearchArgs& a) {
  SearchQuery q;
  if (std::string bad = BuildQuery(a, &q); !bad.empty()) {
    std::cerr << "parley search: " << bad << "\n";
    return 2;
  }
  int rc = 0;
  auto store = OpenStoreOrReport(a.db, "search", &rc, true);
  if (!store) return rc;
  auto r = store->Search(q);
  if (!r.ok()) {
    std::cerr << "parley search: " << TerminalSafe(r.status().message()) << "\n";
    return 1;
  }
  if (a.format == "json")
    std::cout << server::Dump(server::SearchJson(q, r.value(), CodeName), 2) << "\n";
  else
    WriteTables(r.value());
  return 0;
}

}  // namespace

std::function<int()> RegisterSearch(CLI::App& app) {
  auto a = std::make_shared<SearchArgs>();
  auto* cmd = app.add_subcommand(
      "search", "Full-text search of stored evidence sentences and story titles (words, \"a phrase\", negot*, "
                "a OR b, -word)");
  cmd->add_option("QUERY", a->words, "Words to find (several are joined by spaces)")->required();
  cmd->add_option("--db", a->db, kDbHelp);
  cmd->add_option("--actor", a->actor, "Only events with this source or target (code prefix, any case)");
  cmd->add_option("--dyad", a->dyad, "A,B: only events from A to B or B to A");
  cmd->add_option("--from", a->from, "First event date (YYYY-MM-DD, inclusive); titles: story date");
  cmd->add_option("--to", a->to, "Last event date (YYYY-MM-DD, inclusive)");
  cmd->add_flag("--include-historical", a->include_historical,
                "Also events the text dates more than 30 days before their story");
  cmd->add_option("--in", a->in, "all (default), sentences or titles")
      ->check(CLI::IsMember({"all", "sentences", "titles"}));
  cmd->add_option("--sort", a->sort, "relevance (default) or date (newest first)")
      ->check(CLI::IsMember({"relevance", "date"}));
  cmd->add_option("--limit", a->limit, "Hits per list, 1 to 100 (default 20)")->check(CLI::Range(1, 100));
  cmd->add_option("--offset", a->offset, "Skip this many hits of each list (default 0)")->check(CLI::Range(0, 10000));
  cmd->add_option("--format", a->format, "table (default; matches in [brackets]) or json (as GET /api/search)")
      ->check(CLI::IsMember({"table", "json"}));
  return [a]() { return RunSearch(*a); };
}

}  // namespace parley::cli
