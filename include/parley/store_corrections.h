#pragma once
// Corrections: an analyst's judgement of a stored event, kept apart from the machine
// codes (table `corrections`, docs/STORAGE.md). An event is either marked wrong (it
// should not have been coded) or given a corrected code, source and/or target. A
// correction never changes the event row, its counts or what the filters select: it
// is shown beside the event (EventStore::Events, the API's `correction`), exported,
// and turned into gold records by `parley eval --corrections`. Corrections are only
// added, never edited: an event's latest correction is the one in force.
//
//   parley::Correction c;
//   c.event_id = 7;
//   c.author = "ana";
//   c.reason = "the target is the army";
//   c.target = "AZEMIL";
//   auto id = store->AddCorrection(c);   // NotFound when no event 7
//
// Plain structs: no ownership, no threads. Include parley/store.h.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace parley {

struct Correction {
  std::int64_t correction_id = 0;  // set by the store
  std::int64_t event_id = 0;
  std::string created_at;  // UTC, YYYY-MM-DDTHH:MM:SSZ; set by the store
  std::string author;      // who (as the analyst named themself)
  std::string reason;      // why ("" when not given)
  bool wrong = false;      // the event should not have been coded at all
  // Corrected values; nullopt keeps the machine's. A target of "" means "no target".
  std::optional<std::string> code, source, target;
};

// Size limits of a correction's free-text fields (bytes).
inline constexpr std::size_t kMaxCorrectionAuthorBytes = 64;
inline constexpr std::size_t kMaxCorrectionReasonBytes = 2000;

// "" when `c` is well formed, else the message naming the field: an author of 1 to 64
// bytes, a reason of at most 2000, no control characters in either; `wrong` with no
// corrected field, or at least one corrected field; a code of 2 to 4 digits; actor
// codes of 3 to 15 capitals, digits or '-' (a target may be ""). Whether the code is
// in the CAMEO table is for the caller to check (it holds the table).
std::string CheckCorrection(const Correction& c);

}  // namespace parley
