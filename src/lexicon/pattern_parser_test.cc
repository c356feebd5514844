#include "lexicon/pattern_parser.h"

#include <gtest/gtest.h>

namespace parley::lexicon {
namespace {

using Kind = PatternElement::Kind;

TEST(PatternParser, ParsesElements) {
  Vocabulary vocab;
  Inflector inf;
  Pattern p;
  ASSERT_EQ(ParsePattern("{release} .. prisoner*|hostages +", &vocab, inf, &p), "");
  ASSERT_EQ(p.elements.size(), 4u);
  EXPECT_EQ(p.elements[0].kind, Kind::kVerb);
  EXPECT_EQ(p.elements[1].kind, Kind::kGap);
  EXPECT_EQ(p.elements[2].prefixes, std::vector<std::string>{"prisoner"});
  EXPECT_EQ(p.elements[2].words.size(), 1u);
  EXPECT_EQ(p.elements[3].kind, Kind::kTarget);
  EXPECT_EQ(p.anchor, 0);
  EXPECT_EQ(p.specificity, 2);
  EXPECT_NE(vocab.Find("released"), 0u);
}

TEST(PatternParser, NounPatternAnchorsOnFirstWord) {
  Vocabulary vocab;
  Inflector inf;
  Pattern p;
  ASSERT_EQ(ParsePattern("$ talks with +", &vocab, inf, &p), "");
  EXPECT_EQ(p.anchor, 1);
}

TEST(PatternParser, SplitsHyphenatedLiterals) {
  Vocabulary vocab;
  Inflector inf;
  Pattern p;
  ASSERT_EQ(ParsePattern("{agree} cease-fire", &vocab, inf, &p), "");
  EXPECT_EQ(p.elements.size(), 4u);  // verb, cease, -, fire
}

TEST(PatternParser, RejectsBadPatterns) {
  Vocabulary vocab;
  Inflector inf;
  Pattern p;
  EXPECT_NE(ParsePattern("{a} {b}", &vocab, inf, &p), "");
  EXPECT_NE(ParsePattern("{open", &vocab, inf, &p), "");
  EXPECT_NE(ParsePattern(".. +", &vocab, inf, &p), "");
  EXPECT_NE(ParsePattern("Capital", &vocab, inf, &p), "");
  EXPECT_NE(ParsePatternFlags("recip,bogus", &p), "");
  EXPECT_EQ(ParsePatternFlags("recip,intent", &p), "");
  EXPECT_TRUE(p.recip && p.intent);
}

}  // namespace
}  // namespace parley::lexicon
