#pragma once
// EventStore: a database of coded stories, events and their mentions, with GDELT-like
// cross-story deduplication. One backend today: SQLite (a file path). See docs/STORAGE.md.
//
//   auto store = parley::EventStore::Open("parley.db");
//   if (!store.ok()) { ... store.status().message() ... }
//   parley::IngestStats stats;
//   store.value()->BeginBatch();
//   store.value()->AddStory(story, coder.Code(story, &code_stats), &stats);
//   store.value()->CommitBatch();
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "parley/event.h"
#include "parley/status.h"
#include "parley/story.h"

namespace parley {

// What ingesting did, summed over the stories given to AddStory.
struct IngestStats {
  std::size_t stories_new = 0;
  std::size_t stories_skipped = 0;   // already stored (same id, URL or text hash)
  std::size_t events_new = 0;        // new (date, source, target, code) rows
  std::size_t events_merged = 0;     // mentions that joined an existing event row
  std::size_t mentions = 0;          // mention rows written
};

// Filters for Events(). Actor codes and event codes match by prefix ("ARM" matches
// "ARMGOV", "08" matches "0841"); empty fields do not filter. Dates are inclusive.
struct EventQuery {
  std::string actor;                 // source or target
  std::string dyad_a, dyad_b;        // source A and target B, either way round
  std::string code;
  std::string from, to;              // YYYY-MM-DD
  std::size_t limit = 0;             // 0: no limit (counts events, not mentions)
};

// One place an event was read: a sentence of a story.
struct StoredMention {
  std::string story_id, url, title;
  int sentence = 0;
  std::string modality;
  double quantity_value = 0;
  std::string quantity_unit;         // "" when the event has no quantity
  bool has_quantity = false;
  std::size_t evidence_start = 0, evidence_end = 0;
  std::string evidence_text, source_text, target_text;
  int mentions = 1;
};

// One deduplicated event with every mention of it.
struct StoredEvent {
  std::int64_t event_id = 0;
  std::string date, source, target, code, root, plover;
  int quad_class = 0;
  double goldstein = 0;
  int num_mentions = 0, num_sources = 0, num_articles = 0;
  std::vector<StoredMention> mentions;
};

enum class Period { kDay, kWeek, kMonth };

// Dyad summary: events between actors A and B (both prefixes) per period.
struct DyadQuery {
  std::string a, b;
  Period by = Period::kDay;
  std::string from, to;
};

// One row per period and direction. `direction` is "A->B", "B->A" (with the codes as
// given, e.g. "ARM->AZE") or "both". Weeks are labelled by their Monday, months YYYY-MM.
struct DyadRow {
  std::string period, direction;
  int events = 0;
  int quad[4] = {0, 0, 0, 0};        // events per QuadClass 1..4
  double goldstein_sum = 0, goldstein_mean = 0;
  std::vector<std::pair<std::string, int>> top_codes;  // at most 3, most frequent first
};

class EventStore {
 public:
  // Opens (creating and migrating when needed) the store at `location`: a file path
  // for SQLite. "postgresql://..." is refused with InvalidArgument (not supported yet).
  static Result<std::unique_ptr<EventStore>> Open(const std::string& location);
  virtual ~EventStore() = default;

  // Stories added between BeginBatch and CommitBatch are committed together (or, if
  // the process dies first, not at all).
  virtual Status BeginBatch() = 0;
  virtual Status CommitBatch() = 0;
  // Adds a story and its events. Returns false, adding nothing, when a story with the
  // same id, URL or text hash is already stored.
  virtual Result<bool> AddStory(const Story& story, const std::vector<Event>& events, IngestStats* stats) = 0;
  // True when AddStory would skip `story` (lets callers skip coding it).
  virtual Result<bool> Contains(const Story& story) = 0;

  virtual Result<std::vector<StoredEvent>> Events(const EventQuery& query) = 0;
  virtual Result<std::vector<DyadRow>> Dyad(const DyadQuery& query) = 0;
  virtual Result<int> SchemaVersion() = 0;
};

// True for locations that name a PostgreSQL server (postgres:// or postgresql://).
bool IsPostgresLocation(const std::string& location);

}  // namespace parley
