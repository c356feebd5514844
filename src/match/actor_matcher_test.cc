#include "match/actor_matcher.h"

#include <gtest/gtest.h>

#include "lexicon/lexicon_data.h"
#include "test_util.h"

namespace parley::match {
namespace {

// The actors FindActors finds in `s`, one sentence dated `date`.
SentenceActors FindIn(const std::string& s, int date) {
  const LexiconData& lex = testing::ProjectLexicon()->data();
  text::TokenizedText tt;
  text::Tokenize(s, 0, s.size(), &tt, nullptr);
  for (auto& t : tt.tokens) t.word = lex.vocab.Find(tt.Norm(t));
  const text::SentenceSpan span{0, tt.tokens.size(), false};
  const CodeOptions options;
  const SentenceView v{
      .lex = lex, .options = options, .tt = tt, .span = span, .story_text = s, .story_date = date, .actor_date = date};
  SentenceActors actors;
  FindActors(v, &actors);
  return actors;
}

std::vector<std::string> Actors(const std::string& s, int date = 20231209) {
  const SentenceActors actors = FindIn(s, date);
  std::vector<std::string> out;
  for (const Mention& m : actors.mentions) out.push_back(m.code + (m.locative ? "@loc" : ""));
  return out;
}

// Sizes of the mention groups, in text order.
std::vector<std::size_t> Groups(const std::string& s, int date = 20231209) {
  const SentenceActors actors = FindIn(s, date);
  std::vector<std::size_t> out;
  for (const MentionGroup& g : actors.groups) out.push_back(g.members.size());
  return out;
}

TEST(ActorMatcher, AgentBeforeAPrepositionIsAnActor) {
  // "farmers near Lyon": a place preposition after the agent noun ends its phrase.
  EXPECT_EQ(Actors("Police arrested striking farmers near the border"), (std::vector<std::string>{"---COP", "---AGR"}));
  EXPECT_EQ(Actors("Police arrested farmers outside the stadium"), (std::vector<std::string>{"---COP", "---AGR"}));
}

TEST(ActorMatcher, AgentInAPlaceNamedWithOf) {
  EXPECT_EQ(Actors("residents in the city of Kharkiv"), (std::vector<std::string>{"UKRCVL"}));
  EXPECT_EQ(Actors("soldiers in the port of Odesa"), (std::vector<std::string>{"UKRMIL"}));
}

TEST(ActorMatcher, SentenceInitialPluralBeforeOfIsNoName) {
  // A plural noun capitalized at the start of a sentence is not part of a name.
  EXPECT_EQ(Actors("Admirers of Germany gathered"), (std::vector<std::string>{"DEU"}));
  // A capitalized name word elsewhere still is: "the Sea of Japan".
  EXPECT_EQ(Actors("ships in the Sea of Japan"), (std::vector<std::string>{"JPN@loc"}));
}

TEST(ActorMatcher, CountriesCapitalsAndDemonyms) {
  EXPECT_EQ(Actors("Yerevan accused Baku"), (std::vector<std::string>{"ARM", "AZE"}));
  EXPECT_EQ(Actors("two Azerbaijanis"), (std::vector<std::string>{"AZE"}));
}

TEST(ActorMatcher, ACountryOpeningACompanysNameIsABusiness) {
  EXPECT_EQ(Actors("American Motors Corp recalled cars"), (std::vector<std::string>{"USABUS"}));
  EXPECT_EQ(Actors("British Petroleum Co Plc sold its stake to Kuwait"), (std::vector<std::string>{"GBRBUS", "KWT"}));
  // Without a company suffix the country stays the state.
  EXPECT_EQ(Actors("American officials met Kuwait"), (std::vector<std::string>{"USAGOV", "KWT"}));
}

TEST(ActorMatcher, AgentsAttachToActors) {
  EXPECT_EQ(Actors("32 Armenian military personnel"), (std::vector<std::string>{"ARMMIL"}));
  EXPECT_EQ(Actors("the leaders of Armenia and Azerbaijan"), (std::vector<std::string>{"ARMGOV", "AZEGOV"}));
  EXPECT_EQ(Actors("an American State Department official"), (std::vector<std::string>{"USAGOV"}));
  EXPECT_EQ(Actors("Russia's army"), (std::vector<std::string>{"RUSMIL"}));
}

TEST(ActorMatcher, CompoundsAllowModifiersBeforeTheNextMember) {
  // "France and the once-hostile Germany": lowercase modifiers after the conjunction.
  EXPECT_EQ(Actors("France and the evil awful Germany condemned Iran"),
            (std::vector<std::string>{"FRA", "DEU", "IRN"}));
  EXPECT_EQ(Groups("France and the evil awful Germany condemned Iran"), (std::vector<std::size_t>{2, 1}));
  EXPECT_EQ(Groups("Evil France, the awful Germany, and good Italy condemned Iran"), (std::vector<std::size_t>{3, 1}));
}

TEST(ActorMatcher, AppositionNameInsideACompound) {
  // "X, NAME, and Y": the name set off by commas belongs to X; the list is X and Y.
  EXPECT_EQ(Groups("Japan's delegate, Minoru Endo, and U.S. Ambassador Michael Samuels replied."),
            (std::vector<std::size_t>{2}));
  // Without a conjunction the commas make no list.
  EXPECT_EQ(Groups("Japan's delegate, Minoru Endo, met U.S. Ambassador Michael Samuels."),
            (std::vector<std::size_t>{1, 1}));
}

TEST(ActorMatcher, TheyOpeningACoordinatedClauseIsTheCompoundSubject) {
  // "..., but they ...": the opening compound subject, as after a speech verb.
  EXPECT_EQ(Groups("France and Germany criticised the plan, but they agreed to hold talks with Britain."),
            (std::vector<std::size_t>{2, 2, 1}));
  EXPECT_EQ(Groups("France criticised the plan, but they agreed to hold talks with Britain."),
            (std::vector<std::size_t>{1, 1}));
}

TEST(ActorMatcher, CompanyOfANumberIsAUnitNotAFirm) {
  EXPECT_EQ(Actors("Rebels attacked a company of 120 Gurkhas."), (std::vector<std::string>{"---REB"}));
  EXPECT_EQ(Actors("Rebels attacked a company of the army."), (std::vector<std::string>{"---REB", "---BUS", "---MIL"}));
}

TEST(ActorMatcher, AgentsInOrFromShareOverACompound) {
  EXPECT_EQ(Actors("lawmakers in France and Germany"), (std::vector<std::string>{"FRALEG", "DEULEG"}));
}

TEST(ActorMatcher, AgentOfAModifiedActor) {
  // "the mayor of the northern West Bank city of Nablus"
  EXPECT_EQ(Actors("the leaders of the northern Armenian city"), (std::vector<std::string>{"ARMGOV"}));
}

TEST(ActorMatcher, JoinedAgentsGiveOneMentionEach) {
  // "lawmakers and officials in France and Germany": two agents for each country.
  EXPECT_EQ(Actors("lawmakers and officials in France and Germany"),
            (std::vector<std::string>{"FRAGOV", "FRALEG", "DEUGOV", "DEULEG"}));
  EXPECT_EQ(Groups("lawmakers and officials in France and Germany"), (std::vector<std::size_t>{4}));
}

TEST(ActorMatcher, BareAgentSharesTheActorBeforeAnd) {
  EXPECT_EQ(Actors("Danish media and government"), (std::vector<std::string>{"DNKMED", "DNKGOV"}));
  EXPECT_EQ(Groups("Danish media and government"), (std::vector<std::size_t>{2}));
}

TEST(ActorMatcher, AgentsAloneHaveNoCountry) {
  EXPECT_EQ(Actors("rebels attacked"), (std::vector<std::string>{"---REB"}));
}

TEST(ActorMatcher, PossessiveAgentAndQuantityBeforeOf) {
  // "the government's plan": the possessive agent is an actor, not a modifier.
  EXPECT_EQ(Actors("protesters rallied against the government's plan"), (std::vector<std::string>{"---OPP", "---GOV"}));
  // "Thousands of Kenyan protesters" is no proper name like "Bank of England".
  EXPECT_EQ(Actors("Thousands of Kenyan protesters"), (std::vector<std::string>{"KENOPP"}));
}

TEST(ActorMatcher, PlacesAreMarked) {
  EXPECT_EQ(Actors("Iran met Turkey for talks in Baku"), (std::vector<std::string>{"IRN", "TUR", "AZE@loc"}));
  EXPECT_EQ(Actors("a court in Guyana"), (std::vector<std::string>{"GUYJUD"}));
}

TEST(ActorMatcher, NamesNeedACapital) { EXPECT_TRUE(Actors("they will turkey and chad").empty()); }

TEST(ActorMatcher, LowerCaseNameAfterATitle) {
  EXPECT_EQ(Actors("President pashinyan spoke"), (std::vector<std::string>{"ARMGOV"}));
  EXPECT_TRUE(Actors("they spoke of pashinyan").empty());
}

TEST(ActorMatcher, StoryDateSelectsTheRole) {
  EXPECT_EQ(Actors("Pashinyan spoke", 20231209), (std::vector<std::string>{"ARMGOV"}));
}

TEST(ActorMatcher, NameAfterProOrAntiIsAnAttribute) {
  // "pro-Armenia demonstrators": the hyphenated name describes the people, it is no actor.
  EXPECT_EQ(Actors("Police dispersed pro-Armenia demonstrators in the capital"),
            (std::vector<std::string>{"---COP", "---OPP"}));
  EXPECT_EQ(Actors("anti-Azerbaijan rallies drew thousands of Armenians"), (std::vector<std::string>{"ARM"}));
  // A free-standing name after "pro" is still an actor.
  EXPECT_EQ(Actors("a pro - Armenia rally"), (std::vector<std::string>{"ARM"}));
}

TEST(ActorMatcher, CountryTitleAndNamedPersonOfThatCountry) {
  // "Armenian reformist Nikol Pashinyan": an unlisted title word between a country and a
  // named actor of that country makes one mention, the person's.
  EXPECT_EQ(Actors("Armenian reformist Nikol Pashinyan spoke", 20231209), (std::vector<std::string>{"ARMGOV"}));
  // A named actor of another country stays separate.
  EXPECT_EQ(Actors("Azerbaijani troops shelled Pashinyan", 20231209), (std::vector<std::string>{"AZEMIL", "ARMGOV"}));
}

}  // namespace
}  // namespace parley::match
