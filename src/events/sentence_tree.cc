#include "events/sentence_tree.h"

namespace parley::events {

void SentenceTree::Assign(uint32_t tok_begin, const std::vector<syntax::Word>& words) {
  tok_begin_ = tok_begin;
  words_ = words;
  const std::size_t n = words_.size();
  child_begin_.assign(n + 1, 0);
  for (const syntax::Word& w : words_)
    if (w.head >= 0 && static_cast<std::size_t>(w.head) < n) ++child_begin_[static_cast<std::size_t>(w.head) + 1];
  for (std::size_t i = 0; i < n; ++i) child_begin_[i + 1] += child_begin_[i];
  children_.assign(child_begin_[n], 0);
  std::vector<uint32_t> fill(child_begin_.begin(), child_begin_.end() - 1);
  for (std::size_t i = 0; i < n; ++i) {
    int32_t h = words_[i].head;
    if (h >= 0 && static_cast<std::size_t>(h) < n)
      children_[fill[static_cast<std::size_t>(h)]++] = tok_begin_ + static_cast<uint32_t>(i);
  }
}

int64_t SentenceTree::Child(uint32_t tok, uint8_t deprel) const {
  for (const uint32_t* c = ChildrenBegin(tok); c != ChildrenEnd(tok); ++c)
    if (Deprel(*c) == deprel) return *c;
  return -1;
}

}  // namespace parley::events
