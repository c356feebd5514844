#pragma once
// SentenceTree: the dependency parse of one sentence, aligned with the sentence's
// tokens (word i is token tok_begin + i), with a child index for walking down. Built
// by the coder from syntax::Parser output; read by the tree role finder.
#include <cstdint>
#include <string_view>
#include <vector>

#include "syntax/parser.h"

namespace parley::events {

class SentenceTree {
 public:
  // Takes the parser's words for the tokens [tok_begin, tok_begin + words.size()).
  void Assign(uint32_t tok_begin, const std::vector<syntax::Word>& words);
  void Clear() { words_.clear(); }
  bool empty() const { return words_.empty(); }

  bool Covers(uint32_t tok) const { return tok >= tok_begin_ && tok - tok_begin_ < words_.size(); }
  uint32_t tok_begin() const { return tok_begin_; }
  uint32_t tok_end() const { return tok_begin_ + static_cast<uint32_t>(words_.size()); }

  // Token-indexed accessors (tok must be covered).
  syntax::Upos Upos(uint32_t tok) const { return words_[tok - tok_begin_].upos; }
  uint8_t Deprel(uint32_t tok) const { return words_[tok - tok_begin_].deprel; }
  // The head's token, or -1 for the root.
  int64_t Head(uint32_t tok) const {
    int32_t h = words_[tok - tok_begin_].head;
    return h < 0 ? -1 : static_cast<int64_t>(tok_begin_) + h;
  }
  // The dependents of tok, as tokens, in text order.
  const uint32_t* ChildrenBegin(uint32_t tok) const { return children_.data() + child_begin_[tok - tok_begin_]; }
  const uint32_t* ChildrenEnd(uint32_t tok) const { return children_.data() + child_begin_[tok - tok_begin_ + 1]; }
  // The first child of tok with relation `deprel`, or -1.
  int64_t Child(uint32_t tok, uint8_t deprel) const;
  bool HasChild(uint32_t tok, uint8_t deprel) const { return Child(tok, deprel) >= 0; }

 private:
  uint32_t tok_begin_ = 0;
  std::vector<syntax::Word> words_;
  std::vector<uint32_t> child_begin_;  // size words + 1
  std::vector<uint32_t> children_;     // tokens
};

}  // namespace parley::events
