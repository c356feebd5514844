#include <gtest/gtest.h>

#include "test_util.h"

namespace parley {
namespace {

Modality ModalityOf(const std::string& sentence) {
  auto events = testing::CodeText(sentence);
  EXPECT_FALSE(events.empty()) << sentence;
  return events.empty() ? Modality::kAsserted : events[0].modality;
}

TEST(Modality, Asserted) { EXPECT_EQ(ModalityOf("Azerbaijan released 32 Armenian soldiers."), Modality::kAsserted); }
TEST(Modality, Intended) {
  EXPECT_EQ(ModalityOf("Azerbaijan will release 32 Armenian soldiers."), Modality::kIntended);
  EXPECT_EQ(ModalityOf("Azerbaijan agreed to release 32 Armenian soldiers."), Modality::kIntended);
}
TEST(Modality, Hypothetical) {
  EXPECT_EQ(ModalityOf("Azerbaijan could release 32 Armenian soldiers."), Modality::kHypothetical);
  EXPECT_EQ(ModalityOf("Armenia and Azerbaijan signing a peace agreement seems realistic."),
            Modality::kHypothetical);
}
TEST(Modality, Negated) {
  EXPECT_EQ(ModalityOf("Azerbaijan did not release Armenian soldiers."), Modality::kNegated);
  EXPECT_EQ(ModalityOf("Russia never attacked Georgia."), Modality::kNegated);
}

}  // namespace
}  // namespace parley
