// UPOS names and the fixed table of UD v2 dependency relations.
#include <array>
#include <cstring>

#include "syntax/parser.h"

namespace parley::syntax {
namespace {

constexpr std::array<const char*, kNumUpos> kUposNames = {"ADJ",   "ADP",   "ADV", "AUX",  "CCONJ", "DET",
                                                          "INTJ",  "NOUN",  "NUM", "PART", "PRON",  "PROPN",
                                                          "PUNCT", "SCONJ", "SYM", "VERB", "X"};

// Index = id. The first entries match the k* constants in parser.h; the rest are the
// other UD v2 relations and the subtypes EWT uses. Append only: ids are stable.
constexpr const char* kDeprels[] = {
    "",
    "root",
    "nsubj",
    "nsubj:pass",
    "obj",
    "iobj",
    "obl",
    "obl:agent",
    "nmod",
    "appos",
    "conj",
    "cc",
    "acl:relcl",
    "acl",
    "ccomp",
    "xcomp",
    "advcl",
    "aux",
    "aux:pass",
    "cop",
    "mark",
    "case",
    "det",
    "amod",
    "compound",
    "flat",
    "nmod:poss",
    "advmod",
    "punct",
    "nummod",
    "csubj",
    "csubj:pass",
    "csubj:outer",
    "nsubj:outer",
    "expl",
    "vocative",
    "dislocated",
    "discourse",
    "clf",
    "fixed",
    "goeswith",
    "list",
    "parataxis",
    "orphan",
    "reparandum",
    "dep",
    "compound:prt",
    "det:predet",
    "cc:preconj",
    "obl:unmarked",
    "nmod:unmarked",
    "nmod:desc",
    "advcl:relcl",
    "obl:tmod",
    "obl:npmod",
    "nmod:tmod",
    "nmod:npmod",
    "flat:foreign",
    "compound:redup",
    "det:poss",
};
constexpr int kDeprelCount = sizeof(kDeprels) / sizeof(kDeprels[0]);
static_assert(kDeprelCount <= kNumDeprels);

}  // namespace

const char* UposName(Upos u) {
  auto i = static_cast<std::size_t>(u);
  return i < kUposNames.size() ? kUposNames[i] : "X";
}

bool UposFromName(std::string_view name, Upos* out) {
  for (std::size_t i = 0; i < kUposNames.size(); ++i) {
    if (name == kUposNames[i]) {
      *out = static_cast<Upos>(i);
      return true;
    }
  }
  return false;
}

uint8_t DeprelId(std::string_view name) {
  for (int i = 1; i < kDeprelCount; ++i) {
    if (name == kDeprels[i]) return static_cast<uint8_t>(i);
  }
  return 0;
}

std::string_view DeprelName(uint8_t id) {
  return id < kDeprelCount ? std::string_view(kDeprels[id]) : std::string_view();
}

uint8_t UniversalDeprel(uint8_t id) {
  std::string_view name = DeprelName(id);
  std::size_t colon = name.find(':');
  if (colon == std::string_view::npos) return id;
  return DeprelId(name.substr(0, colon));
}

}  // namespace parley::syntax
