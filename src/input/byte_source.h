#pragma once
// ByteSource: a file descriptor read in 64 KiB chunks for the story readers, so that
// no story is held past a byte limit: the rest of an over-long line or story is read
// and dropped, never kept. While it waits on a pipe or a terminal it calls `on_wait`
// once and then polls `stop` every 200 ms, so a signal handler that sets a flag ends a
// blocked read (SA_RESTART restarts read(), never poll()). Not thread-safe; the
// descriptor is not owned.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace parley::input {

enum class Got {
  kData,     // a line or a story
  kTooLong,  // over the limit: dropped up to its end; `length` says how long it was
  kEnd,      // end of input, nothing read
  kError,    // read() failed: error() is the errno
  kStopped,  // `stop` returned true; what was read of the item is dropped
};

class ByteSource {
 public:
  ByteSource(int fd, std::function<bool()> stop, std::function<void()> on_wait);

  // The next line without its '\n' (kEnd at the end of input).
  Got ReadLine(std::string* line, std::size_t max_bytes, std::uint64_t* length);
  // Everything up to the end of input.
  Got ReadAll(std::string* out, std::size_t max_bytes, std::uint64_t* length);
  // Drops spaces, tabs and line ends; returns the next byte without taking it, or -1
  // at the end (or on an error or stop, which the next read reports).
  int SkipSpaceAndPeek();

  std::uint64_t consumed() const { return consumed_; }
  int error() const { return error_; }

 private:
  // Reads the next chunk into buf_; false at the end, on an error or a stop.
  bool Fill();
  bool WaitReadable();
  Got Failed() const { return stopped_ ? Got::kStopped : error_ ? Got::kError : Got::kEnd; }

  int fd_;
  bool regular_ = false;  // a regular file never blocks: no polling
  std::function<bool()> stop_;
  std::function<void()> on_wait_;
  std::vector<char> buf_;
  std::size_t pos_ = 0, end_ = 0;
  std::uint64_t consumed_ = 0;
  int error_ = 0;
  bool stopped_ = false, at_end_ = false;
};

}  // namespace parley::input
