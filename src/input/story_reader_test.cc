#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "parley/reader.h"

namespace parley {
namespace {

TEST(TextStory, HeaderDateAndSourceTrailer) {
  auto s = ParseTextStory("date 2023-12-09\nArmenia spoke.\n\nSource: [Title here](https://x.org/a)\n", "dir/a.txt");
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(s->id, "a");
  EXPECT_EQ(s->date, "2023-12-09");
  EXPECT_EQ(s->url, "https://x.org/a");
  EXPECT_EQ(s->title, "Title here");
  EXPECT_EQ(s->text.substr(s->body_begin, s->body_end - s->body_begin), "\nArmenia spoke.\n\n");
}

TEST(TextStory, NoHeader) {
  auto s = ParseTextStory("Armenia spoke.", "b.txt");
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->date, "");
  EXPECT_EQ(s->body_begin, 0u);
  EXPECT_EQ(s->body_end, s->text.size());
}

TEST(TextStory, BadInput) {
  auto bad_date = ParseTextStory("date 2023-02-31\nText.", "c.txt");
  ASSERT_FALSE(bad_date.ok());
  EXPECT_NE(bad_date.status().message().find("c.txt:1"), std::string::npos);
  auto binary = ParseTextStory(std::string("abc\0def", 7), "d.bin");
  ASSERT_FALSE(binary.ok());
  EXPECT_NE(binary.status().message().find("d.bin"), std::string::npos);
}

TEST(JsonlStory, FieldsAndErrors) {
  auto s = ParseJsonlStory(R"({"id":"x1","date":"2020-01-02","text":"Hi.","url":"u","dateline":"BAKU, Jan 2"})",
                           "f:1");
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->id, "x1");
  EXPECT_EQ(s->date, "2020-01-02");
  EXPECT_EQ(s->url, "u");
  EXPECT_EQ(s->dateline, "BAKU, Jan 2");
  EXPECT_FALSE(ParseJsonlStory(R"({"text":"a","dateline":3})", "f:6").ok());
  EXPECT_FALSE(ParseJsonlStory("{not json", "f:2").ok());
  EXPECT_FALSE(ParseJsonlStory(R"({"id":"x"})", "f:3").ok());
  EXPECT_FALSE(ParseJsonlStory(R"({"text":5})", "f:4").ok());
  EXPECT_FALSE(ParseJsonlStory(R"({"text":"a","date":"yesterday"})", "f:5").ok());
  EXPECT_EQ(ParseJsonlStory(R"({"text":"a","date":"yesterday"})", "f:5").status().message().substr(0, 4), "f:5:");
}

TEST(ReadStories, BadLinesAreReportedAndTheRestRead) {
  auto dir = std::filesystem::temp_directory_path() / ("parley_reader_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir / "sub");
  std::ofstream(dir / "a.jsonl") << R"({"id":"1","text":"One."})"
                                 << "\n{bad\n"
                                 << R"({"id":"3","text":"Three."})"
                                 << "\n";
  std::ofstream(dir / "sub" / "b.txt") << "date 2021-05-05\nFour.";
  std::ofstream(dir / "sub" / "c.bin") << std::string("x\0y", 3);
  std::vector<std::string> ids, problems;
  ReadStats stats;
  Status st = ReadStories(
      {dir.string()}, InputFormat::kAuto,
      [&](Story&& s) {
        ids.push_back(s.id);
        return true;
      },
      [&](const ReadProblem& p) { problems.push_back(p.message); }, &stats);
  EXPECT_TRUE(st.ok());
  EXPECT_EQ(ids, (std::vector<std::string>{"1", "3", "b"}));
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_NE(problems[0].find("a.jsonl:2"), std::string::npos);
  EXPECT_NE(problems[1].find("c.bin"), std::string::npos);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace parley
