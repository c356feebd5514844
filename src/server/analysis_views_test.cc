#include "server/analysis_views.h"

#include <gtest/gtest.h>

namespace parley::server {
namespace {

std::string Names(const std::vector<DyadActivity>& v) {
  std::string s;
  for (const auto& d : v) s += (s.empty() ? "" : " ") + d.a + "-" + d.b;
  return s;
}

// a, b, events, previous events, Goldstein sums (window, previous); sorted by (a, b).
const std::vector<DyadActivity> kDyads = {
    {"ARM", "AZE", 10, 2, -50, 8},  // busiest; +8 events; mean -5 from +4
    {"CHN", "USA", 3, 3, 9, -9},    // mean +3 from -3
    {"IRN", "ISR", 0, 6, 0, -30},   // quiet now: -6 events
    {"RUS", "UKR", 10, 9, -90, -81},
};

TEST(RankDyads, Busiest) {
  EXPECT_EQ(Names(RankDyads(kDyads, DyadRanking::kBusiest, 10, 1)), "ARM-AZE RUS-UKR CHN-USA");
  EXPECT_EQ(Names(RankDyads(kDyads, DyadRanking::kBusiest, 1, 1)), "ARM-AZE");
}

TEST(RankDyads, VolumeChangeEitherWay) {
  EXPECT_EQ(Names(RankDyads(kDyads, DyadRanking::kVolumeChange, 10, 1)), "ARM-AZE IRN-ISR RUS-UKR");
}

TEST(RankDyads, GoldsteinChangeNeedsEventsInBothWindows) {
  // ARM-AZE: |-5 - 4| = 9; CHN-USA: 6; RUS-UKR: 0; IRN-ISR has no events now.
  EXPECT_EQ(Names(RankDyads(kDyads, DyadRanking::kGoldsteinChange, 10, 1)), "ARM-AZE CHN-USA RUS-UKR");
  EXPECT_EQ(Names(RankDyads(kDyads, DyadRanking::kGoldsteinChange, 10, 3)), "CHN-USA RUS-UKR");  // ARM-AZE had 2
  EXPECT_EQ(Names(RankDyads(kDyads, DyadRanking::kGoldsteinChange, 10, 4)), "RUS-UKR");
}

}  // namespace
}  // namespace parley::server
