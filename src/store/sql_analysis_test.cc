// The summary queries (overview, actor profile, network) on a small hand-made store.
// SQLite always; PostgreSQL too when PARLEY_TEST_PG_URI names a server (tests/store/pg.sh).
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>

#include "parley/store.h"
#include "store/sql_connection.h"

namespace parley {
namespace {

namespace fs = std::filesystem;

struct Ev {
  const char* date;
  const char* source;
  const char* target;
  const char* code;
  int quad;
  double goldstein;
  bool historical = false;
};

// Stored events (one story each), by QuadClass and Goldstein weight:
//   previous window (2023-12-02 .. 2023-12-31): ARM->AZE 042, AZE->ARM 042
//   window (2024-01-01 .. 2024-01-30): ARMGOV->AZE 190, AZEMIL->ARM 193, USA->ARM 042,
//     USAGOV->USAOPP 111 (within one country), RUS->UKR 190 (the latest date)
//   historical: ARM->TUR 190 dated 1990-05-01; and ARM (no target) 010 on 2023-12-20
const Ev kEvents[] = {
    {"2023-12-10", "ARM", "AZE", "042", 1, 1.9},    {"2023-12-11", "AZE", "ARM", "042", 1, 1.9},
    {"2024-01-10", "ARMGOV", "AZE", "190", 4, -10}, {"2024-01-11", "AZEMIL", "ARM", "193", 4, -10},
    {"2024-01-20", "USA", "ARM", "042", 1, 1.9},    {"2024-01-15", "USAGOV", "USAOPP", "111", 3, -2},
    {"2024-01-30", "RUS", "UKR", "190", 4, -10},    {"1990-05-01", "ARM", "TUR", "190", 4, -10, true},
    {"2023-12-20", "ARM", "", "010", 1, 0},  // a statement with no target: no dyad, edge or partner
};

class StoreAnalysisTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("parley_analysis_test_" + std::to_string(::getpid()) + "_" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    std::string location = (dir_ / "t.db").string();
    if (const char* uri = std::getenv("PARLEY_TEST_PG_URI")) {
      location = uri;
      store::OpenPostgres(location, false)->Exec("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
    }
    auto s = EventStore::Open(location);
    ASSERT_TRUE(s.ok()) << s.status().message();
    store_ = std::move(s).value();
    IngestStats stats;
    int n = 0;
    for (const Ev& e : kEvents) {
      Story story;
      story.id = "s" + std::to_string(++n);
      story.date = e.historical ? "2024-01-05" : e.date;
      story.text = std::string(e.source) + " and " + e.target + " (" + e.code + ").";
      story.body_end = story.text.size();
      Event ev;
      ev.date = e.date, ev.story_date = story.date, ev.historical = e.historical;
      ev.source.code = e.source, ev.target.code = e.target;
      ev.source.text = std::string(e.source).substr(0, 3) == "ARM" ? "Armenia" : e.source;
      ev.target.text = std::string(e.target).substr(0, 3) == "ARM" ? "Yerevan" : e.target;
      ev.code = e.code, ev.root = std::string(e.code, 2), ev.quad_class = e.quad, ev.goldstein = e.goldstein;
      ev.plover = "TEST";
      ev.evidence_text = story.text, ev.evidence_end = story.text.size();
      ASSERT_TRUE(store_->AddStory(story, {ev}, &stats).ok());
    }
  }
  void TearDown() override {
    store_.reset();
    fs::remove_all(dir_);
  }

  fs::path dir_;
  std::unique_ptr<EventStore> store_;
};

TEST_F(StoreAnalysisTest, OverviewSeriesWindowsAndIntenseEvents) {
  OverviewQuery q;
  q.by = Period::kMonth;
  auto r = store_->GetOverview(q);
  ASSERT_TRUE(r.ok()) << r.status().message();
  const Overview& o = r.value();
  EXPECT_EQ(o.latest, "2024-01-30");
  EXPECT_EQ(o.window_from, "2024-01-01");
  EXPECT_EQ(o.window_to, "2024-01-30");
  EXPECT_EQ(o.previous_from, "2023-12-02");
  EXPECT_EQ(o.previous_to, "2023-12-31");
  ASSERT_EQ(o.series.size(), 2u);  // the historical event is left out
  EXPECT_EQ(o.series[0].period, "2023-12");
  EXPECT_EQ(o.series[0].events, 3);
  EXPECT_EQ(o.series[0].stories, 3);
  EXPECT_EQ(o.series[1].period, "2024-01");
  EXPECT_EQ(o.series[1].events, 5);
  EXPECT_EQ(o.series[1].stories, 6);  // the historical event's story is dated 2024-01-05
  EXPECT_EQ(o.series[1].quad[3], 3);
  EXPECT_DOUBLE_EQ(o.series[1].goldstein_sum, -30 + 1.9 - 2);

  // Dyads by country, a < b, within-country ones left out.
  ASSERT_EQ(o.dyads.size(), 3u);
  EXPECT_EQ(o.dyads[0].a, "ARM");
  EXPECT_EQ(o.dyads[0].b, "AZE");
  EXPECT_EQ(o.dyads[0].events, 2);
  EXPECT_EQ(o.dyads[0].previous_events, 2);
  EXPECT_DOUBLE_EQ(o.dyads[0].goldstein_sum, -20);
  EXPECT_DOUBLE_EQ(o.dyads[0].previous_goldstein_sum, 3.8);
  EXPECT_EQ(o.dyads[1].a + "-" + o.dyads[1].b, "ARM-USA");
  EXPECT_EQ(o.dyads[2].a + "-" + o.dyads[2].b, "RUS-UKR");
  EXPECT_EQ(o.dyads[2].previous_events, 0);

  ASSERT_EQ(o.intense.size(), 3u);  // |Goldstein| >= 7 in the window, newest first
  EXPECT_EQ(o.intense[0].source, "RUS");
  EXPECT_EQ(o.intense[1].source, "AZEMIL");
  EXPECT_EQ(o.intense[2].source, "ARMGOV");
  EXPECT_EQ(o.intense[2].evidence_text, "ARMGOV and AZE (190).");
  EXPECT_EQ(o.intense[2].story_id, "s3");

  q.include_historical = true;
  q.window_end = "2023-12-31";
  q.window_days = 20;
  q.level = ActorLevel::kCode;
  r = store_->GetOverview(q);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r.value().series.size(), 3u);
  EXPECT_EQ(r.value().series[0].period, "1990-05");
  EXPECT_EQ(r.value().window_from, "2023-12-12");
  EXPECT_EQ(r.value().previous_from, "2023-11-22");
  EXPECT_EQ(r.value().previous_to, "2023-12-11");
  ASSERT_EQ(r.value().dyads.size(), 1u);  // ARM->AZE and AZE->ARM, both in the previous window
  EXPECT_EQ(r.value().dyads[0].events, 0);
  EXPECT_EQ(r.value().dyads[0].previous_events, 2);
  EXPECT_TRUE(r.value().intense.empty());
}

TEST_F(StoreAnalysisTest, ActorProfile) {
  ActorProfileQuery q;
  q.code = "ARM";
  q.by = Period::kMonth;
  auto r = store_->GetActorProfile(q);
  ASSERT_TRUE(r.ok()) << r.status().message();
  const ActorProfile& a = r.value();
  EXPECT_EQ(a.name, "Armenia");  // exactly ARM: "Armenia" and "Yerevan" three times each; the lower wins
  ASSERT_EQ(a.series.size(), 2u);
  EXPECT_EQ(a.series[0].period, "2023-12");
  EXPECT_EQ(a.series[0].events, 3);
  EXPECT_EQ(a.series[0].as_source, 2);
  EXPECT_EQ(a.series[0].as_target, 1);
  EXPECT_EQ(a.series[1].events, 3);
  EXPECT_EQ(a.series[1].as_source, 1);
  EXPECT_EQ(a.series[1].as_target, 2);
  ASSERT_EQ(a.partners_out.size(), 1u);
  EXPECT_EQ(a.partners_out[0].code, "AZE");
  EXPECT_EQ(a.partners_out[0].events, 2);
  ASSERT_EQ(a.partners_in.size(), 2u);
  EXPECT_EQ(a.partners_in[0].code, "AZE");
  EXPECT_EQ(a.partners_in[0].events, 2);
  EXPECT_EQ(a.partners_in[1].code, "USA");
  ASSERT_EQ(a.event_types.size(), 4u);
  EXPECT_EQ(a.event_types[0].code, "042");
  EXPECT_EQ(a.event_types[0].events, 3);
  EXPECT_EQ(a.event_types[1].code, "010");  // ties: lower code first
  EXPECT_EQ(a.event_types[2].code, "190");
  EXPECT_EQ(a.event_types[3].code, "193");
  ASSERT_EQ(a.sectors.size(), 2u);
  EXPECT_EQ(a.sectors[0].code, "ARM");
  EXPECT_EQ(a.sectors[0].events, 5);
  EXPECT_EQ(a.sectors[1].code, "ARMGOV");

  q.level = ActorLevel::kCode;
  q.include_historical = true;
  q.limit = 1;
  r = store_->GetActorProfile(q);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r.value().series.size(), 3u);  // with 1990-05
  ASSERT_EQ(r.value().partners_in.size(), 1u);
  EXPECT_EQ(r.value().partners_in[0].code, "AZE");  // AZE and AZEMIL: 1 each, lower code first
  q.from = "2024-01-01", q.to = "2024-01-31";
  r = store_->GetActorProfile(q);
  ASSERT_TRUE(r.ok()) << r.status().message();
  ASSERT_EQ(r.value().series.size(), 1u);
  EXPECT_EQ(r.value().series[0].events, 3);
  q.code = "ZZZ";
  r = store_->GetActorProfile(q);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_TRUE(r.value().series.empty());
  EXPECT_EQ(r.value().name, "");
}

