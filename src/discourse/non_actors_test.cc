#include "discourse/non_actors.h"

#include <gtest/gtest.h>

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

// Classifies the first occurrence of `mention` (one or more words) in `sentence`.
NonActorKind Of(const std::string& sentence, const std::string& mention) {
  text::TokenizedText tt, m;
  TokenizeWords(sentence, &tt);
  text::Tokenize(mention, 0, mention.size(), &m, nullptr);
  const uint32_t n = static_cast<uint32_t>(tt.tokens.size()), k = static_cast<uint32_t>(m.tokens.size());
  for (uint32_t i = 0; i + k <= n; ++i) {
    bool same = true;
    for (uint32_t j = 0; j < k && same; ++j) same = tt.Norm(i + j) == m.Norm(j);
    if (same) return Classify(Lex(), tt, 0, n, i, i + k);
  }
  ADD_FAILURE() << "no mention " << mention << " in " << sentence;
  return NonActorKind::kNone;
}

constexpr auto kNone = NonActorKind::kNone;
constexpr auto kMedium = NonActorKind::kMedium;
constexpr auto kPlace = NonActorKind::kPlace;
constexpr auto kTopic = NonActorKind::kTopic;

TEST(NonActors, MediaThatCarryTheWords) {
  EXPECT_EQ(Of("Government sources told the BBC the talks had collapsed.", "BBC"), kMedium);
  EXPECT_EQ(Of("Pompeo posted a message on Twitter blaming Iran for the attack.", "Twitter"), kMedium);
  EXPECT_EQ(Of("A report, monitored by the British Broadcasting Corporation, said he warned Iraq.",
               "British Broadcasting Corporation"),
            kMedium);
  EXPECT_EQ(Of("In an interview with CNN, Zarif accused Washington of economic terrorism.", "CNN"), kMedium);
  EXPECT_EQ(Of("Syrian state television reported that Israeli jets struck near Damascus.", "Syrian"), kMedium);
  EXPECT_EQ(Of("Iran's Fars news agency said the tanker had been seized.", "Iran"), kMedium);
  EXPECT_EQ(Of("The attack killed 12 people, according to Reuters.", "Reuters"), kMedium);
  EXPECT_EQ(Of("Rebels shelled the city, according to the Syrian government.", "Syrian government"), kMedium);
  EXPECT_EQ(Of("Ambassador Meir Rosenne told Israel Radio a delegation will come.", "Israel"), kMedium);
  EXPECT_EQ(Of("The minister was quoted by Tass as saying Moscow would respond.", "Tass"), kMedium);
  EXPECT_EQ(Of("Trump said on Twitter that he would meet Kim.", "Twitter"), kMedium);
}

TEST(NonActors, MediaAsParties) {
  // The outlet is the target of the event, or the words go to a government.
  EXPECT_EQ(Of("Iran banned the BBC from reporting on the protests.", "BBC"), kNone);
  EXPECT_EQ(Of("Iran told the United States to withdraw its ships.", "United States"), kNone);
  EXPECT_EQ(Of("Zarif told Iraq that Tehran would not retaliate.", "Iraq"), kNone);
  EXPECT_EQ(Of("Egypt accused Al Jazeera of bias.", "Jazeera"), kNone);
  EXPECT_EQ(Of("The International Atomic Energy Agency said Iran had resumed enrichment.",
               "International Atomic Energy Agency"),
            kNone);
}

TEST(NonActors, MeetingPlaces) {
  EXPECT_EQ(Of("Arab foreign ministers gathered in Cairo to discuss the crisis.", "Cairo"), kPlace);
  EXPECT_EQ(Of("The two sides held talks in Geneva on Monday.", "Geneva"), kPlace);
  EXPECT_EQ(Of("Iranian and US diplomats met in Vienna last week.", "Vienna"), kPlace);
  EXPECT_EQ(Of("The leaders signed the accord at the Kremlin.", "Kremlin"), kPlace);
  EXPECT_EQ(Of("Shultz and Shevardnadze met today in an elegant Moscow mansion.", "Moscow"), kPlace);
  EXPECT_EQ(Of("The ministers met in central Geneva.", "Geneva"), kPlace);
  EXPECT_EQ(Of("A summit in Sochi ended without agreement.", "Sochi"), kPlace);
  EXPECT_EQ(Of("Spanish farmers blocked a border crossing with France.", "France"), NonActorKind::kBeyondBorder);
  EXPECT_EQ(Of("Troops massed on the border with Ukraine.", "Ukraine"), NonActorKind::kBeyondBorder);
  // Not a meeting: a place where something is done to someone is not decided here.
  EXPECT_EQ(Of("Turkish troops attacked Kurdish fighters in Syria.", "Syria"), kNone);
  EXPECT_EQ(Of("Pompeo met Netanyahu in Jerusalem.", "Netanyahu"), kNone);
  EXPECT_EQ(Of("Republicans hold a majority in the Senate.", "Senate"), kNone);
  EXPECT_EQ(Of("Sirhan was held at Corcoran State Prison.", "Corcoran State Prison"), kNone);
}

TEST(NonActors, Topics) {
  EXPECT_EQ(Of("The ministers met in Ankara to discuss Libya-Turkey relations.", "Libya"), kTopic);
  EXPECT_EQ(Of("The ministers met in Ankara to discuss Libya-Turkey relations.", "Turkey"), kTopic);
  EXPECT_EQ(Of("Russia and Turkey held talks on Syria on Monday.", "Syria"), kTopic);
  EXPECT_EQ(Of("Putin and Erdogan discussed the situation in Idlib.", "Idlib"), kTopic);
  EXPECT_EQ(Of("The council will hold consultations about Yemen.", "Yemen"), kTopic);
  EXPECT_EQ(Of("Macron and Merkel discussed Iran's nuclear programme.", "Iran"), kTopic);
  // The partners of the talks are participants.
  EXPECT_EQ(Of("Russia and Turkey held talks on Syria on Monday.", "Turkey"), kNone);
  EXPECT_EQ(Of("The United States held talks with Iran.", "Iran"), kNone);
  EXPECT_EQ(Of("Washington imposed sanctions on Iran.", "Iran"), kNone);
  EXPECT_EQ(Of("Iran launched an attack on Saudi Arabia.", "Saudi Arabia"), kNone);
  // A name that modifies a topic frame: what the war or crisis is about.
  EXPECT_EQ(Of("Blair rejected calls for advice on the legality of the Iraq war.", "Iraq"), kTopic);
  EXPECT_EQ(Of("The Calenardhon government issue condemned the attack.", "Calenardhon government"), kNone);
  // Not a topic of "discussed" (the words between), but a medium.
  EXPECT_EQ(Of("The death became the most discussed subject on the Chinese network Weibo.", "Chinese"), kMedium);
}

TEST(NonActors, OutOfRangeIsNone) {
  text::TokenizedText tt;
  std::string s = "Iran said.";
  TokenizeWords(s, &tt);
  EXPECT_EQ(Classify(Lex(), tt, 0, 3, 2, 2), kNone);
  EXPECT_EQ(Classify(Lex(), tt, 1, 3, 0, 1), kNone);
  EXPECT_STREQ(NonActorKindName(kTopic), "topic");
}

}  // namespace
}  // namespace parley::discourse
