#pragma once
// Scores a Parser against gold CoNLL-U sentences with the CoNLL 2018 definitions:
// every word counts (punctuation included); UAS compares heads; LAS compares heads and
// the universal part of the relation ("nsubj:pass" scores as "nsubj"). Per-relation
// precision/recall use full labels.
#include <array>
#include <cstddef>
#include <vector>

#include "syntax/conllu.h"
#include "syntax/parser.h"

namespace parley::syntax {

struct EvalScores {
  std::size_t sentences = 0, words = 0, upos_ok = 0, uas_ok = 0, las_ok = 0;
  double parse_seconds = 0;  // time spent in Parser::Parse only
  // Per full relation (by DeprelId): gold arcs, predicted arcs, correct (head + label).
  std::array<std::size_t, kNumDeprels> gold{}, predicted{}, correct{};

  double Upos() const { return words ? static_cast<double>(upos_ok) / words : 0; }
  double Uas() const { return words ? static_cast<double>(uas_ok) / words : 0; }
  double Las() const { return words ? static_cast<double>(las_ok) / words : 0; }
  double WordsPerSecond() const { return parse_seconds > 0 ? words / parse_seconds : 0; }
  double F1(uint8_t deprel) const;
};

EvalScores Evaluate(Parser* parser, const std::vector<ConlluSentence>& gold);

}  // namespace parley::syntax
