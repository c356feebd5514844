#include "match/discards.h"

#include <gtest/gtest.h>

#include <string_view>

namespace parley::match {
namespace {

// A lexicon with only discard phrases, and a tokenized text with its word ids.
struct Fixture {
  LexiconData lex;
  text::TokenizedText tt;
  void Add(std::string_view phrase, const char* code) {
    std::vector<uint32_t> ids;
    for (const std::string& w : text::TokenizePhrase(phrase)) ids.push_back(lex.vocab.Intern(w));
    lexicon::PhraseEntry e;
    e.code = code;
    lex.discards.Add(ids, e);
  }
  StoryDiscards Find(std::string_view text) {
    std::size_t invalid = 0;
    tt.Clear();
    text::Tokenize(text, 0, text.size(), &tt, &invalid);
    lex.vocab.FindTokens(&tt);
    StoryDiscards d;
    d.Find(lex, tt);
    return d;
  }
};

TEST(StoryDiscards, SentencePhraseMustLieInsideTheSentence) {
  Fixture f;
  f.Add("box office", "sentence");
  // Tokens: the(0) film(1) topped(2) the(3) box(4) office(5) .(6)
  StoryDiscards d = f.Find("The film topped the box office.");
  EXPECT_FALSE(d.StoryDiscarded());
  EXPECT_TRUE(d.SentenceDiscarded(0, 7));
  EXPECT_TRUE(d.SentenceDiscarded(4, 6));
  EXPECT_FALSE(d.SentenceDiscarded(0, 5));  // the phrase runs past the sentence
  EXPECT_FALSE(d.SentenceDiscarded(5, 7));  // it starts before the sentence
}

TEST(StoryDiscards, StoryPhrasesCountedByEntry) {
  Fixture f;
  f.Add("goalkeeper", "story");
  f.Add("semi - final", "story");
  EXPECT_TRUE(f.Find("The goalkeeper saved it.").StoryDiscarded());  // one phrase is enough by default
  f.lex.story_discard_min = 2;
  EXPECT_FALSE(f.Find("The goalkeeper saved it.").StoryDiscarded());
  EXPECT_FALSE(f.Find("The goalkeeper and the goalkeeper.").StoryDiscarded());  // the same one twice
  EXPECT_TRUE(f.Find("The goalkeeper won the semi-final.").StoryDiscarded());
  EXPECT_FALSE(f.Find("Nothing here.").SentenceDiscarded(0, 3));
}

}  // namespace
}  // namespace parley::match
