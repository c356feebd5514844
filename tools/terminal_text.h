#pragma once
// Text from the news (and file names) made safe for a terminal: an escape sequence in
// a story must not reach the terminal raw, where it could recolour, retitle or rewrite
// the screen (issue 20, D20). Used for the `events` and `dyad` tables, CSV and the
// messages that quote input.
#include <string>
#include <string_view>

namespace parley::cli {

// Control characters (C0, DEL and the C1 range U+0080..U+009F) written as \xNN; tabs
// and line ends as one space when `spaces_for_breaks` (table cells), else as \xNN.
std::string TerminalSafe(std::string_view s, bool spaces_for_breaks = false);

// `s` cut to at most `width` code points, with "…" at the end when cut.
std::string CutToWidth(const std::string& s, std::size_t width);

}  // namespace parley::cli
