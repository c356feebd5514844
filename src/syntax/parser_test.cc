// Labels, and the shipped model on simple sentences.
#include "syntax/parser.h"

#include <gtest/gtest.h>

#include <filesystem>

namespace parley::syntax {
namespace {

TEST(LabelsTest, ConstantsMatchNames) {
  EXPECT_EQ(DeprelId("root"), kRoot);
  EXPECT_EQ(DeprelId("nsubj"), kNsubj);
  EXPECT_EQ(DeprelId("nsubj:pass"), kNsubjPass);
  EXPECT_EQ(DeprelId("obj"), kObj);
  EXPECT_EQ(DeprelId("iobj"), kIobj);
  EXPECT_EQ(DeprelId("obl"), kObl);
  EXPECT_EQ(DeprelId("obl:agent"), kOblAgent);
  EXPECT_EQ(DeprelId("nmod"), kNmod);
  EXPECT_EQ(DeprelId("appos"), kAppos);
  EXPECT_EQ(DeprelId("conj"), kConj);
  EXPECT_EQ(DeprelId("cc"), kCc);
  EXPECT_EQ(DeprelId("acl:relcl"), kAclRelcl);
  EXPECT_EQ(DeprelId("acl"), kAcl);
  EXPECT_EQ(DeprelId("ccomp"), kCcomp);
  EXPECT_EQ(DeprelId("xcomp"), kXcomp);
  EXPECT_EQ(DeprelId("advcl"), kAdvcl);
  EXPECT_EQ(DeprelId("aux"), kAux);
  EXPECT_EQ(DeprelId("aux:pass"), kAuxPass);
  EXPECT_EQ(DeprelId("cop"), kCop);
  EXPECT_EQ(DeprelId("mark"), kMark);
  EXPECT_EQ(DeprelId("case"), kCase);
  EXPECT_EQ(DeprelId("det"), kDet);
  EXPECT_EQ(DeprelId("amod"), kAmod);
  EXPECT_EQ(DeprelId("compound"), kCompound);
  EXPECT_EQ(DeprelId("flat"), kFlat);
  EXPECT_EQ(DeprelId("nmod:poss"), kNmodPoss);
  EXPECT_EQ(DeprelId("advmod"), kAdvmod);
  EXPECT_EQ(DeprelId("punct"), kPunct);
  EXPECT_EQ(DeprelId("nummod"), kNummod);
  EXPECT_EQ(DeprelId("no-such-relation"), 0);
  EXPECT_EQ(DeprelName(kAclRelcl), "acl:relcl");
  EXPECT_EQ(DeprelName(0), "");
  EXPECT_EQ(DeprelName(200), "");
  EXPECT_EQ(UniversalDeprel(kNsubjPass), kNsubj);
  EXPECT_EQ(UniversalDeprel(kObj), kObj);
  EXPECT_STREQ(UposName(Upos::kPropn), "PROPN");
  Upos u;
  EXPECT_TRUE(UposFromName("SCONJ", &u));
  EXPECT_EQ(u, Upos::kSconj);
  EXPECT_FALSE(UposFromName("NN", &u));
}

std::shared_ptr<const Model> ShippedModel() {
  static std::shared_ptr<const Model> model = [] {
    std::string path = PARLEY_SOURCE_DIR "/data/models/en_ewt.model";
    if (!std::filesystem::exists(path)) return std::shared_ptr<const Model>();
    auto r = Model::Load(path);
    return r.ok() ? r.value() : std::shared_ptr<const Model>();
  }();
  return model;
}

TEST(ShippedModelTest, SubjectAndObject) {
  auto model = ShippedModel();
  if (!model) GTEST_SKIP() << "data/models/en_ewt.model is missing or unreadable; run `make model`";
  Parser p(model);
  std::vector<Word> w;
  p.Parse({"The", "army", "attacked", "the", "village", "on", "Monday", "."}, &w);
  ASSERT_EQ(w.size(), 8u);
  EXPECT_EQ(w[2].head, -1);
  EXPECT_EQ(w[2].deprel, kRoot);
  EXPECT_EQ(w[2].upos, Upos::kVerb);
  EXPECT_EQ(w[1].head, 2);
  EXPECT_EQ(w[1].deprel, kNsubj);
  EXPECT_EQ(w[4].head, 2);
  EXPECT_EQ(w[4].deprel, kObj);
  EXPECT_EQ(w[7].deprel, kPunct);
}

TEST(ShippedModelTest, PassiveWithAgent) {
  auto model = ShippedModel();
  if (!model) GTEST_SKIP() << "data/models/en_ewt.model is missing or unreadable; run `make model`";
  Parser p(model);
  std::vector<Word> w;
  p.Parse({"The", "village", "was", "attacked", "by", "rebels", "."}, &w);
  ASSERT_EQ(w.size(), 7u);
  EXPECT_EQ(w[3].head, -1);
  EXPECT_EQ(w[1].deprel, kNsubjPass);
  EXPECT_EQ(w[2].deprel, kAuxPass);
  EXPECT_EQ(w[5].head, 3);
  EXPECT_EQ(w[5].deprel, kOblAgent);
}

TEST(ShippedModelTest, EveryWordGetsOneHeadAndOneRoot) {
  auto model = ShippedModel();
  if (!model) GTEST_SKIP() << "data/models/en_ewt.model is missing or unreadable; run `make model`";
  Parser p(model);
  std::vector<Word> w;
  std::vector<std::string_view> forms = {"\"", "We",   "will", "not",   "--", "ever", "--", "give", "up", ",",
                                         "\"", "said", "Mr.",  "Smith", "'s", "aide", "in", "2024", "."};
  p.Parse(forms, &w);
  ASSERT_EQ(w.size(), forms.size());
  int roots = 0;
  for (std::size_t i = 0; i < w.size(); ++i) {
    roots += w[i].head == -1;
    EXPECT_LT(w[i].head, static_cast<int>(w.size()));
    EXPECT_NE(w[i].head, static_cast<int>(i));
    EXPECT_NE(DeprelName(w[i].deprel), "");
  }
  EXPECT_EQ(roots, 1);
}

// A word marked as an adposition is tagged ADP and heads its noun as its case, whatever
// the tagger made of it ("amid" is rare in the training text).
TEST(ShippedModelTest, AdpositionHint) {
  auto model = ShippedModel();
  if (!model) GTEST_SKIP() << "data/models/en_ewt.model is missing or unreadable; run `make model`";
  Parser p(model);
  std::vector<Word> w;
  const std::vector<std::string_view> forms = {"Prices", "rose", "amid", "fears", "of", "war", "."};
  const std::vector<bool> adp = {false, false, true, false, false, false, false};
  p.Parse(forms, &w, nullptr, &adp);
  ASSERT_EQ(w.size(), forms.size());
  EXPECT_EQ(w[2].upos, Upos::kAdp);
  EXPECT_EQ(w[2].deprel, kCase);
  EXPECT_EQ(w[2].head, 3);
}

}  // namespace
}  // namespace parley::syntax
