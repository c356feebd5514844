#pragma once
// The store's summary queries behind the dashboard's overview, actor profile and
// network views (EventStore::Overview, ActorProfile, Network; docs/API.md). Each is a
// few aggregate statements over index range scans: the database counts, C++ ranks.
// Plain structs: no ownership, no threads. Include parley/store.h, not this file: it
// includes this one after EventFilters and Period.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace parley {

enum class Period;  // store.h

// How actor codes are grouped into nodes, partners and dyads: by their first three
// letters (the country, or the kind of body: IGO, NGO, ...) or by the whole code.
enum class ActorLevel { kCountry, kCode };

// Events of one period (a day, the Monday of a week, or YYYY-MM).
struct PeriodCount {
  std::string period;
  int events = 0;
  int stories = 0;             // stories dated in the period (Overview only)
  int as_source = 0;           // events with the actor as source (ActorProfile only)
  int as_target = 0;           // ... as target (an event within the actor counts in both)
  int quad[4] = {0, 0, 0, 0};  // events per QuadClass 1..4
  double goldstein_sum = 0;
};

// A code (a partner, an event code, an actor code) with its event count.
struct CodeCount {
  std::string code;
  int events = 0;
  double goldstein_sum = 0;
};

// An undirected dyad (a < b) in the overview's window and the window before it.
struct DyadActivity {
  std::string a, b;
  int events = 0, previous_events = 0;
  double goldstein_sum = 0, previous_goldstein_sum = 0;
};

// An event with its first mention's evidence (for lists of notable events).
struct EventBrief {
  std::int64_t event_id = 0;
  std::string date, source, target, code;
  int quad_class = 0;
  double goldstein = 0;
  int num_articles = 0;
  std::string story_id, title, source_text, target_text, evidence_text;
  std::size_t evidence_start = 0, event_start = 0, event_end = 0;
  std::optional<Correction> correction;  // the latest correction, if any
};

struct OverviewQuery {
  Period by{};               // Default: day
  std::string from, to;      // the series' dates (inclusive; "" = all)
  std::string window_end;    // the last day of the window; "" = the latest event date
  int window_days = 30;      // the window, and the window before it, are this many days
  std::size_t limit = 10;    // high-intensity events listed
  double min_intensity = 7;  // |Goldstein| of a high-intensity event
  EventFilters filters;      // the dashboard's filters: series, dyads and events
  ActorLevel level = ActorLevel::kCountry;
  bool include_historical = false;  // see DyadQuery
};

struct Overview {
  std::string latest;  // the latest event date in the store ("" when empty)
  std::string window_from, window_to, previous_from, previous_to;
  std::vector<PeriodCount> series;  // events and stories per period, ascending
  // Every dyad with events in the window or the one before it, sorted by (a, b);
  // dyads within one group (a == b) are left out.
  std::vector<DyadActivity> dyads;
  std::vector<EventBrief> intense;  // in the window, newest first, at most `limit`
};

struct ActorProfileQuery {
  std::string code;  // an actor code prefix
  Period by{};       // Default: day
  std::string from, to;
  std::size_t limit = 10;                   // entries per top list
  ActorLevel level = ActorLevel::kCountry;  // how partners are grouped
  EventFilters filters;
  bool include_historical = false;
};

struct ActorProfile {
  // The words the news most used for exactly `code` in the mentions of its 200 latest
  // events as source and as target ("" if none).
  std::string name;
  std::vector<PeriodCount> series;  // ascending; as_source/as_target filled
  // Most events first (ties: lower code), at most `limit` each. partners_out: the
  // targets of the actor's events; partners_in: the sources of events done to it.
  std::vector<CodeCount> partners_out, partners_in;
  std::vector<CodeCount> event_types;  // CAMEO codes
  std::vector<CodeCount> sectors;      // the actor codes matched (ARM, ARMGOV, ARMMIL)
};

struct NetworkQuery {
  std::string from, to;
  std::string actor;     // only events with this prefix as source or target ("" = all)
  EventFilters filters;  // roots, QuadClasses, modalities, a Goldstein range
  ActorLevel level = ActorLevel::kCountry;
  std::size_t limit = 200;  // edges kept, most events first
  int min_events = 1;       // edges with fewer events are dropped
  bool include_historical = false;
};

// Events between two nodes (a < b), both ways.
struct NetworkEdge {
  std::string a, b;
  int a_to_b = 0, b_to_a = 0;
  int quad[4] = {0, 0, 0, 0};
  double goldstein_sum = 0;
  int events() const { return a_to_b + b_to_a; }
};

struct NetworkNode {
  std::string code;
  int events = 0;  // events of the kept edges that involve the node
  double goldstein_sum = 0;
};

struct Network {
  std::vector<NetworkNode> nodes;  // most events first
  std::vector<NetworkEdge> edges;  // most events first
  std::size_t edges_total = 0;     // edges before `min_events` and `limit`
};

}  // namespace parley
