// Names and pronouns resolved across a story, through the whole coder (the project's
// dictionaries): the event keeps the words of the sentence and points at the mention
// they were resolved from.
#include "discourse/story_referents.h"

#include <gtest/gtest.h>

#include "test_util.h"

namespace parley {
namespace {

const Event* Find(const std::vector<Event>& ev, const std::string& source_text) {
  for (const Event& e : ev)
    if (e.source.text == source_text) return &e;
  return nullptr;
}

TEST(StoryReferents, SurnameAndPronounPointAtTheFullName) {
  const std::string text =
      "Gordon Brown has signed a debt relief deal with Tanzania.\n\n"
      "Mr Brown also praised Kenya for its efforts.\n\nHe later criticised Zimbabwe.";
  auto ev = testing::CodeText(text, "2008-02-12");
  const Event* mr = Find(ev, "Mr Brown");
  ASSERT_NE(mr, nullptr) << ::testing::PrintToString(testing::Triples(ev));
  EXPECT_EQ(mr->source.code, "GBRGOV");
  ASSERT_TRUE(mr->source.ref.has_value());
  EXPECT_EQ(mr->source.ref->text, "Gordon Brown");
  EXPECT_EQ(text.substr(mr->source.ref->start, mr->source.ref->end - mr->source.ref->start), "Gordon Brown");
  const Event* he = Find(ev, "He");
  ASSERT_NE(he, nullptr) << ::testing::PrintToString(testing::Triples(ev));
  EXPECT_EQ(he->source.code, "GBRGOV");
  ASSERT_TRUE(he->source.ref.has_value());
  EXPECT_EQ(he->source.ref->text, "Gordon Brown");
  // The named mention itself carries no reference.
  const Event* named = Find(ev, "Gordon Brown");
  ASSERT_NE(named, nullptr);
  EXPECT_FALSE(named->source.ref.has_value());
}

TEST(StoryReferents, SurnameAfterASentenceOpener) {
  // "Although" is capitalised but no first name.
  auto ev = testing::CodeText(
      "Gordon Brown arrived in Dar es Salaam.\n\nAlthough Brown praised Tanzania, the talks stalled.", "2005-01-10");
  const Event* e = Find(ev, "Brown");
  ASSERT_NE(e, nullptr) << ::testing::PrintToString(testing::Triples(ev));
  EXPECT_EQ(e->source.code, "GBRGOV");
}

TEST(StoryReferents, AnotherFirstNameIsAnotherPerson) {
  auto ev = testing::CodeText("Gordon Brown has signed a debt relief deal with Tanzania.\n\nJames Brown praised Kenya.",
                              "2008-02-12");
  for (const Event& e : ev) EXPECT_NE(e.source.text, "Brown") << ::testing::PrintToString(testing::Triples(ev));
  EXPECT_EQ(Find(ev, "James Brown"), nullptr);
}

TEST(StoryReferents, TitleIsTheOneLeaderNamed) {
  auto ev =
      testing::CodeText("Tony Blair arrived in Paris.\n\nThe prime minister criticised Iran on Monday.", "2005-01-10");
  const Event* pm = Find(ev, "prime minister");
  ASSERT_NE(pm, nullptr) << ::testing::PrintToString(testing::Triples(ev));
  EXPECT_EQ(pm->source.code, "GBRGOV");
  ASSERT_TRUE(pm->source.ref.has_value());
  EXPECT_EQ(pm->source.ref->text, "Tony Blair");
  // Two leaders named: which one is "the prime minister" is left to the story's country.
  auto two = testing::CodeText(
      "Tony Blair met Jacques Chirac in Paris.\n\nThe prime minister criticised Iran on Monday.", "2005-01-10");
  const Event* amb = Find(two, "prime minister");
  if (amb) {
    EXPECT_FALSE(amb->source.ref.has_value());
  }
}

TEST(StoryReferents, FirstPersonInAQuoteIsTheSpeaker) {
  const std::string text = "\"We are ready to negotiate with Israel,\" Mr Abbas said.";
  auto ev = testing::CodeText(text, "2005-01-10");
  const Event* we = Find(ev, "We");
  ASSERT_NE(we, nullptr) << ::testing::PrintToString(testing::Triples(ev));
  EXPECT_EQ(we->source.code, "PSEGOV");
  EXPECT_EQ(we->target.country, "ISR");
  ASSERT_TRUE(we->source.ref.has_value());
  EXPECT_NE(we->source.ref->text.find("Abbas"), std::string::npos);
  // Without a speaker outside the quote, "we" stays unresolved.
  auto none = testing::CodeText("\"We are ready to negotiate with Israel,\" the statement said.", "2005-01-10");
  EXPECT_EQ(Find(none, "We"), nullptr) << ::testing::PrintToString(testing::Triples(none));
}

TEST(StoryReferents, NameInAppositionTakesTheRole) {
  // The name first, the role after it; the surname in a later sentence.
  auto ev = testing::CodeText(
      "John Smithers, the U.S. ambassador, criticised Japan.\n\nSmithers later praised China.", "1987-03-05");
  const Event* named = Find(ev, "John Smithers");
  ASSERT_NE(named, nullptr) << ::testing::PrintToString(testing::Triples(ev));
  EXPECT_EQ(named->source.code, "USAGOV");
  const Event* later = Find(ev, "Smithers");
  ASSERT_NE(later, nullptr) << ::testing::PrintToString(testing::Triples(ev));
  EXPECT_EQ(later->source.code, "USAGOV");
  EXPECT_EQ(later->target.country, "CHN");
  // The role first ("the U.S. ambassador, John Smithers,"), and a role "of" an actor
  // with a particle in the name ("Aart de Zeeuw" ... "De Zeeuw").
  auto role_first = testing::CodeText(
      "The U.S. ambassador, John Smithers, arrived on Monday.\n\nSmithers praised China.", "1987-03-05");
  ASSERT_NE(Find(role_first, "Smithers"), nullptr) << ::testing::PrintToString(testing::Triples(role_first));
  auto of = testing::CodeText(
      "Aart de Zeeuw, chairman of the Senate Foreign Relations Committee, arrived on Monday.\n\n"
      "De Zeeuw criticised Japan.",
      "1987-03-05");
  const Event* dz = Find(of, "De Zeeuw");
  ASSERT_NE(dz, nullptr) << ::testing::PrintToString(testing::Triples(of));
  EXPECT_EQ(dz->source.code, "USALEG");
  // A name in a list of names is no apposition.
  auto list = testing::CodeText("John Smithers, Mary Jones and the U.S. ambassador met.\n\nSmithers praised China.",
                                "1987-03-05");
  EXPECT_EQ(Find(list, "Smithers"), nullptr) << ::testing::PrintToString(testing::Triples(list));
}

TEST(StoryReferents, NameWithARelativeClauseSayingWhatTheyAreTakesTheRole) {
  // "NAME, who was ROLE ...," names the person's role, however long the clause.
  auto ev = testing::CodeText(
      "John Smithers, who was the U.S. ambassador to the talks on chemical weapons until May, arrived.\n\n"
      "Smithers later praised China.",
      "1987-03-05");
  const Event* later = Find(ev, "Smithers");
  ASSERT_NE(later, nullptr) << ::testing::PrintToString(testing::Triples(ev));
  EXPECT_EQ(later->source.code, "USAGOV");
  // A relative clause about something else gives no role.
  auto other = testing::CodeText(
      "John Smithers, who met the U.S. ambassador, arrived.\n\nSmithers later praised China.", "1987-03-05");
  EXPECT_EQ(Find(other, "Smithers"), nullptr) << ::testing::PrintToString(testing::Triples(other));
}

TEST(StoryReferents, ASpokesmanForAnActorSpeaksForIt) {
  // The role has no country ("spokesman" is ---GOV): the actor it speaks for decides,
  // and an Arabic particle joined by a hyphen stays inside the name.
  auto ev = testing::CodeText("Ahmed al-Assadi, a spokesman for Hezbollah, blamed Israel for the attack.", "2019-08-26");
  const Event* e = Find(ev, "Ahmed al-Assadi");
  ASSERT_NE(e, nullptr) << ::testing::PrintToString(testing::Triples(ev));
  EXPECT_EQ(e->source.code, "LBNREB");
  EXPECT_EQ(e->target.country, "ISR");
  auto gov = testing::CodeText("John Smith, a spokesman for the Iraqi government, blamed Israel.", "2019-08-26");
  ASSERT_NE(Find(gov, "John Smith"), nullptr) << ::testing::PrintToString(testing::Triples(gov));
  EXPECT_EQ(Find(gov, "John Smith")->source.code, "IRQGOV");
}

TEST(StoryReferents, TitledNameGivesItsSurname) {
  // "Tory spokesman David Davis" is one mention (a titled actor and the name).
  auto ev = testing::CodeText(
      "Tory spokesman David Davis spoke to MPs.\n\nMr Davis criticised the government.", "2005-01-10");
  const Event* mr = Find(ev, "Mr Davis");
  ASSERT_NE(mr, nullptr) << ::testing::PrintToString(testing::Triples(ev));
  EXPECT_EQ(mr->source.code, "GBROPP");
  ASSERT_TRUE(mr->source.ref.has_value());
  EXPECT_EQ(mr->source.ref->text, "Tory spokesman David Davis");
}

TEST(StoryReferents, TwoPeopleOfOneGovernmentAreTwoParties) {
  // Both GBRGOV, yet two people: the event is kept; "the government" after a minister
  // of the same government is no second party.
  auto ev = testing::CodeText("Tony Blair praised Gordon Brown.", "2005-01-10");
  const Event* e = Find(ev, "Tony Blair");
  ASSERT_NE(e, nullptr) << ::testing::PrintToString(testing::Triples(ev));
  EXPECT_EQ(e->source.code, "GBRGOV");
  EXPECT_EQ(e->target.code, "GBRGOV");
  auto same = testing::CodeText("Tony Blair praised the government.", "2005-01-10");
  EXPECT_EQ(Find(same, "Tony Blair"), nullptr) << ::testing::PrintToString(testing::Triples(same));
}

// "the Crown Prince" is the one person named with that title; "he" after a sentence
// naming the story's protagonist and a passing name is the protagonist.
TEST(StoryReferents, TitleAndHeFollowTheStorysProtagonist) {
  const std::string text =
      "Saudi Arabia's Crown Prince Abdullah bin Abdul Aziz met Vice President George Bush on Monday.\n\n"
      "Bush assured the Crown Prince of US support.\n\n"
      "Later the Crown Prince met with President Ronald Reagan.\n\n"
      "He also criticised Iran.";
  CodeOptions each;
  each.merge_mentions = false;
  auto ev = testing::CodeText(text, "1987-10-20", each);
  const Event* title = Find(ev, "Crown Prince");
  ASSERT_NE(title, nullptr) << ::testing::PrintToString(testing::Triples(ev));
  EXPECT_EQ(title->source.code, "SAUGOV");
  ASSERT_TRUE(title->source.ref.has_value());
  EXPECT_EQ(title->source.ref->text, "Saudi Arabia's Crown Prince Abdullah bin Abdul Aziz");
  const Event* he = Find(ev, "He");
  ASSERT_NE(he, nullptr) << ::testing::PrintToString(testing::Triples(ev));
  EXPECT_EQ(he->source.code, "SAUGOV");  // not Reagan, the last name before it
}

}  // namespace
}  // namespace parley
