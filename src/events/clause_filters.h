#pragma once
// Clause filters: which pattern matches of a sentence are events of their own. A match
// inside a more specific one, an event noun that is the object of an event verb, an
// infinitive or that-clause that says what was asked for ("urged Egypt to free ...",
// "demanded that Kyiv pull out") is no separate event — CAMEO codes the main act.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "events/sentence_scope.h"

namespace parley::events {

class ClauseFilters {
 public:
  explicit ClauseFilters(const SentenceScope& s) : s_(s), lex_(s.lex), in_(s.in), tt_(s.tt), begin_(s.begin) {}

  bool HasVerb(const match::PatternMatch& m) const;
  bool UsedAsNoun(uint32_t anchor) const;
  bool VisitForTalks(const match::PatternMatch& visit, const match::PatternMatch& talks) const;
  bool SameClause(uint32_t a, uint32_t b) const;
  bool Subsumed(std::size_t i) const;
  bool IsComplementOfEvent(const match::PatternMatch& m) const;
  bool InThatClauseOfEvent(const match::PatternMatch& m) const;

 private:
  uint32_t Cls(uint32_t t) const { return s_.Cls(t); }
  bool Is(uint32_t t, uint64_t cls) const { return s_.Is(t, cls); }
  std::string_view Norm(uint32_t t) const { return s_.Norm(t); }
  const match::MentionGroup& Group(int g) const { return s_.Group(g); }
  const match::Mention& MentionAt(uint32_t m) const { return s_.MentionAt(m); }

  const SentenceScope& s_;
  const LexiconData& lex_;
  const SentenceInput& in_;
  const text::TokenizedText& tt_;
  uint32_t begin_;
};

}  // namespace parley::events
