#pragma once
// EventStore: a database of coded stories, events and their mentions, with GDELT-like
// cross-story deduplication. Two backends with one schema and the same queries: SQLite
// (a file path) and PostgreSQL (a postgresql:// URI). See docs/STORAGE.md.
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
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "parley/event.h"
#include "parley/status.h"
#include "parley/store_corrections.h"
#include "parley/story.h"

namespace parley {

// What ingesting did, summed over the stories given to AddStory.
struct IngestStats {
  std::size_t stories_new = 0;
  std::size_t stories_skipped = 0;  // already stored (same id, URL or text hash)
  std::size_t events_new = 0;       // new (date, source, target, code) rows
  std::size_t events_merged = 0;    // mentions that joined an existing event row
  std::size_t mentions = 0;         // mention rows written
};

// Filters that the dashboard applies to every view (GET /api/events and
// GET /api/dyads): any of the listed roots, QuadClasses and modalities, and a Goldstein
// range. Empty lists and unset bounds do not filter.
struct EventFilters {
  std::vector<std::string> roots;                      // two-digit CAMEO roots ("18", "19")
  std::vector<int> quad_classes;                       // 1..4
  std::vector<std::string> modalities;                 // events with a mention of one of these
  std::optional<double> goldstein_min, goldstein_max;  // inclusive
  bool empty() const {
    return roots.empty() && quad_classes.empty() && modalities.empty() && !goldstein_min && !goldstein_max;
  }
};

// Filters for Events(). Actor codes and event codes match by prefix ("ARM" matches
// "ARMGOV", "08" matches "0841"); empty fields do not filter. Dates are inclusive.
struct EventQuery {
  std::string actor;           // source or target
  std::string dyad_a, dyad_b;  // source A and target B, either way round
  std::string code;
  std::string story_id;  // only events read from this story
  std::int64_t event_id = 0;  // only this event (0 does not filter)
  std::string root;      // two digits: the code's root ("" does not filter)
  int quad_class = 0;    // 1..4 (0 does not filter)
  std::string modality;  // events with a mention of this modality ("" does not filter)
  EventFilters filters;  // lists and ranges (the API's filters)
  // Also events the text dates more than 30 days before their story. Default: true
  // (the API asks for false unless include_historical=1, as the dyad series do).
  bool include_historical = true;
  std::string from, to;       // YYYY-MM-DD
  std::size_t limit = 0;      // 0: no limit (counts events, not mentions)
  bool newest_first = false;  // order by date and event id, descending
  // Keyset paging: only events after (in the chosen order) this date and event id.
  std::string after_date;
  std::int64_t after_id = 0;  // 0: from the start
};

// The filter syntax `parley events` and the API share. An actor code prefix is
// upper-cased in place; true when it is then 1 to 15 capitals, digits or '-' ("usa" ->
// "USA", "armgov" -> "ARMGOV").
bool NormaliseActorPrefix(std::string* code);
// A CAMEO code or code prefix: 1 to 4 digits ("04", "0841").
bool IsCameoCodePrefix(const std::string& code);

// One place an event was read: a sentence of a story.
struct StoredMention {
  std::string story_id, url, title, date;
  int sentence = 0;
  std::string modality;
  double quantity_value = 0;
  std::string quantity_unit;  // "" when the event has no quantity
  bool has_quantity = false;
  std::size_t evidence_start = 0, evidence_end = 0;
  std::size_t event_start = 0, event_end = 0;  // the event words (0, 0 when unknown)
  std::string evidence_text, source_text, target_text;
  // The mentions "he", "Mr Brown", "the two countries" were resolved from (see Actor::ref).
  std::optional<TextSpan> source_ref, target_ref;
  int mentions = 1;
};

// One deduplicated event with every mention of it.
struct StoredEvent {
  std::int64_t event_id = 0;
  std::string date, source, target, code, root, plover;
  int quad_class = 0;
  double goldstein = 0;
  int num_mentions = 0, num_sources = 0, num_articles = 0;
  bool historical = false;  // dated by the text more than 30 days before its story
  std::vector<StoredMention> mentions;
  std::optional<Correction> correction;  // the latest correction, if any (store_corrections.h)
};

// A stored story with its text (empty for stories stored before schema version 2).
struct StoredStory {
  std::string id, url, title, date, text;
};

// An actor found by EventStore::Actors: its code, the words the news most often used
// for it, and how many event mentions name it.
struct ActorMatch {
  std::string code, name;
  int events = 0;
};

struct StoreCounts {
  std::int64_t stories = 0, events = 0, mentions = 0, corrections = 0;
};

enum class Period { kDay, kWeek, kMonth };

// Dyad summary: events between actors A and B (both prefixes) per period.
struct DyadQuery {
  std::string a, b;
  Period by = Period::kDay;
  std::string from, to;
  // Count events the text dates more than 30 days before their story ("in 1997").
  // Default: false (a dyad's series shows what its stories report as news).
  bool include_historical = false;
  EventFilters filters;
};

// One row per period and direction. `direction` is "A->B", "B->A" (with the codes as
// given, e.g. "ARM->AZE") or "both". Weeks are labelled by their Monday, months YYYY-MM.
struct DyadRow {
  std::string period, direction;
  int events = 0;
  int quad[4] = {0, 0, 0, 0};  // events per QuadClass 1..4
  double goldstein_sum = 0, goldstein_mean = 0;
  std::vector<std::pair<std::string, int>> top_codes;  // at most 3, most frequent first
  // Stories of the whole store dated in the period (news volume), and `events` per
  // 1,000 of them (0 when the period has no dated story).
  int stories = 0;
  double events_per_1000_stories = 0;
};

}  // namespace parley

