#pragma once
// A one-line progress display for long commands on a terminal (stderr):
//   [##########..........]  48%  12.3/25.6 MB  2,041 stories  0:07 left
#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <string>

namespace parley::cli {

// `done` and `total` in bytes; `total` 0 (stdin) shows no bar, only the counts.
inline std::string ProgressLine(std::uint64_t done, std::uint64_t total, double seconds, const std::string& counts) {
  if (total == 0) return fmt::format("\r{}  {:.0f} s   ", counts, seconds);
  double f = std::min(1.0, static_cast<double>(done) / static_cast<double>(total));
  const int width = 24;
  int full = static_cast<int>(f * width);
  std::string bar =
      std::string(static_cast<std::size_t>(full), '#') + std::string(static_cast<std::size_t>(width - full), '.');
  double left = f > 0.01 ? seconds * (1 - f) / f : 0;
  return fmt::format("\r[{}] {:3.0f}%  {:.1f}/{:.1f} MB  {}  {}:{:02d} left   ", bar, f * 100, done / 1e6, total / 1e6,
                     counts, static_cast<int>(left) / 60, static_cast<int>(left) % 60);
}

}  // namespace parley::cli
