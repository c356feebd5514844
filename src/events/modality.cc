#include "events/modality.h"

namespace parley::events {

Modality DetectModality(const LexiconData& lex, const text::TokenizedText& tt,
                        const text::SentenceSpan& s, uint32_t anchor, uint32_t last,
                        bool pattern_intent) {
  const uint32_t begin = static_cast<uint32_t>(s.tok_begin), end = static_cast<uint32_t>(s.tok_end);
  auto cls = [&](uint32_t t) { return lex.ClassOf(tt.tokens[t].word); };
  bool negated = false, hypothetical = false, intended = pattern_intent;
  bool infinitive = false;
  // Look back up to 5 tokens within the clause.
  for (uint32_t k = 1; k <= 5 && anchor >= begin + k; ++k) {
    uint32_t t = anchor - k;
    uint32_t c = cls(t);
    if (c & kClauseBoundary) break;
    if (tt.Norm(t) == ",") break;
    if (c & kNegated) negated = true;
    if (c & kHypothetical) {
      // "Germany said it would send tanks": a reported "would" is the future of the
      // report, an intention; "would" elsewhere is hypothetical.
      bool reported = false;
      if (tt.Norm(t) == "would") {
        for (uint32_t j = 1; j <= 4 && t >= begin + j; ++j) {
          uint32_t x = t - j, cx = cls(x);
          if (cx & kSpeech) { reported = true; break; }
          std::string_view w = tt.Norm(x);
          bool past = (cx & kVerbForm) && w.size() > 3 && w.compare(w.size() - 2, 2, "ed") == 0;
          if (past && j >= 2) { reported = true; break; }
          if ((cx & kClauseBoundary) || w == "," || (cx & kHypothetical)) break;
        }
      }
      if (reported) intended = true;
      else hypothetical = true;
    }
    if (c & kIntended) intended = true;
    if (k == 1 && tt.Norm(t) == "to") {
      infinitive = true;
      // "agreed to release", "is ready to sign": an intention.
      for (uint32_t j = 2; j <= 3 && anchor >= begin + j; ++j)
        if (cls(anchor - j) & (kIntentVerb | kIntended)) intended = true;
    }
    if (c & kVerbForm) break;  // another event's verb: its own modality
  }
  // "signing a peace agreement ... seems increasingly realistic": a non-finite trigger
  // whose clause is qualified after it.
  bool non_finite = infinitive || (cls(anchor) & kGerundForm);
  if (non_finite) {
    for (uint32_t t = last; t < end; ++t) {
      uint32_t c = cls(t);
      if (c & kClauseBoundary) break;
      if (c & kHypotheticalAfter) { hypothetical = true; break; }
    }
  }
  if (negated) return Modality::kNegated;
  if (hypothetical) return Modality::kHypothetical;
  if (intended) return Modality::kIntended;
  return Modality::kAsserted;
}

}  // namespace parley::events
