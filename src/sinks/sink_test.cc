#include "parley/sink.h"

#include <gtest/gtest.h>

#include <sstream>
#include <streambuf>

namespace parley {
namespace {

// A stream buffer that accepts `room` bytes and then fails every write, like a full disk.
class FullBuf : public std::streambuf {
 public:
  explicit FullBuf(std::size_t room) : room_(room) {}

 protected:
  int_type overflow(int_type c) override {
    if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
    if (room_ == 0) return traits_type::eof();
    --room_;
    return c;
  }
  std::streamsize xsputn(const char*, std::streamsize n) override {
    std::streamsize k = std::min<std::streamsize>(n, static_cast<std::streamsize>(room_));
    room_ -= static_cast<std::size_t>(k);
    return k;
  }

 private:
  std::size_t room_;
};

std::vector<Event> OneEvent() {
  Event e;
  e.story_id = "s1";
  e.source.code = "IRN";
  e.target.code = "ISR";
  e.code = "111";
  e.evidence_text = "Iran criticized Israel.";
  return {e};
}

TEST(SinkTest, JsonlReportsAShortWrite) {
  FullBuf buf(10);
  std::ostream out(&buf);
  auto sink = MakeJsonlSink(&out);
  ASSERT_TRUE(sink->Begin().ok());
  Story story;
  Status st = sink->Write(story, OneEvent());
  EXPECT_FALSE(st.ok());
  EXPECT_EQ(st.code(), StatusCode::kIoError);
}

TEST(SinkTest, TsvReportsAFailedHeader) {
  FullBuf buf(0);
  std::ostream out(&buf);
  auto sink = MakeTsvSink(&out);
  EXPECT_FALSE(sink->Begin().ok());
}

TEST(SinkTest, WritesAndEndsOk) {
  std::ostringstream out;
  auto sink = MakeJsonlSink(&out);
  Story story;
  ASSERT_TRUE(sink->Begin().ok());
  ASSERT_TRUE(sink->Write(story, OneEvent()).ok());
  ASSERT_TRUE(sink->End().ok());
  EXPECT_NE(out.str().find("\"story_id\":\"s1\""), std::string::npos);
}

}  // namespace
}  // namespace parley
