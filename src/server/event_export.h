#pragma once
// GET /api/events?format=csv|gdelt: stored events as files for spreadsheets and for
// tools that read GDELT 2.0 event exports (docs/API.md, "Exports"). One line per
// event; its first mention fills the per-story columns. (format=jsonl is the API's
// event record, one per line, and needs nothing here.)
#include <functional>
#include <string>
#include <vector>

#include "parley/store.h"

namespace parley::server {

// The CAMEO name of an event code ("" when unknown).
using CodeNameFn = std::function<std::string(const std::string&)>;

// RFC 4180 CSV with a header line (kCsvColumns). Text cells that a spreadsheet would
// run as a formula (starting with = + - @, tab or CR) get a leading apostrophe. The
// last columns are the event's latest correction: `corrected` ("" none, "wrong" or
// "fixed") and the corrected code, source and target ("" where unchanged).
extern const char* const kCsvColumns;
std::string EventsCsv(const std::vector<StoredEvent>& events, const CodeNameFn& name);

// The 61 tab-separated columns of the GDELT 2.0 event table, in its order, no header
// line (as GDELT's files). The columns parley has no data for are empty.
inline constexpr int kGdeltColumns = 61;
std::string EventsGdelt(const std::vector<StoredEvent>& events);

}  // namespace parley::server
