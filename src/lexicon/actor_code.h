#pragma once
// The one rule for what an actor code's first three letters are: a country ("VEN",
// "VENGOV"), a transnational kind (IGO, NGO, MNC, IMG), or unknown ("---MIL"). Shared
// by the dictionaries' statistics, story context and event assembly.
#include <string_view>

namespace parley::lexicon {

// A code that begins with a country: not IGO/NGO/MNC/IMG/---, not a reference ("@PAIR").
inline bool HasCountry(std::string_view code) {
  if (code.size() < 3 || code[0] == '@') return false;
  std::string_view head = code.substr(0, 3);
  return head != "---" && head != "IGO" && head != "NGO" && head != "MNC" && head != "IMG";
}

// An actor code without a country: "---MIL".
inline bool Unresolved(std::string_view code) { return code.size() >= 3 && code.substr(0, 3) == "---"; }

}  // namespace parley::lexicon
