#include "match/pattern_matcher.h"

#include <algorithm>
#include <array>

namespace parley::match {
namespace {

using lexicon::Pattern;
using lexicon::PatternElement;
using Kind = lexicon::PatternElement::Kind;
using Candidate = LexiconData::PatternCandidate;

}  // namespace

class SentenceMatcher {
 public:
  SentenceMatcher(const LexiconData& lex, const text::TokenizedText& tt, const text::SentenceSpan& s,
                  const SentenceActors& actors, PatternScratch* scratch)
      : lex_(lex),
        tt_(tt),
        begin_(static_cast<uint32_t>(s.tok_begin)),
        end_(static_cast<uint32_t>(s.tok_end)),
        actors_(actors),
        sc_(*scratch) {
    if (sc_.lex_ != &lex) {
      sc_.lex_ = &lex;
      sc_.words_.assign(lex.vocab.size() / 64 + 1, 0);
      sc_.with_ = lex.vocab.Find("with");
      sc_.between_ = lex.vocab.Find("between");
    }
    sc_.group_at_.assign(end_ - begin_, -1);
    for (std::size_t g = 0; g < actors.groups.size(); ++g)
      sc_.group_at_[actors.groups[g].tok_begin - begin_] = static_cast<int>(g);
    for (uint32_t t = begin_; t < end_; ++t) SetWord(tt_.tokens[t].word, true);
  }
  ~SentenceMatcher() {
    for (uint32_t t = begin_; t < end_; ++t) SetWord(tt_.tokens[t].word, false);
  }
  SentenceMatcher(const SentenceMatcher&) = delete;
  SentenceMatcher& operator=(const SentenceMatcher&) = delete;

  // Whether the sentence holds the word (exact: a bit per vocabulary id).
  bool Holds(uint32_t word) const { return (sc_.words_[word / 64] >> (word % 64)) & 1; }

  // False when the sentence lacks every word of one of c's required groups, so that c's
  // pattern cannot match it (every literal element matches a token of the sentence).
  bool MayMatch(const Candidate& c) const {
    if (c.key_word != 0 && !Holds(c.key_word)) return false;
    const std::vector<uint32_t>& req = lex_.required_words;
    for (uint32_t i = c.required_begin; i < c.required_end;) {
      const uint32_t n = req[i++], group_end = i + n;
      bool found = false;
      for (; i < group_end && !found; ++i) found = Holds(req[i]);
      if (!found) return false;
      i = group_end;
    }
    return true;
  }

  bool TokenMatches(const PatternElement& el, uint32_t t) const {
    uint32_t w = tt_.tokens[t].word;
    if (w != 0)
      for (uint32_t x : el.words)
        if (x == w) return true;
    if (!el.prefixes.empty()) {
      std::string_view n = tt_.Norm(t);
      for (const std::string& p : el.prefixes)
        if (n.size() >= p.size() && n.compare(0, p.size(), p) == 0) return true;
    }
    return false;
  }

  bool Boundary(uint32_t t) const { return lex_.ClassOf(tt_.tokens[t].word) & kClauseBoundary; }

  // A pattern word that names the partner of an event noun: "with", "between".
  bool PartnerPreposition(const PatternElement& el) const {
    for (uint32_t w : el.words)
      if (w != 0 && (w == sc_.with_ || w == sc_.between_)) return true;
    return false;
  }

  // "a summit meeting in Ottawa between Reagan and Mulroney", "talks here with Iran": a
  // place phrase (a locative word and up to three words, no verb, comma or clause
  // boundary) between an event noun and its partner's preposition is skipped.
  bool SkipPlace(const Pattern& p, std::size_t k, uint32_t t, PatternMatch* m) const {
    if (!(lex_.ClassOf(tt_.tokens[t].word) & kLocative) && tt_.Norm(t) != "here") return false;
    for (uint32_t u = t + 1; u < end_ && u <= t + 4; ++u) {
      if (TokenMatches(p.elements[k], u)) return Forward(p, k + 1, u + 1, m);
      const uint32_t c = lex_.ClassOf(tt_.tokens[u].word);
      if (Boundary(u) || (c & kVerbForm) || tt_.Norm(u) == ",") return false;
    }
    return false;
  }

