#include "events/background.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace parley::events {
namespace {

using std::string_view;

bool Have(string_view w) { return w == "has" || w == "have" || w == "had"; }

// Verbs of a standing relation, which "continues to" leaves a state rather than a new
// act: "continues to occupy", "continued to back". An act repeated ("continued to
// press the EC", "continued to shell the city") is still an event.
bool StandingVerb(string_view w) {
  static constexpr std::array<string_view, 13> kStems = {"support", "back",    "occup",  "control", "recogni",
                                                         "host",    "fund",    "financ", "arm",     "shelter",
                                                         "harbo",   "sponsor", "ally"};
  for (string_view stem : kStems)
    if (w.starts_with(stem)) return true;
  return false;
}

}  // namespace

BackgroundKind DetectBackground(const LexiconData& lex, const text::TokenizedText& tt, const text::SentenceSpan& s,
                                uint32_t anchor) {
  const int64_t begin = static_cast<int64_t>(s.tok_begin);
  if (anchor < s.tok_begin || anchor >= s.tok_end) return BackgroundKind::kNone;
  auto w = [&](int64_t t) { return t >= begin && t < int64_t(anchor) ? tt.Norm(t) : string_view(); };
  int64_t k = int64_t(anchor) - 1;
  // Adverbs between a relative pronoun or "has" and the verb: "which still controls".
  while (k >= begin && k < int64_t(anchor) && lex.Is(tt.tokens[k].word, kRelativeAdverb)) --k;
  // "has long supported", "have long backed".
  if (w(k) == "long" && Have(w(k - 1))) return BackgroundKind::kLongStanding;
  // "has for years supported", "have for decades backed".
  if ((w(k) == "years" || w(k) == "decades") && w(k - 1) == "for" && Have(w(k - 2)))
    return BackgroundKind::kLongStanding;
  // "continues to occupy", "continued to back".
  if (w(k) == "to" && w(k - 1).starts_with("continu") && StandingVerb(tt.Norm(anchor)))
    return BackgroundKind::kLongStanding;
  // "which occupies", "who backs": a relative clause in the present tense. A past form
  // ("which attacked ... on Monday") reports an event; "has/have" + participle is left
  // to the time rules.
  if (w(k) == "which" || w(k) == "who") {
    const uint32_t cls = lex.ClassOf(tt.tokens[anchor].word);
    if (!(cls & (kPastForm | kGerundForm))) return BackgroundKind::kRelativeState;
  }
  return BackgroundKind::kNone;
}

}  // namespace parley::events
