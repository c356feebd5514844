#pragma once
// Aggregation behind EventStore::Dyad, kept apart from SQL so it can be tested alone.
#include <string>
#include <vector>

#include "parley/store.h"

namespace parley::store {

// The period a date falls in: the date itself, the Monday of its week, or YYYY-MM.
// Undated events ("") stay "".
std::string PeriodOf(const std::string& date, Period by);

// The smallest string greater than every string starting with `prefix` (for range
// scans: prefix <= x < PrefixEnd(prefix)). `prefix` must not be empty.
std::string PrefixEnd(const std::string& prefix);

// One event as the dyad summary needs it.
struct DyadEvent {
  std::string date, source, target, code;
  int quad_class = 0;
  double goldstein = 0;
};

// Rows per period (ascending) for A->B, B->A and both, every period with at least one
// event getting all three rows. An event whose source matches A and target matches B
// counts as A->B, otherwise as B->A.
std::vector<DyadRow> SummarizeDyad(const DyadQuery& q, const std::vector<DyadEvent>& events);

}  // namespace parley::store
