// Splitting an evidence sentence into highlighted parts for the dashboard.
#include "server/evidence_parts.h"

#include <gtest/gtest.h>

namespace parley::server {
namespace {

std::string Joined(const std::vector<TextPart>& parts) {
  std::string s;
  for (const auto& p : parts) s += p.text;
  return s;
}

std::string Role(const std::vector<TextPart>& parts, const std::string& role) {
  for (const auto& p : parts)
    if (p.role && role == p.role) return p.text;
  return "";
}

TEST(EvidenceParts, MarksSourceEventAndTarget) {
  std::string s = "Yerevan withdrew its bid in favour of Baku, and Baku endorsed Armenia's candidacy.";
  std::size_t ev = s.find("endorsed");
  auto parts = SplitEvidence(s, 100, 100 + ev, 100 + ev + 8, "Baku", "Armenia");
  EXPECT_EQ(Joined(parts), s);
  EXPECT_EQ(Role(parts, "event"), "endorsed");
  // The source is the "Baku" just before the event words, not the first one.
  std::size_t at = 0;
  for (const auto& p : parts) {
    if (p.role && std::string(p.role) == "source") break;
    at += p.text.size();
  }
  EXPECT_EQ(at, s.rfind("Baku"));
  EXPECT_EQ(Role(parts, "target"), "Armenia");
}

TEST(EvidenceParts, WordEdgesAndMissingWords) {
  std::string s = "The USA and the US met.";
  auto parts = SplitEvidence(s, 0, 0, 0, "US", "Russia");
  EXPECT_EQ(Joined(parts), s);
  EXPECT_EQ(Role(parts, "source"), "US");
  EXPECT_EQ(parts[0].text, "The USA and the ");  // not inside "USA"
  EXPECT_EQ(Role(parts, "target"), "");
}

TEST(EvidenceParts, IgnoresEventSpanOutsideTheSentence) {
  std::string s = "Armenia met Azerbaijan.";
  auto parts = SplitEvidence(s, 50, 10, 20, "Armenia", "Azerbaijan");
  EXPECT_EQ(Joined(parts), s);
  EXPECT_EQ(Role(parts, "event"), "");
  EXPECT_EQ(Role(parts, "target"), "Azerbaijan");
}

}  // namespace
}  // namespace parley::server
