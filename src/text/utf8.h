#pragma once
// UTF-8 helpers on top of ICU: decoding with invalid-byte detection, binary sniffing,
// and repair for output.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace parley::text {

// Decodes the code point at s[*i] and advances *i. Returns -1 for an invalid
// sequence, in which case *i advances past the bad bytes (at least one).
int32_t NextCodePoint(std::string_view s, std::size_t* i);

// Number of invalid UTF-8 sequences in s.
std::size_t CountInvalidUtf8(std::string_view s);

// s with every invalid sequence replaced by U+FFFD (output must be valid UTF-8).
std::string ToValidUtf8(std::string_view s);

// True when s looks like binary data rather than text: it has a NUL byte, or more than
// 10% of its first 4 KiB are control bytes other than tab, CR, LF, FF.
bool LooksBinary(std::string_view s);

}  // namespace parley::text
