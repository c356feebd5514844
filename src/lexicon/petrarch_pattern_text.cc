// Reads the text of PETRARCH verb patterns ("- SAID * RELEASE_ $ [0841]",
// "- * (FOR {FINANCIAL AID}) [0231]") and their codes ([a:b], [:b], [---]).
#include <algorithm>

#include "lexicon/petrarch_verbs.h"

namespace parley::lexicon::petrarch {
namespace {

Item ClassifyToken(std::string_view tok, bool gap_before) {
  Item it;
  it.gap_before = gap_before;
  if (tok == "*")
    it.type = Item::kVerb;
  else if (tok == "$")
    it.type = Item::kSource;
  else if (tok == "+")
    it.type = Item::kTarget;
  else if (tok == "%")
    it.type = Item::kCompound;
  else if (tok == "^")
    it.type = Item::kSkip;
  else if (tok.front() == '&') {
    it.type = Item::kSynset;
    it.name = std::string(tok);
    while (!it.name.empty() && it.name.back() == '_') it.name.pop_back();
  } else {
    it.tokens = PetrarchPhraseTokens(tok);
  }
  return it;
}

// "{a | b c}" -> alternatives.
Item Alternatives(std::string_view inside, bool gap_before) {
  Item it;
  it.type = Item::kAlternatives;
  it.gap_before = gap_before;
  for (std::string_view a : SplitAlternatives(inside, '|'))
    if (Phrase p = PetrarchPhraseTokens(a); !p.empty()) it.alts.push_back(std::move(p));
  return it;
}

std::string ParseP1(const std::string& raw, std::vector<Item>* items) {
  // TABARI's "WORD_ " (a whole word) is PETRARCH's "WORD ".
  std::string text;
  for (std::size_t i = 0; i < raw.size(); ++i)
    if (!(raw[i] == '_' && i + 1 < raw.size() && raw[i + 1] == ' ')) text.push_back(raw[i]);
  bool gap = false;
  for (std::size_t i = 0; i < text.size();) {
    char c = text[i];
    if (c == ' ' || c == '\t') {
      gap = true;
      ++i;
      continue;
    }
    if (c == '_') {
      ++i;
      continue;
    }
    if (c == '{') {
      std::size_t e = text.find('}', i);
      if (e == std::string::npos) return "missing '}'";
      items->push_back(Alternatives(std::string_view(text).substr(i + 1, e - i - 1), gap));
      i = e + 1;
    } else {
      std::size_t e = text.find_first_of(" \t_", i);
      if (e == std::string::npos) e = text.size();
      items->push_back(ClassifyToken(std::string_view(text).substr(i, e - i), gap));
      i = e;
    }
    gap = false;
  }
  return "";
}

std::string ParseP2(std::string text, std::vector<Item>* items) {
  // PETRARCH-2 splits at '*' first, so "*SCEPTICAL" is the verb and a word.
  for (std::size_t p = 0; (p = text.find('*', p)) != std::string::npos; p += 3) text.replace(p, 1, " * ");
  std::replace(text.begin(), text.end(), '\t', ' ');
  bool in_pp = false, in_np = false, preposition = false, np_start = false;
  for (std::string_view raw : SplitAlternatives(text, ' ')) {
    std::string_view t = raw;
    if (!t.empty() && t.front() == '(') {
      in_pp = preposition = true;
      t.remove_prefix(1);
    }
    if (!t.empty() && t.front() == '{') {
      std::size_t close = t.find('}');
      if (std::string_view inner = t.substr(1, close == t.npos ? t.npos : close - 1); inner.find('|') != t.npos) {
        items->push_back(Alternatives(inner, true));
        continue;
      }
      in_np = np_start = true;
      t.remove_prefix(1);
    }
    bool close_np = false, close_pp = false;
    while (!t.empty() && (t.back() == ')' || t.back() == '}')) {
      (t.back() == ')' ? close_pp : close_np) = true;
      t.remove_suffix(1);
    }
    std::vector<std::string_view> parts = SplitAlternatives(t, '_');
    for (std::size_t k = 0; k < parts.size(); ++k) {
      // Words joined by '_' touch, and so do a {noun phrase}'s head and the modifier
      // before it ("{NEW &TIETYPES RELATIONS}" matches "new global economic relations",
      // not "economic trade relations"); elsewhere other words may stand between. The
      // head of a phrase (a bare word, the last word of a {noun phrase}, the words after
      // a preposition) is a noun and may be plural.
      bool touches_modifier = in_np && close_np && !np_start;
      Item it = ClassifyToken(parts[k], k == 0 && !touches_modifier);
      it.head = it.type == Item::kWords && k + 1 == parts.size() && !preposition && (!in_np || close_np);
      items->push_back(std::move(it));
    }
    if (!parts.empty()) preposition = np_start = false;
    if (close_np) in_np = false;
    if (close_pp) {
      if (!in_pp) return "')' without '('";
      in_pp = false;
    }
  }
  if (in_pp || in_np) return "unclosed '(' or '{'";
  return "";
}

}  // namespace

std::string ParsePatternText(VerbFormat format, const std::string& text, std::vector<Item>* items) {
  return format == VerbFormat::kPetrarch1 ? ParseP1(text, items) : ParseP2(text, items);
}

// Regular plural of a lower-case noun.
std::string RegularPlural(const std::string& w) {
  if (w.empty()) return w;
  bool cons_y = w.size() > 1 && w.back() == 'y' && std::string("aeiou").find(w[w.size() - 2]) == std::string::npos;
  if (cons_y) return w.substr(0, w.size() - 1) + "ies";
  if (w.back() == 's' || w.back() == 'x' || w.back() == 'z') return w + "es";
  return w + "s";
}

std::string ParseCode(std::string_view field, Code* c) {
  std::string f;
  for (char ch : field)
    if (ch != ' ' && ch != '\t') f.push_back(ch);
  std::size_t colon = f.find(':');
  if (colon == std::string::npos) {
    c->code = f;
  } else {
    std::string a = f.substr(0, colon), b = f.substr(colon + 1);
    if (a.empty() && b.empty()) return "empty code";
    if (a.empty()) {
      c->code = b;
      c->reverse_only = true;
    } else {
      c->code = a;
      if (b == a)
        c->recip = true;
      else if (b != "---")
        c->reverse = b;
    }
  }
  if (c->code.empty()) return "empty code";
  if (c->code == "###") c->code = "---";
  return "";
}

}  // namespace parley::lexicon::petrarch
