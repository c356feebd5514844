#include "lexicon/vocabulary.h"

#include <array>
#include <cstring>

namespace parley::lexicon {
namespace {

// The n < 8 bytes at p as memcpy would put them into a zeroed uint64_t, read with whole
// loads: a byte-wise copy through memory stalls the load that follows it.
inline uint64_t LoadShort(const char* p, std::size_t n) {
  if (n >= 4) {
    uint32_t lo, hi;
    std::memcpy(&lo, p, 4);
    std::memcpy(&hi, p + n - 4, 4);
    return lo | (static_cast<uint64_t>(hi) << ((n - 4) * 8));
  }
  if (n == 0) return 0;
  const auto byte = [&](std::size_t i) { return static_cast<uint64_t>(static_cast<unsigned char>(p[i])) << (i * 8); };
  return byte(0) | byte(n / 2) | byte(n - 1);
}

}  // namespace

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
  if (n > 0) h = (h ^ LoadShort(p, n)) * 0xbf58476d1ce4e5b9ULL;
  h ^= h >> 31;
  h *= 0x94d049bb133111ebULL;
  h ^= h >> 32;
  return h;
}

uint64_t Vocabulary::Head(std::string_view w) {
  if (w.size() < 8) return LoadShort(w.data(), w.size());
  uint64_t v;
  std::memcpy(&v, w.data(), 8);
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
  return FindHashed(w, Hash(w));
}

void Vocabulary::FindTokens(text::TokenizedText* tt) const {
  std::vector<text::Token>& tokens = tt->tokens;
  if (slots_.empty()) {
    for (text::Token& t : tokens) t.word = 0;
    return;
  }
  constexpr std::size_t kAhead = 8;  // a power of two: hashes of tokens [i, i + kAhead)
  std::array<uint64_t, kAhead> hashes;
  const std::size_t mask = slots_.size() - 1;
  auto hash_ahead = [&](std::size_t i) {
    const uint64_t h = Hash(tt->Norm(tokens[i]));
    hashes[i % kAhead] = h;
    __builtin_prefetch(&slots_[h & mask]);
  };
  for (std::size_t i = 0; i < tokens.size() && i < kAhead; ++i) hash_ahead(i);
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const uint64_t h = hashes[i % kAhead];
    if (i + kAhead < tokens.size()) hash_ahead(i + kAhead);
    tokens[i].word = FindHashed(tt->Norm(tokens[i]), h);
  }
}

uint32_t Vocabulary::FindHashed(std::string_view w, uint64_t h) const {
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
