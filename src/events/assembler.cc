#include "events/assembler.h"

#include <algorithm>
#include <cstdio>
#include <optional>

#include "discourse/actor_country.h"
#include "discourse/non_actors.h"
#include "events/background.h"
#include "events/modality.h"
#include "events/quantity.h"
#include "events/tree_roles.h"
#include "text/utf8.h"

namespace parley::events {
namespace {

using match::Mention;
using match::MentionGroup;
using match::PatternMatch;

struct Party {
  std::string code;
  std::string text;
  uint32_t tok_begin = 0;
};

// A code that names a country first ("VEN", "VENGOV"), not an IGO, NGO or "---".
bool HasCountry(const std::string& code) {
  if (code.size() < 3 || code[0] == '@') return false;
  std::string_view head = std::string_view(code).substr(0, 3);
  return head != "---" && head != "IGO" && head != "NGO" && head != "MNC" && head != "IMG";
}

// Agents that are the state itself: a country acting on them acts on itself.
bool StateAgent(std::string_view agent) {
  return agent == "GOV" || agent == "MIL" || agent == "COP" || agent == "SPY" || agent == "LEG";
}

// Agents of society that the state governs, polices or fights at home.
bool SocietyAgent(std::string_view agent) {
  static constexpr std::string_view kSociety[] = {"OPP", "CVL", "LAB", "AGR", "HLH", "REL", "MED", "BUS",
                                                  "REB", "UAF", "INS", "SEP", "CRM"};
  return std::find(std::begin(kSociety), std::end(kSociety), agent) != std::end(kSociety);
}

// Armed groups that are not the state.
bool ArmedAgent(std::string_view agent) {
  return agent == "REB" || agent == "UAF" || agent == "INS" || agent == "SEP" || agent == "CRM";
}

// Two agents that face each other inside one country: state and society, or an armed
// group and civilians.
bool DomesticPair(std::string_view a, std::string_view b) {
  if ((StateAgent(a) || a == "JUD") && SocietyAgent(b)) return true;
  if ((StateAgent(b) || b == "JUD") && SocietyAgent(a)) return true;
  return (ArmedAgent(a) && b == "CVL") || (ArmedAgent(b) && a == "CVL");
}

// "Moscow ... the Kremlin": an actor does not act on itself, nor a state on its own
// government or forces. A state acting on its own opposition, civilians, rebels or
// courts is a real (domestic) event: BLR -> BLROPP.
bool SameActor(const std::string& a, const std::string& b) {
  if (a == b) return true;
  const std::string& shorter = a.size() < b.size() ? a : b;
  const std::string& longer = a.size() < b.size() ? b : a;
  if (longer.compare(0, shorter.size(), shorter) != 0) return false;
  if (!HasCountry(shorter)) return true;
  return StateAgent(std::string_view(longer).substr(shorter.size(), 3));
}

class SentenceAssembler {
 public:
  SentenceAssembler(const LexiconData& lex, const SentenceInput& in, const CodeOptions& options,
                    StoryContext* ctx)
      : lex_(lex), in_(in), tt_(*in.tt), options_(options), ctx_(ctx),
        begin_(static_cast<uint32_t>(in.span->tok_begin)), end_(static_cast<uint32_t>(in.span->tok_end)) {}

  void Run(std::vector<Event>* out) {
    const auto& matches = *in_.matches;
    for (std::size_t i = 0; i < matches.size(); ++i) {
      if (Subsumed(i)) continue;
      Assemble(matches[i], out);
      if (out->size() >= options_.max_events_per_sentence) break;
    }
    RememberPair();
  }

 private:
  uint32_t Cls(uint32_t t) const { return lex_.ClassOf(tt_.tokens[t].word); }
  std::string_view Norm(uint32_t t) const { return tt_.Norm(t); }
  const MentionGroup& Group(int g) const { return in_.actors->groups[static_cast<std::size_t>(g)]; }
  const Mention& MentionAt(uint32_t m) const { return in_.actors->mentions[m]; }

