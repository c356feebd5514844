// libFuzzer target: server::RequestFraming, the first reader of every byte a client
// sends to `parley serve`. The first input byte picks how the rest arrives (whole, or in
// pieces of 1..16 bytes); the rest is the connection's bytes. Checks: the body cap
// holds, a complete request's normalised form frames again to itself, and bytes are
// only ever consumed.
#include <cstddef>
#include <cstdint>
#include <string>

#include "server/request_framing.h"

using parley::server::FramingLimits;
using parley::server::RequestFraming;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  static const FramingLimits limits = [] {
    FramingLimits l;
    l.max_body_bytes = 256;
    l.max_head_bytes = 1024;
    l.max_headers = 16;
    l.allowed_hosts = {"localhost", "127.0.0.1", "::1"};
    return l;
  }();
  // Normalising may add a space per header and a Content-Length line.
  static const FramingLimits roomier = [] {
    FramingLimits l = limits;
    l.max_head_bytes += 128;
    return l;
  }();
  const std::size_t piece = data[0] & 0x80 ? (data[0] & 15) + 1 : size;
  const std::string bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  RequestFraming framing(&limits);
  std::string in;
  for (std::size_t pos = 0; pos < bytes.size() || pos == 0; pos += piece) {
    in.append(bytes, pos, piece);
    const std::size_t before = in.size();
    RequestFraming::State s = framing.Feed(in);
    if (in.size() > before) __builtin_trap();
    if (s == RequestFraming::State::kError) return 0;
    if (s != RequestFraming::State::kComplete) continue;
    std::string request = framing.TakeRequest();
    if (request.size() > limits.max_head_bytes + limits.max_body_bytes + 32) __builtin_trap();
    RequestFraming again(&roomier);
    std::string copy = request;
    if (again.Feed(copy) != RequestFraming::State::kComplete || !copy.empty() || again.TakeRequest() != request)
      __builtin_trap();
    if (in.empty()) return 0;
    // What is left is the next pipelined request: frame it from the start.
  }
  return 0;
}
