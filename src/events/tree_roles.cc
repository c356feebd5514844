#include "events/tree_roles.h"

#include <algorithm>
#include <string_view>

namespace parley::events {
namespace {

using syntax::Upos;

bool IsVerbal(Upos u) { return u == Upos::kVerb || u == Upos::kAux || u == Upos::kAdj; }
bool IsNominal(Upos u) { return u == Upos::kNoun || u == Upos::kPropn || u == Upos::kNum; }

class Finder {
 public:
  Finder(const SentenceTree& tree, const text::TokenizedText& tt, const TreeActors& actors)
      : t_(tree), tt_(tt), a_(actors) {}

  TreeRoles Find(uint32_t anchor) {
    TreeRoles r;
    r.predicate = anchor;
    const uint8_t rel = t_.Deprel(anchor);
    const Upos upos = t_.Upos(anchor);
    // "accused criminals", "Iranian-backed militias", "protest leaders": a trigger
    // that only modifies a noun names no act.
    // A noun right before the trigger is its subject misparsed ("Kenyan police fired
    // tear gas"), not what a modifier follows.
    bool after_noun = false;
    if (anchor > t_.tok_begin()) {
      const Upos prev = t_.Upos(anchor - 1);
      const text::Token& pt = tt_.tokens[anchor - 1];
      after_noun = (IsNominal(prev) && prev != Upos::kNum) ||
                   (pt.Has(text::kWord) && pt.Has(text::kCapitalized) && prev != Upos::kDet && prev != Upos::kPron &&
                    prev != Upos::kAdp);  // "Rohan restored ties" (a name)
    }
    // "the GATT negotiating group", "Kenya's ruling party": an -ing word on the noun
    // right after it modifies that noun even after another noun.
    const bool ing_modifier = (rel == syntax::kAmod || rel == syntax::kCompound) && IsIngForm(anchor) &&
                              t_.Head(anchor) == static_cast<int64_t>(anchor) + 1 && IsNominal(t_.Upos(anchor + 1));
    if (ing_modifier || (!after_noun && (rel == syntax::kAmod || (rel == syntax::kCompound && IsNominal(upos))))) {
      r.modifier = true;
      return r;
    }
    uint32_t pred = anchor;
    int noun_object = -1;
    if (IsNominal(upos)) {
      // "held talks with", "launched an attack on", "imposed sanctions against": the
      // event noun is the object of a light verb, whose subject is the source.
      int64_t h = t_.Head(anchor);
      if (rel == syntax::kObj && h >= 0 && t_.Upos(static_cast<uint32_t>(h)) == Upos::kVerb) {
        // "rejected opposition demands": the verb is an event of its own, which CAMEO
        // codes alone; its object noun is no second event.
        if (a_.event_anchor && (*a_.event_anchor)[static_cast<std::size_t>(h) - t_.tok_begin()]) {
          r.modifier = true;
          return r;
        }
        pred = static_cast<uint32_t>(h);
        noun_object = ObliqueGroup(anchor, syntax::kNmod);
        if (a_.lex && a_.lex->Is(tt_.tokens[pred].word, kUndergoVerb)) return UndergoRoles(anchor, pred, r);
      }
    }
    r.predicate = pred;
    // A noun with a subject of its own is a verb the tagger missed ("Will China attack
    // Taiwan?") or a copular predicate: the clause's roles apply.
    if (IsNominal(upos) && pred == anchor && !t_.HasChild(anchor, syntax::kNsubj) &&
        !t_.HasChild(anchor, syntax::kNsubjPass))
      return NominalRoles(anchor, r);
    bool passive = false;
    int64_t subj = SubjectWord(pred, &passive, 0);
    r.passive = passive;
    if (subj >= 0) {
      r.has_subject = true;
      int g = NominalGroup(static_cast<uint32_t>(subj), 0);
      if (g < 0) g = SubtreeGroup(static_cast<uint32_t>(subj), 0);
      // "A roadside bomb planted by Islamic State militants killed ...": the weapon's
      // agent is the one who acts.
      for (const uint32_t* c = t_.ChildrenBegin(static_cast<uint32_t>(subj));
           g < 0 && !passive && c != t_.ChildrenEnd(static_cast<uint32_t>(subj)); ++c)
        if (t_.Deprel(*c) == syntax::kAcl) g = AgentGroup(*c);
      (passive ? r.patient : r.subject) = g;
      // (Not "The GCC, an alliance which has supported Iraq": an apposition of an actor.)
      const auto noun = static_cast<uint32_t>(subj);
      const int64_t noun_head = t_.Head(noun);
      const bool appos_of_actor = syntax::UniversalDeprel(t_.Deprel(noun)) == syntax::kAppos && noun_head >= 0 &&
                                  NominalGroup(static_cast<uint32_t>(noun_head), 0) >= 0;
      r.relative_non_actor = g < 0 && t_.Deprel(pred) == syntax::kAclRelcl && noun != pred && t_.Head(pred) == subj &&
                             IsNominal(t_.Upos(noun)) && t_.Upos(noun) != Upos::kPropn && !appos_of_actor;
    }
    if (passive) r.agent = AgentGroup(pred);
    r.explicit_passive = passive && (t_.HasChild(pred, syntax::kAuxPass) || t_.HasChild(pred, syntax::kNsubjPass));
    r.object = noun_object >= 0 ? noun_object : ObjectGroup(pred, pred != anchor ? anchor : UINT32_MAX);
    r.has_object = pred == anchor && t_.HasChild(pred, syntax::kObj);
    return r;
  }

