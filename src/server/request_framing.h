#pragma once
// Reads one HTTP/1.1 request off a connection's bytes, incrementally and within limits,
// before any handler or the HTTP library sees it (issue 20: D2, D3, D5, D11, D13, D14).
// The head is checked (size, header count, one Content-Length, a supported
// Transfer-Encoding, a Host on the allow-list); the body is de-chunked and refused with
// 413 as soon as it passes the cap, whatever its framing. The result is a normalised
// request (Content-Length framing, no Expect) for cpp-httplib to parse. Not thread-safe:
// one per connection.
#include <cstddef>
#include <string>
#include <vector>

namespace parley::server {

struct FramingLimits {
  std::size_t max_body_bytes = 1u << 20;
  std::size_t max_head_bytes = 32u << 10;  // request line and headers together
  std::size_t max_headers = 100;
  // Host names (lower case, no port) a request may name; "*" allows any.
  std::vector<std::string> allowed_hosts;
};

class RequestFraming {
 public:
  enum class State { kNeedMore, kComplete, kError };

  explicit RequestFraming(const FramingLimits* limits) : limits_(limits) {}

  // Consumes bytes from the front of `in` (bytes after a complete request stay there:
  // the next pipelined request). After kComplete, TakeRequest(); after kError,
  // error_status() and error_message().
  State Feed(std::string& in);

  // The normalised request; resets for the next request on the same connection.
  std::string TakeRequest();
  // True once the head has been read and it asked for "Expect: 100-continue" with a
  // body still to come; cleared by the call.
  bool TakeContinue();
  // True when some byte of the current request has arrived.
  bool started() const { return started_; }

  int error_status() const { return error_status_; }
  const std::string& error_message() const { return error_message_; }

 private:
  enum class Body { kNone, kLength, kChunked };
  State Fail(int status, std::string message);
  State ParseHead(const std::string& head);
  State CheckHeader(const std::string& name, const std::string& value, bool* host_seen);
  State FeedLength(std::string& in);
  State FeedChunked(std::string& in);

  const FramingLimits* limits_;
  bool started_ = false, head_done_ = false, expect_continue_ = false;
  std::size_t scanned_ = 0;  // bytes of `in` already searched for the head's end
  std::string head_;         // normalised request line and headers (no framing headers)
  Body body_kind_ = Body::kNone;
  std::size_t content_length_ = 0;
  bool saw_length_ = false, saw_chunked_ = false;
  std::string body_;
  // Chunked decoding: bytes left in the current chunk (then its CRLF), or reading a
  // size line, or the trailer section.
  enum class Chunk { kSize, kData, kDataEnd, kTrailer } chunk_ = Chunk::kSize;
  std::size_t chunk_left_ = 0;
  int error_status_ = 0;
  std::string error_message_;
};

}  // namespace parley::server
