// The era of an undated story from the dated roles of the names it holds (project
// dictionaries: Tony Blair GBRGOV 1997-2007, Michael Howard GBROPP 2003-2005 ...).
#include "discourse/story_era.h"

#include <gtest/gtest.h>

#include "test_util.h"

namespace parley {
namespace {

int EraOf(const std::string& text) {
  const LexiconData& lex = testing::ProjectLexicon()->data();
  text::TokenizedText tt;
  std::size_t invalid = 0;
  text::Tokenize(text, 0, text.size(), &tt, &invalid);
  for (text::Token& t : tt.tokens) t.word = lex.vocab.Find(tt.Norm(t));
  return discourse::EstimateStoryEra(lex, tt);
}

TEST(StoryEra, NamesThatHoldTheirRolesTogetherDateTheStory) {
  int era = EraOf("Tony Blair said Michael Howard and the Tories were wrong.");
  EXPECT_GE(era, 20031106);  // Howard leads the Tories from November 2003
  EXPECT_LE(era, 20051206);
}

TEST(StoryEra, OneDatedNameOrNoneGivesNoEra) {
  EXPECT_EQ(EraOf("Tony Blair spoke in London."), 0);
  EXPECT_EQ(EraOf("Armenia and Azerbaijan issued a joint statement."), 0);
}

TEST(StoryEra, UndatedStoryCodesRolesOfItsEra) {
  // Undated: the Tories are the opposition of Blair's time, not today's party.
  auto ev = testing::CodeText("Michael Howard met Tony Blair.\n\nThe Tories criticised the government.", "");
  bool tories = false;
  for (const Event& e : ev)
    if (e.source.text == "Tories") {
      tories = true;
      EXPECT_EQ(e.source.code, "GBROPP");
    }
  EXPECT_TRUE(tories) << ::testing::PrintToString(testing::Triples(ev));
}

}  // namespace
}  // namespace parley