 private:
  // "Japan's policies face fierce international attack", "faced criticism from Kyiv":
  // the verb's subject undergoes the event, whose actor is the noun's "from"/"by"
  // phrase, else unnamed (then there is no event).
  TreeRoles UndergoRoles(uint32_t noun, uint32_t verb, TreeRoles r) const {
    r.predicate = verb;
    r.passive = r.explicit_passive = true;
    bool passive = false;
    const int64_t subj = SubjectWord(verb, &passive, 0);
    if (subj >= 0) r.patient = NominalGroup(static_cast<uint32_t>(subj), 0);
    for (const uint32_t* c = t_.ChildrenBegin(noun); c != t_.ChildrenEnd(noun) && r.agent < 0; ++c) {
      const std::string_view k = CaseOf(*c);
      if (syntax::UniversalDeprel(t_.Deprel(*c)) == syntax::kNmod && (k == "from" || k == "by"))
        r.agent = NominalGroup(*c, 0);
    }
    return r;
  }

  // Roles of an event noun without a light verb (see TreeRoles::nominal).
  TreeRoles NominalRoles(uint32_t noun, TreeRoles r) const {
    r.nominal = true;
    // "the Iraqi missile attack on": a pattern word that is a compound of the event noun
    // ("missile") takes that noun's roles.
    for (int depth = 0; depth < 2 && syntax::UniversalDeprel(t_.Deprel(noun)) == syntax::kCompound; ++depth) {
      const int64_t h = t_.Head(noun);
      if (h < 0 || !IsNominal(t_.Upos(static_cast<uint32_t>(h)))) break;
      noun = static_cast<uint32_t>(h);
    }
    for (const uint32_t* c = t_.ChildrenBegin(noun); c != t_.ChildrenEnd(noun); ++c) {
      if (*c == r.predicate) continue;
      const uint8_t full = t_.Deprel(*c), rel = syntax::UniversalDeprel(full);
      const bool owner = full == syntax::kNmodPoss || rel == syntax::kCompound || rel == syntax::kAmod ||
                         (rel == syntax::kNmod && CaseOf(*c) == "by");
      if (!owner) continue;
      if (full == syntax::kNmodPoss && t_.Upos(*c) == Upos::kPron) r.possessive_pronoun = true;
      const int g = NominalGroup(*c, 0);
      if (g >= 0 && !Locative(g) && r.subject < 0) r.subject = g;
    }
    // "the sanctions President Reagan imposed on Japanese exports", "the attack Iraq
    // launched on the frigate": a reduced relative clause whose verb takes the noun as
    // its object (no object of its own) names the noun's source (its subject) and target
    // (its "on/against/with" phrase).
    for (const uint32_t* c = t_.ChildrenBegin(noun); r.subject < 0 && c != t_.ChildrenEnd(noun); ++c) {
      if (t_.Deprel(*c) != syntax::kAclRelcl || t_.Upos(*c) != Upos::kVerb) continue;
      // "the sanctions that the United States imposed": the object is the relative pronoun.
      if (const int64_t obj = t_.Child(*c, syntax::kObj); obj >= 0 && !RelativePronoun(static_cast<uint32_t>(obj)))
        continue;
      const int64_t subj = t_.Child(*c, syntax::kNsubj);
      if (subj < 0 || RelativePronoun(static_cast<uint32_t>(subj))) continue;
      const int g = NominalGroup(static_cast<uint32_t>(subj), 0);
      if (g < 0 || Locative(g)) continue;
      r.subject = g;
      if (const int o = ObliqueGroup(*c, syntax::kObl); o >= 0) r.object = o;
    }
    if (r.subject >= 0) r.has_subject = true;
    // Up through the prepositional phrases that hold the noun to the first verb; a noun
    // that is the subject of a reported clause ("X told Reuters the negotiations with
    // the Paris Club had been successful") goes up to the verb of saying.
    uint32_t w = noun;
    // "The SDF suffered thousands of casualties in the Raqqa battle": an event noun that
    // only sets the scene of the verb ("in", "during", "amid"), with no party of its own
    // to act on, is not the verb's subject's act.
    const std::string_view scene_case = CaseOf(noun);
    const bool scene = syntax::UniversalDeprel(t_.Deprel(noun)) == syntax::kObl &&
                       (scene_case == "in" || scene_case == "during" || scene_case == "amid") &&
                       ObliqueGroup(noun, syntax::kNmod) < 0;
    for (int depth = 0; depth < 5; ++depth) {
      const uint8_t rel = syntax::UniversalDeprel(t_.Deprel(w));
      const int64_t h = t_.Head(w);
      if (h < 0) break;
      if (rel == syntax::kNsubj) {
        const auto clause = static_cast<uint32_t>(h);
        const int64_t says = t_.Head(clause);
        if (syntax::UniversalDeprel(t_.Deprel(clause)) != syntax::kCcomp || says < 0) break;
        w = static_cast<uint32_t>(says);
      } else if (rel == syntax::kNmod || rel == syntax::kObl || rel == syntax::kObj || rel == syntax::kIobj) {
        w = static_cast<uint32_t>(h);
      } else {
        break;
      }
      if (!IsVerbal(t_.Upos(w))) continue;
      bool passive = false;
      const int64_t subj = SubjectWord(w, &passive, 0);
      if (subj >= 0 && !passive && !scene) r.governor_subject = NominalGroup(static_cast<uint32_t>(subj), 0);
      r.governor_known = subj >= 0;
      break;
    }
    if (r.object < 0) r.object = ObliqueGroup(noun, syntax::kNmod);
    return r;
  }