TEST_F(StoreAnalysisTest, NetworkFiltersAndLevels) {
  NetworkQuery q;
  auto r = store_->GetNetwork(q);
  ASSERT_TRUE(r.ok()) << r.status().message();
  ASSERT_EQ(r.value().edges.size(), 3u);
  const NetworkEdge& top = r.value().edges[0];
  EXPECT_EQ(top.a + "-" + top.b, "ARM-AZE");
  EXPECT_EQ(top.a_to_b, 2);
  EXPECT_EQ(top.b_to_a, 2);
  EXPECT_DOUBLE_EQ(top.goldstein_sum, -20 + 3.8);
  ASSERT_EQ(r.value().nodes.size(), 5u);
  EXPECT_EQ(r.value().nodes[0].code, "ARM");
  EXPECT_EQ(r.value().nodes[0].events, 5);

  q.filters.roots = {"19"};
  EXPECT_EQ(store_->GetNetwork(q).value().edges.size(), 2u);  // ARM-AZE, RUS-UKR
  q.filters.roots = {}, q.filters.quad_classes = {1};
  EXPECT_EQ(store_->GetNetwork(q).value().edges.size(), 2u);  // ARM-AZE, ARM-USA
  q.filters.quad_classes = {3, 4}, q.filters.goldstein_max = -5;
  EXPECT_EQ(store_->GetNetwork(q).value().edges.size(), 2u);  // ARM-AZE (190, 193), RUS-UKR
  q.filters = {}, q.actor = "RUS";
  ASSERT_EQ(store_->GetNetwork(q).value().edges.size(), 1u);
  q.actor = "", q.min_events = 2;
  auto m = store_->GetNetwork(q).value();
  EXPECT_EQ(m.edges.size(), 1u);
  EXPECT_EQ(m.edges_total, 3u);
  q.min_events = 1, q.include_historical = true, q.level = ActorLevel::kCode;
  auto c = store_->GetNetwork(q).value();
  EXPECT_EQ(c.edges_total, 7u);  // every pair of whole codes, USAGOV-USAOPP and ARM-TUR too
  q.from = "2024-01-11", q.to = "2024-01-20";
  EXPECT_EQ(store_->GetNetwork(q).value().edges.size(), 3u);  // AZEMIL-ARM, USA-ARM, USAGOV-USAOPP
}

}  // namespace
}  // namespace parley
