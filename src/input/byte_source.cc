#include "input/byte_source.h"

#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace parley::input {

ByteSource::ByteSource(int fd, std::function<bool()> stop, std::function<void()> on_wait)
    : fd_(fd), stop_(std::move(stop)), on_wait_(std::move(on_wait)), buf_(64u << 10) {
  struct stat st;
  regular_ = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
}

bool ByteSource::WaitReadable() {
  bool waited = false;
  for (;;) {
    if (stop_ && stop_()) return !(stopped_ = true);
    pollfd p{fd_, POLLIN, 0};
    int r = ::poll(&p, 1, waited ? 200 : 0);
    if (r > 0) return true;
    if (r < 0 && errno != EINTR) return true;  // read() reports the error
    if (r == 0 && !waited) {
      if (on_wait_) on_wait_();  // about to block: e.g. commit what is done
      waited = true;
    }
  }
}

bool ByteSource::Fill() {
  if (stopped_ || error_ || at_end_) return false;
  if (stop_ && stop_()) return !(stopped_ = true);
  if (!regular_ && !WaitReadable()) return false;
  for (;;) {
    ssize_t n = ::read(fd_, buf_.data(), buf_.size());
    if (n > 0) {
      pos_ = 0;
      end_ = static_cast<std::size_t>(n);
      consumed_ += static_cast<std::uint64_t>(n);
      return true;
    }
    if (n == 0) return !(at_end_ = true);
    if (errno != EINTR) {
      error_ = errno;
      return false;
    }
    if (stop_ && stop_()) return !(stopped_ = true);
  }
}

Got ByteSource::ReadLine(std::string* line, std::size_t max_bytes, std::uint64_t* length) {
  line->clear();
  *length = 0;
  bool any = false;
  for (;;) {
    if (pos_ == end_ && !Fill()) {
      if (stopped_ || error_ || !any) return Failed();
      break;  // a last line without '\n'
    }
    any = true;
    const char* begin = buf_.data() + pos_;
    const void* nl = std::memchr(begin, '\n', end_ - pos_);
    std::size_t n = nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - begin) : end_ - pos_;
    *length += n;
    if (*length <= max_bytes) line->append(begin, n);
    pos_ += n;
    if (nl) {
      ++pos_;
      break;
    }
  }
  if (*length > max_bytes) {
    std::string().swap(*line);
    return Got::kTooLong;
  }
  return Got::kData;
}

Got ByteSource::ReadAll(std::string* out, std::size_t max_bytes, std::uint64_t* length) {
  out->clear();
  *length = 0;
  for (;;) {
    if (pos_ == end_ && !Fill()) {
      if (stopped_ || error_) return Failed();
      break;
    }
    std::size_t n = end_ - pos_;
    *length += n;
    if (*length <= max_bytes) {
      out->append(buf_.data() + pos_, n);
    } else if (!out->empty()) {
      std::string().swap(*out);  // over the limit: keep nothing, read on to the end
    }
    pos_ = end_;
  }
  return *length > max_bytes ? Got::kTooLong : Got::kData;
}

int ByteSource::SkipSpaceAndPeek() {
  for (;;) {
    if (pos_ == end_ && !Fill()) return -1;
    char c = buf_[pos_];
    if (c != ' ' && c != '\n' && c != '\r' && c != '\t') return static_cast<unsigned char>(c);
    ++pos_;
  }
}

}  // namespace parley::input
