#pragma once
// Phrase dictionaries (actors, agents): a token trie over vocabulary ids whose
// nodes carry entries, with date-range selection for people in roles.
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace parley::lexicon {

// A trie over word ids. Node 0 is the root; Child() returns 0 when there is no edge.
class PhraseTrie {
 public:
  PhraseTrie() : payload_(1) {}
  uint32_t Insert(const std::vector<uint32_t>& words);
  uint32_t Child(uint32_t node, uint32_t word) const {
    auto it = edges_.find((static_cast<uint64_t>(node) << 32) | word);
    return it == edges_.end() ? 0 : it->second;
  }
  const std::vector<uint32_t>& Payload(uint32_t node) const { return payload_[node]; }
  std::vector<uint32_t>& MutablePayload(uint32_t node) { return payload_[node]; }
  std::size_t nodes() const { return payload_.size(); }

 private:
  std::unordered_map<uint64_t, uint32_t> edges_;
  std::vector<std::vector<uint32_t>> payload_;
};

constexpr int kNoDateLimit = 99999999;

struct PhraseEntry {
  std::string code;  // actor code (ARMGOV) or agent code (GOV)
  int from = 0;      // yyyymmdd, inclusive
  int to = kNoDateLimit;
  bool dated = false;
  bool caps_only = false;  // the name was written in capitals: match capitals only
  bool prefix = false;     // agent code that goes before the actor code (PETRARCH [NGO~])
  uint32_t order = 0;      // load order; later wins among equals
};

class PhraseDictionary {
 public:
  void Add(const std::vector<uint32_t>& words, PhraseEntry entry);
  const PhraseTrie& trie() const { return trie_; }
  // The entry of `node` that applies on `date` (yyyymmdd, 0 = unknown), or nullptr.
  // `span_all_caps`: the matched text is written in capitals.
  const PhraseEntry* Select(uint32_t node, int date, bool span_all_caps) const;
  const std::vector<PhraseEntry>& entries() const { return entries_; }

 private:
  PhraseTrie trie_;
  std::vector<PhraseEntry> entries_;
};

}  // namespace parley::lexicon
