#include "discourse/story_era.h"

#include <algorithm>
#include <set>
#include <utility>
#include <vector>

namespace parley::discourse {
namespace {

using Span = std::pair<int, int>;  // [from, to], yyyymmdd inclusive

// The dated roles of the longest capitalised name that starts at token i, or nothing.
std::vector<Span> DatedRolesAt(const lexicon::PhraseDictionary& dict, const text::TokenizedText& tt, uint32_t i,
                               uint32_t* length) {
  std::vector<Span> best;
  *length = 0;
  if (!tt.tokens[i].Has(text::kCapitalized) && !tt.tokens[i].Has(text::kAllCaps)) return best;
  uint32_t node = 0;
  for (uint32_t j = i; j < tt.tokens.size() && j < i + 8; ++j) {
    if (tt.tokens[j].word == 0) break;
    node = dict.trie().Child(node, tt.tokens[j].word);
    if (node == 0) break;
    const std::vector<uint32_t>& payload = dict.trie().Payload(node);
    if (payload.empty()) continue;
    std::vector<Span> spans;
    bool undated = false;
    for (uint32_t idx : payload) {
      const lexicon::PhraseEntry& e = dict.entries()[idx];
      if (e.dated)
        spans.emplace_back(e.from, e.to);
      else
        undated = true;
    }
    // A name that also has an undated role ("Moscow", a party's plain name) is no
    // evidence of a time.
    best = undated ? std::vector<Span>() : std::move(spans);
    *length = j - i + 1;
  }
  return best;
}

}  // namespace

int EstimateStoryEra(const LexiconData& lex, const text::TokenizedText& tt) {
  // Each distinct name once: "Blair ... Blair ... Blair" is one witness.
  std::set<uint32_t> seen_names;  // trie node of the name's first word (cheap identity)
  std::vector<std::vector<Span>> names;
  for (uint32_t i = 0; i < tt.tokens.size();) {
    uint32_t length = 0;
    std::vector<Span> spans = DatedRolesAt(lex.actors, tt, i, &length);
    if (length == 0) {
      ++i;
      continue;
    }
    uint32_t key = 0;
    for (uint32_t j = i; j < i + length; ++j) key = key * 131 + tt.tokens[j].word;
    if (!spans.empty() && seen_names.insert(key).second) names.push_back(std::move(spans));
    i += length;
  }
  if (names.size() < 2) return 0;
  // Candidate points: every role's first and last day; a point's score is the number
  // of names holding a role on it. The latest point of the best score wins, moved back
  // to the middle of the run of days with that score.
  std::vector<int> points;
  for (const auto& spans : names)
    for (const Span& s : spans) {
      points.push_back(s.first);
      if (s.second != lexicon::kNoDateLimit) points.push_back(s.second);
    }
  std::sort(points.begin(), points.end());
  points.erase(std::unique(points.begin(), points.end()), points.end());
  auto score = [&](int d) {
    int n = 0;
    for (const auto& spans : names)
      for (const Span& s : spans)
        if (s.first <= d && d <= s.second) {
          ++n;
          break;
        }
    return n;
  };
  int best = 0, best_point = 0;
  for (int d : points) {
    int n = score(d);
    if (n >= best) best = n, best_point = d;
  }
  if (best < 2) return 0;
  // The run of candidate points with the best score that ends at best_point.
  int first = best_point;
  for (auto it = std::find(points.begin(), points.end(), best_point); it != points.begin();) {
    --it;
    if (score(*it) != best) break;
    first = *it;
  }
  // Midpoint by year and month is close enough for role ranges; keep it a valid date.
  if (first == best_point) return best_point;
  const int y1 = first / 10000, m1 = first / 100 % 100, y2 = best_point / 10000, m2 = best_point / 100 % 100;
  const int months = ((y1 * 12 + m1 - 1) + (y2 * 12 + m2 - 1)) / 2;
  const int mid = (months / 12) * 10000 + (months % 12 + 1) * 100 + 15;
  // Two roles that only abut ("..1997-05-01", "1997-05-02..") leave a gap in the run.
  return score(mid) == best ? mid : best_point;
}

}  // namespace parley::discourse
