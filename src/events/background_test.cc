#include "events/background.h"

#include <gtest/gtest.h>

#include <string>

#include "test_util.h"

namespace parley::events {
namespace {

// DetectBackground with the project's word classes at the first token `trigger`.
BackgroundKind Of(const std::string& sentence, std::string_view trigger) {
  const LexiconData& lex = testing::ProjectLexicon()->data();
  text::TokenizedText tt;
  text::Tokenize(sentence, 0, sentence.size(), &tt, nullptr);
  for (text::Token& t : tt.tokens) t.word = lex.vocab.Find(tt.Norm(t));
  text::SentenceSpan span{0, tt.tokens.size(), false};
  for (uint32_t i = 0; i < tt.tokens.size(); ++i)
    if (tt.Norm(i) == trigger) return DetectBackground(lex, tt, span, i);
  ADD_FAILURE() << "no " << trigger << " in " << sentence;
  return BackgroundKind::kNone;
}

TEST(Background, PresentTenseRelativeClauses) {
  EXPECT_EQ(Of("Turkey, which occupies northern Cyprus, rejected the plan.", "occupies"),
            BackgroundKind::kRelativeState);
  EXPECT_EQ(Of("Iran, who backs the Houthi rebels, denied the charge.", "backs"), BackgroundKind::kRelativeState);
  EXPECT_EQ(Of("Russia, which still supports Assad, vetoed the resolution.", "supports"),
            BackgroundKind::kRelativeState);
  // A relative clause in the past reports an event.
  EXPECT_EQ(Of("Iran, which attacked the tanker on Monday, denied the charge.", "attacked"), BackgroundKind::kNone);
}

TEST(Background, LongStandingStates) {
  EXPECT_EQ(Of("Russia has long supported the Syrian government.", "supported"), BackgroundKind::kLongStanding);
  EXPECT_EQ(Of("Washington has for decades backed Taipei.", "backed"), BackgroundKind::kLongStanding);
  EXPECT_EQ(Of("Israel continues to occupy the Golan Heights.", "occupy"), BackgroundKind::kLongStanding);
}

TEST(Background, NewEvents) {
  EXPECT_EQ(Of("Turkey occupied northern Cyprus in 1974.", "occupied"), BackgroundKind::kNone);
  // A repeated act, unlike a standing relation, is still an event.
  EXPECT_EQ(Of("Officials continued to press the EU to drop the rule.", "press"), BackgroundKind::kNone);
  EXPECT_EQ(Of("Rebels continued to shell the city.", "shell"), BackgroundKind::kNone);
  EXPECT_EQ(Of("Russia supported the resolution on Monday.", "supported"), BackgroundKind::kNone);
  EXPECT_EQ(Of("Iran said it will attack the tanker.", "attack"), BackgroundKind::kNone);
}

}  // namespace
}  // namespace parley::events
