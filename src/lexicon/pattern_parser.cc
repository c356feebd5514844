#include "lexicon/pattern_parser.h"

#include "lexicon/line_reader.h"
#include "text/tokenizer.h"

namespace parley::lexicon {
namespace {

bool ValidLiteral(std::string_view w) {
  if (w.empty()) return false;
  for (char c : w) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '\'' || c == '-' || c == '.' || c == '$' ||
              static_cast<unsigned char>(c) >= 0x80;
    if (!ok) return false;
  }
  return true;
}

}  // namespace

std::string ParsePattern(std::string_view text, Vocabulary* vocab, const Inflector& inflector, Pattern* out) {
  out->elements.clear();
  out->anchor = -1;
  out->specificity = 0;
  int verb_index = -1;
  for (std::string_view part : SplitAlternatives(text, ' ')) {
    PatternElement el;
    if (part == "..") {
      el.kind = PatternElement::Kind::kGap;
    } else if (part == "+") {
      el.kind = PatternElement::Kind::kTarget;
    } else if (part == "$") {
      el.kind = PatternElement::Kind::kSource;
    } else if (part.front() == '{') {
      if (part.back() != '}' || part.size() < 3) return "unclosed verb '" + std::string(part) + "'";
      if (verb_index >= 0) return "more than one {verb}";
      el.kind = PatternElement::Kind::kVerb;
      for (std::string_view lemma : SplitAlternatives(part.substr(1, part.size() - 2))) {
        if (!ValidLiteral(lemma)) return "bad verb lemma '" + std::string(lemma) + "'";
        for (const InflectedForm& f : inflector.Forms(lemma)) el.words.push_back(vocab->Intern(f.text));
      }
      verb_index = static_cast<int>(out->elements.size());
    } else {
      el.kind = PatternElement::Kind::kWord;
      std::vector<std::string_view> alts = SplitAlternatives(part);
      if (alts.empty()) return "empty element";
      // A single literal that the tokenizer splits (cease-fire, U.S.) becomes a sequence.
      if (alts.size() == 1 && alts[0].back() != '*') {
        std::vector<std::string> toks = text::TokenizePhrase(alts[0]);
        if (toks.size() > 1) {
          for (const std::string& t : toks) {
            PatternElement w;
            w.words.push_back(vocab->Intern(t));
            out->elements.push_back(std::move(w));
            ++out->specificity;
          }
          continue;
        }
      }
      for (std::string_view alt : alts) {
        bool prefix = alt.back() == '*';
        std::string_view w = prefix ? alt.substr(0, alt.size() - 1) : alt;
        if (!ValidLiteral(w)) return "bad word '" + std::string(alt) + "' (lower case letters, digits, ' and - only)";
        if (prefix)
          el.prefixes.emplace_back(w);
        else
          el.words.push_back(vocab->Intern(w));
      }
    }
    if (el.kind == PatternElement::Kind::kWord || el.kind == PatternElement::Kind::kVerb) ++out->specificity;
    out->elements.push_back(std::move(el));
  }
  if (out->elements.empty()) return "empty pattern";
  if (verb_index >= 0) {
    out->anchor = verb_index;
  } else {
    for (std::size_t i = 0; i < out->elements.size(); ++i)
      if (out->elements[i].kind == PatternElement::Kind::kWord) {
        out->anchor = static_cast<int>(i);
        break;
      }
  }
  if (out->anchor < 0) return "a pattern needs a {verb} or a word";
  const PatternElement& a = out->elements[static_cast<std::size_t>(out->anchor)];
  if (a.kind == PatternElement::Kind::kWord && a.words.empty() && a.prefixes.empty()) return "empty anchor";
  return "";
}

std::string ParsePatternFlags(std::string_view flags, Pattern* out) {
  for (std::string_view f : SplitAlternatives(flags, ',')) {
    if (f == "recip")
      out->recip = true;
    else if (f == "intent")
      out->intent = true;
    else if (f == "passive-ok") {
    } else
      return "unknown flag '" + std::string(f) + "'";
  }
  return "";
}

}  // namespace parley::lexicon
