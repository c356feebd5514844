#include "discourse/story_datelines.h"

#include <algorithm>
#include <optional>

#include "discourse/actor_country.h"
#include "discourse/dateline.h"

namespace parley::discourse {
namespace {

// The one country the mentions name; "" for none or several ("BAKU/YEREVAN").
std::string OneCountry(const match::SentenceActors& actors) {
  std::string country;
  for (const match::Mention& m : actors.mentions) {
    if (!HasCountry(m.code)) continue;
    if (!country.empty() && m.code.compare(0, 3, country) != 0) return "";
    country = m.code.substr(0, 3);
  }
  return country;
}

// The body's dateline: trims its sentence and returns the country its places name.
std::string BodyDateline(const LexiconData& lex, std::string_view text, const text::TokenizedText& tt, int date,
                         const CodeOptions& options, std::vector<text::SentenceSpan>* sentences,
                         match::SentenceActors* scratch) {
  std::optional<Dateline> dl;
  std::size_t k = 0;
  for (; k < std::min<std::size_t>(sentences->size(), 3) && !dl; ++k) {
    const text::SentenceSpan& s = (*sentences)[k];
    if (k > 0 && !tt.tokens[s.tok_begin].Has(text::kParagraphBefore)) continue;
    dl = FindDateline(lex, text, tt, static_cast<uint32_t>(s.tok_begin), static_cast<uint32_t>(s.tok_end));
  }
  if (!dl) return "";
  text::SentenceSpan& first = (*sentences)[k - 1];
  if (dl->whole.tok_end >= first.tok_end) return "";
  text::SentenceSpan span{first.tok_begin, dl->whole.tok_end, false};
  first.tok_begin = dl->whole.tok_end;
  // The dateline's places: only the date that picks actors' roles matters to FindActors.
  const match::SentenceView v{
      .lex = lex, .options = options, .tt = tt, .span = span, .story_text = text, .story_date = 0, .actor_date = date};
  match::FindActors(v, scratch);
  return OneCountry(*scratch);
}

// Each later item's dateline on a new line, possibly after the digest's separator
// ("- - - -") in the same sentence.
void DigestDatelines(const LexiconData& lex, std::string_view text, const text::TokenizedText& tt,
                     std::vector<text::SentenceSpan>* sentences) {
  for (std::size_t k = 1; k < sentences->size(); ++k) {
    text::SentenceSpan& s = (*sentences)[k];
    std::size_t t = s.tok_begin;
    while (t < s.tok_end && t < s.tok_begin + 8 && !tt.tokens[t].Has(text::kWord) &&
           !tt.tokens[t].Has(text::kNewlineBefore))
      ++t;
    if (t >= s.tok_end || !tt.tokens[t].Has(text::kNewlineBefore)) continue;
    std::optional<Dateline> dl =
        FindDateline(lex, text, tt, static_cast<uint32_t>(t), static_cast<uint32_t>(s.tok_end));
    if (dl && dl->whole.tok_begin == t && dl->whole.tok_end < s.tok_end) s.tok_begin = dl->whole.tok_end;
  }
}

}  // namespace

std::string TrimDatelines(const LexiconData& lex, std::string_view text, const text::TokenizedText& tt, int date,
                          const CodeOptions& options, std::vector<text::SentenceSpan>* sentences,
                          match::SentenceActors* scratch) {
  std::string country = BodyDateline(lex, text, tt, date, options, sentences, scratch);
  DigestDatelines(lex, text, tt, sentences);
  return country;
}

void FindFieldActors(const LexiconData& lex, std::string_view field, int date, const CodeOptions& options,
                     text::TokenizedText* tt, match::SentenceActors* actors) {
  tt->Clear();
  actors->mentions.clear();
  if (field.empty() || field.size() > kMaxField) return;
  std::size_t invalid = 0;
  text::Tokenize(field, 0, field.size(), tt, &invalid);
  if (tt->tokens.empty()) return;
  lex.vocab.FindTokens(tt);
  const text::SentenceSpan span{0, tt->tokens.size(), false};
  const match::SentenceView v{.lex = lex,
                              .options = options,
                              .tt = *tt,
                              .span = span,
                              .story_text = field,
                              .story_date = 0,
                              .actor_date = date};
  match::FindActors(v, actors);
}

std::string FieldDatelineCountry(const LexiconData& lex, std::string_view dateline, int date,
                                 const CodeOptions& options, text::TokenizedText* tt, match::SentenceActors* scratch) {
  FindFieldActors(lex, dateline, date, options, tt, scratch);
  return OneCountry(*scratch);
}

}  // namespace parley::discourse
