#include "text/utf8.h"

#include <unicode/utf8.h>

namespace parley::text {

int32_t NextCodePoint(std::string_view s, std::size_t* i) {
  int32_t length = static_cast<int32_t>(s.size());
  int32_t pos = static_cast<int32_t>(*i);
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), pos, length, c);
  *i = static_cast<std::size_t>(pos);
  return c < 0 ? -1 : c;
}

std::size_t CountInvalidUtf8(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    if (NextCodePoint(s, &i) < 0) ++n;
  }
  return n;
}

std::string ToValidUtf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      out.push_back(s[i++]);
      continue;
    }
    std::size_t start = i;
    if (NextCodePoint(s, &i) < 0) {
      out.append("\xEF\xBF\xBD");
    } else {
      out.append(s.substr(start, i - start));
    }
  }
  return out;
}

bool LooksBinary(std::string_view s) {
  if (s.find('\0') != std::string_view::npos) return true;
  std::size_t n = s.size() < 4096 ? s.size() : 4096;
  std::size_t control = 0;
  for (std::size_t i = 0; i < n; ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') ++control;
  }
  return n > 0 && control * 10 > n;
}

}  // namespace parley::text
