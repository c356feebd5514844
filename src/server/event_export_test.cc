#include "server/event_export.h"

#include <gtest/gtest.h>

#include <sstream>

namespace parley::server {
namespace {

std::vector<std::string> Split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string cell;
  std::istringstream in(s);
  while (std::getline(in, cell, sep)) out.push_back(cell);
  if (!s.empty() && s.back() == sep) out.push_back("");
  return out;
}

StoredEvent Example() {
  StoredEvent e;
  e.event_id = 7, e.date = "2024-03-01", e.source = "ARMGOVMIL", e.target = "IGOUNO", e.code = "0841";
  e.root = "08", e.quad_class = 2, e.goldstein = 7, e.plover = "RETREAT";
  e.num_mentions = 2, e.num_sources = 1, e.num_articles = 1;
  StoredMention m;
  m.story_id = "s1", m.url = "https://x.org/a", m.title = "Talks, \"again\"", m.sentence = 0;
  m.modality = "asserted", m.source_text = "Armenia", m.target_text = "the UN";
  m.evidence_text = "=cmd|' /C calc'!A0\tand\nmore";
  e.mentions.push_back(m);
  return e;
}

TEST(EventExport, CsvQuotesAndDefusesFormulas) {
  std::string csv = EventsCsv({Example()}, [](const std::string&) { return "Return, release person(s)"; });
  auto lines = Split(csv, '\n');
  EXPECT_EQ(lines[0], std::string(kCsvColumns) + "\r");
  EXPECT_NE(csv.find("7,2024-03-01,ARMGOVMIL,IGOUNO,0841,\"Return, release person(s)\",08,2,7.0,RETREAT,0,2,1,1,"),
            std::string::npos)
      << csv;
  EXPECT_NE(csv.find("\"Talks, \"\"again\"\"\""), std::string::npos);
  EXPECT_NE(csv.find("\"'=cmd|"), std::string::npos);  // a formula becomes text
}

TEST(EventExport, GdeltColumnsInOrder) {
  std::string tsv = EventsGdelt({Example()});
  ASSERT_EQ(tsv.back(), '\n');
  auto c = Split(tsv.substr(0, tsv.size() - 1), '\t');
  ASSERT_EQ(c.size(), static_cast<std::size_t>(kGdeltColumns));
  EXPECT_EQ(c[0], "7");
  EXPECT_EQ(c[1], "20240301");
  EXPECT_EQ(c[2], "202403");
  EXPECT_EQ(c[3], "2024");
  EXPECT_EQ(c[4], "2024.1639");  // day 61 of a leap year: 60/366
  EXPECT_EQ(c[5], "ARMGOVMIL");
  EXPECT_EQ(c[6], "Armenia");
  EXPECT_EQ(c[7], "ARM");   // Actor1CountryCode
  EXPECT_EQ(c[12], "GOV");  // Actor1Type1Code
  EXPECT_EQ(c[13], "MIL");  // Actor1Type2Code
  EXPECT_EQ(c[15], "IGOUNO");
  EXPECT_EQ(c[17], "");     // Actor2CountryCode: none
  EXPECT_EQ(c[18], "UNO");  // Actor2KnownGroupCode
  EXPECT_EQ(c[22], "IGO");  // Actor2Type1Code
  EXPECT_EQ(c[25], "1");    // IsRootEvent: the lead sentence
  EXPECT_EQ(c[26], "0841");
  EXPECT_EQ(c[27], "084");
  EXPECT_EQ(c[28], "08");
  EXPECT_EQ(c[29], "2");
  EXPECT_EQ(c[30], "7.0");
  EXPECT_EQ(c[31], "2");
  EXPECT_EQ(c[34], "");  // AvgTone
  EXPECT_EQ(c[60], "https://x.org/a");
}

}  // namespace
}  // namespace parley::server
