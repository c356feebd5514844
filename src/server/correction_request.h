#pragma once
// The body of POST /api/events/{id}/corrections as a Correction (docs/API.md):
// JSON {"author", "reason"?, "wrong"?, "code"?, "source"?, "target"?}. Untrusted input:
// every field is checked (CheckCorrection) and a code must be in the CAMEO table.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>

#include "parley/store.h"
#include "server/query_params.h"

namespace parley::server {

// Larger bodies are 413 (the reason is at most 2000 bytes).
inline constexpr std::size_t kMaxCorrectionBodyBytes = 16384;

// The event id of the path: 1 to 18 digits; else HttpError 400.
std::int64_t EventIdParam(const std::string& v);

// Throws HttpError: 413 for a body over kMaxCorrectionBodyBytes, 400 naming the field
// for a body that is not a JSON object, an unknown field, a field of the wrong type, a
// value CheckCorrection refuses, or a code `is_code` does not know. Actor codes may be
// given in any case (upper-cased here); null is the same as leaving a field out.
Correction ParseCorrectionRequest(const std::string& body, std::int64_t event_id,
                                  const std::function<bool(const std::string&)>& is_code);

}  // namespace parley::server