  int GroupAt(uint32_t tok) const {
    if (!t_.Covers(tok)) return -1;
    return (*a_.group_of)[tok - t_.tok_begin()];
  }
  // "killed in a Russian air strike", "wounded by Israeli fire": a noun of an armed act.
  bool AttackNoun(uint32_t w) const { return a_.lex && (a_.lex->ClassOf(tt_.tokens[w].word) & kAttackNoun); }
  bool Locative(int g) const { return g >= 0 && (*a_.locative_group)[static_cast<std::size_t>(g)]; }

  // The preposition of w introduces the party an event is directed at: "talks with
  // Iran", "sanctions against Russia", "aid to Kenya" (target-case words).
  bool TargetCase(uint32_t w) const {
    const int64_t c = t_.Child(w, syntax::kCase);
    return c >= 0 && a_.lex && a_.lex->Is(tt_.tokens[static_cast<uint32_t>(c)].word, kTargetCase);
  }
  std::string_view CaseOf(uint32_t w) const {
    int64_t c = t_.Child(w, syntax::kCase);
    return c < 0 ? std::string_view() : tt_.Norm(static_cast<uint32_t>(c));
  }

  // The actor group a nominal stands for: the group holding its head word, else one
  // reached through its own modifiers ("the leaders of Armenia", "Iraq's forces",
  // "the Armenian side"), never through an apposition or a clause attached to it.
  int NominalGroup(uint32_t w, int depth) const {
    int g = GroupAt(w);
    if (g >= 0 || depth > 3) return g;
    for (const uint32_t* c = t_.ChildrenBegin(w); c != t_.ChildrenEnd(w); ++c) {
      uint8_t full = t_.Deprel(*c), rel = syntax::UniversalDeprel(full);
      bool follow = full == syntax::kNmodPoss || rel == syntax::kCompound || rel == syntax::kAmod ||
                    rel == syntax::kFlat || (rel == syntax::kNmod && (full != syntax::kNmod || CaseOf(*c) == "of"));
      if (!follow) continue;
      g = NominalGroup(*c, depth + 1);
      if (g >= 0) return g;
    }
    return -1;
  }

