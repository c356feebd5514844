#include "events/assembler.h"

#include <algorithm>
#include <cstdio>
#include <optional>

#include "discourse/actor_country.h"
#include "discourse/non_actors.h"
#include "events/actor_codes.h"
#include "events/background.h"
#include "events/clause_filters.h"
#include "events/modality.h"
#include "events/position_roles.h"
#include "events/quantity.h"
#include "events/tree_roles.h"

namespace parley::events {
namespace {

using discourse::HasCountry;
using match::Mention;
using match::MentionGroup;
using match::PatternMatch;

struct Party {
  std::string code;
  std::string text;
  uint32_t tok_begin = 0, tok_end = 0;
  int32_t ref_begin = -1, ref_end = -1;  // story tokens of the mention referred to
};

class SentenceAssembler {
 public:
  SentenceAssembler(const match::SentenceView& v, const SentenceInput& in, StoryContext* ctx)
      : scope_(v, in),
        filters_(scope_),
        pos_(scope_),
        lex_(v.lex),
        view_(v),
        in_(in),
        tt_(v.tt),
        options_(v.options),
        ctx_(ctx),
        begin_(scope_.begin),
        end_(scope_.end) {}

  void Run(std::vector<Event>* out) {
    const std::size_t before = out->size();
    const auto& matches = *in_.matches;
    for (std::size_t i = 0; i < matches.size(); ++i) {
      if (filters_.Subsumed(i)) continue;
      Assemble(matches[i], out);
      if (out->size() >= options_.max_events_per_sentence) break;
    }
    if (out->size() == before && !(options_.context_rules_off & kRuleCoreference)) TalksAnaphora(out);
    RememberPair();
  }

 private:
  uint32_t Cls(uint32_t t) const { return scope_.Cls(t); }
  std::string_view Norm(uint32_t t) const { return scope_.Norm(t); }
  const MentionGroup& Group(int g) const { return scope_.Group(g); }
  const Mention& MentionAt(uint32_t m) const { return scope_.MentionAt(m); }
  std::string Text(uint32_t tb, uint32_t te) const { return scope_.Text(tb, te); }

