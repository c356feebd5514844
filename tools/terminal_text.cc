#include "terminal_text.h"

#include <fmt/format.h>

namespace parley::cli {

std::string TerminalSafe(std::string_view s, bool spaces_for_breaks) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (spaces_for_breaks && (c == '\t' || c == '\n' || c == '\r')) {
      out += ' ';
    } else if (c < 0x20 || c == 0x7f) {
      out += fmt::format("\\x{:02X}", c);
    } else if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
               static_cast<unsigned char>(s[i + 1]) <= 0x9F) {
      // C1 controls in UTF-8: U+009B is a one-character CSI on many terminals.
      out += fmt::format("\\u{:04X}", static_cast<unsigned char>(s[++i]));
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

std::string CutToWidth(const std::string& s, std::size_t width) {
  std::size_t points = 0, i = 0;
  for (; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) continue;  // a continuation byte
    if (points == width) break;
    ++points;
  }
  if (i >= s.size()) return s;
  // Room for the ellipsis: drop the last code point kept.
  std::size_t cut = i;
  do --cut;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80);
  return s.substr(0, cut) + "…";
}

}  // namespace parley::cli
