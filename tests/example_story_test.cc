// The example story of the developers' guide (../shared/seeds) must come out right.
#include <gtest/gtest.h>

#include "test_util.h"

namespace parley {
namespace {

const char* kSeed = "/seeds/000_22ccad4e987396f1.txt";

class ExampleStory : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string shared = testing::SharedDir();
    if (shared.empty()) GTEST_SKIP() << "../shared is absent: the example-story test needs ../shared" << kSeed;
    auto story = ParseTextStory(testing::ReadFile(shared + kSeed), "000_22ccad4e987396f1.txt");
    ASSERT_TRUE(story.ok()) << story.status().message();
    story_ = story.value();
    Coder coder(testing::ProjectLexicon());
    CodeStats stats;
    events_ = coder.Code(story_, &stats);
  }
  std::string Dump() const {
    std::string s;
    for (const Event& e : events_)
      s += e.source.code + " " + e.target.code + " " + e.code + " " + ModalityName(e.modality) + "\n";
    return s;
  }
  Story story_;
  std::vector<Event> events_;
};

TEST_F(ExampleStory, EveryEventCarriesTheStoryDate) {
  ASSERT_FALSE(events_.empty());
  for (const Event& e : events_) EXPECT_EQ(e.date, "2023-12-09");
}

TEST_F(ExampleStory, AzerbaijanReleases32ArmenianMilitaryPersonnel) {
  const Event* e = testing::FindEvent(events_, "AZE", "ARM", "08");
  if (!e) e = testing::FindEvent(events_, "AZE", "ARM", "03");
  ASSERT_NE(e, nullptr) << Dump();
  ASSERT_TRUE(e->quantity.has_value()) << Dump();
  EXPECT_EQ(e->quantity->value, 32);
  EXPECT_EQ(e->target.code, "ARMMIL");
}

TEST_F(ExampleStory, ArmeniaReleasesTwoAzerbaijanis) {
  const Event* e = testing::FindEvent(events_, "ARM", "AZE", "08");
  if (!e) e = testing::FindEvent(events_, "ARM", "AZE", "03");
  ASSERT_NE(e, nullptr) << Dump();
  ASSERT_TRUE(e->quantity.has_value());
  EXPECT_EQ(e->quantity->value, 2);
}

TEST_F(ExampleStory, BakuEndorsesArmenia) {
  EXPECT_NE(testing::FindEvent(events_, "AZE", "ARM", "051"), nullptr) << Dump();
}

TEST_F(ExampleStory, UsOfficialVisitsBaku) {
  EXPECT_NE(testing::FindEvent(events_, "USA", "AZE", "042"), nullptr) << Dump();
}

TEST_F(ExampleStory, ArmeniaAzerbaijanStatementOrAgreement) {
  bool found = false;
  for (const Event& e : events_) {
    bool dyad = (e.source.country == "ARM" && e.target.country == "AZE") ||
                (e.source.country == "AZE" && e.target.country == "ARM");
    int root = std::stoi(e.root);
    if (dyad && root >= 1 && root <= 5 && e.code != "051") found = true;
  }
  EXPECT_TRUE(found) << Dump();
}

TEST_F(ExampleStory, YerevanWithdrawsBidInFavourOfBaku) {
  bool found = false;
  for (const Event& e : events_)
    if (e.source.country == "ARM" && e.target.country == "AZE" && e.quad_class <= 2 &&
        e.evidence_text.find("withdrawn its bid") != std::string::npos)
      found = true;
  EXPECT_TRUE(found) << Dump();
}

TEST_F(ExampleStory, HypotheticalPeaceTreatyIsNotAsserted) {
  for (const Event& e : events_) {
    bool dyad = (e.source.country == "ARM" && e.target.country == "AZE") ||
                (e.source.country == "AZE" && e.target.country == "ARM");
    if (dyad && e.code == "057") {
      EXPECT_NE(e.modality, Modality::kAsserted) << Dump();
    }
  }
}

TEST_F(ExampleStory, EvidenceIsTheSentenceInTheStory) {
  for (const Event& e : events_) {
    ASSERT_LE(e.evidence_end, story_.text.size());
    EXPECT_EQ(story_.text.substr(e.evidence_begin, e.evidence_end - e.evidence_begin), e.evidence_text);
  }
}

}  // namespace
}  // namespace parley
