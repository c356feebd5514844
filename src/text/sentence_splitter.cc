#include "text/sentence_splitter.h"

#include <array>
#include <string_view>

namespace parley::text {
namespace {

constexpr std::array<std::string_view, 24> kOpeners = {
    "the",  "a",  "an", "he",  "she", "it",    "they", "we",    "i",       "in",    "but", "this",
    "that", "on", "at", "his", "her", "their", "its",  "there", "however", "after", "as",  "and"};

bool IsOpener(std::string_view w) {
  for (auto o : kOpeners)
    if (o == w) return true;
  return false;
}

bool IsTerminal(std::string_view w) { return w == "." || w == "!" || w == "?"; }
bool IsCloser(std::string_view w) { return w == "\"" || w == "'" || w == ")" || w == "]"; }

// A quote mark set apart from the word before it and attached to the word after it
// opens a quotation ('entry. "The doctors ...'): it starts the next sentence.
bool OpensQuote(const TokenizedText& t, std::size_t i) {
  std::string_view w = t.Norm(i);
  if ((w != "\"" && w != "'") || i == 0 || i + 1 >= t.tokens.size()) return false;
  return t.tokens[i].byte_begin > t.tokens[i - 1].byte_end && t.tokens[i].byte_end == t.tokens[i + 1].byte_begin;
}

// Could token i start a sentence?
bool StartsSentence(const TokenizedText& t, std::size_t i) {
  const Token& tok = t.tokens[i];
  if (tok.Has(kCapitalized) || tok.Has(kNumber)) return true;
  std::string_view w = t.Norm(tok);
  return w == "\"" || w == "(" || w == "-" || w == "'";
}

}  // namespace

void SplitSentences(const TokenizedText& t, std::size_t max_tokens, std::vector<SentenceSpan>* out) {
  const std::size_t n = t.tokens.size();
  std::size_t begin = 0;
  auto emit = [&](std::size_t end, bool cut) {
    if (end > begin) out->push_back({begin, end, cut});
    begin = end;
  };
  for (std::size_t i = 0; i < n; ++i) {
    const Token& tok = t.tokens[i];
    if (i > begin) {
      if (tok.Has(kParagraphBefore)) {
        emit(i, false);
      } else if (tok.Has(kNewlineBefore)) {
        std::string_view prev = t.Norm(i - 1);
        if (IsTerminal(prev) || IsCloser(prev) || prev == ":" || StartsSentence(t, i) ||
            t.tokens[i - 1].Has(kAbbreviation))
          emit(i, false);
      }
    }
    if (i - begin >= max_tokens) emit(i, true);
    std::string_view w = t.Norm(tok);
    bool terminal = IsTerminal(w);
    if (!terminal && tok.Has(kAbbreviation) && i + 1 < n) {
      // "in the U.S. The president ..." ends; "Gen. Smith" does not.
      std::string_view next = t.Norm(i + 1);
      bool title = tok.norm_size <= 5 && w.find('.') == w.size() - 1;
      terminal = !title && t.tokens[i + 1].Has(kCapitalized) && IsOpener(next);
    }
    if (!terminal) continue;
    std::size_t j = i + 1;
    while (j < n && IsCloser(t.Norm(j)) && !t.tokens[j].Has(kNewlineBefore) && !OpensQuote(t, j) && j - i < 3) ++j;
    if (j >= n) {
      i = j - 1;
      break;
    }
    if (StartsSentence(t, j) || t.tokens[j].Has(kNewlineBefore)) {
      emit(j, false);
      i = j - 1;
    }
  }
  emit(n, false);
}

}  // namespace parley::text