  // A group starting at t, after at most 3 modifiers (determiners, numbers, adjectives).
  int GroupNear(uint32_t t, uint32_t* group_end) const {
    for (uint32_t k = 0; k < 4 && t + k < end_; ++k) {
      int g = sc_.group_at_[t + k - begin_];
      if (g >= 0) {
        *group_end = actors_.groups[static_cast<std::size_t>(g)].tok_end;
        return g;
      }
      uint32_t c = lex_.ClassOf(tt_.tokens[t + k].word);
      // "with high-level officials": the word after a hyphen inside a compound
      // modifier is no verb, whatever it spells.
      const bool compound = k >= 2 && tt_.Norm(t + k - 1) == "-" &&
                            tt_.tokens[t + k - 2].byte_end == tt_.tokens[t + k - 1].byte_begin &&
                            tt_.tokens[t + k - 1].byte_end == tt_.tokens[t + k].byte_begin;
      if (Boundary(t + k) || (!compound && (c & kVerbForm)) || tt_.Norm(t + k) == ",") return -1;
      // "would recognise that Labour had brought stability": after "that" comes a clause,
      // whose subject is not the slot's actor.
      if (tt_.Norm(t + k) == "that") return -1;
      // "was condemned by France for ...": a by-phrase the pattern does not spell is the
      // passive's agent, never the slot's actor ("{condemn} + for").
      if (c & kBy) return -1;
      // A preposition starts another phrase: in "{pledge} .. million .. in +", the
      // actor of "in aid to Indonesia" is not the object of "in".
      if (k > 0 && lex_.Is(tt_.tokens[t + k].word, kPreposition)) return -1;
    }
    return -1;
  }

  // Matches elements [k..] of p from token t forward.
  bool Forward(const Pattern& p, std::size_t k, uint32_t t, PatternMatch* m) const {
    if (k == p.elements.size()) {
      m->last = t;
      return true;
    }
    const PatternElement& el = p.elements[k];
    switch (el.kind) {
      case Kind::kWord:
      case Kind::kVerb: {
        // Determiners between pattern words are skipped: "{issue} joint statement"
        // matches "issued a joint statement".
        for (uint32_t skipped = 0; t < end_ && skipped <= 2; ++t, ++skipped) {
          if (TokenMatches(el, t)) return Forward(p, k + 1, t + 1, m);
          if (!(lex_.ClassOf(tt_.tokens[t].word) & kDeterminer)) break;
        }
        return t < end_ && k > 0 && p.elements[k - 1].kind == Kind::kWord && PartnerPreposition(el) &&
               SkipPlace(p, k, t, m);
      }
      case Kind::kGap: {
        // Skips up to kMaxGap units; a named actor counts as one unit.
        uint32_t units = 0, group_end = 0;
        for (uint32_t x = t; x <= end_; ++x) {
          if (Forward(p, k + 1, x, m)) return true;
          if (x == end_ || Boundary(x)) return false;
          int g = sc_.group_at_[x - begin_];
          if (g >= 0) group_end = actors_.groups[static_cast<std::size_t>(g)].tok_end;
          if ((g >= 0 || x >= group_end) && ++units > kMaxGap) return false;
        }
        return false;
      }
      case Kind::kTarget:
      case Kind::kSource: {
        uint32_t gend = 0;
        int g = GroupNear(t, &gend);
        if (g < 0) return false;
        int saved = el.kind == Kind::kTarget ? m->target_group : m->source_group;
        (el.kind == Kind::kTarget ? m->target_group : m->source_group) = g;
        if (Forward(p, k + 1, gend, m)) return true;
        (el.kind == Kind::kTarget ? m->target_group : m->source_group) = saved;
        return false;
      }
    }
    return false;
  }

