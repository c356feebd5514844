#include "text/utf8.h"

#include <gtest/gtest.h>

namespace parley::text {

TEST(Utf8, CountsAndRepairsInvalidSequences) {
  std::string bad = "ok \xC3\x28 and \xFF end";
  EXPECT_EQ(CountInvalidUtf8(bad), 2u);
  std::string fixed = ToValidUtf8(bad);
  EXPECT_EQ(CountInvalidUtf8(fixed), 0u);
  EXPECT_NE(fixed.find("\xEF\xBF\xBD"), std::string::npos);
  EXPECT_EQ(ToValidUtf8("Élysée ‘quoted’"), "Élysée ‘quoted’");
}

TEST(Utf8, OverlongEncodingIsInvalid) {
  EXPECT_GE(CountInvalidUtf8("\xC0\xAF"), 1u);
  EXPECT_GE(CountInvalidUtf8("\xE0\x80\xAF"), 1u);
}

TEST(Utf8, DetectsBinary) {
  EXPECT_TRUE(LooksBinary(std::string("abc\0def", 7)));
  EXPECT_TRUE(LooksBinary(std::string(100, '\x01')));
  EXPECT_FALSE(LooksBinary("Plain text\nwith lines\r\n"));
}

}  // namespace parley::text
