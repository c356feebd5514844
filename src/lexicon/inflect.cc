#include "lexicon/inflect.h"

#include <algorithm>

namespace parley::lexicon {
namespace {

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// One-syllable consonant-vowel-consonant verbs double the last letter: stop, ban, plan.
bool DoublesFinalConsonant(std::string_view w) {
  if (w.size() < 3) return false;
  char last = w.back(), mid = w[w.size() - 2], before = w[w.size() - 3];
  if (IsVowel(last) || last == 'w' || last == 'x' || last == 'y') return false;
  if (!IsVowel(mid) || IsVowel(before)) return false;
  int groups = 0;
  bool in_vowel = false;
  for (char c : w) {
    bool v = IsVowel(c) || c == 'y';
    if (v && !in_vowel) ++groups;
    in_vowel = v;
  }
  return groups == 1;
}

}  // namespace

void Inflector::AddIrregular(std::string_view lemma, std::string_view form) {
  irregular_[std::string(lemma)].emplace_back(form);
}

std::vector<InflectedForm> Inflector::Forms(std::string_view lemma) const {
  std::string w(lemma);
  std::vector<InflectedForm> out;
  out.push_back({w, VerbForm::kBase});
  if (w.empty()) return out;
  // A lemma in the irregular table lists every form that differs from it.
  if (auto it = irregular_.find(w); it != irregular_.end()) {
    for (const std::string& f : it->second) {
      VerbForm form = EndsWith(f, "ing")                         ? VerbForm::kGerund
                      : (EndsWith(f, "s") && !EndsWith(f, "ss")) ? VerbForm::kThirdPerson
                                                                 : VerbForm::kPast;
      if (std::none_of(out.begin(), out.end(), [&](const InflectedForm& x) { return x.text == f; }))
        out.push_back({f, form});
    }
    return out;
  }
  char last = w.back();
  bool cons_y = last == 'y' && w.size() > 1 && !IsVowel(w[w.size() - 2]);
  // Third person singular.
  if (EndsWith(w, "s") || EndsWith(w, "x") || EndsWith(w, "z") || EndsWith(w, "ch") || EndsWith(w, "sh") ||
      (EndsWith(w, "o") && !EndsWith(w, "oo")))
    out.push_back({w + "es", VerbForm::kThirdPerson});
  else if (cons_y)
    out.push_back({w.substr(0, w.size() - 1) + "ies", VerbForm::kThirdPerson});
  else
    out.push_back({w + "s", VerbForm::kThirdPerson});
  // Past and participle.
  bool doubles = DoublesFinalConsonant(w);
  if (last == 'e')
    out.push_back({w + "d", VerbForm::kPast});
  else if (cons_y)
    out.push_back({w.substr(0, w.size() - 1) + "ied", VerbForm::kPast});
  else if (doubles)
    out.push_back({w + last + "ed", VerbForm::kPast});
  else
    out.push_back({w + "ed", VerbForm::kPast});
  // Gerund.
  if (EndsWith(w, "ie"))
    out.push_back({w.substr(0, w.size() - 2) + "ying", VerbForm::kGerund});
  else if (last == 'e' && !EndsWith(w, "ee") && !EndsWith(w, "ye") && !EndsWith(w, "oe") && w.size() > 2)
    out.push_back({w.substr(0, w.size() - 1) + "ing", VerbForm::kGerund});
  else if (doubles)
    out.push_back({w + last + "ing", VerbForm::kGerund});
  else
    out.push_back({w + "ing", VerbForm::kGerund});
  return out;
}

}  // namespace parley::lexicon
