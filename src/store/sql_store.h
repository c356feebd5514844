#pragma once
// SqlStore: the EventStore on a SqlConnection — SQLite or PostgreSQL, one schema,
// versioned migrations, the same queries. Schema and semantics: docs/STORAGE.md.
#include <exception>
#include <memory>
#include <string>
#include <vector>

#include "parley/store.h"
#include "store/sql_connection.h"

namespace parley::store {

// Runs f, turning a database exception into an IoError Status (for sql_store.cc and
// sql_analysis.cc, whose queries throw).
template <typename F>
auto Guard(F&& f) -> decltype(f()) {
  try {
    return f();
  } catch (const std::exception& e) {
    return Status::IoError(std::string("event store: ") + e.what());
  }
}

// The schema version this build creates and understands.
inline constexpr int kSchemaVersion = 6;

// FNV-1a 64-bit of `text` as 16 hex digits: the stories.text_hash of a story body.
std::string TextHash(std::string_view text);

// The host of an http(s) URL, lower-cased ("" when `url` has none).
std::string UrlHost(const std::string& url);

class SqlStore : public EventStore {
 public:
  // Takes the connection; migrates it unless `read_only` (which instead refuses a
  // database older than kSchemaVersion).
  static Result<std::unique_ptr<EventStore>> Open(std::unique_ptr<SqlConnection> conn, bool read_only);
  ~SqlStore() override;

  Status BeginBatch() override;
  Status CommitBatch() override;
  Result<bool> AddStory(const parley::Story& story, const std::vector<Event>& events, IngestStats* stats) override;
  Result<bool> Contains(const parley::Story& story) override;
  Result<std::vector<StoredEvent>> Events(const EventQuery& query) override;
  Result<std::vector<DyadRow>> Dyad(const DyadQuery& query) override;
  Result<int> SchemaVersion() override;
  Result<std::optional<StoredStory>> Story(const std::string& id) override;
  Result<std::vector<ActorMatch>> Actors(const std::string& q, std::size_t limit) override;
  Result<StoreCounts> Counts() override;
  Result<std::int64_t> ChangeMark() override;
  // sql_analysis.cc
  Result<Overview> GetOverview(const OverviewQuery& query) override;
  Result<ActorProfile> GetActorProfile(const ActorProfileQuery& query) override;
  Result<Network> GetNetwork(const NetworkQuery& query) override;
  // sql_search.cc
  Result<SearchResult> Search(const SearchQuery& query) override;
  // sql_corrections.cc
  Result<Correction> AddCorrection(const Correction& c) override;
  Result<std::vector<Correction>> Corrections(std::int64_t event_id) override;

 private:
  struct Statements;
  struct ReadStatements;
  SqlStore(std::unique_ptr<SqlConnection> conn, bool read_only);
  void Migrate();
  bool ContainsOrThrow(const parley::Story& story, std::string* hash);
  bool AddStoryOrThrow(const parley::Story& story, const std::vector<Event>& events, IngestStats* stats);
  int CurrentVersion();
  // Sets DyadRow::stories and events_per_1000_stories of each dated row.
  void AddStoryCounts(Period by, std::vector<DyadRow>* rows);
  ReadStatements& Reads();  // prepared on first use, then reused

  std::unique_ptr<SqlConnection> db_;
  std::unique_ptr<Statements> st_;         // destroyed before db_
  std::unique_ptr<ReadStatements> reads_;  // destroyed before db_
  bool in_batch_ = false;
  bool read_only_ = false;
};

}  // namespace parley::store
