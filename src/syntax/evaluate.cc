// Parser evaluation: see evaluate.h.
#include "syntax/evaluate.h"

#include <chrono>

namespace parley::syntax {

double EvalScores::F1(uint8_t deprel) const {
  const double p = predicted[deprel] ? static_cast<double>(correct[deprel]) / predicted[deprel] : 0;
  const double r = gold[deprel] ? static_cast<double>(correct[deprel]) / gold[deprel] : 0;
  return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

EvalScores Evaluate(Parser* parser, const std::vector<ConlluSentence>& gold) {
  EvalScores s;
  std::vector<std::string_view> forms;
  std::vector<Word> words;
  for (const ConlluSentence& g : gold) {
    forms.assign(g.forms.begin(), g.forms.end());
    auto t0 = std::chrono::steady_clock::now();
    parser->Parse(forms, &words);
    s.parse_seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    ++s.sentences;
    for (std::size_t i = 0; i < words.size(); ++i) {
      const Word& w = words[i];
      ++s.words;
      s.upos_ok += w.upos == g.upos[i];
      const bool head_ok = w.head == g.heads[i];
      s.uas_ok += head_ok;
      s.las_ok += head_ok && UniversalDeprel(w.deprel) == UniversalDeprel(g.deprels[i]);
      ++s.gold[g.deprels[i] % kNumDeprels];
      ++s.predicted[w.deprel % kNumDeprels];
      s.correct[w.deprel % kNumDeprels] += head_ok && w.deprel == g.deprels[i];
    }
  }
  return s;
}

}  // namespace parley::syntax