  std::string Text(uint32_t tb, uint32_t te) const {
    if (te <= tb) return "";
    std::size_t b = tt_.tokens[tb].byte_begin, e = tt_.tokens[te - 1].byte_end;
    return text::ToValidUtf8(in_.story_text.substr(b, e - b));
  }

  // An intention verb followed by "to" + another event ("agreed to release") gives
  // way to that event, which carries the intention as its modality.
  bool HasVerb(const PatternMatch& m) const {
    const auto& p = lex_.patterns[m.pattern];
    return p.elements[static_cast<std::size_t>(p.anchor)].kind == lexicon::PatternElement::Kind::kVerb &&
           !UsedAsNoun(m.anchor);
  }

  // "a brief private visit to X": a verb word after a determiner (and at most two
  // plain modifiers) is a noun here.
  bool UsedAsNoun(uint32_t anchor) const {
    // "in protest against", "amid protests", "on strike": after a preposition a verb
    // word (not an -ing form) is a noun.
    if (anchor > begin_ && !(Cls(anchor) & kGerundForm)) {
      static constexpr std::string_view kPrepositions[] = {"in", "on", "amid", "under", "against",
                                                           "despite", "upon", "without"};
      if (std::find(std::begin(kPrepositions), std::end(kPrepositions), Norm(anchor - 1)) != std::end(kPrepositions))
        return true;
    }
    for (uint32_t k = 1; k <= 3 && anchor >= begin_ + k; ++k) {
      uint32_t t = anchor - k;
      if ((Cls(t) & kDeterminer) || Norm(t) == "'s") return true;
      const text::Token& tok = tt_.tokens[t];
      if (!tok.Has(text::kWord) || tok.Has(text::kCapitalized) || tok.Has(text::kAllCaps) || Cls(t) != 0)
        return false;
      // "Gondor's new mayor left": an actor noun ends the subject; the verb follows it.
      for (const Mention& mention : in_.actors->mentions)
        if (mention.tok_begin <= t && t < mention.tok_end) return false;
    }
    return false;
  }

  // No clause boundary between tokens a and b (a < b).
  bool SameClause(uint32_t a, uint32_t b) const {
    for (uint32_t t = a; t < b; ++t)
      if (Cls(t) & kClauseBoundary) return false;
    return true;
  }

  // A match whose trigger lies inside a more specific match ("withdrew its bid to host
  // ... in favour of Baku") belongs to that match. So does an event noun that is the
  // object or reason of an earlier event verb ("claimed responsibility for the assault
  // on X", "praised Turkey for ratifying ..."): CAMEO codes only the main event.
  bool Subsumed(std::size_t i) const {
    const PatternMatch& a = (*in_.matches)[i];
    const int spec = lex_.patterns[a.pattern].specificity;
    if (a.anchor > begin_ && (Cls(a.anchor) & kGerundForm)) {
      std::string_view prev = Norm(a.anchor - 1);
      if (prev == "for" || prev == "of" || prev == "after" || prev == "before" || prev == "by") return true;
    }
    for (const PatternMatch& b : *in_.matches) {
      if (b.anchor == a.anchor) continue;
      if (!HasVerb(a) && HasVerb(b) && b.anchor < a.anchor && SameClause(b.anchor, a.anchor) &&
          !(Cls(b.anchor) & kIntentVerb))
        return true;
      if ((Cls(a.anchor) & kIntentVerb) && b.anchor > a.anchor && b.anchor <= a.anchor + 4 &&
          b.anchor > begin_ && Norm(b.anchor - 1) == "to")
        return true;
      if (b.first <= a.anchor && a.anchor < b.last && lex_.patterns[b.pattern].specificity > spec &&
          !(Cls(b.anchor) & kIntentVerb))
        return true;
    }
    return false;
  }