  // A relative pronoun standing for the noun its clause modifies ("X, which attacked").
  bool RelativePronoun(uint32_t w) const {
    std::string_view f = tt_.Norm(w);
    return f == "who" || f == "which" || f == "that" || f == "whom";
  }

  // The subject word of predicate p. Subjects are shared down coordination ("X
  // condemned ... and promised"), infinitive complements ("agreed to release"),
  // participial clauses ("..., killing eight") and from the noun a relative or
  // participial clause modifies ("forces backed by Iran").
  int64_t SubjectWord(uint32_t p, bool* passive, int depth) const {
    if (depth > 5) return -1;
    int64_t h = t_.Head(p);
    const uint8_t rel = t_.Deprel(p);
    for (const uint32_t* c = t_.ChildrenBegin(p); c != t_.ChildrenEnd(p); ++c) {
      uint8_t cr = t_.Deprel(*c);
      if (cr != syntax::kNsubj && cr != syntax::kNsubjPass) continue;
      // English passives carry a form of "be"/"get" (aux:pass); a passive subject
      // without one is a misparse of an active clause ("Amnesty International called").
      *passive = cr == syntax::kNsubjPass && t_.HasChild(p, syntax::kAuxPass);
      if (rel == syntax::kAclRelcl && h >= 0 && RelativePronoun(*c)) return h;
      return *c;
    }
    const bool own_aux = t_.HasChild(p, syntax::kAux) || t_.HasChild(p, syntax::kAuxPass);
    *passive = t_.HasChild(p, syntax::kAuxPass);
    if (h < 0) return -1;
    const uint32_t head = static_cast<uint32_t>(h);
    switch (rel) {
      case syntax::kConj: {
        if (!IsVerbal(t_.Upos(head))) return -1;
        bool head_passive = false;
        int64_t s = SubjectWord(head, &head_passive, depth + 1);
        if (!own_aux) *passive = head_passive;
        return s;
      }
      case syntax::kXcomp: {
        // "urged Egypt to free": the object controls; "agreed to release": the subject.
        int64_t obj = t_.Child(head, syntax::kObj);
        if (obj >= 0) return obj;
        bool ignored = false;
        return SubjectWord(head, &ignored, depth + 1);
      }
      case syntax::kAclRelcl:
        return h;
      case syntax::kAcl:
        // "forces backed by Iran" (passive participle), "protesters demanding reform".
        // But a participle on a noun that heads the whole sentence, with no `by`
        // phrase, is the sentence's verb misparsed: "Kenyan opposition supporters
        // protested on Monday" (EWT has few such newswire clauses).
        if (!IsIngForm(p) && !(t_.Head(head) < 0 && IsNominal(t_.Upos(head)) && !HasByPhrase(p))) *passive = true;
        return h;
      case syntax::kAdvcl: {
        if (t_.HasChild(p, syntax::kMark) && !IsIngForm(p)) return -1;
        bool ignored = false;
        return SubjectWord(head, &ignored, depth + 1);
      }
      default:
        return -1;
    }
  }

