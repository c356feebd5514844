#include "lexicon/inflect.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace parley::lexicon {
namespace {

std::vector<std::string> Texts(const Inflector& inf, const std::string& lemma) {
  std::vector<std::string> out;
  for (const auto& f : inf.Forms(lemma)) out.push_back(f.text);
  return out;
}

bool Has(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

TEST(Inflector, RegularRules) {
  Inflector inf;
  auto release = Texts(inf, "release");
  EXPECT_TRUE(Has(release, "releases") && Has(release, "released") && Has(release, "releasing"));
  auto ban = Texts(inf, "ban");
  EXPECT_TRUE(Has(ban, "banned") && Has(ban, "banning") && Has(ban, "bans"));
  auto deny = Texts(inf, "deny");
  EXPECT_TRUE(Has(deny, "denies") && Has(deny, "denied") && Has(deny, "denying"));
  auto visit = Texts(inf, "visit");
  EXPECT_TRUE(Has(visit, "visited") && !Has(visit, "visitted"));
  auto reach = Texts(inf, "reach");
  EXPECT_TRUE(Has(reach, "reaches"));
}

TEST(Inflector, IrregularFormsAreAdded) {
  Inflector inf;
  // The irregular table lists every form that differs from the lemma; regular rules
  // are then not applied ("see" must not give "seed").
  for (const char* f : {"withdraws", "withdrew", "withdrawn", "withdrawing"}) inf.AddIrregular("withdraw", f);
  auto w = Texts(inf, "withdraw");
  EXPECT_TRUE(Has(w, "withdrew") && Has(w, "withdrawn") && Has(w, "withdrawing"));
  EXPECT_FALSE(Has(w, "withdrawed"));
}

}  // namespace
}  // namespace parley::lexicon
