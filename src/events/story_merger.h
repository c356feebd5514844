#pragma once
// Merges repeated mentions of one event within a story: records with the same
// (source, target, code) become one, with `mentions` counting them. The first mention
// keeps its evidence; an asserted mention outranks intended or hypothetical ones.
#include <vector>

#include "parley/event.h"

namespace parley::events {

void MergeMentions(std::vector<Event>* events);

}  // namespace parley::events