  bool HasByPhrase(uint32_t p) const {
    for (const uint32_t* c = t_.ChildrenBegin(p); c != t_.ChildrenEnd(p); ++c)
      if (t_.Deprel(*c) == syntax::kOblAgent || CaseOf(*c) == "by") return true;
    return false;
  }

  bool IsIngForm(uint32_t w) const {
    std::string_view f = tt_.Norm(w);
    return f.size() > 4 && f.substr(f.size() - 3) == "ing";
  }

  // The `by` agent of a passive predicate: its obl:agent, or a "by" phrase the parser
  // hung one level lower ("threatened with sanctions by the United States").
  int AgentGroup(uint32_t p) const {
    for (int level = 0; level < 2; ++level) {
      for (const uint32_t* c = t_.ChildrenBegin(p); c != t_.ChildrenEnd(p); ++c) {
        uint8_t cr = t_.Deprel(*c);
        if (level == 0 && (cr == syntax::kOblAgent || (cr == syntax::kObl && CaseOf(*c) == "by"))) {
          int g = NominalGroup(*c, 0);
          if (g >= 0) return g;
        }
        // "eight people were killed in a Russian air strike": the attack's actor.
        if (level == 0 && syntax::UniversalDeprel(cr) == syntax::kObl && AttackNoun(*c)) {
          std::string_view k = CaseOf(*c);
          int g = k == "in" || k == "by" || k == "during" ? NominalGroup(*c, 0) : -1;
          if (g >= 0) return g;  // "in" marks the group a place; the attack noun says otherwise
        }
        if (level == 1 && syntax::UniversalDeprel(cr) == syntax::kObl) {
          for (const uint32_t* d = t_.ChildrenBegin(*c); d != t_.ChildrenEnd(*c); ++d) {
            if (syntax::UniversalDeprel(t_.Deprel(*d)) != syntax::kNmod || CaseOf(*d) != "by") continue;
            int g = NominalGroup(*d, 0);
            if (g >= 0) return g;
          }
        }
      }
    }
    return -1;
  }

  // The first dependent of w with relation `rel` (obl or nmod) whose preposition
  // directs the event at a party, as an actor group.
  int ObliqueGroup(uint32_t w, uint8_t rel) const {
    for (const uint32_t* c = t_.ChildrenBegin(w); c != t_.ChildrenEnd(w); ++c) {
      if (t_.Deprel(*c) != rel || !TargetCase(*c)) continue;
      int g = NominalGroup(*c, 0);
      if (g >= 0 && !Locative(g)) return g;
    }
    return -1;
  }

  // The first actor inside the phrase of w, in text order ("condemned an attack by
  // Osgiliath soldiers", "restore ties with Gondor", "signed an accord to supply Gondor"),
  // not looking into clauses that only comment on it (relative clauses, parentheticals).
  int SubtreeGroup(uint32_t w, int depth) const {
    int g = GroupAt(w);
    if (g >= 0 && !Locative(g)) return g;
    // "rejected calls for the publication of advice on the legality of the Iraq war":
    // an actor that deep in the phrase is its topic, not the party acted on.
    if (depth >= 3) return -1;
    for (const uint32_t* c = t_.ChildrenBegin(w); c != t_.ChildrenEnd(w); ++c) {
      uint8_t rel = t_.Deprel(*c);
      if (rel == syntax::kAclRelcl || rel == syntax::kAppos || rel == syntax::kPunct ||
          syntax::UniversalDeprel(rel) == syntax::DeprelId("parataxis"))
        continue;
      g = SubtreeGroup(*c, depth + 1);
      if (g >= 0) return g;
    }
    return -1;
  }

