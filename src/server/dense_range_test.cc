#include "server/dense_range.h"

#include <gtest/gtest.h>

namespace parley::server {
namespace {

// Issue 15: USA-JPN, 84 events in a few weeks of 2019 and one in 1987.
TEST(DenseRange, OneStrayDateIsLeftOut) {
  std::vector<std::pair<std::string, int>> p = {
      {"1987-03-02", 1}, {"2019-06-01", 30}, {"2019-06-10", 30}, {"2019-06-28", 24}};
  DenseRange r = FindDenseRange(p, Period::kDay);
  EXPECT_TRUE(r.narrowed);
  EXPECT_EQ(r.from, "2019-06-01");
  EXPECT_EQ(r.to, "2019-06-28");
  EXPECT_EQ(r.events, 84);
  EXPECT_EQ(r.total, 85);
}

TEST(DenseRange, ShortestWindowHoldingTheShare) {
  // 100 events: 1 early, 95 in three months, 4 late; the window must hold 95.
  std::vector<std::pair<std::string, int>> p = {
      {"2000-01", 1}, {"2010-01", 45}, {"2010-02", 45}, {"2010-03", 5}, {"2030-01", 4}};
  DenseRange r = FindDenseRange(p, Period::kMonth);
  EXPECT_TRUE(r.narrowed);
  EXPECT_EQ(r.from, "2010-01");
  EXPECT_EQ(r.to, "2010-03");
  EXPECT_EQ(r.events, 95);
  DenseRange lax = FindDenseRange(p, Period::kMonth, 0.90);
  EXPECT_EQ(lax.from, "2010-01");
  EXPECT_EQ(lax.to, "2010-02");
  EXPECT_EQ(lax.events, 90);
}

TEST(DenseRange, EvenSeriesAndSmallSeriesStayWhole) {
  std::vector<std::pair<std::string, int>> even;
  for (int d = 10; d <= 29; ++d) even.push_back({"2024-01-" + std::to_string(d), 1});
  DenseRange r = FindDenseRange(even, Period::kDay);
  EXPECT_FALSE(r.narrowed);  // 19 of 20 events span nearly the whole range: not worth hiding one
  EXPECT_EQ(r.from, "2024-01-10");
  EXPECT_EQ(r.to, "2024-01-29");
  EXPECT_EQ(r.events, 20);
  DenseRange two = FindDenseRange({{"1990-01-01", 1}, {"2024-01-01", 1}}, Period::kDay);
  EXPECT_FALSE(two.narrowed);  // 95% of 2 events is both
  EXPECT_EQ(two.from, "1990-01-01");
  DenseRange none = FindDenseRange({{"", 3}}, Period::kDay);
  EXPECT_EQ(none.from, "");
  EXPECT_EQ(none.total, 0);
}

}  // namespace
}  // namespace parley::server
