#include "server/correction_request.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <nlohmann/json.hpp>

namespace parley::server {
namespace {

using JsonValue = nlohmann::json;

std::string Text(const JsonValue& j, const char* field) {
  if (!j.is_string()) throw HttpError{400, fmt::format("{}: want a string", field)};
  return j.get<std::string>();
}

std::string Upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

// One field of the body into `c`; null leaves an optional field unset.
void ReadField(const std::string& key, const JsonValue& v, Correction* c) {
  if (key == "author") {
    c->author = Text(v, "author");
  } else if (key == "reason") {
    if (!v.is_null()) c->reason = Text(v, "reason");
  } else if (key == "wrong") {
    if (!v.is_boolean()) throw HttpError{400, "wrong: want true or false"};
    c->wrong = v.get<bool>();
  } else if (key == "code") {
    if (!v.is_null()) c->code = Text(v, "code");
  } else if (key == "source") {
    if (!v.is_null()) c->source = Upper(Text(v, "source"));
  } else if (key == "target") {
    if (!v.is_null()) c->target = Upper(Text(v, "target"));
  } else {
    throw HttpError{400, fmt::format("unknown field '{}' (want author, reason, wrong, code, source, target)",
                                     key.size() > 40 ? key.substr(0, 40) + "..." : key)};
  }
}

}  // namespace

std::int64_t EventIdParam(const std::string& v) {
  bool digits = !v.empty() && v.size() <= 18 && std::all_of(v.begin(), v.end(), [](char c) {
    return std::isdigit(static_cast<unsigned char>(c));
  });
  if (!digits || std::stoll(v) == 0) throw HttpError{400, "event id: want a number (an event_id)"};
  return std::stoll(v);
}

Correction ParseCorrectionRequest(const std::string& body, std::int64_t event_id,
                                  const std::function<bool(const std::string&)>& is_code) {
  if (body.size() > kMaxCorrectionBodyBytes)
    throw HttpError{413, fmt::format("correction body: at most {} bytes", kMaxCorrectionBodyBytes)};
  JsonValue j = JsonValue::parse(body, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object())
    throw HttpError{400, "correction body: want a JSON object {\"author\", \"reason\", \"wrong\" or \"code\", "
                         "\"source\", \"target\"}"};
  Correction c;
  c.event_id = event_id;
  for (const auto& [key, value] : j.items()) ReadField(key, value, &c);
  if (std::string bad = CheckCorrection(c); !bad.empty()) throw HttpError{400, bad};
  if (c.code && !is_code(*c.code)) throw HttpError{400, fmt::format("code: {} is not in the CAMEO table", *c.code)};
  return c;
}

}  // namespace parley::server
