// parley's own CAMEO table against the published one in ../shared/reference.
#include <gtest/gtest.h>

#include <cmath>
#include <sstream>

#include "lexicon/lexicon_data.h"
#include "test_util.h"

namespace parley {
namespace {

TEST(CameoTable, MatchesThePublishedCodesAndWeights) {
  std::string shared = testing::SharedDir();
  if (shared.empty()) GTEST_SKIP() << "../shared is absent: cannot compare with reference/cameo_eventcodes.tsv";
  std::istringstream in(testing::ReadFile(shared + "/reference/cameo_eventcodes.tsv"));
  const auto& cameo = testing::ProjectLexicon()->data().cameo;
  std::string line;
  std::getline(in, line);  // header
  int checked = 0;
  while (std::getline(in, line)) {
    std::vector<std::string> f;
    std::stringstream ss(line);
    for (std::string x; std::getline(ss, x, '\t');) f.push_back(x);
    if (f.size() < 5) continue;
    const std::string& code = f[0];
    ASSERT_TRUE(cameo.Contains(code)) << "missing CAMEO code " << code;
    const auto* c = cameo.Find(code);
    // GDELT's weight; where GDELT publishes none (1213), ICEWS's.
    const std::string& weight = f[3].empty() ? f[2] : f[3];
    EXPECT_NEAR(c->goldstein, std::stod(weight), 1e-6) << code;
    EXPECT_EQ(c->quad_class, lexicon::QuadClassOfRoot(std::stoi(f[4]))) << code;
    ++checked;
  }
  EXPECT_GT(checked, 300);
}

// data/cameo/intent.tsv: the longest listed prefix of an act gives its intent code.
TEST(CameoTable, IntentOfAnActIsItsCameoIntentCode) {
  const auto& cameo = testing::ProjectLexicon()->data().cameo;
  EXPECT_EQ(cameo.IntentOf("0841"), "0353");  // release -> intent to release
  EXPECT_EQ(cameo.IntentOf("046"), "036");    // negotiate -> intent to meet or negotiate
  EXPECT_EQ(cameo.IntentOf("045"), "039");    // mediate -> intent to mediate
  EXPECT_EQ(cameo.IntentOf("163"), "1312");   // embargo -> threaten sanctions
  EXPECT_EQ(cameo.IntentOf("190"), "138");    // fight -> threaten military force
  EXPECT_EQ(cameo.IntentOf("112"), "");       // an accusation keeps its code
  EXPECT_EQ(cameo.IntentOf("036"), "");
  for (const auto& [code, c] : cameo.all()) {
    std::string_view intent = cameo.IntentOf(code);
    if (!intent.empty()) {
      EXPECT_TRUE(intent.starts_with("03") || intent.starts_with("13")) << code;
    }
  }
}

// data/cameo/refusal.tsv: refusing an act is its rejection code (root 12).
TEST(CameoTable, RefusalOfAnActIsARejectionCode) {
  const auto& cameo = testing::ProjectLexicon()->data().cameo;
  EXPECT_EQ(cameo.RefusalOf("046"), "125");   // will not negotiate
  EXPECT_EQ(cameo.RefusalOf("0841"), "1243");  // won't release people
  EXPECT_EQ(cameo.RefusalOf("0831"), "1231");  // won't step down
  EXPECT_EQ(cameo.RefusalOf("190"), "");       // not fighting is no event
  for (const auto& [code, c] : cameo.all()) {
    std::string_view refusal = cameo.RefusalOf(code);
    if (!refusal.empty()) {
      EXPECT_TRUE(refusal.starts_with("12")) << code;
    }
  }
}

}  // namespace
}  // namespace parley
