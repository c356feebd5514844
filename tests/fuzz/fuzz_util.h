#pragma once
// Shared by the fuzz targets: the project lexicon (loaded once) and the invariants
// every coded event must satisfy.
#include <cstdlib>

#include "parley/parley.h"

namespace parley::fuzz {

inline std::shared_ptr<const Lexicon> FuzzLexicon() {
  static std::shared_ptr<const Lexicon> lex = [] {
    std::vector<Diagnostic> diags;
    auto r = Lexicon::Load(PARLEY_SOURCE_DIR "/data", &diags);
    if (!r.ok()) std::abort();
    return r.value();
  }();
  return lex;
}

inline void CodeAndCheck(const Story& story) {
  static Coder coder(FuzzLexicon());
  CodeStats stats;
  for (const Event& e : coder.Code(story, &stats)) {
    // Evidence must lie inside the story, and every record must serialise.
    if (e.evidence_begin > e.evidence_end || e.evidence_end > story.text.size()) std::abort();
    // A source always; the target may be empty (an event with no named target).
    if (e.source.code.empty() || e.code.size() < 2) std::abort();
    for (const Actor* a : {&e.source, &e.target})
      if (a->ref && (a->ref->start > a->ref->end || a->ref->end > story.text.size())) std::abort();
    if (EventToJson(e).empty()) std::abort();
  }
}

}  // namespace parley::fuzz
