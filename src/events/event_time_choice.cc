#include <algorithm>
#include <cstdint>
#include <string_view>

#include "events/event_time.h"
#include "text/date_words.h"

// Which time expression dates an event, and whether that date is history.
namespace parley::events {
namespace {

using std::string_view;

// Labels clauses left to right: the main clause, a clause opened by a relative pronoun or
// a subordinator (which ends at the next comma, back in the main clause), a clause after
// ";" or "but" (a new main clause). Tokens of a time expression never open a clause.
// Calls visit(expression or nullptr, token, clause) for every expression and token.
template <class Visit>
void WalkClauses(const LexiconData& lex, const text::TokenizedText& tt, const std::vector<TimeExpr>& exprs,
                 uint32_t begin, uint32_t end, Visit visit) {
  size_t x = 0;  // next expression by position
  while (x < exprs.size() && exprs[x].tok_begin < begin) ++x;
  uint32_t main_clause = 0, cur = 0, next_id = 1;
  for (uint32_t t = begin; t < end; ++t) {
    if (x < exprs.size() && exprs[x].tok_begin == t) {
      visit(&exprs[x], t, cur);
      t = std::max(t, exprs[x++].tok_end - 1);
      continue;
    }
    string_view w = tt.Norm(t);
    if (w == ";" || w == "but")
      main_clause = cur = next_id++;
    else if (lex.Is(tt.tokens[t].word, kTimeClauseOpener))
      cur = next_id++;
    visit(nullptr, t, cur);
    if (w == "," && cur != main_clause) cur = main_clause;
  }
}

}  // namespace

// Two walks, no allocation: the anchor's clause, then the nearest expression in it.
const TimeExpr* EventTime(const LexiconData& lex, const text::TokenizedText& tt, const std::vector<TimeExpr>& exprs,
                          uint32_t sentence_begin, uint32_t sentence_end, uint32_t anchor) {
  sentence_end = std::min<uint32_t>(sentence_end, static_cast<uint32_t>(tt.tokens.size()));
  if (anchor < sentence_begin || anchor >= sentence_end) return nullptr;
  uint32_t anchor_clause = 0;
  WalkClauses(lex, tt, exprs, sentence_begin, sentence_end, [&](const TimeExpr* e, uint32_t t, uint32_t c) {
    if (e ? (e->tok_begin <= anchor && anchor < e->tok_end) : t == anchor) anchor_clause = c;
  });
  const TimeExpr* best = nullptr;
  uint32_t best_dist = UINT32_MAX;
  WalkClauses(lex, tt, exprs, sentence_begin, sentence_end, [&](const TimeExpr* e, uint32_t, uint32_t c) {
    if (!e || c != anchor_clause) return;
    uint32_t dist = anchor < e->tok_begin ? e->tok_begin - anchor : anchor >= e->tok_end ? anchor - e->tok_end + 1 : 0;
    if (dist < best_dist) best = e, best_dist = dist;
  });
  return best;
}

bool Historical(int event_date, int story_date) {
  if (event_date <= 0 || story_date <= 0) return false;
  int y = event_date / 10000, m = event_date / 100 % 100, d = event_date % 100;
  if (m == 0) m = 12, d = 31;
  if (d == 0) d = text::LastDayOfMonth(y, m);
  int sy = story_date / 10000, sm = story_date / 100 % 100, sd = story_date % 100;
  return text::DaysFromCivil(sy, sm ? sm : 1, sd ? sd : 1) - text::DaysFromCivil(y, m, d) > 30;
}

}  // namespace parley::events
