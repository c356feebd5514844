#include "text/sentence_splitter.h"

#include <gtest/gtest.h>

namespace parley::text {
namespace {

std::vector<std::string> Split(const std::string& s, std::size_t max_tokens = 200) {
  TokenizedText t;
  Tokenize(s, 0, s.size(), &t, nullptr);
  std::vector<SentenceSpan> spans;
  SplitSentences(t, max_tokens, &spans);
  std::vector<std::string> out;
  for (const auto& sp : spans)
    out.push_back(s.substr(t.tokens[sp.tok_begin].byte_begin,
                           t.tokens[sp.tok_end - 1].byte_end - t.tokens[sp.tok_begin].byte_begin));
  return out;
}

TEST(SentenceSplitter, SplitsOnTerminalPunctuation) {
  EXPECT_EQ(Split("Iran protested. Iraq agreed! Did Syria?"),
            (std::vector<std::string>{"Iran protested.", "Iraq agreed!", "Did Syria?"}));
}

TEST(SentenceSplitter, SurvivesAbbreviations) {
  EXPECT_EQ(Split("Gen. Smith met Dr. Jones on Jan. 5 in the U.S. capital. They talked."),
            (std::vector<std::string>{"Gen. Smith met Dr. Jones on Jan. 5 in the U.S. capital.", "They talked."}));
  EXPECT_EQ(Split("He lives in the U.S. The president agreed."),
            (std::vector<std::string>{"He lives in the U.S.", "The president agreed."}));
}

TEST(SentenceSplitter, ClosingQuoteStaysWithItsSentence) {
  EXPECT_EQ(Split("\"We will fight.\" Russia said so."),
            (std::vector<std::string>{"\"We will fight.\"", "Russia said so."}));
}

TEST(SentenceSplitter, OpeningQuoteStartsTheNextSentence) {
  EXPECT_EQ(Split("She delayed her entry. \"The doctors are assessing her.\" He left."),
            (std::vector<std::string>{"She delayed her entry.", "\"The doctors are assessing her.\"", "He left."}));
  EXPECT_EQ(Split("\"Yes.\" \"No,\" she said."), (std::vector<std::string>{"\"Yes.\"", "\"No,\" she said."}));
}

TEST(SentenceSplitter, ParagraphsEndSentences) {
  EXPECT_EQ(Split("A headline without a stop\n\nBody text here."),
            (std::vector<std::string>{"A headline without a stop", "Body text here."}));
}

TEST(SentenceSplitter, CutsOverlongSentences) {
  std::string s;
  for (int i = 0; i < 25; ++i) s += "word ";
  auto parts = Split(s, 10);
  EXPECT_EQ(parts.size(), 3u);
}

}  // namespace
}  // namespace parley::text
