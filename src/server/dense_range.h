#pragma once
// Where a series of events is dense: the shortest run of periods that holds a share
// (95%) of the events. The dashboard's timeline opens on it, so that one stray date
// ("USA-JPN 1987") does not squeeze the rest of the series into a few pixels; the
// periods outside it are listed as outliers.
#include <string>
#include <utility>
#include <vector>

#include "parley/store.h"

namespace parley::server {

struct DenseRange {
  std::string from, to;   // period labels, inclusive ("" when there is no dated event)
  int events = 0;         // events in [from, to]
  int total = 0;          // events of every dated period
  bool narrowed = false;  // false: [from, to] is the whole series
};

// `periods`: (label, events) sorted by label, labels of the `by` kind; undated ("")
// periods are ignored. The range is the shortest in days holding at least `share` of
// the events (ties: the one with more events, then the earliest). When it is not
// shorter than `min_gain` times the whole span, the whole series is returned instead:
// hiding a few edge events is worth it only when it widens the rest a lot.
DenseRange FindDenseRange(const std::vector<std::pair<std::string, int>>& periods, Period by, double share = 0.95,
                          double min_gain = 0.5);

}  // namespace parley::server
