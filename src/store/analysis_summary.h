#pragma once
// The C++ half of the summary queries (sql_analysis.cc): date arithmetic for the
// overview's windows and the folding of directed counts into a network, kept apart
// from SQL so they can be tested alone.
#include <cstdint>
#include <string>
#include <vector>

#include "parley/store.h"

namespace parley::store {

// `date` (YYYY-MM-DD) moved by `days` (may be negative); "" when `date` is not a date.
std::string AddDays(const std::string& date, int days);

// Events from one group of source codes to one group of target codes, counted by the
// database.
struct DirectedCount {
  std::string source, target;
  int events = 0;
  int quad[4] = {0, 0, 0, 0};
  std::int64_t goldstein_tenths = 0;  // Goldstein weights have one decimal
};

// Undirected edges (a < b, both directions summed; a group's events with itself are
// left out), then those with at least `min_events`, most events first (ties: a, b),
// at most `limit`; the nodes of the kept edges, most events first (ties: code).
Network FoldNetwork(const std::vector<DirectedCount>& counts, int min_events, std::size_t limit);

}  // namespace parley::store
