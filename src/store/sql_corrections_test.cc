// Corrections: stored apart from the events, the latest shown with every list of
// events (Events, the overview's, search hits), refused when malformed or read-only;
// the change mark follows them. SQLite always; PostgreSQL too under tests/store/pg.sh.
#include <gtest/gtest.h>

#include <regex>

#include "store/test_store.h"

namespace parley {
namespace {

using testing::Query;

class StoreCorrectionTest : public testing::StoreFixture {
 protected:
  void SetUp() override {
    StoreFixture::SetUp();
    AddStory("s1", "2024-01-10", "Talks", "Armenia and Azerbaijan held talks.", "ARM", "AZE", "043");
    AddStory("s2", "2024-01-12", "Clashes", "Azerbaijani troops attacked Armenian positions.", "AZEMIL", "ARMGOV", "190");
  }
  std::int64_t EventId(const std::string& code) {
    EventQuery q;
    q.code = code;
    auto events = store_->Events(q);
    EXPECT_TRUE(events.ok() && events.value().size() == 1);
    return events.ok() && !events.value().empty() ? events.value()[0].event_id : 0;
  }
  std::optional<Correction> Latest(std::int64_t event_id) {
    EventQuery q;
    q.event_id = event_id;
    auto events = store_->Events(q);
    EXPECT_TRUE(events.ok() && events.value().size() == 1);
    return events.ok() && !events.value().empty() ? events.value()[0].correction : std::nullopt;
  }
};

TEST_F(StoreCorrectionTest, StoredApartAndShownWithTheEvent) {
  const std::int64_t id = EventId("190");
  EXPECT_FALSE(Latest(id).has_value());
  Correction c;
  c.event_id = id, c.author = "ana", c.reason = "the army, not the government", c.target = "ARMMIL";
  auto stored = store_->AddCorrection(c);
  ASSERT_TRUE(stored.ok()) << stored.status().message();
  EXPECT_GT(stored.value().correction_id, 0);
  EXPECT_TRUE(std::regex_match(stored.value().created_at, std::regex(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)")))
      << stored.value().created_at;
  auto latest = Latest(id);
  ASSERT_TRUE(latest.has_value());
  EXPECT_EQ(latest->author, "ana");
  EXPECT_EQ(latest->reason, "the army, not the government");
  EXPECT_EQ(latest->target, std::optional<std::string>("ARMMIL"));
  EXPECT_FALSE(latest->code.has_value());
  EXPECT_FALSE(latest->wrong);
  // The event row is the machine's: its target, its dyad, its counts.
  EventQuery q;
  q.event_id = id;
  EXPECT_EQ(store_->Events(q).value()[0].target, "ARMGOV");
  EXPECT_FALSE(Latest(EventId("043")).has_value());

  // A later correction is the one in force; the history keeps both, newest first.
  Correction wrong;
  wrong.event_id = id, wrong.author = "ben", wrong.wrong = true;
  ASSERT_TRUE(store_->AddCorrection(wrong).ok());
  EXPECT_TRUE(Latest(id)->wrong);
  auto history = store_->Corrections(id);
  ASSERT_TRUE(history.ok());
  ASSERT_EQ(history.value().size(), 2u);
  EXPECT_EQ(history.value()[0].author, "ben");
  EXPECT_EQ(history.value()[1].author, "ana");
  auto all = store_->Corrections(0);  // the latest of every corrected event
  ASSERT_TRUE(all.ok());
  ASSERT_EQ(all.value().size(), 1u);
  EXPECT_EQ(all.value()[0].author, "ben");
  EXPECT_EQ(store_->Counts().value().corrections, 2);
}

TEST_F(StoreCorrectionTest, ShownInTheOverviewAndInSearchHits) {
  const std::int64_t id = EventId("190");
  Correction c;
  c.event_id = id, c.author = "ana", c.code = "193";
  ASSERT_TRUE(store_->AddCorrection(c).ok());
  OverviewQuery o;
  o.window_end = "2024-01-31";
  auto overview = store_->GetOverview(o);
  ASSERT_TRUE(overview.ok()) << overview.status().message();
  ASSERT_EQ(overview.value().intense.size(), 1u);
  ASSERT_TRUE(overview.value().intense[0].correction.has_value());
  EXPECT_EQ(overview.value().intense[0].correction->code, std::optional<std::string>("193"));
  auto hits = store_->Search(Query("attacked"));
  ASSERT_TRUE(hits.ok()) << hits.status().message();
  ASSERT_EQ(hits.value().sentences.size(), 1u);
  ASSERT_TRUE(hits.value().sentences[0].event.correction.has_value());
  EXPECT_EQ(hits.value().sentences[0].event.correction->author, "ana");
}

TEST_F(StoreCorrectionTest, RefusesBadCorrectionsUnknownEventsAndReaders) {
  const std::int64_t id = EventId("043");
  Correction c;
  c.event_id = id, c.author = "ana";
  auto r = store_->AddCorrection(c);  // nothing corrected
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(r.status().message(), "nothing to correct: give code, source or target, or wrong: true");
  c.code = "0x1";
  EXPECT_EQ(store_->AddCorrection(c).status().message(),
            "code: '0x1' is not a CAMEO code (2 to 4 digits, e.g. 190 or 0841)");
  c.code = "042", c.event_id = 999999;
  r = store_->AddCorrection(c);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kNotFound);
  EXPECT_EQ(store_->Counts().value().corrections, 0);
  auto reader = EventStore::Open(location_, /*read_only=*/true);
  ASSERT_TRUE(reader.ok());
  c.event_id = id;
  EXPECT_EQ(reader.value()->AddCorrection(c).status().message(), "the event store is open read-only");
}

TEST_F(StoreCorrectionTest, TheChangeMarkFollowsCorrectionsAndStoriesWithoutEvents) {
  std::int64_t mark = store_->ChangeMark().value();
  Correction c;
  c.event_id = EventId("043"), c.author = "ana", c.source = "ARMGOV";
  ASSERT_TRUE(store_->AddCorrection(c).ok());
  EXPECT_GT(store_->ChangeMark().value(), mark);
  mark = store_->ChangeMark().value();
  AddStory("s3", "2024-02-01", "Nothing to code", "The weather was fine.", "", "", "");
  EXPECT_GT(store_->ChangeMark().value(), mark);
}

TEST(CorrectionSyntax, NamesTheBadField) {
  Correction c;
  c.author = "ana", c.wrong = true;
  EXPECT_EQ(CheckCorrection(c), "");
  c.code = "190";
  EXPECT_EQ(CheckCorrection(c), "wrong: an event marked wrong takes no corrected code, source or target");
  c.wrong = false;
  EXPECT_EQ(CheckCorrection(c), "");
  c.author = "";
  EXPECT_EQ(CheckCorrection(c), "author: required (1 to 64 bytes)");
  c.author = std::string(65, 'a');
  EXPECT_EQ(CheckCorrection(c), "author: at most 64 bytes (got 65)");
  c.author = "ana\x1b[2J";
  EXPECT_EQ(CheckCorrection(c), "author: control characters");
  c.author = "ana";
  c.reason = std::string(2001, 'r');
  EXPECT_EQ(CheckCorrection(c), "reason: at most 2000 bytes (got 2001)");
  c.reason = "line one\nline two";
  EXPECT_EQ(CheckCorrection(c), "");
  c.source = "armmil";
  EXPECT_EQ(CheckCorrection(c),
            "source: 'armmil' is not an actor code (3 to 15 capitals, digits or '-', e.g. ARMMIL)");
  c.source = "AR";
  EXPECT_NE(CheckCorrection(c), "");
  c.source = "---REB";
  c.target = "";
  EXPECT_EQ(CheckCorrection(c), "");  // no target
  c.code = "1";
  EXPECT_NE(CheckCorrection(c), "");
}

}  // namespace
}  // namespace parley
