#include "store/analysis_summary.h"

#include <gtest/gtest.h>

namespace parley::store {
namespace {

TEST(AnalysisSummary, AddDays) {
  EXPECT_EQ(AddDays("2024-01-30", -29), "2024-01-01");
  EXPECT_EQ(AddDays("2024-03-01", -1), "2024-02-29");  // a leap year
  EXPECT_EQ(AddDays("2023-03-01", -1), "2023-02-28");
  EXPECT_EQ(AddDays("2023-12-31", 1), "2024-01-01");
  EXPECT_EQ(AddDays("1999-12-31", 366), "2000-12-31");
  EXPECT_EQ(AddDays("2024-01-01", 0), "2024-01-01");
  EXPECT_EQ(AddDays("0000-01-01", -1), "");  // out of YYYY
  EXPECT_EQ(AddDays("2024-02-30", 1), "");
  EXPECT_EQ(AddDays("", 1), "");
}

TEST(AnalysisSummary, FoldNetworkMergesDirectionsAndRanks) {
  std::vector<DirectedCount> counts = {
      {"AZE", "ARM", 3, {0, 0, 1, 2}, -250}, {"ARM", "AZE", 2, {2, 0, 0, 0}, 40}, {"USA", "USA", 9, {9, 0, 0, 0}, 0},
      {"RUS", "UKR", 5, {0, 0, 0, 5}, -500}, {"ARM", "TUR", 1, {1, 0, 0, 0}, 10},
  };
  Network n = FoldNetwork(counts, 1, 10);
  EXPECT_EQ(n.edges_total, 3u);  // USA-USA is no edge
  ASSERT_EQ(n.edges.size(), 3u);
  EXPECT_EQ(n.edges[0].a, "ARM");  // ARM-AZE and RUS-UKR tie at 5: (a, b) order
  EXPECT_EQ(n.edges[0].b, "AZE");
  EXPECT_EQ(n.edges[0].a_to_b, 2);
  EXPECT_EQ(n.edges[0].b_to_a, 3);
  EXPECT_EQ(n.edges[0].quad[3], 2);
  EXPECT_DOUBLE_EQ(n.edges[0].goldstein_sum, -21);
  EXPECT_EQ(n.edges[1].a, "RUS");
  EXPECT_EQ(n.edges[2].b, "TUR");
  ASSERT_EQ(n.nodes.size(), 5u);
  EXPECT_EQ(n.nodes[0].code, "ARM");
  EXPECT_EQ(n.nodes[0].events, 6);

  n = FoldNetwork(counts, 2, 1);  // at least two events, one edge
  EXPECT_EQ(n.edges_total, 3u);
  ASSERT_EQ(n.edges.size(), 1u);
  EXPECT_EQ(n.edges[0].b, "AZE");
  ASSERT_EQ(n.nodes.size(), 2u);
  EXPECT_TRUE(FoldNetwork({}, 1, 10).nodes.empty());
}

}  // namespace
}  // namespace parley::store
