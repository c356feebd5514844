#include <gtest/gtest.h>

#include "test_util.h"

namespace parley {
namespace {

std::optional<Quantity> QuantityOf(const std::string& sentence) {
  auto events = testing::CodeText(sentence);
  EXPECT_FALSE(events.empty()) << sentence;
  return events.empty() ? std::nullopt : events[0].quantity;
}

TEST(Quantity, PersonsBeforeTheTarget) {
  auto q = QuantityOf("Azerbaijan released 32 Armenian military personnel.");
  ASSERT_TRUE(q);
  EXPECT_EQ(q->value, 32);
  EXPECT_EQ(q->unit, "persons");
  EXPECT_EQ(q->text, "32");
}

TEST(Quantity, NumberWords) {
  auto q = QuantityOf("Armenia will release two Azerbaijanis.");
  ASSERT_TRUE(q);
  EXPECT_EQ(q->value, 2);
}

TEST(Quantity, Money) {
  auto q = QuantityOf("Japan gave $500 million in aid to Ukraine.");
  ASSERT_TRUE(q);
  EXPECT_EQ(q->value, 500000000);
  EXPECT_EQ(q->unit, "USD");
  EXPECT_EQ(q->text, "$500 million");
}

TEST(Quantity, LowerBounds) {
  auto q = QuantityOf("Police arrested at least 12 Iranian protesters.");
  ASSERT_TRUE(q);
  EXPECT_EQ(q->value, 12);
  auto t = QuantityOf("Israeli troops detained thousands of Palestinian protesters.");
  ASSERT_TRUE(t);
  EXPECT_EQ(t->value, 1000);
}

TEST(Quantity, NoneWhenNoNumber) {
  auto events = testing::CodeText("Baku endorsed Armenia's candidacy.");
  ASSERT_FALSE(events.empty());
  EXPECT_FALSE(events[0].quantity.has_value());
}

}  // namespace
}  // namespace parley
