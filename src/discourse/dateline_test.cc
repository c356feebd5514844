#include "discourse/dateline.h"

#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

#include "lexicon/lexicon_data.h"
#include "test_util.h"

namespace parley::discourse {
namespace {

const LexiconData& Lex() { return testing::ProjectLexicon()->data(); }

// Tokenizes `s` with word ids from the project's dictionaries, as the coder does.
void TokenizeWords(const std::string& s, text::TokenizedText* tt) {
  text::Tokenize(s, 0, s.size(), tt, nullptr);
  for (text::Token& t : tt->tokens) t.word = Lex().vocab.Find(tt->Norm(t));
}

struct Parsed {
  std::string text;
  text::TokenizedText tt;
  std::optional<Dateline> d;
};

Parsed Find(const std::string& s) {
  Parsed p;
  p.text = s;
  TokenizeWords(p.text, &p.tt);
  p.d = FindDateline(Lex(), p.text, p.tt, 0, static_cast<uint32_t>(p.tt.tokens.size()));
  return p;
}

std::string Places(const Dateline& d) {
  std::string out;
  for (const auto& p : d.places) {
    if (!out.empty()) out.push_back('|');
    out.append(p.text);
  }
  return out;
}

TEST(Dateline, SeveralPlacesWithEmDash) {
  Parsed p = Find("BAKU/YEREVAN \xE2\x80\x94 Armenia and Azerbaijan agreed to exchange prisoners.");
  ASSERT_TRUE(p.d);
  EXPECT_EQ(Places(*p.d), "BAKU|YEREVAN");
  EXPECT_EQ(p.d->whole.text, "BAKU/YEREVAN \xE2\x80\x94");
  EXPECT_EQ(p.tt.Norm(p.d->whole.tok_end), "armenia");
  EXPECT_EQ(p.d->places[1].byte_begin, 5u);
  EXPECT_EQ(p.d->places[1].byte_end, 12u);
}

TEST(Dateline, PlaceAndRegionWithColon) {
  Parsed p = Find("GAZA CITY, Palestinian Territories: Israeli aircraft struck a building overnight.");
  ASSERT_TRUE(p.d);
  EXPECT_EQ(Places(*p.d), "GAZA CITY");
  ASSERT_TRUE(p.d->region);
  EXPECT_EQ(p.d->region->text, "Palestinian Territories");
  EXPECT_EQ(p.d->whole.text, "GAZA CITY, Palestinian Territories:");
}

TEST(Dateline, OneWordAndColon) {
  Parsed p = Find("LYON: French police arrested three men on Tuesday.");
  ASSERT_TRUE(p.d);
  EXPECT_EQ(Places(*p.d), "LYON");
  EXPECT_FALSE(p.d->region);
}

TEST(Dateline, WireStyles) {
  Parsed a = Find("WASHINGTON (Reuters) - President Reagan said neither side would occupy the base.");
  ASSERT_TRUE(a.d);
  EXPECT_EQ(Places(*a.d), "WASHINGTON");
  ASSERT_TRUE(a.d->agency);
  EXPECT_EQ(a.d->agency->text, "Reuters");

  Parsed b = Find("NEW YORK, March 3 - The dollar fell against the yen in early trading.");
  ASSERT_TRUE(b.d);
  EXPECT_EQ(Places(*b.d), "NEW YORK");
  EXPECT_EQ(b.d->month, 3);
  EXPECT_EQ(b.d->day, 3);
  EXPECT_EQ(b.d->whole.text, "NEW YORK, March 3 -");

  Parsed c = Find("LONDON, Oct 20 (Reuters) - Britain's trade deficit widened in September.");
  ASSERT_TRUE(c.d);
  EXPECT_EQ(Places(*c.d), "LONDON");
  EXPECT_EQ(c.d->month, 10);
  EXPECT_EQ(c.d->day, 20);
  EXPECT_EQ(c.d->whole.text, "LONDON, Oct 20 (Reuters) -");

  // Title case counts when a date or an agency shows it is a dateline.
  Parsed e = Find("Washington (Reuters) - The Senate voted on Tuesday to extend the sanctions.");
  ASSERT_TRUE(e.d);
  EXPECT_EQ(Places(*e.d), "Washington");
}

TEST(Dateline, DigestItemsAndRegions) {
  Parsed a = Find("ZEEBRUGGE, Belgium - The stricken British car ferry lay on its side.");
  ASSERT_TRUE(a.d);
  EXPECT_EQ(Places(*a.d), "ZEEBRUGGE");
  EXPECT_EQ(a.d->region->text, "Belgium");
  Parsed b = Find("BAHRAIN -- Iranian forces have renewed their assault on Iraqi lines.");
  ASSERT_TRUE(b.d);
  EXPECT_EQ(b.d->whole.text, "BAHRAIN --");
  Parsed c = Find("WINSTON-SALEM, N.C. - The company said it would cut jobs.");
  ASSERT_TRUE(c.d);
  EXPECT_EQ(Places(*c.d), "WINSTON-SALEM");
}

TEST(Dateline, OrdinaryOpeningsAreNotDatelines) {
  for (const char* s : {
           "Armenia and Azerbaijan said they would exchange prisoners.",
           "Iraq said its forces killed or wounded 15,000 Iranian Revolutionary Guards.",
           "CORRECTION - ROVER GROUP REPORTS SALES",
           "CORRECTION - Three convicted in home state trial were released.",
           "NOTE: 1986 net includes gain on bond portfolio of 1.1 mln dlrs.",
           "FEDERAL RESERVE MONEY SUPPLY REPORT - FEB 26",
           "U.S. DIVIDEND MEETINGS - MARCH 3",
           "Sarich Technologies Trust - New York",
           "Bahia Blanca - 4, 1, 1",
           "Mr Khodorkovsky - who has been in jail for more than a year - pleaded not guilty.",
           "Haughey said: \"Delors assured me we could have full recourse to the Commission.\"",
           "UK businesses are set to prosper during the next few months.",
           "",
       }) {
    EXPECT_FALSE(Find(s).d) << s;
  }
}

TEST(Dateline, StartsAtAParagraph) {
  std::string s = "Three soldiers were killed.\n- - - -\nCAIRO - Egypt's opposition charged fraud.";
  text::TokenizedText tt;
  TokenizeWords(s, &tt);
  uint32_t para = 0;
  for (uint32_t i = 0; i < tt.tokens.size(); ++i)
    if (tt.Norm(i) == "cairo") para = i;
  auto d = FindDateline(Lex(), s, tt, para, static_cast<uint32_t>(tt.tokens.size()));
  ASSERT_TRUE(d);
  EXPECT_EQ(d->places[0].text, "CAIRO");
}

// On real stories: every dateline found names capitals only, and none is an ordinary
// sentence. Skipped without ../shared.
TEST(Dateline, RealStoryOpenings) {
  std::string dir = parley::testing::SharedDir();
  if (dir.empty()) GTEST_SKIP() << "no ../shared";
  std::ifstream in(dir + "/corpus/demo_intl_politics.jsonl");
  std::string line;
  int found = 0, stories = 0;
  while (std::getline(in, line)) {
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (!j.is_object() || !j["text"].is_string()) continue;
    Parsed p = Find(j["text"].get<std::string>().substr(0, 400));
    ++stories;
    if (!p.d) continue;
    ++found;
    EXPECT_LT(p.d->whole.tok_end - p.d->whole.tok_begin, 12u) << p.d->whole.text;
  }
  EXPECT_GT(stories, 100);
  EXPECT_LT(found, stories / 10);  // most of these stories start without one
}

}  // namespace
}  // namespace parley::discourse
