#pragma once
// Modality of an event from the words around its trigger: negated ("did not attack"),
// hypothetical ("could attack", "signing ... seems realistic"), intended ("will
// release", "agreed to release") or asserted.
#include <cstdint>

#include "lexicon/lexicon_data.h"
#include "parley/event.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace parley::events {

// `anchor`: the trigger token; `last`: one past the pattern's last token.
Modality DetectModality(const LexiconData& lex, const text::TokenizedText& tt,
                        const text::SentenceSpan& s, uint32_t anchor, uint32_t last,
                        bool pattern_intent);

}  // namespace parley::events
