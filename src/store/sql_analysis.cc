// The summary queries of SqlStore (parley/store_analysis.h): overview, actor profile,
// network. The same SQL for SQLite and PostgreSQL, `?N` parameters for every value.
// Each statement is a range scan of one index: events_date for date windows,
// events_dyad_cover4 (source, target, date, code, quad_class, goldstein, historical)
// for an actor as source, events_target for an actor as target; the database groups
// and counts, C++ only ranks and folds.
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "store/analysis_summary.h"
#include "store/dyad_summary.h"
#include "store/event_filters.h"
#include "store/sql_corrections.h"
#include "store/sql_store.h"

namespace parley::store {
namespace {

// The period label of a date column, as PeriodOf computes it (dyad_summary.h).
std::string PeriodSql(Dialect dialect, Period by, const std::string& column) {
  if (by == Period::kMonth) return fmt::format("substr({}, 1, 7)", column);
  if (by == Period::kDay) return column;
  if (dialect == Dialect::kPostgres)
    return fmt::format("CASE WHEN {0} = '' THEN '' ELSE to_char(date_trunc('week', {0}::date), 'YYYY-MM-DD') END",
                       column);
  return fmt::format("COALESCE(date({}, 'weekday 0', '-6 days'), '')", column);
}

// An actor code as grouped at `level`.
std::string GroupSql(ActorLevel level, const std::string& column) {
  return level == ActorLevel::kCountry ? fmt::format("substr({}, 1, 3)", column) : column;
}

// Counts per QuadClass and the Goldstein sum in tenths, as five result columns.
constexpr const char* kQuadSums =
    "SUM(CASE WHEN quad_class = 1 THEN 1 ELSE 0 END), SUM(CASE WHEN quad_class = 2 THEN 1 ELSE 0 END), "
    "SUM(CASE WHEN quad_class = 3 THEN 1 ELSE 0 END), SUM(CASE WHEN quad_class = 4 THEN 1 ELSE 0 END), "
    "SUM(CAST(round(goldstein * 10) AS BIGINT))";

// Numbered text parameters, bound in order.
class Params {
 public:
  std::string Add(std::string v) {
    values_.push_back(std::move(v));
    return fmt::format("?{}", values_.size());
  }
  void BindAll(SqlStatement& s) const {
    for (std::size_t i = 0; i < values_.size(); ++i) s.Bind(static_cast<int>(i + 1), values_[i]);
  }
  int size() const { return static_cast<int>(values_.size()); }

