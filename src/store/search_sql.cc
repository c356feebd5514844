#include "store/search_sql.h"

namespace parley::store {
namespace {

std::string Fts5Term(const SearchTerm& t) {
  // The parser lets no '"' into a term, so the quoted string needs no escaping.
  return "\"" + t.text + "\"" + (t.prefix ? " *" : "");
}

std::string PgTerm(const SearchTerm& t, const ParamFn& param) {
  // A prefix stays one lexeme: to_tsquery of the quoted word (the parser allows only
  // letters and digits before '*', so quote_literal has nothing to escape but keeps
  // to_tsquery from reading operators).
  if (t.prefix) return "to_tsquery('english', quote_literal(" + param(t.text) + ") || ':*')";
  return "phraseto_tsquery('english', " + param(t.text) + ")";
}

template <typename TermFn>
std::string Render(const TextQuery& q, TermFn term, const char* and_op, const char* or_op) {
  std::string all;
  for (const auto& group : q.groups) {
    std::string any;
    for (const SearchTerm& t : group) any += (any.empty() ? "" : or_op) + term(t);
    all += (all.empty() ? "(" : and_op) + ("(" + any + ")");
  }
  return all + ")";
}

}  // namespace

std::string Fts5Match(const TextQuery& q) {
  std::string expr = Render(q, Fts5Term, " AND ", " OR ");
  for (const SearchTerm& t : q.excluded) expr = "(" + expr + " NOT " + Fts5Term(t) + ")";
  return expr;
}

std::string PgTsQuery(const TextQuery& q, const ParamFn& param) {
  auto term = [&](const SearchTerm& t) { return PgTerm(t, param); };
  std::string expr = Render(q, term, " && ", " || ");
  for (const SearchTerm& t : q.excluded) expr = "(" + expr + " && !!" + term(t) + ")";
  return expr;
}

std::vector<TextMatch> MarkedRanges(const std::string& text, const std::string& marked) {
  std::vector<TextMatch> out;
  std::size_t i = 0;  // position in text
  bool open = false;
  for (char c : marked) {
    if (i < text.size() && c == text[i]) {
      ++i;
      continue;
    }
    if (c == kMarkOpen && !open) {
      out.push_back({i, i});
      open = true;
    } else if (c == kMarkClose && open) {
      out.back().end = i;
      open = false;
    } else {
      return {};  // not the text with marks
    }
  }
  if (open || i != text.size()) return {};
  std::vector<TextMatch> joined;
  for (const TextMatch& m : out) {
    if (m.start == m.end) continue;
    bool gap_is_space = !joined.empty();
    for (std::size_t k = joined.empty() ? 0 : joined.back().end; gap_is_space && k < m.start; ++k)
      gap_is_space = text[k] == ' ' || text[k] == '-';
    if (gap_is_space)
      joined.back().end = m.end;
    else
      joined.push_back(m);
  }
  return joined;
}

}  // namespace parley::store
