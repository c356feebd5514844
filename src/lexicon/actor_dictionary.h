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
  // Runs for every token (actors, agents): a flat open-addressing table of edges,
  // behind a bit per word for the root's edges (most tokens start no phrase) and one for
  // the other edges (most words go on no phrase).
  uint32_t Child(uint32_t node, uint32_t word) const {
    if (!Bit(node == 0 ? first_words_ : later_words_, word)) return 0;
    const uint64_t key = (static_cast<uint64_t>(node) << 32) | word;
    const std::size_t mask = edges_.size() - 1;
    for (std::size_t i = Slot(key) & mask;; i = (i + 1) & mask) {
      const Edge& e = edges_[i];
      if (e.child == 0) return 0;
      if (e.key == key) return e.child;
    }
  }
  const std::vector<uint32_t>& Payload(uint32_t node) const { return payload_[node]; }
  // !Payload(node).empty(), from a bit per node.
  bool HasPayload(uint32_t node) const { return Bit(payload_nodes_, node); }
  void AddPayload(uint32_t node, uint32_t entry);
  std::size_t nodes() const { return payload_.size(); }

 private:
  struct Edge {
    uint64_t key = 0;    // parent node << 32 | word id
    uint32_t child = 0;  // 0 = empty slot (the root is nobody's child)
  };
  static std::size_t Slot(uint64_t key) {
    key ^= key >> 31;
    key *= 0xbf58476d1ce4e5b9ULL;
    key ^= key >> 29;
    return static_cast<std::size_t>(key);
  }
  static bool Bit(const std::vector<uint64_t>& bits, uint32_t i) {
    return i / 64 < bits.size() && ((bits[i / 64] >> (i % 64)) & 1);
  }
  static void SetBit(std::vector<uint64_t>* bits, uint32_t i);
  void Place(uint64_t key, uint32_t child);
  std::vector<Edge> edges_;              // size a power of two, load <= 1/2
  std::vector<uint64_t> first_words_;    // bit w: the root has an edge for word id w
  std::vector<uint64_t> later_words_;    // bit w: another node has an edge for word id w
  std::vector<uint64_t> payload_nodes_;  // bit n: node n has a payload
  std::size_t num_edges_ = 0;
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
