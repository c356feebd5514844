#include "lexicon/vocabulary.h"

#include <cstring>

namespace parley::lexicon {

uint64_t Vocabulary::Hash(std::string_view w) {
  const char* p = w.data();
  std::size_t n = w.size();
  uint64_t h = 0x9e3779b97f4a7c15ULL ^ (n * 0xc2b2ae3d27d4eb4fULL);
  while (n >= 8) {
    uint64_t v;
    std::memcpy(&v, p, 8);
    h = (h ^ v) * 0xbf58476d1ce4e5b9ULL;
    h ^= h >> 29;
    p += 8;
    n -= 8;
  }
  if (n > 0) {
    uint64_t v = 0;
    std::memcpy(&v, p, n);
    h = (h ^ v) * 0xbf58476d1ce4e5b9ULL;
  }
  h ^= h >> 31;
  h *= 0x94d049bb133111ebULL;
  h ^= h >> 32;
  return h;
}

uint64_t Vocabulary::Head(std::string_view w) {
  uint64_t v = 0;
  if (!w.empty()) std::memcpy(&v, w.data(), w.size() < 8 ? w.size() : 8);
  return v;
}

void Vocabulary::Insert(uint32_t id, std::string_view w) {
  const uint64_t h = Hash(w);
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = h & mask;
  while (slots_[i].id != 0) i = (i + 1) & mask;
  slots_[i].id = id;
  slots_[i].tag = Tag(h, w.size());
  slots_[i].head = Head(w);
}

uint32_t Vocabulary::Intern(std::string_view w) {
  if (uint32_t id = Find(w)) return id;
  const uint32_t id = static_cast<uint32_t>(words_.size());
  words_.emplace_back(w);
  if (words_.size() * 2 > slots_.size()) {  // grow and rehash (ids 1.. are the words)
    std::size_t size = slots_.empty() ? 1024 : slots_.size() * 2;
    slots_.assign(size, Slot());
    for (uint32_t k = 1; k < words_.size(); ++k) Insert(k, words_[k]);
  } else {
    Insert(id, w);
  }
  return id;
}

uint32_t Vocabulary::Find(std::string_view w) const {
  if (slots_.empty()) return 0;
  const uint64_t h = Hash(w);
  const uint32_t tag = Tag(h, w.size());
  const uint64_t head = Head(w);
  const bool short_word = w.size() <= 8;  // then tag (length) and head decide
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = h & mask;; i = (i + 1) & mask) {
    const Slot& s = slots_[i];
    if (s.id == 0) return 0;
    if (s.tag == tag && s.head == head && (short_word || words_[s.id] == w)) return s.id;
  }
}

}  // namespace parley::lexicon
