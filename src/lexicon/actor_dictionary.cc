#include "lexicon/actor_dictionary.h"

namespace parley::lexicon {

void PhraseTrie::Place(uint64_t key, uint32_t child) {
  const std::size_t mask = edges_.size() - 1;
  std::size_t i = Slot(key) & mask;
  while (edges_[i].child != 0) i = (i + 1) & mask;
  edges_[i].key = key;
  edges_[i].child = child;
}

void PhraseTrie::SetBit(std::vector<uint64_t>* bits, uint32_t i) {
  if (i / 64 >= bits->size()) bits->resize(i / 64 + 1, 0);
  (*bits)[i / 64] |= uint64_t{1} << (i % 64);
}

void PhraseTrie::AddPayload(uint32_t node, uint32_t entry) {
  payload_[node].push_back(entry);
  SetBit(&payload_nodes_, node);
}

uint32_t PhraseTrie::Insert(const std::vector<uint32_t>& words) {
  uint32_t node = 0;
  for (uint32_t w : words) {
    if (uint32_t child = Child(node, w)) {
      node = child;
      continue;
    }
    const uint32_t next = static_cast<uint32_t>(payload_.size());
    payload_.emplace_back();
    if ((num_edges_ + 1) * 2 > edges_.size()) {  // grow and re-place every edge
      std::vector<Edge> old = std::move(edges_);
      edges_.assign(old.empty() ? 1024 : old.size() * 2, Edge());
      for (const Edge& e : old)
        if (e.child != 0) Place(e.key, e.child);
    }
    Place((static_cast<uint64_t>(node) << 32) | w, next);
    SetBit(node == 0 ? &first_words_ : &later_words_, w);
    ++num_edges_;
    node = next;
  }
  return node;
}

void PhraseDictionary::Add(const std::vector<uint32_t>& words, PhraseEntry entry) {
  if (words.empty()) return;
  uint32_t node = trie_.Insert(words);
  entry.order = static_cast<uint32_t>(entries_.size());
  trie_.AddPayload(node, static_cast<uint32_t>(entries_.size()));
  entries_.push_back(std::move(entry));
}

const PhraseEntry* PhraseDictionary::Select(uint32_t node, int date, bool span_all_caps) const {
  const PhraseEntry* dated = nullptr;
  const PhraseEntry* undated = nullptr;
  const PhraseEntry* latest = nullptr;  // for undated stories: the most recent role
  for (uint32_t idx : trie_.Payload(node)) {
    const PhraseEntry& e = entries_[idx];
    if (e.caps_only && !span_all_caps) continue;
    if (!e.dated) {
      if (!undated || e.order > undated->order) undated = &e;
      continue;
    }
    if (!latest || e.from > latest->from) latest = &e;
    if (date != 0 && date >= e.from && date <= e.to && (!dated || e.order > dated->order)) dated = &e;
  }
  if (dated) return dated;
  if (undated) return undated;
  if (date == 0) return latest;
  return nullptr;
}

}  // namespace parley::lexicon
