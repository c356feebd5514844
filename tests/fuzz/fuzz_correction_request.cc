// libFuzzer target: the body of POST /api/events/{id}/corrections as the server reads
// it. A body is refused with an HttpError or becomes a correction that CheckCorrection
// accepts, and that serialises.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "server/correction_request.h"
#include "server/json_views.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string body(reinterpret_cast<const char*>(data), size);
  parley::Correction c;
  try {
    c = parley::server::ParseCorrectionRequest(body, 7, [](const std::string& code) { return code.size() == 3; });
  } catch (const parley::server::HttpError& e) {
    if (e.status != 400 && e.status != 413) std::abort();
    return 0;
  }
  if (!parley::CheckCorrection(c).empty() || c.event_id != 7) std::abort();
  if (parley::server::Dump(parley::server::CorrectionJson(c)).empty()) std::abort();
  return 0;
}
