#include "input/byte_source.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <string>
#include <thread>

namespace parley::input {
namespace {

// A pipe whose write end is filled by `bytes` and closed (small inputs only).
struct Pipe {
  int fd[2];
  explicit Pipe(const std::string& bytes, bool close_write = true) {
    EXPECT_EQ(::pipe(fd), 0);
    EXPECT_EQ(::write(fd[1], bytes.data(), bytes.size()), static_cast<ssize_t>(bytes.size()));
    if (close_write) CloseWrite();
  }
  void CloseWrite() {
    if (fd[1] >= 0) ::close(fd[1]);
    fd[1] = -1;
  }
  ~Pipe() {
    ::close(fd[0]);
    CloseWrite();
  }
};

TEST(ByteSource, LinesOverTheLimitAreDroppedNotKept) {
  Pipe p("short\n" + std::string(100, 'x') + "\nlast");
  ByteSource src(p.fd[0], nullptr, nullptr);
  std::string line;
  std::uint64_t length = 0;
  EXPECT_EQ(src.ReadLine(&line, 10, &length), Got::kData);
  EXPECT_EQ(line, "short");
  EXPECT_EQ(src.ReadLine(&line, 10, &length), Got::kTooLong);
  EXPECT_EQ(length, 100u);
  EXPECT_TRUE(line.empty());
  EXPECT_EQ(src.ReadLine(&line, 10, &length), Got::kData);
  EXPECT_EQ(line, "last");
  EXPECT_EQ(src.ReadLine(&line, 10, &length), Got::kEnd);
}

TEST(ByteSource, AStoryOverTheLimitIsReadToItsEndAndDropped) {
  std::string big(200000, '\0');
  Pipe p("", false);
  std::thread writer([&]() {
    ssize_t n = ::write(p.fd[1], big.data(), big.size());
    EXPECT_EQ(n, static_cast<ssize_t>(big.size()));
    p.CloseWrite();
  });
  ByteSource src(p.fd[0], nullptr, nullptr);
  std::string out;
  std::uint64_t length = 0;
  EXPECT_EQ(src.ReadAll(&out, 1000, &length), Got::kTooLong);
  writer.join();
  EXPECT_EQ(length, big.size());
  EXPECT_TRUE(out.empty());
  EXPECT_EQ(src.consumed(), big.size());
}

TEST(ByteSource, AStopEndsAWaitForInput) {
  Pipe p("partial", false);  // the writer never closes: a read would block forever
  std::atomic<bool> stop{false};
  int waits = 0;
  ByteSource src(
      p.fd[0], [&]() { return stop.load(); }, [&]() { ++waits; });
  std::thread stopper([&]() {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    stop = true;
  });
  std::string out;
  std::uint64_t length = 0;
  EXPECT_EQ(src.ReadAll(&out, 1000, &length), Got::kStopped);
  stopper.join();
  EXPECT_EQ(waits, 1);
}

}  // namespace
}  // namespace parley::input
