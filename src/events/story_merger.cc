#include "events/story_merger.h"

#include <map>
#include <tuple>

namespace parley::events {

static int Rank(Modality m) {
  switch (m) {
    case Modality::kAsserted:
      return 3;
    case Modality::kIntended:
      return 2;
    case Modality::kHypothetical:
      return 1;
    case Modality::kNegated:
      return 0;
  }
  return 0;
}

void MergeMentions(std::vector<Event>* events) {
  std::map<std::tuple<std::string, std::string, std::string>, std::size_t> first;
  std::vector<Event> out;
  out.reserve(events->size());
  for (Event& e : *events) {
    auto key = std::make_tuple(e.source.code, e.target.code, e.code);
    auto it = first.find(key);
    if (it == first.end()) {
      first.emplace(key, out.size());
      out.push_back(std::move(e));
      continue;
    }
    Event& kept = out[it->second];
    kept.mentions += e.mentions;
    // A negated or hypothetical mention does not merge with an asserted fact's rank;
    // keep the strongest modality and the first quantity seen.
    if (Rank(e.modality) > Rank(kept.modality)) kept.modality = e.modality;
    if (!kept.quantity && e.quantity) kept.quantity = e.quantity;
  }
  events->swap(out);
}

}  // namespace parley::events
