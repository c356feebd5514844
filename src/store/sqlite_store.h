#pragma once
// SqliteStore: the EventStore on one SQLite file (WAL mode, versioned migrations).
// Schema and semantics: docs/STORAGE.md.
#include <memory>
#include <string>
#include <vector>

#include "parley/store.h"
#include "store/sqlite_db.h"

namespace parley::store {

// The schema version this build creates and understands.
inline constexpr int kSchemaVersion = 1;

// FNV-1a 64-bit of `text` as 16 hex digits: the stories.text_hash of a story body.
std::string TextHash(std::string_view text);

// The host of an http(s) URL, lower-cased ("" when `url` has none).
std::string UrlHost(const std::string& url);

class SqliteStore : public EventStore {
 public:
  // Opens or creates `path` and applies pending migrations.
  static Result<std::unique_ptr<EventStore>> Open(const std::string& path);
  ~SqliteStore() override;

  Status BeginBatch() override;
  Status CommitBatch() override;
  Result<bool> AddStory(const Story& story, const std::vector<Event>& events, IngestStats* stats) override;
  Result<bool> Contains(const Story& story) override;
  Result<std::vector<StoredEvent>> Events(const EventQuery& query) override;
  Result<std::vector<DyadRow>> Dyad(const DyadQuery& query) override;
  Result<int> SchemaVersion() override;

 private:
  struct Statements;
  explicit SqliteStore(const std::string& path);
  void Migrate();
  bool ContainsOrThrow(const Story& story, std::string* hash);
  bool AddStoryOrThrow(const Story& story, const std::vector<Event>& events, IngestStats* stats);
  int CurrentVersion();

  Db db_;
  std::unique_ptr<Statements> st_;
  bool in_batch_ = false;
};

}  // namespace parley::store
