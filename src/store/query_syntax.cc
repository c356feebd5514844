// The syntax of event filters (include/parley/store.h), one rule for the CLI and the API.
#include <algorithm>
#include <cctype>

#include "parley/store.h"

namespace parley {

bool NormaliseActorPrefix(std::string* code) {
  for (char& c : *code) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return !code->empty() && code->size() <= 15 && std::all_of(code->begin(), code->end(), [](char c) {
    return std::isupper(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) || c == '-';
  });
}

bool IsCameoCodePrefix(const std::string& code) {
  return !code.empty() && code.size() <= 4 &&
         std::all_of(code.begin(), code.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

}  // namespace parley