  // "urged Egypt to free the activist", "asked Spain to recognise ...": an infinitive
  // after another event verb (not an intention verb) is what was asked for, not done.
  bool IsComplementOfEvent(const PatternMatch& m) const {
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
  bool InThatClauseOfEvent(const PatternMatch& m) const {
    if (!HasVerb(m)) return false;
    for (const PatternMatch& b : *in_.matches) {
      if (b.anchor >= m.anchor || b.anchor + 12 < m.anchor || !HasVerb(b) || (Cls(b.anchor) & kIntentVerb))
        continue;
      // Only appeals (02) and demands (10) have a that-clause for content.
      const std::string& code = lex_.patterns[b.pattern].code;
      if (code.compare(0, 2, "02") != 0 && code.compare(0, 2, "10") != 0) continue;
      if (!SameClause(b.anchor, m.anchor)) continue;
      for (uint32_t x = b.anchor + 1; x < m.anchor; ++x)
        if (Norm(x) == "that" && x + 1 < m.anchor) return true;
    }
    return false;
  }

  // The parties of group g (a pair reference expands to the remembered pair).
  std::vector<Party> Parties(int g, bool visit = false) const {
    std::vector<Party> out;
    if (g < 0) return out;
    for (uint32_t m : Group(g).members) {
      const Mention& mention = MentionAt(m);
      // "told the BBC", "posted on Twitter", "gathered in Cairo", "to discuss
      // Libya-Turkey relations": the medium, the meeting place and the topic take no part.
      // A visit's place is its host ("attend a summit in Switzerland": 042 to CHE).
      discourse::NonActorKind kind = discourse::Classify(tt_, begin_, end_, mention.tok_begin, mention.tok_end);
      if (kind != discourse::NonActorKind::kNone && !(visit && kind == discourse::NonActorKind::kPlace)) continue;
      std::string text = Text(mention.tok_begin, mention.tok_end);
      if (mention.code == "@PAIR") {
        for (std::size_t k = 0; k < ctx_->last_pair.size(); ++k)
          out.push_back({ctx_->last_pair[k], text, mention.tok_begin});
      } else {
        out.push_back({mention.code, text, mention.tok_begin});
      }
    }
    return out;
  }

  // "Venezuela's government arrested opposition leaders", "Kenyan police fired at
  // demonstrators": an agent named without a country ("---OPP") facing an agent of a
  // country across the state/society line (government, police, army, courts against
  // opposition, civilians, workers, rebels) is of that country: a domestic event.
  // Between states or with a bare country ("Obama ... Congress", "Bush met dissidents")
  // the agent is left without a country.
  static void ResolveCountry(Party* p, const std::vector<Party>& others) {
    if (p->code.size() != 6 || p->code.compare(0, 3, "---") != 0) return;
    if (others.size() != 1 || others[0].code.size() < 6 || !HasCountry(others[0].code)) return;
    if (!DomesticPair(std::string_view(p->code).substr(3, 3), std::string_view(others[0].code).substr(3, 3)))
      return;
    p->code = others[0].code.substr(0, 3) + p->code.substr(3);
  }

  // "Iraq said its forces killed ...": an actor still without a country takes one
  // from its possessive, the sentence's speaker or the places it names.
  void ResolveFromSentence(Party* p) {
    if (!discourse::Unresolved(p->code)) return;
    if (!countries_) countries_.emplace(lex_, tt_, *in_.span, *in_.actors);
    std::string c = countries_->CountryFor(p->tok_begin);
    if (!c.empty()) p->code = c + p->code.substr(3);
  }

  // The group right before token t in the same clause that could be a subject.
  int SubjectBefore(uint32_t t) const {
    int best = -1;
    const auto& groups = in_.actors->groups;
    for (std::size_t g = 0; g < groups.size(); ++g) {
      if (groups[g].tok_end > t) break;
      bool clause_break = false;
      for (uint32_t x = groups[g].tok_end; x < t; ++x)
        if (Cls(x) & kClauseBoundary) { clause_break = true; break; }
      if (clause_break) { best = -1; continue; }
      if (MentionAt(groups[g].members.front()).locative) continue;
      best = static_cast<int>(g);
    }
    return best;
  }

  // The subject of match m: the group right before its first word, or the group that
  // ends with its first words ("Israeli warplanes struck" for `warplanes {strike}`: the
  // weapon that names the kind of attack is also the attacker).
  int SubjectOf(const PatternMatch& m) const {
    if (m.first < m.anchor)
      for (std::size_t g = 0; g < in_.actors->groups.size(); ++g) {
        const MentionGroup& group = in_.actors->groups[g];
        if (group.tok_begin < m.first && m.first < group.tok_end && group.tok_end <= m.anchor)
          return static_cast<int>(g);
      }
    return SubjectBefore(m.first);
  }

  // "X condemned the attack by Y and promised aid to Z": a verb right after "and"
  // shares the subject of the verb before it in the same clause.
  int SharedSubject(const PatternMatch& m) const {
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
  int ObjectAfter(uint32_t t, int exclude, uint32_t window_from = 0) const {
    const auto& groups = in_.actors->groups;
    uint32_t wf = std::max(t, window_from);  // E2
    for (std::size_t g = 0; g < groups.size(); ++g) {
      if (groups[g].tok_begin < t || static_cast<int>(g) == exclude) continue;
      if (groups[g].tok_begin > wf + 8) break;
      for (uint32_t x = t; x < groups[g].tok_begin; ++x) {
        if (Cls(x) & kClauseBoundary) return -1;
        if (Norm(x) == "," && x >= wf) return -1;  // E7
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
  bool PlainModifier(uint32_t t) const {
    const text::Token& tok = tt_.tokens[t];
    if (!tok.Has(text::kWord) || tok.Has(text::kCapitalized) || tok.Has(text::kAllCaps) || Cls(t) != 0) return false;
    static constexpr std::string_view kPrepositions[] = {"to", "in", "of", "for", "with", "by", "from", "at",
                                                         "on", "against", "into", "that", "over", "about"};
    return std::find(std::begin(kPrepositions), std::end(kPrepositions), Norm(t)) == std::end(kPrepositions);
  }

  bool Plural(uint32_t t) const {
    std::string_view w = Norm(t);
    return w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's';
  }

  bool AgentsOnly(const MentionGroup& g) const {
    for (uint32_t m : g.members)
      if (!MentionAt(m).agent_only) return false;
    return true;
  }

  // "X was attacked by Y": returns the group after "by", or -1 if not passive.
  bool IsPassive(uint32_t anchor) const {
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

  int ByAgent(uint32_t last) const {
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

  // Roles from the dependency tree (see tree_roles.h). Returns false when the trigger
  // names no event of its own: a modifier, or a passive with no agent.
  // Roles from the dependency tree (see tree_roles.h). kNoEvent when the trigger names
  // no event of its own (a modifier, a passive with no agent); kFallback when the tree
  // gives no actor subject (a misparse or a subject that is no actor): word positions
  // decide then, as without a parse.
  enum class TreeUse { kUsed, kNoEvent, kFallback };
  TreeUse TreeSourceTarget(const PatternMatch& m, int* source, int* target) {
    if (group_of_.empty()) IndexGroups();
    TreeActors actors{&group_of_, &locative_group_, &event_anchor_};
    TreeRoles r = FindTreeRoles(*in_.tree, tt_, actors, m.anchor);
    if (r.modifier) return TreeUse::kNoEvent;
    if (r.passive) {
      if (*source < 0) *source = r.agent;
      if (*target < 0) *target = r.patient;
      if (*source >= 0) return TreeUse::kUsed;
      return r.explicit_passive ? TreeUse::kNoEvent : TreeUse::kFallback;
    }
    if (*source >= 0 && *target < 0 && Group(*source).tok_begin > m.anchor) {
      // "X received weapons from $": the source is named after the verb.
      *target = r.subject;
      return *target >= 0 ? TreeUse::kUsed : TreeUse::kFallback;
    }
    if (*source < 0) {
      *source = r.subject;
      if (*source < 0) return TreeUse::kFallback;
      source_from_tree_ = true;
    }
    if (*target < 0) *target = r.object;
    // No object word at all ("X met with Y on Monday" misparsed): the next actor after
    // the trigger is the target, as without a parse.
    if (*target < 0 && !r.has_object) *target = ObjectAfter(m.anchor + 1, *source, m.last);
    return TreeUse::kUsed;
  }

  // Token t lies in a relative clause, apposition or participial clause of the tree.
  bool InTreeModifier(uint32_t t, uint32_t anchor) const {
    return in_.tree && in_.tree->Covers(t) && in_.tree->Covers(anchor) && InModifierClause(*in_.tree, t, anchor);
  }

  // "Tony Blair has rejected calls for ...", "protesters marched", "X attacked the
  // building": with a parse, an event whose subject is an actor and whose object is no
  // actor is output with an empty target (GDELT leaves Actor2 blank), unless its
  // pattern names a target slot.
  bool AllowsNoTarget(const lexicon::Pattern& p, int source) const {
    if (!source_from_tree_) return false;
    // Another actor in the sentence that we could not attach is more likely a missed
    // target than proof that there is none.
    for (std::size_t g = 0; g < in_.actors->groups.size(); ++g)
      if (static_cast<int>(g) != source && !MentionAt(in_.actors->groups[g].members.front()).locative) return false;
    // "Armenia and Azerbaijan agree on ...": a compound subject acts toward its members.
    if (source >= 0 && Parties(source).size() > 1) return false;
    for (const lexicon::PatternElement& e : p.elements)
      if (e.kind == lexicon::PatternElement::Kind::kTarget) return false;
    return true;
  }

  // "In 1997 ...", "last November", "on Monday": the time expression of the event's
  // clause dates it (the coder fills in the story's date otherwise). Spans such as
  // "since 1997" date no event.
  void SetEventDate(uint32_t anchor, Event* e) const {
    if (!in_.times) return;
    const TimeExpr* t = EventTime(tt_, *in_.times, begin_, end_, anchor);
    if (!t || t->date <= 0 || t->background) return;
    int y = t->date / 10000, mo = t->date / 100 % 100, d = t->date % 100;
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, mo ? mo : 1, d ? d : 1);
    e->date = buf;
    e->date_precision = !mo ? "year" : !d ? "month" : "day";
    e->historical = Historical(t->date, in_.story_date);
  }

  // "for decades", "since 1997" (more than 30 days back) — but not "jailed ... for two
  // years", whose span is the act's own.
  bool LongSpan(const TimeExpr& t) const {
    if (t.date > 0) return Historical(t.date, in_.story_date);
    for (uint32_t x = t.tok_begin; x < t.tok_end; ++x) {
      std::string_view w = Norm(x);
      if (w == "decades" || w == "centuries" || w == "generations") return true;
    }
    return false;
  }

  // Which group each token of the sentence belongs to, for the tree role finder.
  void IndexGroups() {
    group_of_.assign(in_.tree->tok_end() - in_.tree->tok_begin(), -1);
    locative_group_.assign(in_.actors->groups.size(), false);
    event_anchor_.assign(group_of_.size(), false);
    for (const PatternMatch& m : *in_.matches)
      if (in_.tree->Covers(m.anchor) && HasVerb(m)) event_anchor_[m.anchor - in_.tree->tok_begin()] = true;
    for (std::size_t g = 0; g < in_.actors->groups.size(); ++g) {
      const MentionGroup& group = in_.actors->groups[g];
      locative_group_[g] = MentionAt(group.members.front()).locative;
      for (uint32_t m : group.members)
        for (uint32_t t = MentionAt(m).tok_begin; t < MentionAt(m).tok_end; ++t)
          if (in_.tree->Covers(t)) group_of_[t - in_.tree->tok_begin()] = static_cast<int>(g);
    }
  }

  void Assemble(const PatternMatch& m, std::vector<Event>* out) {
    const lexicon::Pattern& p = lex_.patterns[m.pattern];
    if (p.code == "---") return;  // E3
    if (p.elements.size() == 1 && m.anchor > begin_ &&  // E6
        ((Cls(m.anchor - 1) & (kDeterminer | kOf)) || Norm(m.anchor - 1) == "'s"))
      return;
    int source = m.source_group, target = m.target_group;
    source_from_tree_ = false;
    TreeUse use = TreeUse::kFallback;
    if (in_.tree && in_.tree->Covers(m.anchor)) {
      int s = source, t = target;
      use = TreeSourceTarget(m, &s, &t);
      if (use == TreeUse::kNoEvent) return;
      if (use == TreeUse::kUsed) source = s, target = t;
    }
    if (use == TreeUse::kUsed) {
    } else if (IsPassive(m.anchor) && source < 0) {
      int by = ByAgent(m.anchor + 1);
      int subject = SubjectOf(m);
      if (by < 0 || subject < 0) return;
      source = by;
      if (target < 0) target = subject;
    } else if (source >= 0 && target < 0 && in_.actors->groups[static_cast<std::size_t>(source)].tok_begin > m.anchor) {
      // "X received weapons from $": the source is named after the verb, so the
      // subject is the target.
      target = SubjectBefore(m.first);
    } else {
      if (source < 0) source = SharedSubject(m);
      if (source < 0) source = SubjectOf(m);
      // "Jack Straw, visiting Beijing, criticised ...": never a subject from inside a
      // clause that only describes another word.
      if (source >= 0 && source != m.source_group && InTreeModifier(Group(source).tok_begin, m.anchor)) source = -1;
      if (target < 0) target = ObjectAfter(m.anchor + 1, source, m.last);
    }
    const bool visit = p.code == "042" || p.code == "043" || p.code == "044";
    std::vector<Party> sources = Parties(source, visit), targets = Parties(target, visit);
    if (sources.empty()) return;
    if (InThatClauseOfEvent(m)) return;
    {
      const std::vector<Party> s0 = sources, t0 = targets;
      for (Party& s : sources) ResolveCountry(&s, t0);
      for (Party& t : targets) ResolveCountry(&t, s0);
      for (Party& s : sources) ResolveFromSentence(&s);
      for (Party& t : targets) ResolveFromSentence(&t);
    }
    // "Turkey, which occupies northern Cyprus", "X has long supported Y": a standing
    // state or background, not a new event.
    if (DetectBackground(lex_, tt_, *in_.span, m.anchor) != BackgroundKind::kNone) return;
    // "Russia, which had mediated between the two countries for decades": an act over
    // a long or long-past span is background, not news.
    if (in_.times) {
      const TimeExpr* t = EventTime(tt_, *in_.times, begin_, end_, m.anchor);
      if (t && t->background && LongSpan(*t)) return;
    }
    Modality modality = DetectModality(lex_, tt_, *in_.span, m.first, m.last, p.intent);
    if (modality == Modality::kAsserted && IsComplementOfEvent(m)) modality = Modality::kHypothetical;
    if (modality != Modality::kAsserted && !options_.keep_non_asserted) return;
    // Quantity: between the trigger and the end of the target (or a few tokens on).
    uint32_t q_end = target >= 0 ? Group(target).tok_end : std::min(end_, m.last + 6);
    if (q_end < m.anchor + 1) q_end = std::min(end_, m.last + 6);
    std::optional<Quantity> quantity = FindQuantity(lex_, tt_, in_.story_text, m.anchor + 1, q_end);

    auto emit = [&](const Party& s, const Party& t, const std::string& code) {
      if (!t.code.empty() && SameActor(s.code, t.code)) return;
      Event e;
      e.source.code = s.code;
      e.source.text = s.text;
      e.target.code = t.code;
      e.target.text = t.text;
      e.code = code;
      e.modality = modality;
      e.quantity = quantity;
      SetEventDate(m.anchor, &e);
      e.event_begin = tt_.tokens[m.first].byte_begin;
      e.event_end = tt_.tokens[m.last > m.first ? m.last - 1 : m.first].byte_end;
      for (const Event& x : *out)
        if (x.source.code == e.source.code && x.target.code == e.target.code && x.code == e.code) return;
      out->push_back(std::move(e));
    };
    // "Ukraine's army and Russian forces fought for Bakhmut": when a mutual event's
    // compound subject already holds the object's actor (a place of one side), the
    // object is where they met or fought; the event is between the subject's members.
    if (p.recip && sources.size() >= 2 && m.target_group < 0 && !targets.empty()) {
      bool place = true;
      for (const Party& t : targets) {
        bool owned = false;
        for (const Party& s : sources) owned = owned || (t.code.size() == 3 && SameActor(s.code, t.code));
        place = place && owned;
      }
      if (place) targets.clear();
    }
    if (targets.empty()) {
      // A mutual event between the members of a compound subject.
      if (p.recip && sources.size() >= 2) {
        for (const Party& a : sources)
          for (const Party& b : sources) emit(a, b, p.code);
      } else if (AllowsNoTarget(p, source) && !p.reverse_only) {
        for (const Party& a : sources) emit(a, Party{}, p.code);
      }
      return;
    }
    for (const Party& s : sources)
      for (const Party& t : targets) {
        if (!p.reverse_only) emit(s, t, p.code);  // E4
        if (p.reverse_only) emit(t, s, p.code);
        else if (!p.reverse_code.empty()) emit(t, s, p.reverse_code);
        else if (p.recip) emit(t, s, p.code);
      }
  }

  // Remembers the last compound of two or more named actors for "the two countries".
  void RememberPair() {
    for (const MentionGroup& g : in_.actors->groups) {
      if (g.members.size() < 2) continue;
      std::vector<std::string> codes;
      for (uint32_t m : g.members)
        if (MentionAt(m).code[0] != '@' && !MentionAt(m).agent_only) codes.push_back(MentionAt(m).code);
      if (codes.size() >= 2) ctx_->last_pair = codes;
    }
  }

  const LexiconData& lex_;
  const SentenceInput& in_;
  const text::TokenizedText& tt_;
  const CodeOptions& options_;
  StoryContext* ctx_;
  uint32_t begin_, end_;
  std::vector<int> group_of_;          // token -> group, filled on first tree use
  std::vector<bool> locative_group_;
  std::vector<bool> event_anchor_;     // token triggers a verb pattern
  std::optional<discourse::SentenceCountries> countries_;  // made on first need
  bool source_from_tree_ = false;      // the current match's source is its parsed subject
};

}  // namespace

void SplitActorCode(const std::string& code, Actor* a) {
  a->code = code;
  a->country.clear();
  a->agent.clear();
  if (code.size() < 3) return;
  std::string head = code.substr(0, 3);
  bool country = head != "IGO" && head != "NGO" && head != "---" && head != "MNC" && head != "IMG";
  if (country) a->country = head;
  if (code.size() >= 6 && (country || head == "---")) a->agent = code.substr(3, 3);
}

void AssembleEvents(const LexiconData& lex, const SentenceInput& in, const CodeOptions& options,
                    StoryContext* ctx, std::vector<Event>* out) {
  SentenceAssembler(lex, in, options, ctx).Run(out);
}

}  // namespace parley::events
