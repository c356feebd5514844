// Golden tests: tests/golden/<case>.txt is a story the project wrote; <case>.expected.jsonl
// lists its events as {source, target, code, modality[, quantity]}. The coded set must
// equal the expected set. PARLEY_UPDATE_GOLDEN=1 rewrites the expectations (review the
// diff before committing).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>

#include "test_util.h"

namespace parley {
namespace {

namespace fs = std::filesystem;

std::string SourceDirGolden() { return testing::SourceDir() + "/tests/golden"; }

std::string Key(const std::string& s, const std::string& t, const std::string& c, const std::string& m,
                const std::string& q) {
  return s + " " + t + " " + c + " " + m + (q.empty() ? "" : " q=" + q);
}

std::string QuantityText(const std::optional<Quantity>& q) {
  if (!q) return "";
  std::ostringstream s;
  s << q->value;
  return s.str();
}

class Golden : public ::testing::TestWithParam<std::string> {};

TEST_P(Golden, MatchesExpectedEvents) {
  std::string base = SourceDirGolden() + "/" + GetParam();
  auto story = ParseTextStory(testing::ReadFile(base + ".txt"), base + ".txt");
  ASSERT_TRUE(story.ok()) << story.status().message();
  Coder coder(testing::ProjectLexicon());
  CodeStats stats;
  auto events = coder.Code(story.value(), &stats);
  std::multiset<std::string> got;
  for (const Event& e : events)
    got.insert(Key(e.source.code, e.target.code, e.code, ModalityName(e.modality), QuantityText(e.quantity)));
  if (std::getenv("PARLEY_UPDATE_GOLDEN")) {
    std::ofstream out(base + ".expected.jsonl");
    for (const Event& e : events) {
      nlohmann::ordered_json j = {{"source", e.source.code}, {"target", e.target.code}, {"code", e.code},
                                  {"modality", ModalityName(e.modality)}};
      if (e.quantity) j["quantity"] = e.quantity->value;
      out << j.dump() << "\n";
    }
    GTEST_SKIP() << "rewrote " << base << ".expected.jsonl";
  }
  std::multiset<std::string> want;
  std::ifstream in(base + ".expected.jsonl");
  ASSERT_TRUE(in) << "missing " << base << ".expected.jsonl";
  for (std::string line; std::getline(in, line);) {
    if (line.empty()) continue;
    auto j = nlohmann::json::parse(line);
    std::string q;
    if (j.contains("quantity")) {
      std::ostringstream s;
      s << j["quantity"].get<double>();
      q = s.str();
    }
    want.insert(Key(j["source"], j["target"], j["code"], j["modality"], q));
  }
  EXPECT_EQ(got, want);
}

std::vector<std::string> Cases() {
  std::vector<std::string> out;
  for (const auto& e : fs::directory_iterator(SourceDirGolden()))
    if (e.path().extension() == ".txt") out.push_back(e.path().stem().string());
  std::sort(out.begin(), out.end());
  return out;
}

INSTANTIATE_TEST_SUITE_P(Stories, Golden, ::testing::ValuesIn(Cases()),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace parley