  // The parties of group g (a pair reference expands to the remembered pair).
  std::vector<Party> Parties(int g, bool visit = false) const {
    std::vector<Party> out;
    if (g < 0) return out;
    for (uint32_t m : Group(g).members) {
      const Mention& mention = MentionAt(m);
      // "told the BBC", "posted on Twitter", "gathered in Cairo", "to discuss
      // Libya-Turkey relations": the medium, the meeting place and the topic take no part.
      // A visit's place is its host ("attend a summit in Switzerland": 042 to CHE).
      discourse::NonActorKind kind =
          (options_.context_rules_off & kRuleNonActors)
              ? discourse::NonActorKind::kNone
              : discourse::Classify(lex_, tt_, begin_, end_, mention.tok_begin, mention.tok_end);
      // The country beyond a border is where a protest is ("blocked a border crossing with
      // France"), but whom a blockade, a show of force or an assault there is aimed at.
      if (kind == discourse::NonActorKind::kBeyondBorder && !protest_) kind = discourse::NonActorKind::kNone;
      if (kind != discourse::NonActorKind::kNone && !(visit && kind == discourse::NonActorKind::kPlace)) continue;
      std::string text = Text(mention.tok_begin, mention.tok_end);
      if (mention.code == "@PAIR") {
        for (std::size_t k = 0; k < ctx_->last_pair.size(); ++k) {
          auto [rb, re] = k < ctx_->last_pair_tokens.size() ? ctx_->last_pair_tokens[k] : std::pair(-1, -1);
          out.push_back({ctx_->last_pair[k], text, mention.tok_begin, mention.tok_end, rb, re});
        }
      } else {
        out.push_back(
            {mention.code, text, mention.tok_begin, mention.tok_end, mention.ref_tok_begin, mention.ref_tok_end});
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
    // "the ministry is holding talks with Union Carbide": firms deal with foreign states;
    // a company's country is no state's.
    if (StateAgent(std::string_view(p->code).substr(3, 3)) && BusinessActor(others[0].code)) return;
    if (!DomesticPair(std::string_view(p->code).substr(3, 3), std::string_view(others[0].code).substr(3, 3))) return;
    p->code = others[0].code.substr(0, 3) + p->code.substr(3);
  }

  // "Iraq said its forces killed ...": an actor still without a country takes one
  // from its possessive or the sentence's speaker (words), or from the places the
  // sentence names (place).
  enum class CountrySource { kWords, kPlace };
  // The sentence's speaker and place countries, found on first need.
  const discourse::SentenceCountries& Countries() {
    if (!countries_) countries_.emplace(lex_, tt_, view_.span, *in_.actors);
    return *countries_;
  }
  void ResolveFromSentence(Party* p, CountrySource from) {
    if (!discourse::Unresolved(p->code)) return;
    std::string c = from == CountrySource::kWords ? Countries().CountryFromWords(p->tok_begin) : Countries().place();
    if (!c.empty()) p->code = c + p->code.substr(3);
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
    TreeActors actors{&group_of_, &locative_group_, &event_anchor_, &lex_};
    TreeRoles r = FindTreeRoles(*in_.tree, tt_, actors, m.anchor);
    if (r.modifier) return TreeUse::kNoEvent;
    if (r.passive) {
      // "China was angered by the U.S. decision": the pattern itself reads the by-phrase
      // as its target (an adjectival participle), so the subject is the source.
      if (*source < 0 && *target >= 0 && *target == r.agent && r.patient >= 0 && PatternReadsBy(m)) {
        *source = r.patient;
        source_from_tree_ = true;
        return TreeUse::kUsed;
      }
      if (*source < 0) {
        *source = r.agent;
        // "The prisoners were released by Russia": the agent is the parsed source.
        source_from_tree_ = *source >= 0;
      }
      if (*target < 0) *target = r.patient;
      if (*source >= 0) return TreeUse::kUsed;
      // A verb ("suffered a cardiac arrest" is no arrest), not in a relative clause
      // ("protesters who were arrested": that describes them).
      if (r.explicit_passive && *target >= 0 && StateAct(m) && in_.tree->Upos(m.anchor) == syntax::Upos::kVerb &&
          syntax::UniversalDeprel(in_.tree->Deprel(m.anchor)) != syntax::kAcl) {
        implicit_state_ = true;
        return TreeUse::kUsed;
      }
      return r.explicit_passive ? TreeUse::kNoEvent : TreeUse::kFallback;
    }
    if (*source >= 0 && *target < 0 && Group(*source).tok_begin > m.anchor) {
      // "X received weapons from $": the source is named after the verb.
      *target = r.subject;
      return *target >= 0 ? TreeUse::kUsed : TreeUse::kFallback;
    }
    if (r.nominal && *source < 0) {
      // "following U.S. destruction of an Iranian oil platform in retaliation for an
      // attack on a U.S.-flagged tanker": an event noun's source is its own possessor or
      // modifier, or the subject of the verb whose phrase holds it — never merely the
      // nearest actor before it.
      *source = r.subject >= 0 ? r.subject : r.governor_subject;
      // No verb with a subject above the noun (a fragment, or a parse that lost it):
      // word positions decide, as without a parse.
      if (*source < 0 && (r.possessive_pronoun || !r.governor_known) && !UndergoBefore(m.anchor))
        *source = PositionSubject(m);
      if (*source < 0) return TreeUse::kNoEvent;
      source_from_tree_ = true;
      if (*target < 0) *target = PositionObject(m, *source);
      if (*target < 0) *target = r.object;
      return TreeUse::kUsed;
    }
    // "acid rain that has killed fish and trees in eastern Canada": a relative clause
    // about a thing acts on no one's behalf.
    if (*source < 0 && r.relative_non_actor && !r.passive) return TreeUse::kNoEvent;
    // Word positions name the roles where the tree agrees they may ("the group before
    // the verb"); the tree vetoes a group inside a clause that only describes another
    // word ("China, a close ally of Islamabad, praised ..."; "Jack Straw, visiting
    // Beijing, criticised ...") and supplies roles positions cannot find.
    // A verb coordinated with an earlier one shares its subject ("Washington has called
    // Tokyo's rice policy ... and has demanded access"): the tree's, not the nearest
    // actor before the second verb.
    if (*source < 0 && r.subject >= 0 && r.predicate == m.anchor && in_.tree->Deprel(m.anchor) == syntax::kConj) {
      *source = r.subject;
      source_from_tree_ = true;
    }
    if (*source < 0) {
      *source = PositionSubject(m);
      if (*source >= 0 && *source == r.subject) source_from_tree_ = true;
    }
    if (*source < 0) {
      *source = r.subject;
      if (*source < 0) return TreeUse::kFallback;
      source_from_tree_ = true;
    }
    if (*target < 0) *target = PositionObject(m, *source);
    if (*target < 0) *target = r.object;
    // No object word at all ("X met with Y on Monday" misparsed): the next actor after
    // the trigger is the target, as without a parse.
    if (*target < 0 && !r.has_object) *target = pos_.ObjectAfter(m.anchor + 1, *source, m.last);
    return TreeUse::kUsed;
  }

  // The subject by word positions, unless the tree puts it in a clause that only
  // describes another word; -1 for none.
  int PositionSubject(const PatternMatch& m) const {
    int ps = pos_.SharedSubject(m);
    if (ps < 0) ps = pos_.SubjectOf(m);
    return ps >= 0 && !InTreeModifier(Group(ps).tok_begin, m.anchor) ? ps : -1;
  }
  // The object by word positions (the next actor after the trigger), on the same terms.
  int PositionObject(const PatternMatch& m, int source) const {
    int pt = pos_.ObjectAfter(m.anchor + 1, source, m.last);
    return pt >= 0 && !InTreeModifier(Group(pt).tok_begin, m.anchor) ? pt : -1;
  }

  // An undergo verb ("faces", "suffered") up to three words before the trigger, inside
  // the clause.
  bool UndergoBefore(uint32_t anchor) const {
    for (uint32_t k = 1; k <= 3 && anchor >= begin_ + k; ++k) {
      const uint32_t t = anchor - k;
      if (Norm(t) == "," || (Cls(t) & kClauseBoundary)) return false;
      if (lex_.Is(tt_.tokens[t].word, kUndergoVerb)) return true;
    }
    return false;
  }

  // "Francis Minah has been detained", "28 people have been arrested": an arrest,
  // charge or sentence in the passive with no agent is the state's act (CAMEO 173),
  // whose country the sentence or the story gives. (Not an expulsion: "was extradited
  // to the United States" names the receiving state, not the acting one.)
  bool StateAct(const PatternMatch& m) const { return lex_.patterns[m.pattern].code.compare(0, 3, "173") == 0; }
  // The state's police as the source, unless the patients are fighters ("200 soldiers
  // were captured": the other side's act, not an arrest).
  std::vector<Party> ImplicitState(const PatternMatch& m, const std::vector<Party>& targets) const {
    for (const Party& t : targets) {
      const std::string_view agent = t.code.size() >= 6 ? std::string_view(t.code).substr(3, 3) : "";
      if (agent == "MIL" || agent == "REB" || agent == "INS" || agent == "UAF") return {};
    }
    Party state;
    state.code = "---COP";
    state.tok_begin = m.anchor;
    state.tok_end = m.anchor;
    return {state};
  }

  // The pattern has a literal "by" ("angered|outraged by +"): a word of the grammar's by class.
  bool PatternReadsBy(const PatternMatch& m) const {
    for (const lexicon::PatternElement& e : lex_.patterns[m.pattern].elements)
      if (e.kind == lexicon::PatternElement::Kind::kWord)
        for (uint32_t w : e.words)
          if (lex_.ClassOf(w) & kBy) return true;
    return false;
  }

  // Token t lies in a relative clause, apposition or participial clause of the tree.
  bool InTreeModifier(uint32_t t, uint32_t anchor) const {
    return in_.tree && in_.tree->Covers(t) && in_.tree->Covers(anchor) && InModifierClause(*in_.tree, tt_, t, anchor);
  }

  // "Tony Blair has rejected calls for ...", "protesters marched", "X attacked the
  // building": with a parse, an event whose subject is an actor and whose object is no
  // actor is output with an empty target (GDELT leaves Actor2 blank), unless its
  // pattern names a target slot.
  bool AllowsNoTarget(const lexicon::Pattern& p, int source, const std::vector<Party>& sources) const {
    if (!source_from_tree_) return false;
    // Another actor in the sentence that we could not attach is more likely a missed
    // target than proof that there is none — unless it is of the source's own country
    // ("called for a body to monitor UK immigration"): that makes the same domestic event.
    auto own = [&](const MentionGroup& g) {
      for (uint32_t m : g.members) {
        const std::string& c = MentionAt(m).code;
        bool same = false;
        for (const Party& s : sources) same = same || (HasCountry(c) && c.compare(0, 3, s.code, 0, 3) == 0);
        if (!same) return false;
      }
      return true;
    };
    // Nor does an actor that takes no part ("criticized the decision via Twitter").
    for (std::size_t g = 0; g < in_.actors->groups.size(); ++g) {
      const MentionGroup& group = in_.actors->groups[g];
      if (static_cast<int>(g) == source || MentionAt(group.members.front()).locative || own(group)) continue;
      if (Parties(static_cast<int>(g)).empty()) continue;
      return false;
    }
    // "Armenia and Azerbaijan agree on ...": a compound subject acts toward its members
    // (mutual patterns); "US and British activists protested" acts on no one.
    if (sources.size() > 1 && p.recip) return false;
    // "Vodafone offers ...", "the bankers' federation released its proposal": a firm
    // acting on no one is business news, not a political event.
    for (const Party& s : sources)
      if (BusinessActor(s.code)) return false;
    for (const lexicon::PatternElement& e : p.elements)
      if (e.kind == lexicon::PatternElement::Kind::kTarget) return false;
    // Cooperation takes a partner: a meeting, a visit, praise or a deal with no one
    // named ("the university had been hosting a program", "the Senate was to meet")
    // is no event between actors. Statements, appeals, demands, criticism, rejections,
    // threats, protests, aid, releases, investigations and force may have no target.
    const std::string_view root = std::string_view(p.code).substr(0, 2);
    if (root == "03" || root == "04" || root == "05" || root == "06") return false;
    return true;
  }

  // "US and British activists staged a protest in Beijing": a protest with no addressee
  // is directed at the state it takes place in, when that is not the protesters' own
  // (a protest at home is against their own state, which StoryCountries::Resolve adds
  // once their country is known: "farmers protested in Madrid" ESP -> ESP).
  Party ProtestHost(const lexicon::Pattern& p, const std::vector<Party>& sources) {
    if (p.code.compare(0, 2, "14") != 0 || (options_.context_rules_off & kRuleCountries)) return Party{};
    const std::string& place = Countries().place();
    if (place.empty()) return Party{};
    for (const Party& s : sources)
      if (!HasCountry(s.code) || s.code.compare(0, 3, place) == 0) return Party{};
    Party host;
    host.code = place;
    return host;
  }

  // "In 1997 ...", "last November", "on Monday": the time expression of the event's
  // clause dates it (the coder fills in the story's date otherwise). Spans such as
  // "since 1997" date no event.
  void SetEventDate(uint32_t anchor, Event* e) const {
    if (!in_.times) return;
    const TimeExpr* t = EventTime(lex_, tt_, *in_.times, begin_, end_, anchor);
    if (!t || t->date <= 0 || t->background) return;
    const int date = DateFor(*t, e->modality);
    int y = date / 10000, mo = date / 100 % 100, d = date % 100;
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, mo ? mo : 1, d ? d : 1);
    e->date = buf;
    e->date_precision = !mo ? "year" : !d ? "month" : "day";
    e->historical = Historical(date, view_.story_date);
  }

  // "Nakasone will visit the United States on April 29" (a March story): an act
  // announced for later takes the next April 29, not the last one.
  int DateFor(const TimeExpr& t, Modality modality) const {
    return modality == Modality::kIntended ? ForwardDate(t, view_.story_date) : t.date;
  }

  // "for decades", "since 1997" (more than 30 days back) — but not "jailed ... for two
  // years", whose span is the act's own.
  bool LongSpan(const TimeExpr& t, Modality modality) const {
    if (t.date > 0) return Historical(DateFor(t, modality), view_.story_date);
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
      if (in_.tree->Covers(m.anchor) && filters_.HasVerb(m)) event_anchor_[m.anchor - in_.tree->tok_begin()] = true;
    for (std::size_t g = 0; g < in_.actors->groups.size(); ++g) {
      const MentionGroup& group = in_.actors->groups[g];
      locative_group_[g] = MentionAt(group.members.front()).locative;
      for (uint32_t m : group.members)
        for (uint32_t t = MentionAt(m).tok_begin; t < MentionAt(m).tok_end; ++t)
          if (in_.tree->Covers(t)) group_of_[t - in_.tree->tok_begin()] = static_cast<int>(g);
    }
  }

  // One pattern match to events, in phases: roles, parties and their countries,
  // the clause's background and modality, then emission.
  void Assemble(const PatternMatch& m, std::vector<Event>* out) {
    const lexicon::Pattern& p = lex_.patterns[m.pattern];
    if (p.code == "---") return;  // a PETRARCH null code: matched, never coded
    // A one-word pattern after a determiner, "of" or "'s" is a noun ("the release of").
    if (p.elements.size() == 1 && m.anchor > begin_ &&
        ((Cls(m.anchor - 1) & (kDeterminer | kOf)) || Norm(m.anchor - 1) == "'s"))
      return;
    // "world supply/demand data", "import/export figures": a word joined by a slash is
    // a noun of a compound, whatever verb it spells.
    if ((m.anchor > begin_ && Norm(m.anchor - 1) == "/") || (m.anchor + 1 < end_ && Norm(m.anchor + 1) == "/")) return;
    int source = m.source_group, target = m.target_group;
    if (!FindRoles(m, &source, &target)) return;
    const bool visit = p.code == "042" || p.code == "043" || p.code == "044";
    protest_ = p.code.starts_with("14");
    std::vector<Party> sources = Parties(source, visit), targets = Parties(target, visit);
    if (sources.empty() && implicit_state_) sources = ImplicitState(m, targets);
    if (sources.empty()) return;
    if (filters_.InThatClauseOfEvent(m)) return;
    ResolveCountries(&sources, &targets);
    committed_ = future_ = false;
    refused_ = false;
    Modality modality =
        DetectModality(lex_, tt_, view_.span, m.first, m.last, p.intent, &committed_, &future_, &refused_);
    if (modality == Modality::kAsserted) modality = LightVerbModality(m, p.intent);
    // "Papandreou will not negotiate with Ankara": a refused act is a rejection (12x,
    // data/cameo/refusal.tsv), the source's alone.
    refusal_code_ = modality == Modality::kNegated && refused_ && !(options_.context_rules_off & kRuleModality)
                        ? lex_.cameo.RefusalOf(p.code)
                        : "";
    if (!refusal_code_.empty()) modality = Modality::kAsserted;
    if (modality == Modality::kAsserted && filters_.IsComplementOfEvent(m)) modality = Modality::kHypothetical;
    if (options_.context_rules_off & kRuleModality) modality = Modality::kAsserted;
    if (Background(m, modality)) return;
    if (modality != Modality::kAsserted && !options_.keep_non_asserted) return;
    Emit(m, source, target, modality, &sources, &targets, out);
  }

  // "would be launching an inquiry into X", "plans to impose sanctions on": an event
  // noun takes the modality of the verb whose object it is.
  Modality LightVerbModality(const PatternMatch& m, bool intent) {
    const SentenceTree* tree = in_.tree;
    if (!tree || !tree->Covers(m.anchor)) return Modality::kAsserted;
    syntax::Upos u = tree->Upos(m.anchor);
    if (u != syntax::Upos::kNoun && u != syntax::Upos::kPropn) return Modality::kAsserted;
    // "A meeting between Biden and Xi could take place": so does the subject of a verb.
    const uint8_t rel = syntax::UniversalDeprel(tree->Deprel(m.anchor));
    int64_t head = tree->Head(m.anchor);
    if ((rel != syntax::kObj && rel != syntax::kObl && rel != syntax::kNsubj) || head < 0 ||
        !tree->Covers(static_cast<uint32_t>(head)) || tree->Upos(static_cast<uint32_t>(head)) != syntax::Upos::kVerb)
      return Modality::kAsserted;
    const auto h = static_cast<uint32_t>(head);
    // "voted to seek an expedited probe", "aims at a settlement": what is sought has
    // not happened; "promised aid", "plans an inquiry": an intention.
    if (rel == syntax::kObj && lex_.Is(tt_.tokens[h].word, kTentativeVerb)) return Modality::kHypothetical;
    const Modality verb = DetectModality(lex_, tt_, view_.span, h, h + 1, intent, &committed_, &future_, &refused_);
    if (verb == Modality::kAsserted && rel == syntax::kObj && lex_.Is(tt_.tokens[h].word, kIntentVerb))
      return Modality::kIntended;
    return verb;
  }

  // Source and target groups of match m: from the tree when it is confident, else from
  // word positions. False when the match names no event of its own.
  bool FindRoles(const PatternMatch& m, int* source, int* target) {
    source_from_tree_ = false;
    implicit_state_ = false;
    TreeUse use = TreeUse::kFallback;
    if (in_.tree && in_.tree->Covers(m.anchor)) {
      int s = *source, t = *target;
      use = TreeSourceTarget(m, &s, &t);
      if (use == TreeUse::kNoEvent) return false;
      if (use == TreeUse::kUsed) *source = s, *target = t;
    }
    if (use == TreeUse::kUsed) return true;
    // "Japan's economic policies face fierce international attack" (misparsed): by word
    // positions too, the subject of an undergo verb ("face", "suffer") just before the
    // event noun undergoes it; with no agent named there is no event.
    if (*source < 0 && UndergoBefore(m.anchor)) return false;
    if (pos_.IsPassive(m.anchor) && *source < 0) {
      int by = pos_.ByAgent(m.anchor + 1);
      int subject = pos_.SubjectOf(m);
      if (by < 0 && subject >= 0 && StateAct(m)) {
        implicit_state_ = true;
        if (*target < 0) *target = subject;
        return true;
      }
      if (by < 0 || subject < 0) return false;
      *source = by;
      if (*target < 0) *target = subject;
    } else if (*source >= 0 && *target < 0 && Group(*source).tok_begin > m.anchor) {
      // "X received weapons from $": the source is named after the verb, so the
      // subject is the target.
      *target = pos_.SubjectBefore(m.first);
    } else {
      if (*source < 0) *source = pos_.SharedSubject(m);
      if (*source < 0) *source = pos_.SubjectOf(m);
      // "Jack Straw, visiting Beijing, criticised ...": never a subject from inside a
      // clause that only describes another word.
      if (*source >= 0 && *source != m.source_group && InTreeModifier(Group(*source).tok_begin, m.anchor)) *source = -1;
      if (*target < 0) *target = pos_.ObjectAfter(m.anchor + 1, *source, m.last);
    }
    return true;
  }

  void ResolveCountries(std::vector<Party>* sources, std::vector<Party>* targets) {
    if (options_.context_rules_off & kRuleCountries) return;
    // "Chad's government said soldiers arrested six Sudanese fighters": the speaker's
    // country comes before the other party's (a domestic reading), and that before the
    // places the sentence names.
    for (Party& s : *sources) ResolveFromSentence(&s, CountrySource::kWords);
    for (Party& t : *targets) ResolveFromSentence(&t, CountrySource::kWords);
    const std::vector<Party> s0 = *sources, t0 = *targets;
    for (Party& s : *sources) ResolveCountry(&s, t0);
    for (Party& t : *targets) ResolveCountry(&t, s0);
    for (Party& s : *sources) ResolveFromSentence(&s, CountrySource::kPlace);
    for (Party& t : *targets) ResolveFromSentence(&t, CountrySource::kPlace);
    // "Armacost will visit Tokyo for meetings with officials": the officials a visitor
    // meets are the host's.
    if (const std::string host = VisitedCountry(); !host.empty())
      for (Party& t : *targets)
        if (discourse::Unresolved(t.code)) t.code = host + t.code.substr(3);
  }

  // The country the sentence's visit went to ("will visit Tokyo", "arrived in Bonn"),
  // when its visits so far name one bare country; else empty.
  std::string VisitedCountry() const { return visited_ == "*" ? std::string() : visited_; }

  // "Turkey, which occupies northern Cyprus", "X has long supported Y": a standing
  // state or background, not a new event. So is an act over a long or long-past span
  // ("Russia, which had mediated between the two countries for decades").
  bool Background(const PatternMatch& m, Modality modality) const {
    if (options_.context_rules_off & kRuleTime) return false;
    if (DetectBackground(lex_, tt_, view_.span, m.anchor) != BackgroundKind::kNone) return true;
    if (!in_.times) return false;
    const TimeExpr* t = EventTime(lex_, tt_, *in_.times, begin_, end_, m.anchor);
    return t && t->background && LongSpan(*t, modality);
  }

  // "Biden attacked Trump on paying fewer taxes", "Labour and the Tories have clashed
  // over tax": fighting words (190) between politicians —
  // governments, parties, legislators, opposition and former leaders, never armed
  // forces or bare states — are criticism (111), not force (19x).
  static bool VerbalFight(std::string_view code, std::string_view source, std::string_view target) {
    if (code != "190") return false;  // not weapons: "launched missiles at the government" stays 194
    auto political = [](std::string_view c) {
      // (an agent whose country comes later from the story counts: "the administration")
      if (c.size() != 6 || c.substr(0, 3) == "IGO" || c.substr(0, 3) == "NGO") return false;
      return PoliticalAgent(c.substr(3));
    };
    return political(source) && political(target);
  }

  // The current match is an act that simply will happen ("will visit", "will supply"),
  // not a threat ("will attack": 138), see Emit.
  bool FutureAct(const std::string& code) const {
    return future_ && lex_.cameo.IntentOf(code).substr(0, 2) != "13";
  }

  // The intent code a committed act is coded as ("agreed to release": 084 -> 0353), or
  // empty when the act keeps its own code: asserted, a plain future act, or no intent.
  std::string_view CommittedIntent(const std::string& code, Modality modality) const {
    if (modality != Modality::kIntended || !committed_ || FutureAct(code)) return {};
    return lex_.cameo.IntentOf(code);
  }

  // Writes the events of match m between its parties (both ways for mutual events,
  // reversed for PETRARCH's reverse codes), with modality, quantity and date.
  void Emit(const PatternMatch& m, int source, int target, Modality modality, std::vector<Party>* sources,
            std::vector<Party>* targets, std::vector<Event>* out) {
    const lexicon::Pattern& p = lex_.patterns[m.pattern];
    // Quantity: between the trigger and the end of the target (or a few tokens on).
    uint32_t q_end = target >= 0 ? Group(target).tok_end : std::min(end_, m.last + 6);
    if (q_end < m.anchor + 1) q_end = std::min(end_, m.last + 6);
    std::optional<Quantity> quantity = FindQuantity(lex_, tt_, view_.story_text, m.anchor + 1, q_end);
    // "Obama and Putin said they will attack Iraq": a pronoun that refers back to the
    // compound subject is that subject again, never its members' partner.
    auto refers_to_source = [&](const Party& t) {
      if (t.ref_begin < 0) return false;
      for (const Party& s : *sources)
        if (static_cast<int32_t>(s.tok_begin) == t.ref_begin) return true;
      return false;
    };
    auto emit = [&](const Party& s, const Party& t, const std::string& code) {
      if (!t.code.empty() && SameActor(s.code, t.code) && !TwoPeople(s, t)) return;
      // A takeover bid, a supply deal or a price talk between firms is business news.
      if (BusinessActor(s.code) && BusinessActor(t.code)) return;
      if (refers_to_source(t) || refers_to_source(s)) return;
      Event e;
      e.source.code = s.code;
      e.source.text = s.text;
      e.source.ref = RefSpan(s);
      e.target.code = t.code;
      e.target.text = t.text;
      e.target.ref = RefSpan(t);
      e.code = refusal_code_.empty() ? code : std::string(refusal_code_);
      if (VerbalFight(e.code, s.code, t.code)) e.code = "111";
      // "repulsed the attack, killing thousands of Iranians": killing many of a country or
      // its forces is fighting (190); mass killing (202) is of civilians.
      if (e.code == "202" && (t.code.size() == 3 || (t.code.size() == 6 && t.code.compare(3, 3, "MIL") == 0)))
        e.code = "190";
      e.modality = modality;
      // CAMEO has no future tense: a committed act ("agreed to release", "vowed to
      // strike") is coded as the intent to do it (03x, or a threat 13x). An act that
      // simply will happen ("Armacost will visit Tokyo next week", "the United States
      // will supply arms to Israel") keeps its code with modality intended, as the
      // real-news coders and en_petr2_gsr code it; "will attack" stays a threat.
      if (std::string_view intent = CommittedIntent(code, modality); !intent.empty()) e.code = std::string(intent);
      e.quantity = quantity;
      SetEventDate(m.anchor, &e);
      e.event_begin = tt_.tokens[m.first].byte_begin;
      e.event_end = tt_.tokens[m.last > m.first ? m.last - 1 : m.first].byte_end;
      for (const Event& x : *out)
        if (x.source.code == e.source.code && x.target.code == e.target.code && x.code == e.code) return;
      if ((e.code == "042" || e.code == "044") && t.code.size() == 3 && !discourse::Unresolved(t.code))
        visited_ = visited_.empty() || visited_ == t.code ? t.code : "*";
      NoteTalks(e, s, t);
      out->push_back(std::move(e));
    };
    // "Ukraine's army and Russian forces fought for Bakhmut": when a mutual event's
    // compound subject already holds the object's actor (a place of one side), the
    // object is where they met or fought; the event is between the subject's members.
    if (p.recip && sources->size() >= 2 && m.target_group < 0 && !targets->empty()) {
      bool place = true;
      for (const Party& t : *targets) {
        bool owned = false;
        for (const Party& s : *sources) owned = owned || (t.code.size() == 3 && SameActor(s.code, t.code));
        place = place && owned;
      }
      if (place) targets->clear();
    }
    // "India placed its troops on high alert along the border with Pakistan", "Greece
    // put its armed forces on alert": a show of force (15x) done with one's own forces
    // is aimed at the one other country the sentence names, else at no one.
    if (p.code.starts_with("15") && !targets->empty() && !sources->empty()) {
      bool own = true;
      for (const Party& t : *targets)
        for (const Party& src : *sources) own = own && SameActor(src.code, t.code);
      if (own) *targets = PostureTargets(*sources, target);
    }
    if (targets->empty() && p.code.starts_with("15") && !sources->empty() && source_from_tree_) {
      for (const Party& a : *sources)
        if (!BusinessActor(a.code)) emit(a, Party{}, p.code);  // "SpaceX tested its rocket"
      return;
    }
    if (targets->empty()) {
      // A mutual event between the members of a compound subject.
      if (p.recip && sources->size() >= 2) {
        for (const Party& a : *sources)
          for (const Party& b : *sources) emit(a, b, p.code);
      } else if (AllowsNoTarget(p, source, *sources) && !p.reverse_only) {
        const Party host = ProtestHost(p, *sources);
        for (const Party& a : *sources) emit(a, host, p.code);
      }
      return;
    }
    for (const Party& s : *sources)
      for (const Party& t : *targets) {
        if (!refusal_code_.empty()) {  // a refusal has no reverse or mutual reading
          emit(p.reverse_only ? t : s, p.reverse_only ? s : t, p.code);
          continue;
        }
        if (!p.reverse_only) emit(s, t, p.code);
        if (p.reverse_only)
          emit(t, s, p.code);
        else if (!p.reverse_code.empty())
          emit(t, s, p.reverse_code);
        else if (p.recip && CommittedIntent(p.code, modality).empty())
          // "Nakasone hopes to meet Reagan": the intent (036) is the subject's alone.
          emit(t, s, p.code);
      }
  }

  // The parties of the one group other than `own` whose actors are all of another
  // country than the sources ("the border with Pakistan"); none when there are several.
  std::vector<Party> PostureTargets(const std::vector<Party>& sources, int own) const {
    std::vector<Party> found;
    int groups = 0;
    for (std::size_t g = 0; g < in_.actors->groups.size(); ++g) {
      if (static_cast<int>(g) == own) continue;
      std::vector<Party> parties = Parties(static_cast<int>(g));
      bool other = !parties.empty();
      for (const Party& t : parties)
        for (const Party& src : sources)
          other = other && HasCountry(t.code) && t.code.compare(0, 3, src.code, 0, 3) != 0;
      if (!other) continue;
      if (++groups > 1) return {};
      found = std::move(parties);
    }
    return found;
  }

  // The last name of a party named with an agent in its code ("Mr Blair", "he" for
  // "Tony Blair", "Labour"), or empty.
  std::string_view Surname(const Party& p) const {
    if (p.code.size() < 6) return {};
    uint32_t b = p.tok_begin, e = p.tok_end;
    if (p.ref_begin >= 0 && p.ref_end > p.ref_begin && static_cast<std::size_t>(p.ref_end) <= tt_.tokens.size())
      b = static_cast<uint32_t>(p.ref_begin), e = static_cast<uint32_t>(p.ref_end);
    // A capitalised word ends the name ("Blair", "Mr Brown"); it is no agent noun
    // ("Labour MPs").
    if (e <= b || e > tt_.tokens.size()) return {};
    if (!tt_.tokens[e - 1].Has(text::kWord) || !tt_.tokens[e - 1].Has(text::kCapitalized)) return {};
    const uint32_t w = tt_.tokens[e - 1].word;
    if (w != 0 && !lex_.agents.trie().Payload(lex_.agents.trie().Child(0, w)).empty()) return {};
    return Norm(e - 1);
  }
  // "Mr Blair denied Mr Brown made that quote": two people of one government are two
  // parties, though their codes are the same (GBRGOV).
  bool TwoPeople(const Party& a, const Party& b) const {
    std::string_view x = Surname(a), y = Surname(b);
    return !x.empty() && !y.empty() && x != y;
  }

  // The story text a party was resolved from ("Gordon Brown" for "he").
  std::optional<TextSpan> RefSpan(const Party& p) const {
    if (p.ref_begin < 0 || p.ref_end <= p.ref_begin || static_cast<std::size_t>(p.ref_end) > tt_.tokens.size())
      return std::nullopt;
    const auto b = static_cast<uint32_t>(p.ref_begin), e = static_cast<uint32_t>(p.ref_end);
    return TextSpan{tt_.tokens[b].byte_begin, tt_.tokens[e - 1].byte_end, Text(b, e)};
  }

  // "Despite the success of the talks over the past two days, ...", "The meeting was
  // attended by ...": a sentence that codes nothing else but names a consultation
  // with a definite article ("the talks", "the two-day meeting") reports the story's
  // last one again, between the same parties (both ways), unless it did not or may
  // not happen ("the talks could resume").
  void TalksAnaphora(std::vector<Event>* out) {
    if (ctx_->last_talks.size() != 2) return;
    // "The meeting was attended by French President Mitterand ...": a sentence that
    // names a country outside the pair is about another meeting.
    for (const Mention& m : in_.actors->mentions) {
      if (m.code.size() < 3 || discourse::Unresolved(m.code) || m.code[0] == '@') continue;
      if (m.code.compare(0, 3, ctx_->last_talks[0], 0, 3) != 0 && m.code.compare(0, 3, ctx_->last_talks[1], 0, 3) != 0)
        return;
    }
    for (uint32_t t = begin_; t < end_; ++t) {
      const uint64_t c = lex_.ClassOf(tt_.tokens[t].word);
      if (!(c & (kConsultNoun | kNegotiationNoun))) continue;
      uint32_t det = t;
      for (uint32_t k = 1; k <= 4 && t >= begin_ + k; ++k) {
        const std::string_view w = Norm(t - k);
        if (w == "the") {
          det = t - k;
          break;
        }
        const text::Token& tok = tt_.tokens[t - k];
        if (w != "-" && (!tok.Has(text::kWord) || tok.Has(text::kCapitalized) || Cls(t - k) != 0)) break;
      }
      if (det == t) continue;
      bool committed = false, future = false, refused = false;
      Modality modality = DetectModality(lex_, tt_, view_.span, t, t + 1, false, &committed, &future, &refused);
      // "the summit could inject fresh impetus", "the talks will end": the noun's own
      // verb is modal.
      for (uint32_t k = t + 1; modality == Modality::kAsserted && k < end_ && k <= t + 4; ++k) {
        if (Norm(k) == "," || (Cls(k) & kClauseBoundary)) break;
        if (Cls(k) & kHypothetical) modality = Modality::kHypothetical;
        if (Cls(k) & kIntended) modality = Modality::kIntended;
      }
      if (modality == Modality::kNegated || (modality != Modality::kAsserted && !options_.keep_non_asserted)) return;
      const std::string code = (c & kNegotiationNoun) ? "046" : "040";
      const std::string text = Text(det, t + 1);
      Party a{ctx_->last_talks[0], text, det, t + 1, ctx_->last_talks_tokens[0].first,
              ctx_->last_talks_tokens[0].second};
      Party b{ctx_->last_talks[1], text, det, t + 1, ctx_->last_talks_tokens[1].first,
              ctx_->last_talks_tokens[1].second};
      for (const auto& [s, o] : {std::pair(a, b), std::pair(b, a)}) {
        Event e;
        e.source.code = s.code;
        e.source.text = s.text;
        e.source.ref = RefSpan(s);
        e.target.code = o.code;
        e.target.text = o.text;
        e.target.ref = RefSpan(o);
        e.code = code;
        e.modality = modality;
        SetEventDate(t, &e);
        e.event_begin = tt_.tokens[det].byte_begin;
        e.event_end = tt_.tokens[t].byte_end;
        out->push_back(std::move(e));
      }
      return;
    }
  }

  // Remembers the parties of a cooperation between two resolved actors of different
  // countries (03x-06x: meetings, talks, visits, agreements, aid) for a later "the
  // talks": talks lead to agreements, visits and aid.
  void NoteTalks(const Event& e, const Party& s, const Party& t) {
    const std::string_view root = std::string_view(e.code).substr(0, 2);
    if (root < "03" || root > "06" || discourse::Unresolved(s.code) || discourse::Unresolved(t.code) ||
        s.code.size() < 3 || t.code.size() < 3 || s.code.compare(0, 3, t.code, 0, 3) == 0)
      return;
    auto span = [](const Party& p) {
      return p.ref_begin >= 0 ? std::pair(p.ref_begin, p.ref_end)
                              : std::pair(static_cast<int32_t>(p.tok_begin), static_cast<int32_t>(p.tok_end));
    };
    ctx_->last_talks = {s.code, t.code};
    ctx_->last_talks_tokens = {span(s), span(t)};
  }

  // Remembers the last compound of two or more named actors for "the two countries".
  void RememberPair() {
    for (const MentionGroup& g : in_.actors->groups) {
      if (g.members.size() < 2) continue;
      std::vector<std::string> codes;
      std::vector<std::pair<int32_t, int32_t>> spans;
      for (uint32_t m : g.members)
        if (MentionAt(m).code[0] != '@' && !MentionAt(m).agent_only) {
          codes.push_back(MentionAt(m).code);
          spans.emplace_back(MentionAt(m).tok_begin, MentionAt(m).tok_end);
        }
      if (codes.size() >= 2) ctx_->last_pair = codes, ctx_->last_pair_tokens = spans;
    }
  }

  SentenceScope scope_;
  ClauseFilters filters_;
  PositionRoles pos_;
  const LexiconData& lex_;
  const match::SentenceView& view_;
  const SentenceInput& in_;
  const text::TokenizedText& tt_;
  const CodeOptions& options_;
  StoryContext* ctx_;
  uint32_t begin_, end_;
  std::vector<int> group_of_;  // token -> group, filled on first tree use
  std::vector<bool> locative_group_;
  std::vector<bool> event_anchor_;                         // token triggers a verb pattern
  std::optional<discourse::SentenceCountries> countries_;  // made on first need
  std::string visited_;  // see VisitedCountry
  bool protest_ = false;  // the current match is a protest (14x): see Parties
  bool source_from_tree_ = false;                          // the current match's source is its parsed subject
  bool committed_ = false;  // the current match's intention commits its source (DetectModality)
  bool future_ = false;     // and is a bare future ("will visit")
  bool refused_ = false;           // and is negated as the source's refusal ("would not")
  std::string_view refusal_code_;  // the current match's act is refused: its 12x code
  bool implicit_state_ = false;  // the current match is a passive state act with no agent (StateAct)
};

}  // namespace

void AssembleEvents(const match::SentenceView& v, const SentenceInput& in, StoryContext* ctx, std::vector<Event>* out) {
  SentenceAssembler(v, in, ctx).Run(out);
}

}  // namespace parley::events
