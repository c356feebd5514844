// The story's fallback country for actors without one.
#include "events/story_countries.h"

#include <gtest/gtest.h>

namespace parley::events {
namespace {

match::SentenceActors Named(std::initializer_list<const char*> codes) {
  match::SentenceActors a;
  for (const char* c : codes) {
    match::Mention m;
    m.code = c;
    a.mentions.push_back(m);
  }
  return a;
}

Event Between(const char* source, const char* target) {
  Event e;
  e.source.code = source;
  e.target.code = target;
  return e;
}

TEST(StoryCountries, FirstNamedCountryUnlessTheDatelineNamesOne) {
  StoryCountries c;
  c.Note(Named({"IGOUNO", "KEN"}), true);  // an IGO has no country
  c.Note(Named({"UGA", "UGA", "UGA"}), false);
  EXPECT_EQ(c.Main(), "KEN");
  c.Clear();
  EXPECT_EQ(c.Main(), "");
}

TEST(StoryCountries, TheDatelineCountsUnlessTheLeadNamesOnlyOthers) {
  StoryCountries c;  // "WASHINGTON, April 24": the lead names Japan and the U.S.
  c.SetDateline("USA");
  c.Note(Named({"JPNGOV", "JPN", "USAGOV"}), true);
  c.Note(Named({"JPN"}), false);
  EXPECT_EQ(c.Main(), "USA");
  c.Clear();
  c.SetDateline("GBR");  // "LONDON, March 5": "Iran said its troops repulsed Iraqi ..."
  c.Note(Named({"IRN", "IRNMIL", "IRQ"}), true);
  c.Note(Named({"GBR", "IRN"}), false);  // "received in London"
  EXPECT_EQ(c.Main(), "IRN");
  c.Clear();
  c.SetDateline("NER");  // "NIAMEY — Soldiers detained ...": a lead that names no country
  c.Note(Named({}), true);
  c.Note(Named({"MLIGOV"}), false);
  EXPECT_EQ(c.Main(), "NER");
}

TEST(StoryCountries, ResolvesWithoutMakingAPartyItsOwnOrTheOthersDouble) {
  StoryCountries c;
  c.Note(Named({"DEU"}), true);
  std::vector<Event> ev = {Between("---MIL", "RUS"), Between("DEU", "---GOV"), Between("DEUGOV", "---GOV")};
  c.Resolve(&ev);
  EXPECT_EQ(ev[0].source.code, "DEUMIL");
  EXPECT_EQ(ev[0].source.country, "DEU");
  EXPECT_EQ(ev[1].target.code, "---GOV");  // the country acting on its own government
  EXPECT_EQ(ev[2].target.code, "---GOV");  // DEUGOV and DEUGOV
}

TEST(StoryCountries, AnEventWithNoTargetIsDomesticUnlessItsTriggerHasSeveralCountries) {
  StoryCountries c;
  c.Note(Named({"GBR"}), true);
  std::vector<Event> ev = {Between("GBRGOV", ""), Between("ARM", ""), Between("AZE", "")};
  ev[0].event_begin = 0;   // "Tony Blair has rejected calls for an inquiry"
  ev[1].event_begin = 40;  // "Armenia and Azerbaijan agree on ...": one trigger, two countries
  ev[2].event_begin = 40;
  c.Resolve(&ev);
  EXPECT_EQ(ev[0].target.code, "GBR");
  EXPECT_TRUE(ev[0].target.text.empty());
  EXPECT_EQ(ev[1].target.code, "");
  EXPECT_EQ(ev[2].target.code, "");
}

}  // namespace
}  // namespace parley::events
