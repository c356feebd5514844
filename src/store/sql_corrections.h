#pragma once
// The corrections table (migration 6) read beside the events: every list of events the
// store returns carries each event's latest correction. Used by sql_store.cc (Events,
// AddCorrection, Corrections), sql_analysis.cc (the overview's events) and
// sql_search.cc (search hits).
#include <vector>

#include "parley/store.h"
#include "store/sql_connection.h"

namespace parley::store {

// The columns ReadCorrection reads, of the corrections table written `c`.
extern const char* const kCorrectionColumns;
Correction ReadCorrection(const SqlStatement& s, int first = 0);

// Sets `correction` of each event that has one to its latest (one query per 500
// events, none when no correction is stored at all).
void AttachCorrections(SqlConnection& db, std::vector<StoredEvent>* events);
void AttachCorrections(SqlConnection& db, std::vector<EventBrief>* events);

}  // namespace parley::store
