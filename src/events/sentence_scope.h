#pragma once
// SentenceScope: one sentence as the event stages see it — its tokens and their word
// classes, its actors and its pattern matches — with the small lookups they all use.
// Built once per sentence by the assembler; the clause filters and the role finders
// read it. Holds references only; it lives as long as the SentenceView and the
// SentenceInput it wraps.
#include <cstdint>
#include <string>
#include <string_view>

#include "events/assembler.h"
#include "text/utf8.h"

namespace parley::events {

struct SentenceScope {
  SentenceScope(const match::SentenceView& v, const SentenceInput& input)
      : lex(v.lex), view(v), in(input), tt(v.tt), begin(v.tok_begin()), end(v.tok_end()) {}

  uint32_t Cls(uint32_t t) const { return lex.GrammarClass(tt.tokens[t].word); }
  // True when the word at t is in one of the word lists `cls` (kPreposition ...).
  bool Is(uint32_t t, uint64_t cls) const { return lex.Is(tt.tokens[t].word, cls); }
  std::string_view Norm(uint32_t t) const { return tt.Norm(t); }
  const match::MentionGroup& Group(int g) const { return in.actors->groups[static_cast<std::size_t>(g)]; }
  const match::Mention& MentionAt(uint32_t m) const { return in.actors->mentions[m]; }
  // The valid UTF-8 text of tokens [tb, te).
  std::string Text(uint32_t tb, uint32_t te) const {
    if (te <= tb) return "";
    std::size_t b = tt.tokens[tb].byte_begin, e = tt.tokens[te - 1].byte_end;
    return text::ToValidUtf8(view.story_text.substr(b, e - b));
  }

  const LexiconData& lex;
  const match::SentenceView& view;
  const SentenceInput& in;
  const text::TokenizedText& tt;
  uint32_t begin, end;  // the sentence's tokens
};

}  // namespace parley::events
