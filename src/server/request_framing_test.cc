// RequestFraming: the checks in front of cpp-httplib (issue 20). One case per defect.
#include "server/request_framing.h"

#include <gtest/gtest.h>

namespace parley::server {
namespace {

using State = RequestFraming::State;

FramingLimits Limits() {
  FramingLimits l;
  l.max_body_bytes = 100;
  l.max_head_bytes = 1024;
  l.max_headers = 10;
  l.allowed_hosts = {"localhost", "127.0.0.1", "::1"};
  return l;
}

// Feeds `in` whole; returns the state and leaves the rest in `in`.
State FeedAll(RequestFraming& f, std::string& in) { return f.Feed(in); }

TEST(RequestFramingTest, PlainGetIsCompleteAndNormalised) {
  FramingLimits l = Limits();
  RequestFraming f(&l);
  std::string in = "GET /api/health HTTP/1.1\r\nHost: localhost:8080\r\n\r\n";
  ASSERT_EQ(FeedAll(f, in), State::kComplete);
  EXPECT_EQ(f.TakeRequest(), "GET /api/health HTTP/1.1\r\nHost: localhost:8080\r\n\r\n");
  EXPECT_TRUE(in.empty());
}

TEST(RequestFramingTest, HeadArrivingByteByByte) {
  FramingLimits l = Limits();
  RequestFraming f(&l);
  std::string whole = "GET / HTTP/1.1\r\nHost: [::1]:80\r\n\r\n", in;
  State s = State::kNeedMore;
  for (char c : whole) {
    in += c;
    s = f.Feed(in);
    if (s != State::kNeedMore) break;
  }
  EXPECT_EQ(s, State::kComplete);
}

TEST(RequestFramingTest, PipelinedRequestStaysInTheBuffer) {  // D11
  FramingLimits l = Limits();
  RequestFraming f(&l);
  std::string second = "GET /b HTTP/1.1\r\nHost: localhost\r\n\r\n";
  std::string in = "POST /a HTTP/1.1\r\nHost: localhost\r\nContent-Length: 3\r\n\r\nabc" + second;
  ASSERT_EQ(f.Feed(in), State::kComplete);
  EXPECT_EQ(f.TakeRequest(), "POST /a HTTP/1.1\r\nHost: localhost\r\nContent-Length: 3\r\n\r\nabc");
  EXPECT_EQ(in, second);
  ASSERT_EQ(f.Feed(in), State::kComplete);
}

TEST(RequestFramingTest, ChunkedBodyIsDecoded) {
  FramingLimits l = Limits();
  RequestFraming f(&l);
  std::string in =
      "POST /a HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n"
      "3;x=y\r\nabc\r\n2\r\nde\r\n0\r\nTrailer: 1\r\n\r\n";
  ASSERT_EQ(f.Feed(in), State::kComplete);
  EXPECT_EQ(f.TakeRequest(), "POST /a HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\n\r\nabcde");
}

TEST(RequestFramingTest, ChunkedBodyOverTheCapIsRefusedBeforeItsData) {  // D2
  FramingLimits l = Limits();
  RequestFraming f(&l);
  std::string in = "POST /a HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n50\r\n";
  in += std::string(80, 'x') + "\r\n65\r\n";  // 80 + 101 > 100, announced before its data
  EXPECT_EQ(f.Feed(in), State::kError);
  EXPECT_EQ(f.error_status(), 413);
}

TEST(RequestFramingTest, LargeContentLengthIsRefusedFromTheHead) {  // D5
  FramingLimits l = Limits();
  RequestFraming f(&l);
  std::string in = "POST /a HTTP/1.1\r\nHost: localhost\r\nContent-Length: 101\r\n\r\n";
  EXPECT_EQ(f.Feed(in), State::kError);
  EXPECT_EQ(f.error_status(), 413);
}

TEST(RequestFramingTest, StrictFraming) {  // D13, D2
  const std::pair<const char*, int> cases[] = {
      {"Content-Length: 3\r\nContent-Length: 3\r\n", 400},
      {"Content-Length: 3\r\nContent-Length: 4\r\n", 400},
      {"Content-Length: 3\r\nTransfer-Encoding: chunked\r\n", 400},
      {"Content-Length: -3\r\n", 400},
      {"Transfer-Encoding: gzip, chunked\r\n", 501},
      {"Expect: something\r\n", 417},
      {"", 411},  // a POST with no length at all
  };
  for (const auto& [headers, status] : cases) {
    FramingLimits l = Limits();
    RequestFraming f(&l);
    std::string in = std::string("POST /a HTTP/1.1\r\nHost: localhost\r\n") + headers + "\r\nabc";
    EXPECT_EQ(f.Feed(in), State::kError) << headers;
    EXPECT_EQ(f.error_status(), status) << headers;
  }
}

TEST(RequestFramingTest, HeaderCountAndSize) {  // D3
  FramingLimits l = Limits();
  RequestFraming many(&l);
  std::string in = "GET / HTTP/1.1\r\nHost: localhost\r\n";
  for (int i = 0; i < 11; ++i) in += "X-A: b\r\n";
  in += "\r\n";
  EXPECT_EQ(many.Feed(in), State::kError);
  EXPECT_EQ(many.error_status(), 431);
  RequestFraming big(&l);
  std::string endless = "GET / HTTP/1.1\r\nX-A: " + std::string(2000, 'b');
  EXPECT_EQ(big.Feed(endless), State::kError);  // no end of head in sight: refused at the cap
  EXPECT_EQ(big.error_status(), 431);
}

TEST(RequestFramingTest, HostAllowList) {  // D14
  const std::pair<const char*, int> cases[] = {{"Host: evil.example\r\n", 421},
                                               {"Host: localhost.evil\r\n", 421},
                                               {"", 400},
                                               {"Host: localhost\r\nHost: localhost\r\n", 400},
                                               {"Host: localhost:x\r\n", 421}};
  for (const auto& [headers, status] : cases) {
    FramingLimits l = Limits();
    RequestFraming f(&l);
    std::string in = std::string("GET / HTTP/1.1\r\n") + headers + "\r\n";
    EXPECT_EQ(f.Feed(in), State::kError) << headers;
    EXPECT_EQ(f.error_status(), status) << headers;
  }
  FramingLimits l = Limits();
  l.allowed_hosts.push_back("*");
  RequestFraming any(&l);
  std::string in = "GET / HTTP/1.1\r\nHost: Evil.Example\r\n\r\n";
  EXPECT_EQ(any.Feed(in), State::kComplete);
}

TEST(RequestFramingTest, ExpectContinueIsAnsweredOnceAndDropped) {
  FramingLimits l = Limits();
  RequestFraming f(&l);
  std::string in = "POST /a HTTP/1.1\r\nHost: localhost\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n";
  EXPECT_EQ(f.Feed(in), State::kNeedMore);
  EXPECT_TRUE(f.TakeContinue());
  EXPECT_FALSE(f.TakeContinue());
  in = "ok";
  ASSERT_EQ(f.Feed(in), State::kComplete);
  EXPECT_EQ(f.TakeRequest(), "POST /a HTTP/1.1\r\nHost: localhost\r\nContent-Length: 2\r\n\r\nok");
}

}  // namespace
}  // namespace parley::server
