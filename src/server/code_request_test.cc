#include "server/code_request.h"

#include <gtest/gtest.h>

namespace parley::server {
namespace {

// Issue 15 part 3: a pasted story's `date` line is read as `parley code` reads it, and
// it is not part of the coded body.
TEST(CodeRequest, DateLineDatesTheStoryAndIsNotCoded) {
  auto s = ParseCodeRequest(R"({"text": "date 2024-01-15\nArmenia criticized Azerbaijan."})", "application/json", "");
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(s->date, "2024-01-15");
  EXPECT_EQ(s->text.substr(s->body_begin, s->body_end - s->body_begin), "\nArmenia criticized Azerbaijan.");
  auto plain = ParseCodeRequest("date 2024-01-15\nRussia expelled two diplomats.", "text/plain", "");
  ASSERT_TRUE(plain.ok());
  EXPECT_EQ(plain->date, "2024-01-15");
  EXPECT_GT(plain->body_begin, 0u);
  // A date given beside the text wins.
  auto both = ParseCodeRequest(R"({"text": "date 2024-01-15\nX.", "date": "2024-02-01"})", "application/json", "");
  ASSERT_TRUE(both.ok());
  EXPECT_EQ(both->date, "2024-02-01");
  auto none = ParseCodeRequest(R"({"text": "Armenia spoke."})", "application/json", "");
  ASSERT_TRUE(none.ok());
  EXPECT_EQ(none->date, "");
  EXPECT_EQ(none->body_begin, 0u);
}

TEST(CodeRequest, BadDateLineIsAnError) {
  auto s = ParseCodeRequest(R"({"text": "date 2023-02-31\nText."})", "application/json", "");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().message(), "text line 1: unknown date '2023-02-31' (want YYYY-MM-DD)");
  auto nul = ParseCodeRequest(std::string("a\0b", 3), "text/plain", "");
  ASSERT_FALSE(nul.ok());
  EXPECT_EQ(nul.status().message().substr(0, 5), "text:");
}

}  // namespace
}  // namespace parley::server
