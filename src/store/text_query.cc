// The search box syntax (include/parley/store_search.h): words, "phrases", word*
// prefixes, OR and -excluded terms, parsed once for both databases.
#include <fmt/format.h>

#include <cctype>

#include "parley/store.h"
#include "text/utf8.h"

namespace parley {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Letters and digits: ASCII ones and every byte of a multi-byte UTF-8 character.
bool IsWordByte(char c) {
  auto u = static_cast<unsigned char>(c);
  return u >= 0x80 || std::isalnum(u);
}

bool HasWordByte(std::string_view s) {
  for (char c : s)
    if (IsWordByte(c)) return true;
  return false;
}

// One token of the query: a term (perhaps -excluded), or the OR operator.
struct Token {
  SearchTerm term;
  bool exclude = false;
  bool is_or = false;
};

// Reads the token at q[*i] into *t; false at the end of q or (with *error set) on a
// bad token.
bool NextToken(std::string_view q, std::size_t* i, Token* t, std::string* error) {
  while (*i < q.size() && IsSpace(q[*i])) ++*i;
  if (*i >= q.size()) return false;
  *t = Token();
  if (q[*i] == '-' && *i + 1 < q.size() && !IsSpace(q[*i + 1])) t->exclude = true, ++*i;
  if (q[*i] == '"') {
    std::size_t close = q.find('"', *i + 1);
    if (close == std::string_view::npos) {
      *error = "q: unbalanced quote: a phrase needs a closing \"";
      return false;
    }
    t->term.text = std::string(q.substr(*i + 1, close - *i - 1));
    t->term.phrase = true;
    *i = close + 1;
    return true;
  }
  std::size_t begin = *i;
  while (*i < q.size() && !IsSpace(q[*i]) && q[*i] != '"') ++*i;
  std::string word(q.substr(begin, *i - begin));
  if (word == "OR" && !t->exclude) {
    t->is_or = true;
    return true;
  }
  if (word.find('*') != std::string::npos) {
    std::string stem = word.substr(0, word.size() - 1);
    bool ok = word.back() == '*' && !stem.empty() && stem.find('*') == std::string::npos;
    for (char c : stem) ok = ok && IsWordByte(c);
    if (!ok) {
      *error = fmt::format("q: '*' only ends a word of letters or digits, as in negot* (got '{}')", word);
      return false;
    }
    word = stem;
    t->term.prefix = true;
  }
  t->term.text = std::move(word);
  return true;
}

// "" when q may be parsed, else the message.
std::string CheckText(std::string_view q) {
  if (q.size() > kMaxSearchQueryBytes) return fmt::format("q: at most {} bytes (got {})", kMaxSearchQueryBytes, q.size());
  if (text::CountInvalidUtf8(q)) return "q: not valid UTF-8";
  for (char c : q)
    if (static_cast<unsigned char>(c) < 0x20 && !IsSpace(c)) return "q: control characters";
  for (char c : q)
    if (!IsSpace(c)) return "";
  return "q: give words to search for";
}

// Groups the tokens into *out: a term starts a group unless OR joins it to the last.
std::string Parse(std::string_view q, TextQuery* out) {
  if (std::string bad = CheckText(q); !bad.empty()) return bad;
  const std::string kOrSides = "q: OR needs a word to find on each side";
  std::size_t i = 0, terms = 0;
  bool pending_or = false, last_was_term = false;
  Token t;
  std::string error;
  while (NextToken(q, &i, &t, &error)) {
    if (t.is_or) {
      if (!last_was_term || pending_or) return kOrSides;
      pending_or = true;
      continue;
    }
    if (++terms > kMaxSearchTerms) return fmt::format("q: at most {} words or phrases", kMaxSearchTerms);
    last_was_term = false;
    if (t.exclude) {
      if (pending_or) return "q: OR joins words to find, not -excluded ones";
      if (HasWordByte(t.term.text)) out->excluded.push_back(std::move(t.term));
      continue;
    }
    if (!HasWordByte(t.term.text)) {  // punctuation alone: nothing a tokenizer keeps
      if (pending_or) return kOrSides;
      continue;
    }
    if (pending_or)
      out->groups.back().push_back(std::move(t.term));
    else
      out->groups.push_back({std::move(t.term)});
    pending_or = false;
    last_was_term = true;
  }
  if (!error.empty()) return error;
  if (pending_or) return kOrSides;
  if (out->groups.empty())
    return out->excluded.empty() ? "q: no letters or digits to search for"
                                 : "q: nothing to find: give a word that is not -excluded";
  return "";
}

}  // namespace

Result<TextQuery> ParseTextQuery(std::string_view q) {
  TextQuery out;
  if (std::string bad = Parse(q, &out); !bad.empty()) return Status::InvalidArgument(bad);
  return out;
}

}  // namespace parley