  // The party an event is done to: the direct or indirect object (or the first actor
  // inside it), else an oblique with a directing preposition. `skip` is the event
  // noun of a light verb.
  int ObjectGroup(uint32_t p, uint32_t skip) const {
    for (uint8_t rel : {syntax::kObj, syntax::kIobj}) {
      for (const uint32_t* c = t_.ChildrenBegin(p); c != t_.ChildrenEnd(p); ++c) {
        if (*c == skip || t_.Deprel(*c) != rel) continue;
        // "Iran, which the Americans blame for the attacks": the relative pronoun
        // object stands for the noun the clause modifies.
        const int64_t h = t_.Head(p);
        if (rel == syntax::kObj && t_.Deprel(p) == syntax::kAclRelcl && h >= 0 && RelativePronoun(*c)) {
          const int g = NominalGroup(static_cast<uint32_t>(h), 0);
          if (g >= 0 && !Locative(g)) return g;
          continue;
        }
        int g = NominalGroup(*c, 0);
        if (g < 0) g = SubtreeGroup(*c, 0);
        if (g >= 0 && !Locative(g)) return g;
      }
    }
    int g = ObliqueGroup(p, syntax::kObl);
    if (g < 0 && skip != UINT32_MAX) g = SubtreeGroup(skip, 0);
    // "criticized the closure of guest houses in Bree", "condemned the bombing in
    // Kabul": when the act's object names no actor, the place it happened is the party.
    if (g < 0 && t_.HasChild(p, syntax::kObj)) g = PlaceGroup(p);
    return g;
  }

  int PlaceGroup(uint32_t p) const {
    for (const uint32_t* c = t_.ChildrenBegin(p); c != t_.ChildrenEnd(p); ++c) {
      if (syntax::UniversalDeprel(t_.Deprel(*c)) != syntax::kObl) continue;
      std::string_view k = CaseOf(*c);
      if (k != "in" && k != "at") continue;
      int g = GroupAt(*c);
      if (g >= 0) return g;
    }
    return -1;
  }

  const SentenceTree& t_;
  const text::TokenizedText& tt_;
  const TreeActors& a_;
};

}  // namespace

namespace {

// "China, a close ally of Islamabad," / "Mr Abbas (the Palestinian president)": an
// apposition set off by a comma, bracket or dash. "pro-EU demonstrators" parsed as an
// apposition of "pro" is none.
bool SetOffApposition(const SentenceTree& tree, const text::TokenizedText& tt, uint32_t appos) {
  int64_t h = tree.Head(appos);
  if (h < 0 || static_cast<std::size_t>(h) + 1 >= tt.tokens.size()) return true;
  std::string_view next = tt.Norm(static_cast<uint32_t>(h) + 1);
  return next != "-";
}

// The word heading the modifier clause or phrase that tok lies in, or -1.
int64_t ModifierHead(const SentenceTree& tree, const text::TokenizedText& tt, uint32_t tok) {
  for (int depth = 0; depth < 64 && tree.Covers(tok); ++depth) {
    uint8_t rel = tree.Deprel(tok);
    if (rel == syntax::kAclRelcl || rel == syntax::kAcl) return tok;
    if (rel == syntax::kAppos && SetOffApposition(tree, tt, tok)) return tok;
    if (rel == syntax::kAdvcl && !tree.HasChild(tok, syntax::kNsubj) && !tree.HasChild(tok, syntax::kMark))
      return tok;  // ", visiting Beijing,"
    int64_t h = tree.Head(tok);
    if (h < 0) return -1;
    tok = static_cast<uint32_t>(h);
  }
  return -1;
}

bool Dominates(const SentenceTree& tree, uint32_t top, uint32_t tok) {
  for (int depth = 0; depth < 64 && tree.Covers(tok); ++depth) {
    if (tok == top) return true;
    int64_t h = tree.Head(tok);
    if (h < 0) return false;
    tok = static_cast<uint32_t>(h);
  }
  return false;
}

}  // namespace

bool InModifierClause(const SentenceTree& tree, const text::TokenizedText& tt, uint32_t tok, uint32_t anchor) {
  int64_t m = ModifierHead(tree, tt, tok);
  // The event's own clause is no modifier of it (also where the parse went wrong and
  // put the whole event in one).
  return m >= 0 && !Dominates(tree, static_cast<uint32_t>(m), anchor);
}

TreeRoles FindTreeRoles(const SentenceTree& tree, const text::TokenizedText& tt, const TreeActors& actors,
                        uint32_t anchor) {
  if (!tree.Covers(anchor)) return {};
  return Finder(tree, tt, actors).Find(anchor);
}

}  // namespace parley::events
