#include "server/request_framing.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

namespace parley::server {
namespace {

constexpr std::size_t kMaxTargetBytes = 8192;  // cpp-httplib's own URI limit
constexpr std::size_t kMaxChunkLineBytes = 1024;

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

bool IsTokenChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) ||
         std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string::npos;
}

bool AllDigits(const std::string& s) {
  return !s.empty() &&
         std::all_of(s.begin(), s.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

// The host name of a Host header value, lower case, without port or brackets; "" when
// the value is malformed.
std::string HostName(const std::string& value) {
  std::string host = value, port;
  if (!host.empty() && host[0] == '[') {
    auto close = host.find(']');
    if (close == std::string::npos) return "";
    if (close + 1 < host.size()) {
      if (host[close + 1] != ':') return "";
      port = host.substr(close + 2);
    }
    host = host.substr(1, close - 1);
  } else if (auto colon = host.find(':'); colon != std::string::npos) {
    port = host.substr(colon + 1);
    host.resize(colon);
    if (port.find(':') != std::string::npos) return "";
  }
  if (!port.empty() && (!AllDigits(port) || port.size() > 5)) return "";
  host = Lower(host);
  if (!host.empty() && host.back() == '.') host.pop_back();
  return host;
}

}  // namespace

RequestFraming::State RequestFraming::Fail(int status, std::string message) {
  error_status_ = status;
  error_message_ = std::move(message);
  return State::kError;
}

RequestFraming::State RequestFraming::Feed(std::string& in) {
  if (error_status_) return State::kError;
  if (!in.empty()) started_ = true;
  if (!head_done_) {
    auto end = in.find("\r\n\r\n", scanned_ >= 3 ? scanned_ - 3 : 0);
    if (end == std::string::npos) {
      scanned_ = in.size();
      if (in.size() > limits_->max_head_bytes)
        return Fail(431, fmt::format("request line and headers larger than {} bytes", limits_->max_head_bytes));
      return State::kNeedMore;
    }
    if (end + 4 > limits_->max_head_bytes)
      return Fail(431, fmt::format("request line and headers larger than {} bytes", limits_->max_head_bytes));
    std::string head = in.substr(0, end);
    in.erase(0, end + 4);
    head_done_ = true;
    if (State s = ParseHead(head); s != State::kComplete) return s;
  }
  switch (body_kind_) {
    case Body::kNone:
      return State::kComplete;
    case Body::kLength:
      return FeedLength(in);
    case Body::kChunked:
      return FeedChunked(in);
  }
  return State::kComplete;
}

RequestFraming::State RequestFraming::ParseHead(const std::string& head) {
  std::size_t line_end = head.find("\r\n");
  std::string request_line = head.substr(0, line_end);
  auto sp1 = request_line.find(' '), sp2 = request_line.rfind(' ');
  if (sp1 == std::string::npos || sp1 == sp2 || sp1 == 0) return Fail(400, "malformed request line");
  std::string method = request_line.substr(0, sp1), target = request_line.substr(sp1 + 1, sp2 - sp1 - 1);
  std::string version = request_line.substr(sp2 + 1);
  if (!std::all_of(method.begin(), method.end(), IsTokenChar)) return Fail(400, "malformed method");
  if (target.empty() || std::any_of(target.begin(), target.end(),
                                    [](char c) { return static_cast<unsigned char>(c) <= ' ' || c == 0x7f; }))
    return Fail(400, "malformed request target");
  if (target.size() > kMaxTargetBytes)
    return Fail(414, fmt::format("request target longer than {} bytes", kMaxTargetBytes));
  if (version != "HTTP/1.1" && version != "HTTP/1.0") return Fail(505, "only HTTP/1.0 and HTTP/1.1 are served");
  head_ = request_line + "\r\n";

  bool host_seen = false;
  std::size_t count = 0;
  for (std::size_t pos = line_end; pos != std::string::npos && pos < head.size();) {
    pos += 2;
    std::size_t next = head.find("\r\n", pos);
    std::string line = head.substr(pos, next == std::string::npos ? std::string::npos : next - pos);
    pos = next;
    if (++count > limits_->max_headers)
      return Fail(431, fmt::format("more than {} header fields", limits_->max_headers));
    if (line.empty() || line[0] == ' ' || line[0] == '\t') return Fail(400, "folded or empty header line");
    auto colon = line.find(':');
    if (colon == std::string::npos || colon == 0 || !std::all_of(line.begin(), line.begin() + colon, IsTokenChar))
      return Fail(400, "malformed header field name");
    std::string value = line.substr(colon + 1);
    value.erase(0, value.find_first_not_of(" \t"));
    value.erase(value.find_last_not_of(" \t") + 1);
    if (std::any_of(value.begin(), value.end(), [](char c) { return (c >= 0 && c < ' ' && c != '\t') || c == 0x7f; }))
      return Fail(400, "control character in a header value");
    if (State s = CheckHeader(line.substr(0, colon), value, &host_seen); s == State::kError) return s;
  }
  if (saw_length_ && saw_chunked_) return Fail(400, "both Content-Length and Transfer-Encoding");
  if (version == "HTTP/1.1" && !host_seen) return Fail(400, "a Host header is required");
  if (saw_chunked_) {
    body_kind_ = Body::kChunked;
  } else if (saw_length_) {
    if (content_length_ > limits_->max_body_bytes)
      return Fail(413, fmt::format("request body larger than {} bytes", limits_->max_body_bytes));
    body_kind_ = content_length_ > 0 ? Body::kLength : Body::kNone;
  } else if (method == "POST" || method == "PUT" || method == "PATCH") {
    return Fail(411, "a request body needs Content-Length or chunked Transfer-Encoding");
  }
  if (body_kind_ == Body::kNone) expect_continue_ = false;
  return State::kComplete;
}

// Framing headers and Expect are consumed here (the normalised request carries its own
// Content-Length); Host is checked against the allow-list; others pass through.
RequestFraming::State RequestFraming::CheckHeader(const std::string& name, const std::string& value, bool* host_seen) {
  const std::string key = Lower(name);
  if (key == "content-length") {
    if (saw_length_) return Fail(400, "more than one Content-Length");
    if (!AllDigits(value) || value.size() > 18) return Fail(400, "Content-Length is not a number");
    content_length_ = std::stoull(value);
    saw_length_ = true;
    return State::kComplete;
  }
  if (key == "transfer-encoding") {
    if (saw_chunked_) return Fail(400, "more than one Transfer-Encoding");
    if (Lower(value) != "chunked") return Fail(501, fmt::format("Transfer-Encoding '{}' is not supported", value));
    saw_chunked_ = true;
    return State::kComplete;
  }
  if (key == "expect") {
    if (Lower(value) != "100-continue") return Fail(417, "only 'Expect: 100-continue' is understood");
    expect_continue_ = true;
    return State::kComplete;
  }
  if (key == "host") {
    if (*host_seen) return Fail(400, "more than one Host");
    *host_seen = true;
    std::string host = HostName(value);
    const auto& allowed = limits_->allowed_hosts;
    bool ok = !host.empty() && (std::find(allowed.begin(), allowed.end(), host) != allowed.end() ||
                                std::find(allowed.begin(), allowed.end(), "*") != allowed.end());
    if (!ok) return Fail(421, fmt::format("host '{}' is not served here (see parley serve --allow-host)", value));
  }
  head_ += name + ": " + value + "\r\n";
  return State::kComplete;
}

RequestFraming::State RequestFraming::FeedLength(std::string& in) {
  std::size_t take = std::min(content_length_ - body_.size(), in.size());
  body_.append(in, 0, take);
  in.erase(0, take);
  return body_.size() == content_length_ ? State::kComplete : State::kNeedMore;
}

RequestFraming::State RequestFraming::FeedChunked(std::string& in) {
  std::size_t trailers = 0;
  for (;;) {
    if (chunk_ == Chunk::kData) {
      std::size_t take = std::min(chunk_left_, in.size());
      body_.append(in, 0, take);
      in.erase(0, take);
      chunk_left_ -= take;
      if (chunk_left_ > 0) return State::kNeedMore;
      chunk_ = Chunk::kDataEnd;
    }
    if (chunk_ == Chunk::kDataEnd) {
      if (in.size() < 2) return State::kNeedMore;
      if (in.compare(0, 2, "\r\n") != 0) return Fail(400, "chunk data not followed by CRLF");
      in.erase(0, 2);
      chunk_ = Chunk::kSize;
    }
    auto eol = in.find("\r\n");
    if (eol == std::string::npos) {
      if (in.size() > kMaxChunkLineBytes) return Fail(400, "chunk size or trailer line too long");
      return State::kNeedMore;
    }
    std::string line = in.substr(0, eol);
    in.erase(0, eol + 2);
    if (chunk_ == Chunk::kTrailer) {
      if (line.empty()) return State::kComplete;
      if (++trailers > limits_->max_headers) return Fail(431, "too many trailer fields");
      continue;
    }
    std::string hex = line.substr(0, line.find(';'));
    hex.erase(hex.find_last_not_of(" \t") + 1);
    if (hex.empty() || hex.size() > 15 || !std::all_of(hex.begin(), hex.end(), ::isxdigit))
      return Fail(400, "malformed chunk size");
    std::size_t size = std::stoull(hex, nullptr, 16);
    if (size == 0) {
      chunk_ = Chunk::kTrailer;
      continue;
    }
    if (body_.size() + size > limits_->max_body_bytes)
      return Fail(413, fmt::format("request body larger than {} bytes", limits_->max_body_bytes));
    chunk_left_ = size;
    chunk_ = Chunk::kData;
  }
}

std::string RequestFraming::TakeRequest() {
  std::string out = std::move(head_);
  if (body_kind_ != Body::kNone || saw_length_ || saw_chunked_)
    out += fmt::format("Content-Length: {}\r\n", body_.size());
  out += "\r\n";
  out += body_;
  *this = RequestFraming(limits_);
  return out;
}

bool RequestFraming::TakeContinue() {
  bool c = expect_continue_ && head_done_ && error_status_ == 0;
  expect_continue_ = false;
  return c;
}

}  // namespace parley::server
