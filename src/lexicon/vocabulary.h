#pragma once
// Vocabulary: interns normalized token strings as small integer ids so that the
// matchers compare integers. Id 0 means "not in any dictionary". Frozen after loading;
// lookups are then safe from many threads.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/tokenizer.h"

namespace parley::lexicon {

// Transparent string hash for unordered containers keyed by std::string.
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

class Vocabulary {
 public:
  Vocabulary() { words_.emplace_back(); }
  uint32_t Intern(std::string_view w);
  uint32_t Find(std::string_view w) const;  // Find runs once per token: a flat table
  // Sets every token's `word` to Find() of its normalized form. The slots of the next
  // tokens are prefetched while one is compared, so that their cache misses overlap.
  void FindTokens(text::TokenizedText* tt) const;
  const std::string& Word(uint32_t id) const { return words_[id]; }
  std::size_t size() const { return words_.size(); }

 private:
  // Open addressing, linear probing: per slot the word's id (0 = empty), its length
  // (low 8 bits, capped at 255) with 24 bits of its hash, and its first 8 bytes
  // (zero-padded): a word of up to 8 bytes is compared without reading words_.
  struct Slot {
    uint32_t id = 0;
    uint32_t tag = 0;
    uint64_t head = 0;
  };
  static uint32_t Tag(uint64_t h, std::size_t n) {
    return (static_cast<uint32_t>(h >> 32) & 0xffffff00u) | static_cast<uint32_t>(n < 255 ? n : 255);
  }
  static uint64_t Head(std::string_view w);
  static uint64_t Hash(std::string_view w);
  void Insert(uint32_t id, std::string_view w);
  uint32_t FindHashed(std::string_view w, uint64_t h) const;
  std::vector<Slot> slots_;  // size a power of two, load <= 1/2
  std::vector<std::string> words_;
};

}  // namespace parley::lexicon
