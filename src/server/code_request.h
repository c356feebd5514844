#pragma once
// The body of POST /api/code as a Story: JSON {"text", "date"?, "id"?, "title"?, "url"?}
// or plain text (Content-Type text/plain, date from the ?date= parameter). The text is
// read as `parley code` reads a plain-text story (ParseTextStory): a leading
// `date YYYY-MM-DD` line dates it unless a date is given beside it, and that line is
// not coded. Untrusted input: fuzzed by tests/fuzz/fuzz_api_code.cc.
#include <string>

#include "parley/status.h"
#include "parley/story.h"

namespace parley::server {

// InvalidArgument (HTTP 400) with a message naming the problem for a body that is not
// a JSON object, lacks "text", has a non-string field, or carries a bad date (also in
// its `date` line) or NUL bytes.
Result<Story> ParseCodeRequest(const std::string& body, const std::string& content_type, const std::string& date_param);

}  // namespace parley::server
