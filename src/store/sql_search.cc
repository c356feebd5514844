// EventStore::Search (include/parley/store_search.h): full-text search of evidence
// sentences (mentions) and story titles. SQLite matches with FTS5 (mentions_fts,
// stories_fts), PostgreSQL with its GIN-indexed tsvectors (mentions.evidence_tsv, the
// stories_title_fts expression index); both highlight in the database. Sentences are
// found in three steps: the page of matching mention ids (filters and order in the
// database), their rows (event, mention, story), then their highlighted text.
#include <fmt/format.h>

#include <unordered_map>

#include "store/event_filters.h"
#include "store/event_rows.h"
#include "store/search_sql.h"
#include "store/sql_corrections.h"
#include "store/sql_store.h"

namespace parley::store {
namespace {

// Values bound as ?1, ?2, ... in the order they are added.
struct Params {
  std::vector<std::string> values;
  ParamFn fn() {
    return [this](std::string v) {
      values.push_back(std::move(v));
      return fmt::format("?{}", values.size());
    };
  }
  void BindAll(SqlStatement& s) const {
    for (std::size_t i = 0; i < values.size(); ++i) s.Bind(static_cast<int>(i + 1), values[i]);
  }
};

// ts_headline over the whole text with the marks MarkedRanges reads.
const char* const kPgHighlight = "'HighlightAll=true, StartSel=' || chr(2) || ', StopSel=' || chr(3)";

std::string Window(const SearchQuery& q, const ParamFn& param) {
  return " LIMIT " + param(std::to_string(q.limit + 1)) + " OFFSET " + param(std::to_string(q.offset));
}

// The ids of the page of matching mentions, best first.
std::vector<std::int64_t> SentenceIds(SqlConnection& db, const TextQuery& tq, const SearchQuery& q) {
  Params p;
  ParamFn param = p.fn();
  std::string sql;
  if (db.dialect() == Dialect::kSqlite) {
    std::string match = param(Fts5Match(tq));
    sql = "SELECT m.mention_id FROM mentions_fts f JOIN mentions m ON m.mention_id = f.rowid "
          "JOIN events e ON e.event_id = m.event_id WHERE mentions_fts MATCH " +
          match + EventWhere(q.events, "e", param) + " ORDER BY " +
          (q.newest_first ? "" : "bm25(mentions_fts), ") + "e.date DESC, m.mention_id DESC";
  } else {
    std::string tsq = PgTsQuery(tq, param);
    sql = "SELECT m.mention_id FROM mentions m JOIN events e ON e.event_id = m.event_id WHERE m.evidence_tsv @@ " +
          tsq + EventWhere(q.events, "e", param) + " ORDER BY " +
          (q.newest_first ? "" : "ts_rank(m.evidence_tsv, " + tsq + ") DESC, ") + "e.date DESC, m.mention_id DESC";
  }
  sql += Window(q, param);
  auto s = db.Prepare(sql);
  p.BindAll(*s);
  std::vector<std::int64_t> ids;
  while (s->Step()) ids.push_back(s->Int(0));
  return ids;
}

std::string IdList(std::size_t n, std::size_t first_param) {
  std::string list;
  for (std::size_t i = 0; i < n; ++i) list += fmt::format("{}?{}", i ? ", " : "", first_param + i);
  return list;
}

// Each mention's evidence text with marks around what matched, by mention id.
std::unordered_map<std::int64_t, std::string> MarkedSentences(SqlConnection& db, const TextQuery& tq,
                                                              const std::vector<std::int64_t>& ids) {
  std::unordered_map<std::int64_t, std::string> out;
  if (db.dialect() == Dialect::kSqlite) {
    // highlight() needs the MATCH of its row: one lookup per hit.
    auto s = db.Prepare(
        "SELECT highlight(mentions_fts, 0, char(2), char(3)) FROM mentions_fts "
        "WHERE mentions_fts MATCH ?1 AND rowid = ?2");
    const std::string match = Fts5Match(tq);
    for (std::int64_t id : ids) {
      s->Bind(1, match).Bind(2, id);
      if (s->Step()) out[id] = s->Text(0);
      s->Reset();
    }
    return out;
  }
  Params p;
  std::string tsq = PgTsQuery(tq, p.fn());
  auto s = db.Prepare(fmt::format("SELECT m.mention_id, ts_headline('english', m.evidence_text, {}, {}) "
                                  "FROM mentions m WHERE m.mention_id IN ({})",
                                  tsq, kPgHighlight, IdList(ids.size(), p.values.size() + 1)));
  p.BindAll(*s);
  for (std::size_t i = 0; i < ids.size(); ++i) s->Bind(static_cast<int>(p.values.size() + i + 1), ids[i]);
  while (s->Step()) out[s->Int(0)] = s->Text(1);
  return out;
}

// The hits of `ids`, in their order, with their events' corrections and their matches.
std::vector<SentenceHit> SentenceHits(SqlConnection& db, const TextQuery& tq, const std::vector<std::int64_t>& ids) {
  if (ids.empty()) return {};
  auto s = db.Prepare(std::string("SELECT ") + kEventMentionColumns +
                      " FROM mentions m JOIN events e ON e.event_id = m.event_id JOIN stories s ON s.id = m.story_id "
                      "WHERE m.mention_id IN (" +
                      IdList(ids.size(), 1) + ")");
  for (std::size_t i = 0; i < ids.size(); ++i) s->Bind(static_cast<int>(i + 1), ids[i]);
  std::unordered_map<std::int64_t, StoredEvent> rows;
  while (s->Step()) {
    StoredEvent e = ReadEvent(*s);
    e.mentions.push_back(ReadMention(*s));
    rows[ReadMentionId(*s)] = std::move(e);
  }
  std::vector<StoredEvent> events;
  for (std::int64_t id : ids)
    if (auto it = rows.find(id); it != rows.end()) events.push_back(std::move(it->second));
  AttachCorrections(db, &events);
  auto marked = MarkedSentences(db, tq, ids);
  std::vector<SentenceHit> hits;
  for (std::size_t i = 0; i < events.size(); ++i) {
    SentenceHit h;
    h.event = std::move(events[i]);
    if (auto it = marked.find(ids[i]); it != marked.end())
      h.matches = MarkedRanges(h.event.mentions[0].evidence_text, it->second);
    hits.push_back(std::move(h));
  }
  return hits;
}

// Whether `q` selects events by more than their dates.
bool HasEventFilter(const EventQuery& q) {
  return !q.actor.empty() || !q.dyad_a.empty() || !q.code.empty() || !q.story_id.empty() || q.event_id ||
         !q.root.empty() || q.quad_class || !q.modality.empty() || !q.filters.empty();
}

// The story's date within from..to, and with other filters an event of the story they select.
std::string TitleWhere(const EventQuery& q, const ParamFn& param) {
  std::string where;
  if (!q.from.empty()) where += " AND s.date >= " + param(q.from);
  if (!q.to.empty()) where += " AND s.date <= " + param(q.to);
  if (HasEventFilter(q)) {
    EventQuery any = q;
    any.from.clear(), any.to.clear();
    where += " AND EXISTS (SELECT 1 FROM mentions tm JOIN events e ON e.event_id = tm.event_id "
             "WHERE tm.story_id = s.id" +
             EventWhere(any, "e", param) + ")";
  }
  return where;
}

std::vector<TitleHit> TitleHits(SqlConnection& db, const TextQuery& tq, const SearchQuery& q) {
  Params p;
  ParamFn param = p.fn();
  const char* newest = "COALESCE(s.date, '') DESC, s.id DESC";
  std::string sql;
  if (db.dialect() == Dialect::kSqlite) {
    std::string match = param(Fts5Match(tq));
    sql = "SELECT s.id, s.title, s.url, s.date, s.num_events, highlight(stories_fts, 0, char(2), char(3)) "
          "FROM stories_fts f JOIN stories s ON s.id = f.story_id WHERE stories_fts MATCH " +
          match + TitleWhere(q.events, param) + " ORDER BY " + (q.newest_first ? "" : "bm25(stories_fts), ") +
          newest + Window(q, param);
  } else {
    std::string tsq = PgTsQuery(tq, param);
    const std::string doc = "to_tsvector('english', COALESCE(s.title, ''))";
    std::string rank = q.newest_first ? "0" : "ts_rank(" + doc + ", " + tsq + ")";
    sql = "SELECT s.id, s.title, s.url, s.date, s.num_events, ts_headline('english', s.title, " + tsq + ", " +
          kPgHighlight + ") FROM (SELECT s.id, s.title, s.url, s.date, s.num_events, " + rank + " AS rank FROM stories s WHERE " + doc + " @@ " + tsq +
          TitleWhere(q.events, param) + " ORDER BY rank DESC, " + newest + Window(q, param) + ") s ORDER BY rank DESC, " +
          newest;
  }
  auto s = db.Prepare(sql);
  p.BindAll(*s);
  std::vector<TitleHit> hits;
  while (s->Step()) {
    TitleHit h;
    h.story_id = s->Text(0), h.title = s->Text(1), h.url = s->Text(2), h.date = s->Text(3);
    h.events = static_cast<int>(s->Int(4));
    h.matches = MarkedRanges(h.title, s->Text(5));
    hits.push_back(std::move(h));
  }
  return hits;
}

}  // namespace

Result<SearchResult> SqlStore::Search(const SearchQuery& q) {
  return Guard([&]() -> Result<SearchResult> {
    auto parsed = ParseTextQuery(q.q);
    if (!parsed.ok()) return parsed.status();
    SearchResult r;
    if (q.sentences) {
      std::vector<std::int64_t> ids = SentenceIds(*db_, parsed.value(), q);
      r.more_sentences = ids.size() > q.limit;
      if (r.more_sentences) ids.resize(q.limit);
      r.sentences = SentenceHits(*db_, parsed.value(), ids);
    }
    if (q.titles) {
      r.titles = TitleHits(*db_, parsed.value(), q);
      r.more_titles = r.titles.size() > q.limit;
      if (r.more_titles) r.titles.resize(q.limit);
    }
    return r;
  });
}

}  // namespace parley::store
