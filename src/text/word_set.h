#pragma once
// WordSet: a fixed set of words in an open-addressing table, built at compile time.
// Membership costs one FNV-1a hash and usually one comparison, for the closed word lists
// that rules test on every token. Immutable once built; safe from any thread.
//
//   constexpr auto kSet = [] { text::WordSet<64> s; s.Add("since"); return s; }();
//   if (kSet.Has(tt.Norm(i))) ...
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace parley::text {

constexpr uint32_t Fnv1a(std::string_view w) {
  uint32_t h = 2166136261u;
  for (char c : w) h = (h ^ static_cast<uint8_t>(c)) * 16777619u;
  return h;
}

// `N`: slots, a power of two; keep the set under half full.
template <std::size_t N>
struct WordSet {
  static_assert((N & (N - 1)) == 0, "N must be a power of two");
  std::array<std::string_view, N> slots{};
  constexpr void Add(std::string_view w) {
    std::size_t i = Fnv1a(w) & (N - 1);
    while (!slots[i].empty() && slots[i] != w) i = (i + 1) & (N - 1);
    slots[i] = w;
  }
  constexpr bool Has(std::string_view w) const {
    for (std::size_t i = Fnv1a(w) & (N - 1); !slots[i].empty(); i = (i + 1) & (N - 1))
      if (slots[i] == w) return true;
    return false;
  }
};

}  // namespace parley::text
