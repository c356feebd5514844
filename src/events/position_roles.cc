#include "events/position_roles.h"

#include <algorithm>

namespace parley::events {

using match::MentionGroup;
using match::PatternMatch;

// "Russia, which has long backed the Syrian government, condemned ...", "China, a
// close ally of Islamabad, praised ...", "Jack Straw, visiting Beijing, criticised":
// when a comma-closed relative clause, apposition or participial phrase stands right
// before t, the subject is the group right before its opening comma. -1 otherwise.
int PositionRoles::SubjectBeforeInsertion(uint32_t t) const {
  // "..., also criticized", "..., has since said": adverbs and auxiliaries between the
  // insertion's closing comma and the verb.
  for (int k = 0; k < 3 && t > begin_ + 4 && Norm(t - 1) != ","; ++k) {
    const std::string_view w = Norm(t - 1);
    const bool aux = (Cls(t - 1) & (kBe | kIntended)) || w == "has" || w == "have" || w == "had";
    if (!aux && !Is(t - 1, kRelativeAdverb) && !(w.size() > 4 && w.ends_with("ly"))) return -1;
    --t;
  }
  if (t < begin_ + 4 || Norm(t - 1) != ",") return -1;
  for (uint32_t x = t - 2, n = 0; x > begin_ && n < 30; --x, ++n) {
    std::string_view w = Norm(x);
    if (w == ";" || w == ":" || w == "\"") return -1;
    if (w != ",") continue;
    std::string_view next = Norm(x + 1);
    const bool insertion = next == "which" || next == "who" || next == "whose" || next == "a" || next == "an" ||
                           next == "the" || (next.size() > 4 && next.ends_with("ing"));
    if (!insertion) return -1;
    for (std::size_t g = 0; g < in_.actors->groups.size(); ++g)
      if (in_.actors->groups[g].tok_end == x && !MentionAt(in_.actors->groups[g].members.front()).locative)
        return static_cast<int>(g);
    return -1;
  }
  return -1;
}

// The group right before token t in the same clause that could be a subject.
int PositionRoles::SubjectBefore(uint32_t t) const {
  if (int g = SubjectBeforeInsertion(t); g >= 0) return g;
  int best = -1;
  const auto& groups = in_.actors->groups;
  for (std::size_t g = 0; g < groups.size(); ++g) {
    if (groups[g].tok_end > t) break;
    bool clause_break = false;
    for (uint32_t x = groups[g].tok_end; x < t; ++x)
      // "prosecutors claim that losses were hidden to protect ...": a reported clause
      // after "said that" has a subject of its own.
      if ((Cls(x) & kClauseBoundary) || (Norm(x) == "that" && x > begin_ && (Cls(x - 1) & kSpeech))) {
        clause_break = true;
        break;
      }
    if (clause_break) {
      best = -1;
      continue;
    }
    if (MentionAt(groups[g].members.front()).locative) continue;
    best = static_cast<int>(g);
  }
  return best;
}

// The subject of match m: the group right before its first word, or the group that
// ends with its first words ("Israeli warplanes struck" for `warplanes {strike}`: the
// weapon that names the kind of attack is also the attacker).
int PositionRoles::SubjectOf(const PatternMatch& m) const {
  if (m.first < m.anchor)
    for (std::size_t g = 0; g < in_.actors->groups.size(); ++g) {
      const MentionGroup& group = in_.actors->groups[g];
      if (group.tok_begin < m.first && m.first < group.tok_end && group.tok_end <= m.anchor) return static_cast<int>(g);
    }
  return SubjectBefore(m.first);
}

// "X condemned the attack by Y and promised aid to Z": a verb right after "and"
// shares the subject of the verb before it in the same clause.
int PositionRoles::SharedSubject(const PatternMatch& m) const {
  const uint32_t first = m.first;
  if (first < begin_ + 2 || !(Cls(first - 1) & kConjunction) || first != m.anchor) return -1;
  if (!(Cls(m.anchor) & kVerbForm) || (Cls(m.anchor) & kGerundForm)) return -1;
  bool group_between = false;
  for (uint32_t x = first - 1; x-- > begin_;) {
    if (Cls(x) & kClauseBoundary) return -1;
    for (const MentionGroup& g : in_.actors->groups)
      if (g.tok_begin <= x && x < g.tok_end) group_between = true;
    if ((Cls(x) & kVerbForm) && !(Cls(x) & kGerundForm) && x > begin_ && Norm(x - 1) != "to") {
      if (!group_between) return -1;
      return SubjectBefore(x);
    }
  }
  return -1;
}

// The first non-locative group after token t within 8 tokens, same clause.
int PositionRoles::ObjectAfter(uint32_t t, int exclude, uint32_t window_from) const {
  const auto& groups = in_.actors->groups;
  // The eight-word window starts after the matched phrase, not at the trigger.
  uint32_t wf = std::max(t, window_from);
  for (std::size_t g = 0; g < groups.size(); ++g) {
    if (groups[g].tok_begin < t || static_cast<int>(g) == exclude) continue;
    if (groups[g].tok_begin > wf + 8) break;
    for (uint32_t x = t; x < groups[g].tok_begin; ++x) {
      if (Cls(x) & kClauseBoundary) return -1;
      if (Norm(x) == "," && x >= wf) return -1;  // a comma after the phrase ends the object
    }
    if (MentionAt(groups[g].members.front()).locative) continue;
    // "held joint military drills": an agent noun after a plain modifier, between the
    // words of the matched phrase, modifies the event noun; it is no party.
    // So is a singular agent word right before the phrase's last word ("conducting
    // military exercises"); a plural one is a party ("demanded that protesters end").
    if (groups[g].tok_end <= window_from && AgentsOnly(groups[g]) &&
        ((groups[g].tok_begin > t && PlainModifier(groups[g].tok_begin - 1)) ||
         (groups[g].tok_end + 1 == window_from && !Plural(groups[g].tok_end - 1))))
      continue;
    return static_cast<int>(g);
  }
  return -1;
}

// A lowercase word of no grammatical class: an adjective or noun modifier ("joint").
bool PositionRoles::PlainModifier(uint32_t t) const {
  const text::Token& tok = tt_.tokens[t];
  if (!tok.Has(text::kWord) || tok.Has(text::kCapitalized) || tok.Has(text::kAllCaps) || Cls(t) != 0) return false;
  return !Is(t, kPreposition | kNoModifier);
}

bool PositionRoles::Plural(uint32_t t) const {
  std::string_view w = Norm(t);
  return w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's';
}

bool PositionRoles::AgentsOnly(const MentionGroup& g) const {
  for (uint32_t m : g.members)
    if (!MentionAt(m).agent_only) return false;
  return true;
}

// "X was attacked by Y": returns the group after "by", or -1 if not passive.
bool PositionRoles::IsPassive(uint32_t anchor) const {
  if (!(Cls(anchor) & kVerbForm) || (Cls(anchor) & kGerundForm)) return false;
  for (uint32_t k = 1; k <= 3 && anchor >= begin_ + k; ++k) {
    uint32_t c = Cls(anchor - k);
    if (c & kBe) return true;
    std::string_view w = Norm(anchor - k);
    bool adverb = w.size() > 3 && w.compare(w.size() - 2, 2, "ly") == 0;
    if (!(adverb || (c & kNegated))) return false;
  }
  return false;
}

int PositionRoles::ByAgent(uint32_t last) const {
  for (uint32_t t = last; t < end_ && t < last + 4; ++t)
    if (Cls(t) & kBy) {
      uint32_t x = t + 1;
      while (x < end_ && (Cls(x) & kDeterminer)) ++x;
      for (std::size_t g = 0; g < in_.actors->groups.size(); ++g)
        if (in_.actors->groups[g].tok_begin == x) return static_cast<int>(g);
      return -1;
    }
  return -1;
}

}  // namespace parley::events
