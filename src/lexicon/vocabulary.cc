#include "lexicon/vocabulary.h"

namespace parley::lexicon {

uint32_t Vocabulary::Intern(std::string_view w) {
  auto it = ids_.find(w);
  if (it != ids_.end()) return it->second;
  uint32_t id = static_cast<uint32_t>(words_.size());
  words_.emplace_back(w);
  ids_.emplace(std::string(w), id);
  return id;
}

uint32_t Vocabulary::Find(std::string_view w) const {
  auto it = ids_.find(w);
  return it == ids_.end() ? 0 : it->second;
}

}  // namespace parley::lexicon
