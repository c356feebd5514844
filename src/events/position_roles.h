#pragma once
// Position role finder: sources and targets from word order alone — the actor group
// right before the event words is the subject, the first one after them (same clause,
// within eight words) the object; "was ... by X" is a passive. Used with --no-syntax,
// and with a parse where the tree gives no actor subject.
#include <cstdint>

#include "events/sentence_scope.h"

namespace parley::events {

class PositionRoles {
 public:
  explicit PositionRoles(const SentenceScope& s) : s_(s), in_(s.in), tt_(s.tt), begin_(s.begin), end_(s.end) {}

  // The group right before token t in the same clause that could be a subject.
  int SubjectBefore(uint32_t t) const;
  // The subject of match m (see the .cc for weapon subjects).
  int SubjectOf(const match::PatternMatch& m) const;
  // "X condemned ... and promised aid to Z": the subject shared over "and".
  int SharedSubject(const match::PatternMatch& m) const;
  // The first non-locative group after token t within 8 tokens, same clause.
  int ObjectAfter(uint32_t t, int exclude, uint32_t window_from = 0) const;
  // "X was attacked by Y": the trigger follows a form of "be".
  bool IsPassive(uint32_t anchor) const;
  // The group right after "by" near token `last`, or -1.
  int ByAgent(uint32_t last) const;

 private:
  int SubjectBeforeInsertion(uint32_t t) const;
  bool PlainModifier(uint32_t t) const;
  bool Plural(uint32_t t) const;
  bool AgentsOnly(const match::MentionGroup& g) const;

  uint32_t Cls(uint32_t t) const { return s_.Cls(t); }
  bool Is(uint32_t t, uint64_t cls) const { return s_.Is(t, cls); }
  std::string_view Norm(uint32_t t) const { return s_.Norm(t); }
  const match::MentionGroup& Group(int g) const { return s_.Group(g); }
  const match::Mention& MentionAt(uint32_t m) const { return s_.MentionAt(m); }

  const SentenceScope& s_;
  const SentenceInput& in_;
  const text::TokenizedText& tt_;
  uint32_t begin_, end_;
};

}  // namespace parley::events
