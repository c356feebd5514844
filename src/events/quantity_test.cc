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

// Issue 15, part 14: years, dates, ordinals and measures are no counts of people.
std::optional<Quantity> QuantityOfAny(const std::string& sentence) {
  for (const Event& e : testing::CodeText(sentence))
    if (e.quantity) return e.quantity;
  return std::nullopt;
}

TEST(Quantity, YearsAreNoCounts) {
  EXPECT_FALSE(QuantityOfAny("Russia withdrew from the 2017 Women's World Championship in Canada."));
  EXPECT_FALSE(QuantityOfAny("Russia criticized the 2014 annexation of Crimea."));
  auto q = QuantityOfAny("Chinese police arrested 30 people at the 2017 Women's World Championship.");
  ASSERT_TRUE(q);
  EXPECT_EQ(q->value, 30);
  auto count = QuantityOfAny("Police arrested 2000 protesters in Tehran.");  // a count written without a comma
  ASSERT_TRUE(count);
  EXPECT_EQ(count->value, 2000);
}

TEST(Quantity, DatesAndOrdinalsAreNoCounts) {
  EXPECT_FALSE(QuantityOfAny("Israel condemned the 7 October Hamas attack."));
  EXPECT_FALSE(QuantityOfAny("Iran criticized the 12 March Israeli strike."));
  EXPECT_FALSE(QuantityOfAny("Russia condemned the March 12 Ukrainian attack."));
  auto q = QuantityOfAny("Russia released the 2nd group of 50 Ukrainian prisoners.");
  ASSERT_TRUE(q);
  EXPECT_EQ(q->value, 50);
}

TEST(Quantity, MeasuresAreNoCounts) {
  EXPECT_FALSE(QuantityOfAny("Turkey shelled Kurdish positions 5 km inside Syria."));
  EXPECT_FALSE(QuantityOfAny("Russia fired 3 times at Ukrainian positions."));
}

}  // namespace
}  // namespace parley