  bool BackwardFrom(const Pattern& p, int k, uint32_t t, PatternMatch* m) const {
    if (k < 0) {
      m->first = t;
      return true;
    }
    const PatternElement& el = p.elements[static_cast<std::size_t>(k)];
    if (el.kind == Kind::kGap) {
      uint32_t units = 0;
      for (uint32_t x = t;; --x) {
        if (BackwardFrom(p, k - 1, x, m)) return true;
        if (x == begin_ || Boundary(x - 1) || tt_.Norm(x - 1) == ",") return false;
        if (++units > kMaxGap) return false;
      }
    }
    if (el.kind == Kind::kSource || el.kind == Kind::kTarget) {
      for (std::size_t g = 0; g < actors_.groups.size(); ++g)
        if (actors_.groups[g].tok_end == t) {
          int saved = el.kind == Kind::kSource ? m->source_group : m->target_group;
          (el.kind == Kind::kSource ? m->source_group : m->target_group) = static_cast<int>(g);
          if (BackwardFrom(p, k - 1, actors_.groups[g].tok_begin, m)) return true;
          (el.kind == Kind::kSource ? m->source_group : m->target_group) = saved;
        }
      return false;
    }
    if (t == begin_ || !TokenMatches(el, t - 1)) return false;
    return BackwardFrom(p, k - 1, t - 1, m);
  }
  bool Backward(const Pattern& p, uint32_t anchor, PatternMatch* m) const {
    return BackwardFrom(p, p.anchor - 1, anchor, m);
  }

  // `sorted`: candidates come most specific first, so none after a less specific one can win.
  // `by_word`: candidates listed under the token's word id, whose anchor element holds
  // that word, so the anchor matches without looking.
  void TryAnchor(uint32_t t, std::span<const Candidate> candidates, bool sorted, bool by_word, PatternMatch* best,
                 int* best_spec) const {
    for (const Candidate& c : candidates) {
      if (c.specificity < *best_spec) {
        if (sorted) break;
        continue;
      }
      if (!MayMatch(c)) continue;
      const uint32_t pi = c.pattern;
      const Pattern& p = lex_.patterns[pi];
      if (!by_word && !TokenMatches(p.elements[static_cast<std::size_t>(p.anchor)], t)) continue;
      PatternMatch m;
      m.pattern = pi;
      m.anchor = t;
      if (!Backward(p, t, &m)) continue;
      if (!Forward(p, static_cast<std::size_t>(p.anchor) + 1, t + 1, &m)) continue;
      if (p.specificity > *best_spec || (p.specificity == *best_spec && pi < best->pattern)) {
        *best = m;
        *best_spec = p.specificity;
      }
    }
  }

  void Run(std::vector<PatternMatch>* out) const {
    std::vector<uint8_t>& in_actor = sc_.in_actor_;
    in_actor.assign(end_ - begin_, 0);
    for (const auto& mn : actors_.mentions)
      for (uint32_t x = mn.tok_begin; x < mn.tok_end; ++x) in_actor[x - begin_] = 1;
    for (uint32_t t = begin_; t < end_; ++t) {
      const text::Token& tok = tt_.tokens[t];
      if (!tok.Has(text::kWord)) continue;
      if (in_actor[t - begin_]) continue;
      PatternMatch best;
      int best_spec = -1;
      if (tok.word != 0) TryAnchor(t, lex_.PatternsAnchoredBy(tok.word), true, true, &best, &best_spec);
      if (tok.norm_size >= 3) TryAnchor(t, lex_.PatternsByPrefixKey(tt_.Norm(t)), false, false, &best, &best_spec);
      if (best_spec >= 0) out->push_back(best);
    }
  }

 private:
  void SetWord(uint32_t word, bool on) {
    const uint64_t bit = uint64_t{1} << (word % 64);
    sc_.words_[word / 64] = on ? sc_.words_[word / 64] | bit : sc_.words_[word / 64] & ~bit;
  }

  const LexiconData& lex_;
  const text::TokenizedText& tt_;
  uint32_t begin_, end_;
  const SentenceActors& actors_;
  PatternScratch& sc_;
};

void MatchPatterns(const SentenceView& v, const SentenceActors& actors, PatternScratch* scratch,
                   std::vector<PatternMatch>* out) {
  out->clear();
  SentenceMatcher(v.lex, v.tt, v.span, actors, scratch).Run(out);
}

}  // namespace parley::match
