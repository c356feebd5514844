#pragma once
// Unicode case folding for the store's actor search (issue 20, D22): "CÔTE" finds
// "Côte", "STRASSE" finds "Straße". ICU's full case folding; invalid UTF-8 is
// replaced, never an error. Thread-safe.
#include <string>
#include <string_view>

namespace parley::store {

std::string FoldCase(std::string_view utf8);

}  // namespace parley::store
