#pragma once
// Aggregation behind EventStore::Dyad, kept apart from SQL so it can be tested alone.
#include <cstdint>
#include <string>
#include <vector>

#include "parley/store.h"

namespace parley::store {

// The period a date falls in: the date itself, the Monday of its week, or YYYY-MM.
// Undated events ("") stay "".
std::string PeriodOf(const std::string& date, Period by);

// The first and the last day (YYYY-MM-DD) of a period label of the `by` kind
// ("2024-02" -> "2024-02-01" and "2024-02-29"; a week's Monday -> that Sunday).
std::string PeriodFirstDay(const std::string& period, Period by);
std::string PeriodLastDay(const std::string& period, Period by);

// The smallest string greater than every string starting with `prefix` (for range
// scans: prefix <= x < PrefixEnd(prefix)). `prefix` must not be empty.
std::string PrefixEnd(const std::string& prefix);

// Events of one period, direction and code, counted by the database (GROUP BY).
struct DyadGroup {
  std::string period;
  bool a_to_b = true;  // source matches A and target matches B
  std::string code;
  int events = 0;
  int quad[4] = {0, 0, 0, 0};
  std::int64_t goldstein_tenths = 0;  // Goldstein weights have one decimal
};

// Rows per period (ascending) for A->B, B->A and both, every period with at least one
// event getting all three rows; top codes are the most frequent (ties: lower code).
std::vector<DyadRow> SummarizeDyad(const DyadQuery& q, const std::vector<DyadGroup>& groups);

}  // namespace parley::store