 private:
  std::vector<std::string> values_;
};

// " AND date >= ?N AND date <= ?M AND historical = 0" as the query asks.
std::string DateFilter(Params& p, const std::string& from, const std::string& to, bool include_historical) {
  std::string sql;
  if (!from.empty()) sql += " AND date >= " + p.Add(from);
  if (!to.empty()) sql += " AND date <= " + p.Add(to);
  if (!include_historical) sql += " AND historical = 0";
  return sql;
}

// The dashboard's filters (roots, QuadClasses, modalities, Goldstein range) on `events`.
std::string Filters(Params& p, const EventFilters& f) {
  return FilterSql(f, "events", [&](std::string v) { return p.Add(std::move(v)); });
}

double Tenths(SqlStatement& s, int col) { return static_cast<double>(s.Int(col)) / 10; }

// Reads the five kQuadSums columns starting at `col` into `c`.
void ReadQuads(SqlStatement& s, int col, PeriodCount* c) {
  for (int i = 0; i < 4; ++i) c->quad[i] = static_cast<int>(s.Int(col + i));
  c->goldstein_sum = Tenths(s, col + 4);
}

// Rows of (code, events, goldstein tenths).
std::vector<CodeCount> ReadCodeCounts(SqlStatement& s) {
  std::vector<CodeCount> out;
  while (s.Step()) out.push_back({s.Text(0), static_cast<int>(s.Int(1)), Tenths(s, 2)});
  return out;
}

// The overview's phases (SqlStore::GetOverview), in the order it runs them.

// Events per period (the events_date index), then stories per period, in period order.
std::vector<PeriodCount> OverviewSeries(SqlConnection& db, const OverviewQuery& q) {
  const Dialect d = db.dialect();
  Params p;
  std::string sql = fmt::format("SELECT {} AS period, COUNT(*), {} FROM events WHERE date <> ''{} GROUP BY 1",
                                PeriodSql(d, q.by, "date"), kQuadSums,
                                DateFilter(p, q.from, q.to, q.include_historical) + Filters(p, q.filters));
  auto s = db.Prepare(sql);
  p.BindAll(*s);
  std::map<std::string, PeriodCount> periods;
  while (s->Step()) {
    PeriodCount& c = periods[s->Text(0)];
    c.period = s->Text(0);
    c.events = static_cast<int>(s->Int(1));
    ReadQuads(*s, 2, &c);
  }
  Params ps;
  sql = fmt::format("SELECT {} AS period, COUNT(*) FROM stories WHERE date IS NOT NULL AND date <> ''{} GROUP BY 1",
                    PeriodSql(d, q.by, "date"), DateFilter(ps, q.from, q.to, /*include_historical=*/true));
  s = db.Prepare(sql);
  ps.BindAll(*s);
  while (s->Step()) {
    PeriodCount& c = periods[s->Text(0)];
    c.period = s->Text(0);
    c.stories = static_cast<int>(s->Int(1));
  }
  std::vector<PeriodCount> series;
  for (auto& [label, c] : periods) series.push_back(std::move(c));
  return series;
}

// Sets the window (ending at the query's window_end, else at the latest date) and the one
// before it. False when there is no window: nothing is dated and none was asked for.
bool SetWindows(const OverviewQuery& q, Overview* o) {
  o->window_to = q.window_end.empty() ? o->latest : q.window_end;
  if (o->window_to.empty()) return false;
  // Days before year 0 are clamped to its first day (an empty window, not an error).
  auto back = [](const std::string& date, int days) {
    std::string d = AddDays(date, -days);
    return d.empty() ? std::string("0000-01-01") : d;
  };
  o->window_from = back(o->window_to, q.window_days - 1);
  o->previous_to = back(o->window_from, 1);
  o->previous_from = back(o->window_from, q.window_days);
  return true;
}

// Every dyad of the two windows, undirected, grouped by `level`.
std::vector<DyadActivity> WindowDyads(SqlConnection& db, const OverviewQuery& q, const Overview& o) {
  Params pd;
  const std::string in_window = pd.Add(o.window_from);
  const std::string when = DateFilter(pd, o.previous_from, o.window_to, q.include_historical) + Filters(pd, q.filters);
  const std::string src = GroupSql(q.level, "source"), tgt = GroupSql(q.level, "target");
  std::string sql = fmt::format(
      "SELECT a, b, w, COUNT(*), SUM(g) FROM ("
      "SELECT CASE WHEN {0} <= {1} THEN {0} ELSE {1} END AS a, CASE WHEN {0} <= {1} THEN {1} ELSE {0} END AS b, "
      "CASE WHEN date >= {2} THEN 1 ELSE 0 END AS w, CAST(round(goldstein * 10) AS BIGINT) AS g "
      "FROM events WHERE date <> '' AND source <> '' AND target <> ''{3}) d WHERE a <> b GROUP BY a, b, w",
      src, tgt, in_window, when);
  auto s = db.Prepare(sql);
  pd.BindAll(*s);
  std::map<std::pair<std::string, std::string>, DyadActivity> dyads;
  while (s->Step()) {
    DyadActivity& a = dyads[{s->Text(0), s->Text(1)}];
    a.a = s->Text(0), a.b = s->Text(1);
    const bool current = s->Int(2) != 0;
    (current ? a.events : a.previous_events) = static_cast<int>(s->Int(3));
    (current ? a.goldstein_sum : a.previous_goldstein_sum) = Tenths(*s, 4);
  }
  std::vector<DyadActivity> out;
  for (auto& [pair, a] : dyads) out.push_back(std::move(a));
  return out;
}

// The window's high-intensity events, newest first, each with its first mention.
std::vector<EventBrief> IntenseEvents(SqlConnection& db, const OverviewQuery& q, const Overview& o) {
  Params pi;
  const std::string from = pi.Add(o.window_from), to = pi.Add(o.window_to);
  const std::string hi = pi.Add(fmt::format("{}", q.min_intensity)), lo = pi.Add(fmt::format("{}", -q.min_intensity));
  const std::string filters = Filters(pi, q.filters);
  const std::string limit = pi.Add(std::to_string(q.limit));
  std::string sql = fmt::format(
      "SELECT e.event_id, e.date, e.source, e.target, e.code, e.quad_class, e.goldstein, e.num_articles, "
      "m.story_id, s.title, m.source_text, m.target_text, m.evidence_text, m.evidence_start, m.event_start, "
      "m.event_end FROM (SELECT * FROM events WHERE date >= {0} AND date <= {1}{5} "
      "AND (goldstein >= {2} OR goldstein <= {3}) ORDER BY date DESC, event_id DESC LIMIT {4}) e "
      "JOIN mentions m ON m.mention_id = (SELECT MIN(mention_id) FROM mentions WHERE event_id = e.event_id) "
      "JOIN stories s ON s.id = m.story_id ORDER BY e.date DESC, e.event_id DESC",
      from, to, hi, lo, limit, (q.include_historical ? "" : " AND historical = 0") + filters);
  auto s = db.Prepare(sql);
  pi.BindAll(*s);
  std::vector<EventBrief> out;
  while (s->Step()) {
    EventBrief b;
    b.event_id = s->Int(0);
    b.date = s->Text(1), b.source = s->Text(2), b.target = s->Text(3), b.code = s->Text(4);
    b.quad_class = static_cast<int>(s->Int(5));
    b.goldstein = s->Real(6);
    b.num_articles = static_cast<int>(s->Int(7));
    b.story_id = s->Text(8), b.title = s->Text(9);
    b.source_text = s->Text(10), b.target_text = s->Text(11), b.evidence_text = s->Text(12);
    b.evidence_start = static_cast<std::size_t>(s->Int(13));
    b.event_start = static_cast<std::size_t>(s->Int(14));
    b.event_end = static_cast<std::size_t>(s->Int(15));
    out.push_back(std::move(b));
  }
  return out;
}

}  // namespace

Result<Overview> SqlStore::GetOverview(const OverviewQuery& q) {
  return Guard([&]() -> Result<Overview> {
    Overview o;
    auto latest = db_->Prepare("SELECT MAX(date) FROM events");            // the last entry of events_date
    if (latest->Step() && !latest->IsNull(0)) o.latest = latest->Text(0);  // "" when no event is dated
    o.series = OverviewSeries(*db_, q);
    if (!SetWindows(q, &o)) return o;
    o.dyads = WindowDyads(*db_, q, o);
    o.intense = IntenseEvents(*db_, q, o);
    AttachCorrections(*db_, &o.intense);
    return o;
  });
}

Result<ActorProfile> SqlStore::GetActorProfile(const ActorProfileQuery& q) {
  return Guard([&]() -> Result<ActorProfile> {
    if (q.code.empty()) return Status::InvalidArgument("actor profile: no actor code");
    ActorProfile out;
    const Dialect d = db_->dialect();
    // ?1, ?2: the code's range; then the dates. The actor as source reads the covering
    // index alone; as target, events_target; an event within the actor is read once.
    Params p;
    p.Add(q.code), p.Add(PrefixEnd(q.code));
    const std::string when = DateFilter(p, q.from, q.to, q.include_historical) + Filters(p, q.filters);
    const std::string as_src = "source >= ?1 AND source < ?2", as_tgt = "target >= ?1 AND target < ?2";
    auto run = [&](const std::string& sql, std::size_t limit) {
      auto s = db_->Prepare(limit ? sql + fmt::format(" ORDER BY 2 DESC, 1 LIMIT ?{}", p.size() + 1) : sql);
      p.BindAll(*s);
      if (limit) s->Bind(p.size() + 1, static_cast<std::int64_t>(limit));
      return s;
    };

    auto s = run(fmt::format("SELECT {0} AS period, COUNT(*), {1}, SUM(src), SUM(tgt) FROM ("
                             "SELECT date, quad_class, goldstein, 1 AS src, "
                             "CASE WHEN {3} THEN 1 ELSE 0 END AS tgt FROM events WHERE {2}{4} UNION ALL "
                             "SELECT date, quad_class, goldstein, 0, 1 FROM events WHERE {3} AND NOT ({2}){4}"
                             ") d GROUP BY 1 ORDER BY 1",
                             PeriodSql(d, q.by, "date"), kQuadSums, as_src, as_tgt, when),
                 0);
    while (s->Step()) {
      PeriodCount c;
      c.period = s->Text(0);
      c.events = static_cast<int>(s->Int(1));
      ReadQuads(*s, 2, &c);
      c.as_source = static_cast<int>(s->Int(7));
      c.as_target = static_cast<int>(s->Int(8));
      out.series.push_back(std::move(c));
    }
    constexpr const char* kSum = "COUNT(*), SUM(CAST(round(goldstein * 10) AS BIGINT))";
    // Events without a target (or source) have no partner.
    out.partners_out =
        ReadCodeCounts(*run(fmt::format("SELECT {} AS partner, {} FROM events WHERE {} AND target <> ''{} GROUP BY 1",
                                        GroupSql(q.level, "target"), kSum, as_src, when),
                            q.limit));
    out.partners_in =
        ReadCodeCounts(*run(fmt::format("SELECT {} AS partner, {} FROM events WHERE {} AND source <> ''{} GROUP BY 1",
                                        GroupSql(q.level, "source"), kSum, as_tgt, when),
                            q.limit));
    out.event_types =
        ReadCodeCounts(*run(fmt::format("SELECT code, COUNT(*), SUM(CAST(round(goldstein * 10) AS BIGINT)) FROM ("
                                        "SELECT code, goldstein FROM events WHERE {0}{2} UNION ALL "
                                        "SELECT code, goldstein FROM events WHERE {1} AND NOT ({0}){2}) d GROUP BY 1",
                                        as_src, as_tgt, when),
                            q.limit));
    out.sectors =
        ReadCodeCounts(*run(fmt::format("SELECT c, COUNT(*), SUM(CAST(round(goldstein * 10) AS BIGINT)) FROM ("
                                        "SELECT source AS c, goldstein FROM events WHERE {0}{2} UNION ALL "
                                        "SELECT target, goldstein FROM events WHERE {1}{2}) d GROUP BY 1",
                                        as_src, as_tgt, when),
                            q.limit));

    // The name: the most frequent words for exactly this code in the mentions of its
    // latest events on each side (bounded: a busy actor has thousands).
    auto n = db_->Prepare(
        "SELECT t, COUNT(*) FROM ("
        "SELECT m.source_text AS t FROM (SELECT event_id FROM events WHERE source = ?1 "
        "ORDER BY date DESC LIMIT 200) e JOIN mentions m ON m.event_id = e.event_id UNION ALL "
        "SELECT m.target_text FROM (SELECT event_id FROM events WHERE target = ?1 "
        "ORDER BY date DESC LIMIT 200) e JOIN mentions m ON m.event_id = e.event_id"
        ") d GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1");
    n->Bind(1, q.code);
    if (n->Step()) out.name = n->Text(0);
    return out;
  });
}

Result<Network> SqlStore::GetNetwork(const NetworkQuery& q) {
  return Guard([&]() -> Result<Network> {
    Params p;
    // Events with no source or no target (statements to no one) are no edge.
    std::string where = " AND source <> '' AND target <> ''" + DateFilter(p, q.from, q.to, q.include_historical) +
                        Filters(p, q.filters);
    if (!q.actor.empty()) {
      const std::string lo = p.Add(q.actor), hi = p.Add(PrefixEnd(q.actor));
      where += fmt::format(" AND ((source >= {0} AND source < {1}) OR (target >= {0} AND target < {1}))", lo, hi);
    }
    const std::string src = GroupSql(q.level, "source"), tgt = GroupSql(q.level, "target");
    auto s = db_->Prepare(fmt::format("SELECT {0}, {1}, COUNT(*), {2} FROM events WHERE 1 = 1{3} GROUP BY {0}, {1}",
                                      src, tgt, kQuadSums, where));
    p.BindAll(*s);
    std::vector<DirectedCount> counts;
    while (s->Step()) {
      DirectedCount c;
      c.source = s->Text(0), c.target = s->Text(1);
      c.events = static_cast<int>(s->Int(2));
      for (int i = 0; i < 4; ++i) c.quad[i] = static_cast<int>(s->Int(3 + i));
      c.goldstein_tenths = s->Int(7);
      counts.push_back(std::move(c));
    }
    return FoldNetwork(counts, q.min_events, q.limit);
  });
}

}  // namespace parley::store
