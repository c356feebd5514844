#pragma once
// `parley eval --corrections`: the store's corrections as a gold suite in the format
// `parley eval` reads (../shared/gold/README.md), so that the coder is measured against
// its users' judgement. One record per evidence sentence of a corrected event: the
// sentence, its story's date, and as `expected` the events coded from that sentence
// as corrected (an event marked wrong is left out; `expect_no_events` when nothing is
// left), the others of the sentence as the machine coded them. Like the scoring, only
// asserted and intended mentions count; a missing target is "---".
#include <cstddef>
#include <string>
#include <vector>

#include "parley/store.h"

namespace parley::cli {

struct CorrectionsGold {
  std::vector<std::string> records;  // JSON Lines, in story and sentence order
  std::size_t corrected_events = 0, wrong_events = 0;
};

// Reads every event's latest correction and the events of their sentences.
Result<CorrectionsGold> GoldFromCorrections(EventStore& store);

}  // namespace parley::cli
