#include "text/tokenizer.h"

#include <gtest/gtest.h>

namespace parley::text {
namespace {

std::vector<std::string> Norms(const std::string& s) {
  TokenizedText t;
  Tokenize(s, 0, s.size(), &t, nullptr);
  std::vector<std::string> out;
  for (const Token& tok : t.tokens) out.emplace_back(t.Norm(tok));
  return out;
}

TEST(Tokenizer, SplitsWordsPunctuationAndPossessives) {
  EXPECT_EQ(Norms("Armenia's army didn't attack."),
            (std::vector<std::string>{"armenia", "'s", "army", "did", "n't", "attack", "."}));
}

TEST(Tokenizer, KeepsAbbreviationsAndAcronyms) {
  EXPECT_EQ(Norms("The U.S. envoy met Gen. Smith"),
            (std::vector<std::string>{"the", "u.s.", "envoy", "met", "gen.", "smith"}));
  EXPECT_EQ(Norms("U.N. officials"), (std::vector<std::string>{"u.n.", "officials"}));
}

TEST(Tokenizer, FoldsTypography) {
  EXPECT_EQ(Norms("Russia’s “role” — ended"),
            (std::vector<std::string>{"russia", "'s", "\"", "role", "\"", "-", "ended"}));
}

TEST(Tokenizer, NumbersKeepSeparators) {
  EXPECT_EQ(Norms("$500 million, 1,000 people, 3.5 percent"),
            (std::vector<std::string>{"$", "500", "million", ",", "1000", "people", ",", "3.5", "percent"}));
}

TEST(Tokenizer, OffsetsPointIntoTheOriginal) {
  std::string s = "  Élysée   said";
  TokenizedText t;
  Tokenize(s, 0, s.size(), &t, nullptr);
  ASSERT_EQ(t.tokens.size(), 2u);
  EXPECT_EQ(s.substr(t.tokens[0].byte_begin, t.tokens[0].byte_end - t.tokens[0].byte_begin), "Élysée");
  EXPECT_EQ(t.Norm(0), "élysée");
  EXPECT_TRUE(t.tokens[0].Has(kCapitalized));
}

TEST(Tokenizer, InvalidUtf8IsASeparatorAndCounted) {
  std::string s = "Iran\xFFIraq";
  TokenizedText t;
  std::size_t bad = 0;
  Tokenize(s, 0, s.size(), &t, &bad);
  EXPECT_EQ(bad, 1u);
  ASSERT_EQ(t.tokens.size(), 2u);
  EXPECT_EQ(t.Norm(1), "iraq");
}

TEST(Tokenizer, MarksLineBreaks) {
  std::string s = "one\ntwo\n\nthree";
  TokenizedText t;
  Tokenize(s, 0, s.size(), &t, nullptr);
  ASSERT_EQ(t.tokens.size(), 3u);
  EXPECT_TRUE(t.tokens[1].Has(kNewlineBefore));
  EXPECT_FALSE(t.tokens[1].Has(kParagraphBefore));
  EXPECT_TRUE(t.tokens[2].Has(kParagraphBefore));
}

}  // namespace
}  // namespace parley::text
