#include "discourse/actor_country.h"

#include <set>

namespace parley::discourse {

SentenceCountries::SentenceCountries(const LexiconData& lex, const text::TokenizedText& tt, const text::SentenceSpan& s,
                                     const match::SentenceActors& actors)
    : lex_(lex), tt_(tt), s_(s), actors_(actors) {
  FindSpeaker();
  FindPlace();
}

std::string SentenceCountries::GroupCountry(std::size_t g) const {
  const match::MentionGroup& group = actors_.groups[g];
  std::string country;
  for (uint32_t m : group.members) {
    const std::string& code = actors_.mentions[m].code;
    if (!HasCountry(code)) return "";
    if (!country.empty() && code.compare(0, 3, country) != 0) return "";  // "Iran and Iraq said"
    country = code.substr(0, 3);
  }
  return country;
}

// "Iraq said ...", "Chad's military high command said today ...", "..., said Iraq's
// army": a country-coded group right before a speech verb (at most two words between,
// "said today", "has said"; "The Reagan announcement earlier today said": a statement
// noun and two words) or right after one.
void SentenceCountries::FindSpeaker() {
  for (std::size_t t = s_.tok_begin; t < s_.tok_end; ++t) {
    if (!(lex_.ClassOf(tt_.tokens[t].word) & kSpeech)) continue;
    for (std::size_t g = 0; g < actors_.groups.size(); ++g) {
      const match::MentionGroup& group = actors_.groups[g];
      if (actors_.mentions[group.members.front()].locative) continue;
      const bool statement = group.tok_end < t && (lex_.ClassOf(tt_.tokens[group.tok_end].word) & kStatementNoun);
      bool before = group.tok_end <= t && group.tok_end + (statement ? 3 : 2) >= t;
      bool after = group.tok_begin == t + 1 ||
                   (group.tok_begin == t + 2 && (lex_.ClassOf(tt_.tokens[t + 1].word) & kDeterminer));
      if (!before && !after) continue;
      std::string c = GroupCountry(g);
      if (!c.empty()) {
        speaker_ = c;
        return;
      }
    }
  }
}

// The one country of the places the sentence names ("in the southern Philippines",
// "in Lahore"); none when it names places in two countries.
void SentenceCountries::FindPlace() {
  std::set<std::string> countries;
  for (const match::Mention& m : actors_.mentions) {
    if (!HasCountry(m.code)) continue;
    // "in the southern Philippines": a place preposition, then only lower-case words.
    // "in the east of the Gaza Strip": also a part of a place ("east", "outskirts") "of".
    bool place = m.locative, part = false;
    // "in eastern Canada and the northeastern United States": the members of a place's
    // compound are places too.
    for (const match::Mention& o : actors_.mentions)
      place = place || (o.locative && o.group >= 0 && o.group == m.group);
    for (uint32_t k = 1; !place && k <= (part ? 6 : 3) && m.tok_begin >= s_.tok_begin + k; ++k) {
      uint32_t t = m.tok_begin - k;
      const uint32_t c = lex_.ClassOf(tt_.tokens[t].word);
      if (c & kLocative)
        place = true;
      else if (!tt_.tokens[t].Has(text::kWord) || tt_.tokens[t].Has(text::kCapitalized))
        break;
      part = part || ((c & kPlacePart) && k >= 2 && (lex_.ClassOf(tt_.tokens[t + 1].word) & kOf));
    }
    // "in Israeli shelling", "in a Russian air strike": the attacker, not a place.
    for (uint32_t t = m.tok_end; place && t < s_.tok_end && t < m.tok_end + 3; ++t)
      if (lex_.ClassOf(tt_.tokens[t].word) & kAttackNoun) place = false;
    // "a report on U.S.-Japanese trade", "the Iran-Iraq war": a pair joined by a hyphen
    // names a topic, not where anything happens.
    auto hyphen = [&](uint32_t t) { return t >= s_.tok_begin && t < s_.tok_end && tt_.Norm(t) == "-"; };
    if (place && (hyphen(m.tok_end) || (m.tok_begin > 0 && hyphen(m.tok_begin - 1)))) place = false;
    if (place) countries.insert(m.code.substr(0, 3));
  }
  if (countries.size() == 1) place_ = *countries.begin();
}

std::string SentenceCountries::PossessorCountry(uint32_t tok) const {
  auto possessive = [&](uint32_t t) {
    std::string_view w = tt_.Norm(t);
    return w == "its" || w == "their";
  };
  if (!possessive(tok)) {
    if (tok <= s_.tok_begin || !possessive(tok - 1)) return "";
    --tok;
  }
  // "Iraq said its forces": the speaker; else the nearest country-coded actor before.
  if (!speaker_.empty()) return speaker_;
  for (std::size_t g = actors_.groups.size(); g-- > 0;) {
    const match::MentionGroup& group = actors_.groups[g];
    if (group.tok_end > tok || actors_.mentions[group.members.front()].locative) continue;
    std::string c = GroupCountry(g);
    if (!c.empty()) return c;
  }
  return "";
}

std::string SentenceCountries::CountryFromWords(uint32_t tok) const {
  std::string c = PossessorCountry(tok);
  if (c.empty()) c = speaker_;
  return c;
}

}  // namespace parley::discourse
