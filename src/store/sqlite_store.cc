#include "store/sqlite_store.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <tuple>

#include <fmt/format.h>

#include "store/dyad_summary.h"

namespace parley::store {
namespace {

// Versioned migrations, applied in order, each in its own transaction. Never edit a
// released migration: add the next version instead (docs/STORAGE.md).
struct Migration {
  int version;
  const char* sql;
};
constexpr Migration kMigrations[] = {
    {1, R"sql(
CREATE TABLE stories(
  id TEXT PRIMARY KEY, url TEXT UNIQUE, title TEXT, date TEXT,
  text_hash TEXT NOT NULL UNIQUE, source_key TEXT NOT NULL, origin TEXT,
  num_events INTEGER NOT NULL,
  ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')));
CREATE TABLE events(
  event_id INTEGER PRIMARY KEY, date TEXT NOT NULL, source TEXT NOT NULL, target TEXT NOT NULL,
  code TEXT NOT NULL, root TEXT NOT NULL, quad_class INTEGER NOT NULL, goldstein REAL NOT NULL,
  plover TEXT NOT NULL, num_mentions INTEGER NOT NULL, num_sources INTEGER NOT NULL,
  num_articles INTEGER NOT NULL, UNIQUE(date, source, target, code));
CREATE INDEX events_date ON events(date);
CREATE INDEX events_dyad ON events(source, target, date);
CREATE INDEX events_target ON events(target, date);
CREATE TABLE mentions(
  mention_id INTEGER PRIMARY KEY,
  event_id INTEGER NOT NULL REFERENCES events(event_id),
  story_id TEXT NOT NULL REFERENCES stories(id),
  sentence INTEGER NOT NULL, modality TEXT NOT NULL, quantity_value REAL, quantity_unit TEXT,
  evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL, evidence_text TEXT NOT NULL,
  mentions INTEGER NOT NULL, source_text TEXT NOT NULL, target_text TEXT NOT NULL);
CREATE INDEX mentions_event ON mentions(event_id);
CREATE INDEX mentions_story ON mentions(story_id);
)sql"},
};

template <typename F>
auto Guard(F&& f) -> decltype(f()) {
  try {
    return f();
  } catch (const std::exception& e) {
    return Status::IoError(std::string("event store: ") + e.what());
  }
}

}  // namespace

std::string TextHash(std::string_view text) {
  std::uint64_t h = 1469598103934665603ull;
  for (unsigned char c : text) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return fmt::format("{:016x}", h);
}

std::string UrlHost(const std::string& url) {
  auto scheme = url.find("://");
  if (scheme == std::string::npos) return "";
  std::size_t begin = scheme + 3, end = url.find_first_of("/?#", begin);
  std::string host = url.substr(begin, end == std::string::npos ? std::string::npos : end - begin);
  if (auto at = host.rfind('@'); at != std::string::npos) host.erase(0, at + 1);
  if (auto colon = host.rfind(':'); colon != std::string::npos && host.find(']') == std::string::npos)
    host.erase(colon);
  std::transform(host.begin(), host.end(), host.begin(), [](unsigned char c) { return std::tolower(c); });
  if (host.starts_with("www.")) host.erase(0, 4);
  return host;
}

struct SqliteStore::Statements {
  explicit Statements(const Db& db)
      : find_story(db,
                   "SELECT 1 FROM stories WHERE id = ?1 UNION ALL SELECT 1 FROM stories WHERE url = ?2 "
                   "UNION ALL SELECT 1 FROM stories WHERE text_hash = ?3 LIMIT 1"),
        insert_story(db,
                     "INSERT INTO stories(id, url, title, date, text_hash, source_key, origin, num_events) "
                     "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"),
        find_event(db, "SELECT event_id FROM events WHERE date = ?1 AND source = ?2 AND target = ?3 AND code = ?4"),
        insert_event(db,
                     "INSERT INTO events(date, source, target, code, root, quad_class, goldstein, plover, "
                     "num_mentions, num_sources, num_articles) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 1, 1)"),
        source_seen(db,
                    "SELECT 1 FROM mentions m JOIN stories s ON s.id = m.story_id "
                    "WHERE m.event_id = ?1 AND s.source_key = ?2 LIMIT 1"),
        update_event(db,
                     "UPDATE events SET num_mentions = num_mentions + ?2, num_articles = num_articles + ?3, "
                     "num_sources = num_sources + ?4 WHERE event_id = ?1"),
        insert_mention(db,
                       "INSERT INTO mentions(event_id, story_id, sentence, modality, quantity_value, "
                       "quantity_unit, evidence_start, evidence_end, evidence_text, mentions, source_text, "
                       "target_text) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"),
        savepoint(db, "SAVEPOINT story"),
        release(db, "RELEASE story"),
        rollback_to(db, "ROLLBACK TO story") {}
  Stmt find_story, insert_story, find_event, insert_event, source_seen, update_event, insert_mention;
  Stmt savepoint, release, rollback_to;
};

SqliteStore::SqliteStore(const std::string& path) : db_(path) {
  {
    Stmt wal(db_, "PRAGMA journal_mode = WAL");
    if (!wal.Step() || wal.Text(0) != "wal") throw SqlError("cannot switch " + path + " to WAL mode");
  }
  db_.Exec("PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;");
  Migrate();
  st_ = std::make_unique<Statements>(db_);
}

SqliteStore::~SqliteStore() {
  if (in_batch_) sqlite3_exec(db_.get(), "ROLLBACK", nullptr, nullptr, nullptr);
  st_.reset();  // statements are finalized before the connection closes
}

Result<std::unique_ptr<EventStore>> SqliteStore::Open(const std::string& path) {
  try {
    return std::unique_ptr<EventStore>(new SqliteStore(path));
  } catch (const std::exception& e) {
    return Status::IoError(std::string("event store: ") + e.what());
  }
}

int SqliteStore::CurrentVersion() {
  Stmt q(db_, "SELECT COALESCE(MAX(version), 0) FROM schema_version");
  q.Step();
  return static_cast<int>(q.Int(0));
}

void SqliteStore::Migrate() {
  db_.Exec(
      "CREATE TABLE IF NOT EXISTS schema_version(version INTEGER PRIMARY KEY, "
      "applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')))");
  if (CurrentVersion() >= kSchemaVersion) {
    if (CurrentVersion() > kSchemaVersion)
      throw SqlError(fmt::format("database schema version {} is newer than this parley knows ({})",
                                 CurrentVersion(), kSchemaVersion));
    return;
  }
  for (const Migration& m : kMigrations) {
    db_.Exec("BEGIN IMMEDIATE");
    try {
      if (CurrentVersion() < m.version) {  // re-read: another process may have migrated
        db_.Exec(m.sql);
        Stmt(db_, "INSERT INTO schema_version(version) VALUES(?1)").Bind(1, std::int64_t{m.version}).Run();
      }
      db_.Exec("COMMIT");
    } catch (...) {
      sqlite3_exec(db_.get(), "ROLLBACK", nullptr, nullptr, nullptr);
      throw;
    }
  }
}

Result<int> SqliteStore::SchemaVersion() {
  return Guard([&]() -> Result<int> { return CurrentVersion(); });
}

Status SqliteStore::BeginBatch() {
  return Guard([&]() -> Status {
    if (!in_batch_) db_.Exec("BEGIN IMMEDIATE");
    in_batch_ = true;
    return Status::Ok();
  });
}

Status SqliteStore::CommitBatch() {
  return Guard([&]() -> Status {
    if (in_batch_) db_.Exec("COMMIT");
    in_batch_ = false;
    return Status::Ok();
  });
}

Result<bool> SqliteStore::AddStory(const Story& story, const std::vector<Event>& events, IngestStats* stats) {
  return Guard([&]() -> Result<bool> {
    st_->savepoint.Run();
    try {
      bool added = AddStoryOrThrow(story, events, stats);
      st_->release.Run();
      return added;
    } catch (...) {
      st_->rollback_to.Run();
      st_->release.Run();
      throw;
    }
  });
}

Result<bool> SqliteStore::Contains(const Story& story) {
  return Guard([&]() -> Result<bool> {
    std::string hash;
    return ContainsOrThrow(story, &hash);
  });
}

bool SqliteStore::ContainsOrThrow(const Story& story, std::string* hash) {
  std::size_t body_end = std::min(story.body_end ? story.body_end : story.text.size(), story.text.size());
  std::size_t body_begin = std::min(story.body_begin, body_end);
  *hash = TextHash(std::string_view(story.text).substr(body_begin, body_end - body_begin));
  Stmt& find = st_->find_story;
  find.Bind(1, story.id).BindTextOrNull(2, story.url).Bind(3, *hash);
  bool exists = find.Step();
  find.Reset();
  return exists;
}

bool SqliteStore::AddStoryOrThrow(const Story& story, const std::vector<Event>& events, IngestStats* stats) {
  std::string hash;
  if (ContainsOrThrow(story, &hash)) {
    ++stats->stories_skipped;
    return false;
  }
  std::string host = UrlHost(story.url);
  std::string source_key = host.empty() ? "story:" + story.id : host;
  st_->insert_story.Bind(1, story.id)
      .BindTextOrNull(2, story.url)
      .BindTextOrNull(3, story.title)
      .BindTextOrNull(4, story.date)
      .Bind(5, hash)
      .Bind(6, source_key)
      .BindTextOrNull(7, story.origin)
      .Bind(8, static_cast<std::int64_t>(events.size()))
      .Run();
  ++stats->stories_new;
  std::set<std::tuple<std::string, std::string, std::string, std::string>> seen;  // keys of this story
  for (const Event& e : events) {
    bool first_in_story = seen.emplace(e.date, e.source.code, e.target.code, e.code).second;
    Stmt& fe = st_->find_event;
    fe.Bind(1, e.date).Bind(2, e.source.code).Bind(3, e.target.code).Bind(4, e.code);
    std::int64_t id = fe.Step() ? fe.Int(0) : 0;
    fe.Reset();
    if (id == 0) {
      st_->insert_event.Bind(1, e.date)
          .Bind(2, e.source.code)
          .Bind(3, e.target.code)
          .Bind(4, e.code)
          .Bind(5, e.root)
          .Bind(6, std::int64_t{e.quad_class})
          .Bind(7, e.goldstein)
          .Bind(8, e.plover)
          .Bind(9, std::int64_t{e.mentions})
          .Run();
      id = sqlite3_last_insert_rowid(db_.get());
      ++stats->events_new;
    } else {
      std::int64_t new_source = 0;
      if (first_in_story) {
        Stmt& ss = st_->source_seen;
        ss.Bind(1, id).Bind(2, source_key);
        new_source = ss.Step() ? 0 : 1;
        ss.Reset();
      }
      st_->update_event.Bind(1, id)
          .Bind(2, std::int64_t{e.mentions})
          .Bind(3, std::int64_t{first_in_story ? 1 : 0})
          .Bind(4, new_source)
          .Run();
      ++stats->events_merged;
    }
    Stmt& im = st_->insert_mention;
    im.Bind(1, id).Bind(2, story.id).Bind(3, std::int64_t{e.sentence}).Bind(4, ModalityName(e.modality));
    if (e.quantity) {
      im.Bind(5, e.quantity->value).BindTextOrNull(6, e.quantity->unit);
    } else {
      im.BindNull(5).BindNull(6);
    }
    im.Bind(7, static_cast<std::int64_t>(e.evidence_begin))
        .Bind(8, static_cast<std::int64_t>(e.evidence_end))
        .Bind(9, e.evidence_text)
        .Bind(10, std::int64_t{e.mentions})
        .Bind(11, e.source.text)
        .Bind(12, e.target.text)
        .Run();
    ++stats->mentions;
  }
  return true;
}

Result<std::vector<StoredEvent>> SqliteStore::Events(const EventQuery& q) {
  return Guard([&]() -> Result<std::vector<StoredEvent>> {
    std::string where = "1";
    std::vector<std::string> params;
    auto range = [&](const std::string& column, const std::string& prefix) {
      params.push_back(prefix);
      params.push_back(PrefixEnd(prefix));
      return fmt::format("({0} >= ?{1} AND {0} < ?{2})", column, params.size() - 1, params.size());
    };
    if (!q.actor.empty())
      where += " AND (" + range("e.source", q.actor) + " OR " + range("e.target", q.actor) + ")";
    if (!q.dyad_a.empty() && !q.dyad_b.empty()) {
      std::string ab = range("e.source", q.dyad_a) + " AND " + range("e.target", q.dyad_b);
      std::string ba = range("e.source", q.dyad_b) + " AND " + range("e.target", q.dyad_a);
      where += " AND ((" + ab + ") OR (" + ba + "))";
    }
    if (!q.code.empty()) where += " AND " + range("e.code", q.code);
    if (!q.from.empty()) {
      params.push_back(q.from);
      where += fmt::format(" AND e.date >= ?{}", params.size());
    }
    if (!q.to.empty()) {
      params.push_back(q.to);
      where += fmt::format(" AND e.date <= ?{}", params.size());
    }
    Stmt s(db_,
           "SELECT e.event_id, e.date, e.source, e.target, e.code, e.root, e.plover, e.quad_class, e.goldstein, "
           "e.num_mentions, e.num_sources, e.num_articles, m.story_id, s.url, s.title, m.sentence, m.modality, "
           "m.quantity_value, m.quantity_unit, m.evidence_start, m.evidence_end, m.evidence_text, "
           "m.source_text, m.target_text, m.mentions FROM events e JOIN mentions m ON m.event_id = e.event_id "
           "JOIN stories s ON s.id = m.story_id WHERE " +
               where + " ORDER BY e.date, e.event_id, m.mention_id");
    for (std::size_t i = 0; i < params.size(); ++i) s.Bind(static_cast<int>(i + 1), params[i]);
    std::vector<StoredEvent> out;
    while (s.Step()) {
      if (out.empty() || out.back().event_id != s.Int(0)) {
        if (q.limit && out.size() == q.limit) break;
        StoredEvent e;
        e.event_id = s.Int(0);
        e.date = s.Text(1), e.source = s.Text(2), e.target = s.Text(3), e.code = s.Text(4);
        e.root = s.Text(5), e.plover = s.Text(6);
        e.quad_class = static_cast<int>(s.Int(7));
        e.goldstein = s.Real(8);
        e.num_mentions = static_cast<int>(s.Int(9));
        e.num_sources = static_cast<int>(s.Int(10));
        e.num_articles = static_cast<int>(s.Int(11));
        out.push_back(std::move(e));
      }
      StoredMention m;
      m.story_id = s.Text(12), m.url = s.Text(13), m.title = s.Text(14);
      m.sentence = static_cast<int>(s.Int(15));
      m.modality = s.Text(16);
      m.has_quantity = !s.IsNull(17);
      m.quantity_value = s.Real(17);
      m.quantity_unit = s.Text(18);
      m.evidence_start = static_cast<std::size_t>(s.Int(19));
      m.evidence_end = static_cast<std::size_t>(s.Int(20));
      m.evidence_text = s.Text(21), m.source_text = s.Text(22), m.target_text = s.Text(23);
      m.mentions = static_cast<int>(s.Int(24));
      out.back().mentions.push_back(std::move(m));
    }
    return out;
  });
}

Result<std::vector<DyadRow>> SqliteStore::Dyad(const DyadQuery& q) {
  return Guard([&]() -> Result<std::vector<DyadRow>> {
    if (q.a.empty() || q.b.empty()) return Status::InvalidArgument("dyad: both actors are needed");
    std::string sql =
        "SELECT date, source, target, code, quad_class, goldstein FROM events WHERE "
        "((source >= ?1 AND source < ?2 AND target >= ?3 AND target < ?4) OR "
        "(source >= ?3 AND source < ?4 AND target >= ?1 AND target < ?2))";
    if (!q.from.empty()) sql += " AND date >= ?5";
    if (!q.to.empty()) sql += " AND date <= ?6";
    Stmt s(db_, sql);
    s.Bind(1, q.a).Bind(2, PrefixEnd(q.a)).Bind(3, q.b).Bind(4, PrefixEnd(q.b));
    if (!q.from.empty()) s.Bind(5, q.from);
    if (!q.to.empty()) s.Bind(6, q.to);
    std::vector<DyadEvent> events;
    while (s.Step())
      events.push_back({s.Text(0), s.Text(1), s.Text(2), s.Text(3), static_cast<int>(s.Int(4)), s.Real(5)});
    return SummarizeDyad(q, events);
  });
}

}  // namespace parley::store

namespace parley {

bool IsPostgresLocation(const std::string& location) {
  return location.starts_with("postgresql://") || location.starts_with("postgres://");
}

Result<std::unique_ptr<EventStore>> EventStore::Open(const std::string& location) {
  if (IsPostgresLocation(location)) return Status::InvalidArgument("PostgreSQL is not supported yet");
  return store::SqliteStore::Open(location);
}

}  // namespace parley
