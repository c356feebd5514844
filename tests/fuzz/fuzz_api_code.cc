// libFuzzer target: the body of POST /api/code (JSON or plain text) as the server reads
// it, then coding and the API's JSON view of each event (evidence split into parts).
// The first input byte picks the content type; the rest is the body.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_util.h"
#include "server/code_request.h"
#include "server/json_views.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const char* type = (data[0] & 1) ? "text/plain" : "application/json";
  std::string body(reinterpret_cast<const char*>(data) + 1, size - 1);
  auto story = parley::server::ParseCodeRequest(body, type, (data[0] & 2) ? "2024-02-29" : "");
  if (!story.ok()) return 0;
  static parley::Coder coder(parley::fuzz::FuzzLexicon());
  parley::CodeStats stats;
  for (const parley::Event& e : coder.Code(story.value(), &stats)) {
    std::string json = parley::server::Dump(parley::server::CodedEventJson(e));
    if (json.empty()) __builtin_trap();
  }
  return 0;
}