// The summaries' queries and answers (GetOverview, GetActorProfile, GetNetwork); they
// use EventFilters and Period, declared above. Search's use EventQuery and StoredEvent.
#include "parley/store_analysis.h"  // NOLINT(build/include_order)
#include "parley/store_search.h"    // NOLINT(build/include_order)

namespace parley {

class EventStore {
 public:
  // Opens (creating and migrating when needed) the store at `location`: a file path
  // for SQLite, or a postgresql:// URI. A read-only store never creates, migrates or
  // writes (SQLite opens the file read-only; PostgreSQL sessions are read-only).
  static Result<std::unique_ptr<EventStore>> Open(const std::string& location, bool read_only = false);
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
  // The story with this id, or nullopt.
  virtual Result<std::optional<StoredStory>> Story(const std::string& id) = 0;
  // Actors whose code starts with `q` or whose name contains it (case-insensitive),
  // most mentioned first.
  virtual Result<std::vector<ActorMatch>> Actors(const std::string& q, std::size_t limit) = 0;
  virtual Result<StoreCounts> Counts() = 0;
  // A number that grows whenever a story, an event, a mention or a correction is
  // stored, and changes for nothing else: answers computed at the same mark are still
  // exact (the server caches them by it).
  virtual Result<std::int64_t> ChangeMark() = 0;

  // Summaries for the dashboard's views (store_analysis.h); actor codes and dates as
  // in Events and Dyad.
  // Events and stories per period, every dyad's activity in the last `window_days`
  // and the ones before, and the window's high-intensity events.
  virtual Result<Overview> GetOverview(const OverviewQuery& query) = 0;
  // One actor's (code prefix) timeline, top partners, event codes and sectors.
  virtual Result<ActorProfile> GetActorProfile(const ActorProfileQuery& query) = 0;
  // Who interacts with whom: actors (grouped by `level`) and the events between them.
  virtual Result<Network> GetNetwork(const NetworkQuery& query) = 0;

  // Full-text search of evidence sentences and story titles (store_search.h);
  // InvalidArgument for a query ParseTextQuery refuses.
  virtual Result<SearchResult> Search(const SearchQuery& query) = 0;

  // Corrections (store_corrections.h). Stores `c` (CheckCorrection must pass) with the
  // current time and returns it with its id; NotFound when no event has c.event_id.
  virtual Result<Correction> AddCorrection(const Correction& c) = 0;
  // The corrections of one event, newest first; with event_id 0, the latest correction
  // of every corrected event, by event id.
  virtual Result<std::vector<Correction>> Corrections(std::int64_t event_id) = 0;
};

// True for locations that name a PostgreSQL server (postgres:// or postgresql://).
bool IsPostgresLocation(const std::string& location);

}  // namespace parley
