#include "match/actor_matcher.h"

#include <gtest/gtest.h>

#include "lexicon/lexicon_data.h"
#include "test_util.h"

namespace parley::match {
namespace {

std::vector<std::string> Actors(const std::string& s, int date = 20231209) {
  const LexiconData& lex = testing::ProjectLexicon()->data();
  text::TokenizedText tt;
  text::Tokenize(s, 0, s.size(), &tt, nullptr);
  for (auto& t : tt.tokens) t.word = lex.vocab.Find(tt.Norm(t));
  text::SentenceSpan span{0, tt.tokens.size(), false};
  SentenceActors actors;
  FindActors(lex, tt, span, date, CodeOptions{}, &actors);
  std::vector<std::string> out;
  for (const Mention& m : actors.mentions) out.push_back(m.code + (m.locative ? "@loc" : ""));
  return out;
}

TEST(ActorMatcher, CountriesCapitalsAndDemonyms) {
  EXPECT_EQ(Actors("Yerevan accused Baku"), (std::vector<std::string>{"ARM", "AZE"}));
  EXPECT_EQ(Actors("two Azerbaijanis"), (std::vector<std::string>{"AZE"}));
}

TEST(ActorMatcher, AgentsAttachToActors) {
  EXPECT_EQ(Actors("32 Armenian military personnel"), (std::vector<std::string>{"ARMMIL"}));
  EXPECT_EQ(Actors("the leaders of Armenia and Azerbaijan"), (std::vector<std::string>{"ARMGOV", "AZEGOV"}));
  EXPECT_EQ(Actors("an American State Department official"), (std::vector<std::string>{"USAGOV"}));
  EXPECT_EQ(Actors("Russia's army"), (std::vector<std::string>{"RUSMIL"}));
}

TEST(ActorMatcher, AgentsAloneHaveNoCountry) {
  EXPECT_EQ(Actors("rebels attacked"), (std::vector<std::string>{"---REB"}));
}

TEST(ActorMatcher, PlacesAreMarked) {
  EXPECT_EQ(Actors("Iran met Turkey for talks in Baku"), (std::vector<std::string>{"IRN", "TUR", "AZE@loc"}));
  EXPECT_EQ(Actors("a court in Guyana"), (std::vector<std::string>{"GUYJUD"}));
}

TEST(ActorMatcher, NamesNeedACapital) {
  EXPECT_TRUE(Actors("they will turkey and chad").empty());
}

TEST(ActorMatcher, StoryDateSelectsTheRole) {
  EXPECT_EQ(Actors("Pashinyan spoke", 20231209), (std::vector<std::string>{"ARMGOV"}));
}

}  // namespace
}  // namespace parley::match
