#include "parley/lexicon.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "lexicon/lexicon_data.h"
#include "test_util.h"

namespace parley {
namespace {

namespace fs = std::filesystem;

TEST(Lexicon, ProjectDictionariesLoadWithoutErrors) {
  std::vector<Diagnostic> diags;
  auto lex = Lexicon::Load(testing::SourceDir() + "/data", &diags);
  ASSERT_TRUE(lex.ok()) << lex.status().message();
  for (const Diagnostic& d : diags) EXPECT_NE(d.severity, Diagnostic::Severity::kError) << d.ToString();
  LexiconStats s = lex.value()->Stats();
  // Coverage the dictionaries promise (issue 4): every ISO 3166-1 country, 3,000+
  // event patterns, people in dated roles, organisations and agent nouns.
  EXPECT_GE(s.countries, 249u);
  EXPECT_GE(s.verb_patterns, 3000u);
  EXPECT_GE(s.people, 1000u);
  EXPECT_GE(s.dated_roles, 2000u);
  EXPECT_GE(s.organisations, 100u);
  EXPECT_GE(s.agents, 300u);
  EXPECT_GE(s.cameo_codes_total, 300u);
  // Every leaf CAMEO code (those with no children) has at least one pattern; only the
  // two-digit roots, which news is not coded at, may have none.
  EXPECT_GE(s.cameo_codes_covered + 20, s.cameo_codes_total);
}

// Writes a small dictionary folder with deliberate mistakes.
class BrokenDict : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("parley_dict_test_" + std::to_string(::getpid()));
    fs::create_directories(dir_ / "cameo");
    fs::create_directories(dir_ / "verbs");
    fs::create_directories(dir_ / "actors");
    fs::create_directories(dir_ / "grammar");
    Write("cameo/codes.tsv", "042\t1.9\t1\tCONSULT\tvisit\n99x\t1\t1\tX\tbad\n");
    Write("actors/a.txt", "ARM\tArmenia | Yerevan\nbad code\tFoo\nARMGOV\tPashinyan\t2018-05-08..2018-02-30\n");
    Write("agents.txt", "GOV\tgovernment | minister\n");
    Write("verbs/v.txt", "042\t{visit}\n999\t{go}\n042\t{a} {b}\n");
    Write("grammar/words.txt", "the\tdet\nfoo\tnot-a-class\n");
  }
  void TearDown() override { fs::remove_all(dir_); }
  void Write(const std::string& name, const std::string& text) { std::ofstream(dir_ / name) << text; }
  fs::path dir_;
};

TEST_F(BrokenDict, ReportsEveryErrorWithFileAndLine) {
  std::vector<Diagnostic> diags;
  auto lex = Lexicon::Load(dir_.string(), &diags);
  ASSERT_TRUE(lex.ok());  // the good lines still load
  auto has = [&](const std::string& file, int line) {
    for (const Diagnostic& d : diags)
      if (d.file.find(file) != std::string::npos && d.line == line) return true;
    return false;
  };
  EXPECT_TRUE(has("codes.tsv", 2));
  EXPECT_TRUE(has("a.txt", 2));
  EXPECT_TRUE(has("a.txt", 3));  // 30 February
  EXPECT_TRUE(has("v.txt", 2));  // unknown code
  EXPECT_TRUE(has("v.txt", 3));  // two verbs
  EXPECT_TRUE(has("words.txt", 2));
  EXPECT_EQ(lex.value()->Stats().verb_patterns, 1u);
}

// Word lists (class bits 32 and up) are read by one rule each: a word in one keeps its
// grammatical class, and a word in none but lists stays "a plain word" for every other rule.
TEST(Lexicon, WordListsLeaveTheGrammarClassAlone) {
  const LexiconData& d = testing::ProjectLexicon()->data();
  const uint32_t in = d.vocab.Find("in"), tv = d.vocab.Find("television");
  ASSERT_NE(in, 0u);
  ASSERT_NE(tv, 0u);
  EXPECT_TRUE(d.Is(in, kPreposition));
  EXPECT_TRUE(d.Is(in, kNounAfter | kMediaBefore));
  EXPECT_EQ(d.GrammarClass(in), uint32_t(kLocative));
  EXPECT_TRUE(d.Is(tv, kMediaNoun));
  EXPECT_FALSE(d.Is(tv, kPreposition));
  EXPECT_EQ(d.GrammarClass(tv), 0u);
  EXPECT_EQ(d.GrammarClass(d.vocab.Find("people")), 0u);
}

TEST(Lexicon, MissingFolderIsAClearError) {
  std::vector<Diagnostic> diags;
  auto lex = Lexicon::Load("/nonexistent/parley", &diags);
  ASSERT_FALSE(lex.ok());
  EXPECT_NE(lex.status().message().find("/nonexistent/parley"), std::string::npos);
}

}  // namespace
}  // namespace parley
