#include "events/clause_filters.h"

#include <algorithm>

namespace parley::events {

using match::Mention;
using match::PatternMatch;

// An intention verb followed by "to" + another event ("agreed to release") gives
// way to that event, which carries the intention as its modality.
bool ClauseFilters::HasVerb(const PatternMatch& m) const {
  const auto& p = lex_.patterns[m.pattern];
  return p.elements[static_cast<std::size_t>(p.anchor)].kind == lexicon::PatternElement::Kind::kVerb &&
         !UsedAsNoun(m.anchor);
}

// "a brief private visit to X": a verb word after a determiner (and at most two
// plain modifiers) is a noun here.
bool ClauseFilters::UsedAsNoun(uint32_t anchor) const {
  // "in protest against", "amid protests", "on strike": after a preposition a verb
  // word (not an -ing form) is a noun.
  if (anchor > begin_ && !(Cls(anchor) & kGerundForm) && Is(anchor - 1, kNounAfter)) return true;
  for (uint32_t k = 1; k <= 3 && anchor >= begin_ + k; ++k) {
    uint32_t t = anchor - k;
    if ((Cls(t) & kDeterminer) || Norm(t) == "'s") return true;
    const text::Token& tok = tt_.tokens[t];
    if (!tok.Has(text::kWord) || tok.Has(text::kCapitalized) || tok.Has(text::kAllCaps) || Cls(t) != 0) return false;
    // "Gondor's new mayor left": an actor noun ends the subject; the verb follows it.
    for (const Mention& mention : in_.actors->mentions)
      if (mention.tok_begin <= t && t < mention.tok_end) return false;
  }
  return false;
}

// "Armacost will visit Tokyo for meetings with officials", "arrived in Bonn for talks
// with Kohl": the talks of a visit are an event of their own (a consultation, 04x),
// not what the visit is about.
bool ClauseFilters::VisitForTalks(const PatternMatch& visit, const PatternMatch& talks) const {
  const std::string& v = lex_.patterns[visit.pattern].code;
  const std::string& t = lex_.patterns[talks.pattern].code;
  return (v == "042" || v == "043" || v == "044") && t.starts_with("04") && talks.anchor > begin_ &&
         Norm(talks.anchor - 1) == "for";
}

// No clause boundary between tokens a and b (a < b).
bool ClauseFilters::SameClause(uint32_t a, uint32_t b) const {
  for (uint32_t t = a; t < b; ++t)
    if (Cls(t) & kClauseBoundary) return false;
  return true;
}

// A match whose trigger lies inside a more specific match ("withdrew its bid to host
// ... in favour of Baku") belongs to that match. So does an event noun that is the
// object or reason of an earlier event verb ("claimed responsibility for the assault
// on X", "praised Turkey for ratifying ..."): CAMEO codes only the main event.
bool ClauseFilters::Subsumed(std::size_t i) const {
  const PatternMatch& a = (*in_.matches)[i];
  const int spec = lex_.patterns[a.pattern].specificity;
  if (a.anchor > begin_ && (Cls(a.anchor) & kGerundForm)) {
    auto reason = [&](uint32_t g) {
      std::string_view prev = Norm(g - 1);
      return prev == "for" || prev == "of" || prev == "after" || prev == "before" || prev == "by";
    };
    if (reason(a.anchor)) return true;
    // "detained for stoning police, attacking troops and damaging buildings": the
    // later gerunds of the list are reasons too.
    const std::string_view prev = Norm(a.anchor - 1);
    if (prev == "," || (Cls(a.anchor - 1) & kConjunction)) {
      for (uint32_t g = a.anchor - 1, n = 0; g > begin_ + 1 && n < 10; --g, ++n) {
        if ((Cls(g - 1) & kClauseBoundary) || ((Cls(g - 1) & kVerbForm) && !(Cls(g - 1) & kGerundForm))) break;
        if ((Cls(g - 1) & kGerundForm) && g - 1 > begin_ && reason(g - 1)) return true;
      }
    }
  }
  for (const PatternMatch& b : *in_.matches) {
    if (b.anchor == a.anchor) continue;
    if (!HasVerb(a) && HasVerb(b) && b.anchor < a.anchor && SameClause(b.anchor, a.anchor) &&
        !(Cls(b.anchor) & kIntentVerb) && !VisitForTalks(b, a))
      return true;
    if ((Cls(a.anchor) & kIntentVerb) && b.anchor > a.anchor && b.anchor <= a.anchor + 4 && b.anchor > begin_ &&
        Norm(b.anchor - 1) == "to")
      return true;
    if (b.first <= a.anchor && a.anchor < b.last && lex_.patterns[b.pattern].specificity > spec &&
        !(Cls(b.anchor) & kIntentVerb))
      return true;
  }
  return false;
}

// "urged Egypt to free the activist", "asked Spain to recognise ...": an infinitive
// after another event verb (not an intention verb) is what was asked for, not done.
bool ClauseFilters::IsComplementOfEvent(const PatternMatch& m) const {
  if (m.anchor <= begin_ || Norm(m.anchor - 1) != "to") return false;
  for (const PatternMatch& b : *in_.matches)
    if (b.anchor < m.anchor && b.anchor + 12 >= m.anchor && SameClause(b.anchor, m.anchor) &&
        !(Cls(b.anchor) & kIntentVerb))
      return true;
  return false;
}

// "Moscow demanded that Kyiv pull its troops out": a verb in a that-clause after an
// appeal or demand (urge, demand, insist ...) is what was asked for, which CAMEO codes
// in the appeal alone (1056, not 0874 as well). "noted that X attacked Y" reports an
// event and is not affected.
bool ClauseFilters::InThatClauseOfEvent(const PatternMatch& m) const {
  if (!HasVerb(m)) return false;
  for (const PatternMatch& b : *in_.matches) {
    if (b.anchor >= m.anchor || b.anchor + 12 < m.anchor || !HasVerb(b) || (Cls(b.anchor) & kIntentVerb)) continue;
    // Only appeals (02) and demands (10) have a that-clause for content.
    const std::string& code = lex_.patterns[b.pattern].code;
    if (code.compare(0, 2, "02") != 0 && code.compare(0, 2, "10") != 0) continue;
    if (!SameClause(b.anchor, m.anchor)) continue;
    for (uint32_t x = b.anchor + 1; x < m.anchor; ++x)
      if (Norm(x) == "that" && x + 1 < m.anchor) return true;
  }
  return false;
}

}  // namespace parley::events
