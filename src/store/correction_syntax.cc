// What a well-formed correction is (include/parley/store_corrections.h), one rule for
// the store, the HTTP API and the CLI.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "parley/store.h"
#include "text/utf8.h"

namespace parley {
namespace {

std::string CheckText(const char* field, const std::string& v, std::size_t max_bytes, bool required) {
  if (required && v.empty()) return fmt::format("{}: required (1 to {} bytes)", field, max_bytes);
  if (v.size() > max_bytes) return fmt::format("{}: at most {} bytes (got {})", field, max_bytes, v.size());
  if (text::CountInvalidUtf8(v)) return fmt::format("{}: not valid UTF-8", field);
  bool control = std::any_of(v.begin(), v.end(), [](char c) {
    auto u = static_cast<unsigned char>(c);
    return (u < 0x20 && c != '\n') || u == 0x7f;
  });
  if (control) return fmt::format("{}: control characters", field);
  return "";
}

bool IsActorCode(const std::string& code) {
  return code.size() >= 3 && code.size() <= 15 && std::all_of(code.begin(), code.end(), [](char c) {
           return std::isupper(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) ||
                  c == '-';
         });
}

}  // namespace

std::string CheckCorrection(const Correction& c) {
  if (std::string bad = CheckText("author", c.author, kMaxCorrectionAuthorBytes, true); !bad.empty()) return bad;
  if (c.author.find('\n') != std::string::npos) return "author: one line";
  if (std::string bad = CheckText("reason", c.reason, kMaxCorrectionReasonBytes, false); !bad.empty()) return bad;
  const bool fixes = c.code || c.source || c.target;
  if (c.wrong && fixes) return "wrong: an event marked wrong takes no corrected code, source or target";
  if (!c.wrong && !fixes) return "nothing to correct: give code, source or target, or wrong: true";
  if (c.code && (c.code->size() < 2 || c.code->size() > 4 || !IsCameoCodePrefix(*c.code)))
    return fmt::format("code: '{}' is not a CAMEO code (2 to 4 digits, e.g. 190 or 0841)", text::ToValidUtf8(*c.code));
  if (c.source && !IsActorCode(*c.source))
    return fmt::format("source: '{}' is not an actor code (3 to 15 capitals, digits or '-', e.g. ARMMIL)",
                       text::ToValidUtf8(*c.source));
  if (c.target && !c.target->empty() && !IsActorCode(*c.target))
    return fmt::format("target: '{}' is not an actor code (3 to 15 capitals, digits or '-', or \"\" for none)",
                       text::ToValidUtf8(*c.target));
  return "";
}

}  // namespace parley
