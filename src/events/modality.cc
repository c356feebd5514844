#include "events/modality.h"

#include <algorithm>
#include <string_view>

namespace parley::events {
namespace {

using std::string_view;

// The state the phases share: the sentence, the trigger and what has been found.
struct Scan {
  const LexiconData& lex;
  const text::TokenizedText& tt;
  uint32_t begin, end;  // the sentence
  uint32_t anchor, last;
  bool negated = false, hypothetical = false, intended = false;
  bool scheduled = false;   // an intention that is a schedule or a preparation ("is due to", "prepared to")
  bool infinitive = false;  // "to" right before the anchor
  bool modal = false;       // a modal or future word governs the anchor ("will", "could")
  bool future = false;      // the intention is a bare future ("will visit", "shall meet")

  uint32_t Cls(uint32_t t) const {
    const auto c = static_cast<uint32_t>(lex.ClassOf(tt.tokens[t].word));
    return (c & kHypothetical) && MonthMay(t) ? c & ~kHypothetical : c;
  }
  // "the May 17th Iraqi missile attack", "in May": the month, not the modal.
  bool MonthMay(uint32_t t) const {
    if (tt.Norm(t) != "may") return false;
    const bool capital_inside = t > begin && tt.tokens[t].Has(text::kCapitalized);
    const bool day_after = t + 1 < end && !tt.Norm(t + 1).empty() && tt.Norm(t + 1)[0] >= '0' && tt.Norm(t + 1)[0] <= '9';
    return capital_inside || day_after;
  }
  // True when the word at t is in one of the word lists `cls`; false outside the sentence.
  bool Is(int64_t t, uint64_t cls) const { return t >= begin && t < end && lex.Is(tt.tokens[t].word, cls); }
  // The word at t, or "" outside the sentence.
  string_view W(int64_t t) const { return t >= begin && t < end ? tt.Norm(static_cast<size_t>(t)) : string_view(); }
  // Clause boundaries: the grammar's boundary class, ";" and relative pronouns.
  bool Boundary(uint32_t t) const {
    string_view w = W(t);
    return (Cls(t) & kClauseBoundary) || w == ";" || w == "which" || w == "who" || w == "whom" || w == "whose";
  }
};

// "Germany said it would send tanks": a reported "would" is the future of the report,
// an intention; "would" elsewhere is hypothetical. One pass over the 20 words before
// "would" runs two scans: the near one (up to 4 words, to the clause's start) takes any
// speech verb or a past verb form; the far one ("Ongpin said the International Finance
// Corp (IFC), a World Bank affiliate, would invest ...": a long subject with an
// apposition between the speech verb and "would") takes only a past speech verb and
// stops at a modal, a negation, ";" or a quote. Either scan finding one is enough.
bool ReportedWould(const Scan& s, uint32_t t) {
  bool near = true, far = true;  // each scan still running
  for (uint32_t j = 1; j <= 20 && t >= s.begin + j && (near || far); ++j) {
    const uint32_t x = t - j, cx = s.Cls(x);
    const string_view w = s.W(x);
    if (near && j > 4) near = false;
    if (near) {
      if (cx & kSpeech) return true;
      const bool past = (cx & kVerbForm) && w.size() > 3 && w.compare(w.size() - 2, 2, "ed") == 0;
      if (past && j >= 2) return true;
      if ((cx & kClauseBoundary) || w == "," || (cx & kHypothetical)) near = false;
    }
    if (far) {  // a past speech verb: not the noun "states"
      if ((cx & kSpeech) && (w == "said" || w == "told" || w.ends_with("ed"))) return true;
      if ((cx & (kHypothetical | kNegated)) || w == ";" || w == "\"") far = false;
    }
  }
  return false;
}

// Phase 1: modal, negation and intention words up to 5 tokens before the word at `at`,
// within its clause: "did not release", "could release", "will release", "agreed to
// release". Stops at another event's verb, which has its own modality.
void ScanBefore(Scan* s, uint32_t at) {
  for (uint32_t k = 1; k <= 5 && at >= s->begin + k; ++k) {
    uint32_t t = at - k, c = s->Cls(t);
    if ((c & kClauseBoundary) || s->W(t) == ",") break;
    // "will not hesitate to strike": the words before "hesitate" are its own (see ScanInfinitives).
    if (c & kNegationAffirms) break;
    if (c & kNegated) s->negated = true;
    if (c & kHypothetical) {
      s->modal = true;
      if (s->W(t) == "would" && ReportedWould(*s, t))
        s->intended = true;
      else
        s->hypothetical = true;
    }
    if (c & kIntended) s->intended = s->modal = true;
    if ((c & kIntended) && (s->W(t) == "will" || s->W(t) == "shall" || s->W(t) == "wo")) s->future = true;
    // "must issue", "ought to": an obligation.
    if (s->W(t) == "must") s->hypothetical = s->modal = true;
    if (k == 1 && s->W(t) == "to") {
      if (at == s->anchor) s->infinitive = true;
      for (uint32_t j = 2; j <= 3 && at >= s->begin + j; ++j) {
        if (!(s->Cls(at - j) & (kIntentVerb | kIntended))) continue;
        s->intended = true;
        if (s->Is(at - j, kTentativeVerb)) s->scheduled = true;
      }
    }
    // "would be launching", "will be released": an auxiliary "be" passes the modality on.
    if ((c & kVerbForm) && !(c & kBe)) break;
  }
}

// Phase 2: the word that governs "to V". `g` is the word before "to".
void ScanGovernor(Scan* s, uint32_t g) {
  string_view w = s->W(g), before = s->W(int64_t(g) - 1);
  // "in order to", "so as to": a purpose.
  if ((w == "order" && before == "in") || (w == "as" && before == "so")) s->hypothetical = true;
  if (s->Is(g, kPurposeWord)) s->hypothetical = true;
  // "a plan to", "its plans to" (a purpose) vs "Turkey plans to" (a commitment).
  if ((w == "plan" || w == "plans") && s->Is(int64_t(g) - 1, kPlanDeterminer)) s->hypothetical = true;
  // "Azerbaijan is to release": a commitment; "the main goal is to occupy": a goal.
  if (w == "is" || w == "are") {
    if (s->Is(int64_t(g) - 1, kGoalNoun) ||
        (before.ends_with("s") && s->lex.Is(s->lex.vocab.Find(before.substr(0, before.size() - 1)), kGoalNoun)))
      s->hypothetical = true;
    else
      s->intended = true;
  }
  // "is set to", "is due to", "are scheduled to": a commitment to a schedule (the act keeps its code).
  if ((w == "set" || w == "due" || w == "scheduled" || w == "poised") && g > s->begin && (s->Cls(g - 1) & kBe))
    s->intended = s->scheduled = true;
  // "would be happy to meet", "could be willing to talk": an offer, not a fact.
  // "were willing to continue talks", "is ready to release": a commitment.
  if (s->Is(g, kWilling) && before == "be") {
    string_view m = s->W(int64_t(g) - 2);
    if (m == "would" || m == "could" || m == "might") s->hypothetical = true;
  } else if (s->Is(g, kWilling) && g > s->begin && (s->Cls(g - 1) & kBe)) {
    s->intended = true;
  }
  // "called on Iran to release", "urged the two sides to resume", "told Tehran to
  // stop": someone else's act. A subject or another governing verb on the way back
  // ends the search: "told reporters he plans to visit".
  for (int64_t k = int64_t(g), n = 0; n < 10 && k >= s->begin; --k, ++n) {
    const uint32_t t = static_cast<uint32_t>(k);
    if (s->Boundary(t) || s->Is(k, kSubjectWord)) break;
    string_view v = s->W(k);
    // "wants Putin to attack": someone else's act, wished for (but "wants to attack"
    // is the subject's own intention, coded as such).
    const bool wants_other = k < int64_t(g) && (v == "want" || v == "wants" || v == "wanted" || v == "wanting");
    if (s->Is(k, kAskVerb) || wants_other || v == "told" || v == "tells" || v == "telling") {
      s->hypothetical = true;
      break;
    }
    if (k < int64_t(g) && (s->Cls(t) & (kIntentVerb | kIntended))) break;
  }
}

// Phase 2 driver: follows a chain of infinitives ("could use to threaten", "did not
// agree to release") so the governing verb's modality reaches the trigger.
void ScanInfinitives(Scan* s) {
  uint32_t at = s->anchor;
  for (int depth = 0; depth < 3 && at >= s->begin + 2 && s->W(at - 1) == "to"; ++depth) {
    uint32_t g = at - 2;
    ScanGovernor(s, g);
    Scan sub{s->lex, s->tt, s->begin, s->end, g, g};
    ScanBefore(&sub, g);
    // "Israel will not hesitate to strike": a negated hesitation is a commitment (a
    // threat, for force), "did not hesitate to strike" a fact.
    // "hesitated to strike": not done.
    if ((s->Cls(g) & kNegationAffirms) && !sub.negated) {
      sub.hypothetical = true;
    } else if (s->Cls(g) & kNegationAffirms) {
      sub.negated = false;
      if (sub.modal) sub.intended = true, sub.hypothetical = false, s->future |= sub.future;
    }
    s->negated |= sub.negated;
    s->hypothetical |= sub.hypothetical;
    s->intended |= sub.intended;
    s->scheduled |= sub.scheduled;
    at = g;
  }
}

// Phase 3: conditions. Before the trigger in its clause, commas included: "If Iran
// attacks, the US will retaliate", "unless Baku releases", "in case they need to help
// evacuate", "Should talks fail, ...", "in the event of". After a modal trigger, up to
// the next comma: "Armenia will release the soldiers if Azerbaijan ...".
// Past a comma the condition must open its clause ("If Iran attacks, ..."), so that
// "Iran, which vowed to respond if attacked, seized a tanker" stays a fact.
void ScanConditions(Scan* s) {
  // The first token of a condition ending at t, or -1.
  auto conditional = [&](int64_t t) -> int64_t {
    string_view w = s->W(t);
    if (w == "if" || w == "unless" || w == "provided") return t;
    if (w == "case" && s->W(t - 1) == "in") return t - 1;
    if (w == "event" && s->W(t - 1) == "the" && s->W(t - 2) == "in") return t - 2;
    if (w == "should" && (t == s->begin || s->W(t - 1) == "," || s->W(t - 1) == "\"")) return t;
    return -1;
  };
  auto opens_clause = [&](int64_t t) {
    string_view p = s->W(t - 1);
    return t == s->begin || p == "," || p == "\"" || p == "that" || p == "and" || p == "but" ||
           (s->Cls(static_cast<uint32_t>(t - 1)) & kSpeech);
  };
  bool comma = false;
  for (int64_t t = int64_t(s->anchor) - 1, n = 0; t >= s->begin && n < 25; --t, ++n) {
    int64_t start = conditional(t);
    if (start >= 0 && (!comma || opens_clause(start))) {
      s->hypothetical = true;
      return;
    }
    if (start < 0 && s->Boundary(static_cast<uint32_t>(t))) break;
    if (s->W(t) == ",") comma = true;
  }
  if (!s->modal) return;
  for (uint32_t t = s->last, n = 0; t < s->end && n < 12; ++t, ++n) {
    if (s->Boundary(t) || s->W(t) == ",") break;
    if (conditional(t) >= 0) {
      s->hypothetical = true;
      return;
    }
  }
}

// Phase 4: a non-finite trigger qualified after it: "signing a peace agreement ...
// seems increasingly realistic".
void ScanAfter(Scan* s) {
  if (!s->infinitive && !(s->Cls(s->anchor) & kGerundForm)) return;
  for (uint32_t t = s->last; t < s->end; ++t) {
    uint32_t c = s->Cls(t);
    if (c & kClauseBoundary) break;
    if (c & kHypotheticalAfter) {
      s->hypothetical = true;
      break;
    }
  }
}

// Phase 5: a question: "Will Turkey attack Syria?". Closing quotes and brackets after
// the mark count.
void ScanQuestion(Scan* s) {
  for (uint32_t t = s->end; t > s->begin;) {
    string_view w = s->W(--t);
    if (w == "\"" || w == "'" || w == ")") continue;
    if (w == "?") s->hypothetical = true;
    return;
  }
}

// Phase 6: the trigger's own act excluded later in the sentence: "... signed the
// charter, with Eritrea the only state unsigned", "the only country not to sign".
void ScanExclusion(Scan* s) {
  string_view trigger = s->W(s->anchor);
  if (trigger.size() < 4) return;
  const string_view stem = trigger.substr(0, 4);
  for (uint32_t t = s->last; t + 2 < s->end; ++t) {
    if (s->W(t) != "only" || s->W(int64_t(t) - 1) != "the") continue;
    bool refusal = false;  // "not", "yet", "refused", "refusing" seen
    for (uint32_t k = t + 2; k < s->end && k < t + 7; ++k) {
      string_view w = s->W(k);
      if (w == "not" || w == "yet" || w.starts_with("refus") || w.starts_with("declin")) refusal = true;
      if ((refusal && w.starts_with(stem)) || (w.starts_with("un") && w.substr(2).starts_with(stem))) s->negated = true;
    }
    return;
  }
}

// Phase 7: a denied that-clause: "officials denied that Britain had set a deadline",
// "Iran denies that its forces attacked the tanker": what it says did not happen.
void ScanDenial(Scan* s) {
  for (uint32_t t = s->anchor, n = 0; t > s->begin + 1 && n < 16; --t, ++n) {
    const uint32_t x = t - 1;
    if (s->W(x) == ";" || s->W(x) == "\"") return;
    if (s->W(x) != "that") continue;
    // The denial right before "that", or one adverb before it ("flatly denied that").
    if (s->lex.Is(s->tt.tokens[x - 1].word, kDenialVerb) ||
        (x >= s->begin + 2 && s->lex.Is(s->tt.tokens[x - 2].word, kDenialVerb) && s->W(x - 1) != ","))
      s->negated = true;
    return;
  }
}

}  // namespace

Modality DetectModality(const LexiconData& lex, const text::TokenizedText& tt, const text::SentenceSpan& sentence,
                        uint32_t anchor, uint32_t last, bool pattern_intent, bool* committed, bool* future,
                        bool* refusal) {
  Scan s{lex,
         tt,
         static_cast<uint32_t>(sentence.tok_begin),
         static_cast<uint32_t>(sentence.tok_end),
         anchor,
         std::max(last, anchor + 1)};
  s.intended = pattern_intent;
  ScanBefore(&s, anchor);
  ScanInfinitives(&s);
  ScanConditions(&s);
  ScanAfter(&s);
  ScanQuestion(&s);
  ScanExclusion(&s);
  ScanDenial(&s);
  // "would not provide", "will not negotiate", "won't release": the source refuses.
  if (refusal) *refusal = s.negated && s.intended && !s.hypothetical;
  if (s.negated) return Modality::kNegated;
  if (s.hypothetical) return Modality::kHypothetical;
  if (committed) *committed = s.intended && (pattern_intent || !s.scheduled);
  if (future) *future = s.intended && s.future && !pattern_intent;
  if (s.intended) return Modality::kIntended;
  return Modality::kAsserted;
}

}  // namespace parley::events
