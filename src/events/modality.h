#pragma once
// Modality of an event from the words around its trigger: negated ("did not attack",
// "denied attacking", "with Eritrea the only state unsigned"), hypothetical ("could
// attack", "signing ... seems realistic", "if Iran attacks", "in case they need to",
// "in an effort to", "main goal is to occupy", "must issue", "called on Iran to release",
// "could use to threaten", a question), intended ("will release", "agreed to release",
// "is to release", "is set to visit", "plans to") or asserted. Phases, in order: modal
// words before the trigger, the verbs governing "to" + trigger, conditions, qualifiers
// after a non-finite trigger, questions, exclusions. Negated beats hypothetical beats
// intended. Reads a few tokens around the trigger; thread-safe.
#include <cstdint>

#include "lexicon/lexicon_data.h"
#include "parley/event.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace parley::events {

// `anchor`: the trigger token; `last`: one past the pattern's last token. When
// `committed` is given it says whether an intention commits the actor ("will release",
// "agreed to release", "vowed to", "said it would", a pattern's intent flag) rather than
// being a schedule or a preparation ("is scheduled to attend", "is due to", "prepared to
// attend", "expects to meet"). `future` says whether the intention is a bare future
// ("will visit Tokyo next week"), which keeps the act's code. `refusal` says whether a
// negated act is the actor's refusal of a future act ("would not provide support").
Modality DetectModality(const LexiconData& lex, const text::TokenizedText& tt, const text::SentenceSpan& s,
                        uint32_t anchor, uint32_t last, bool pattern_intent, bool* committed = nullptr,
                        bool* future = nullptr, bool* refusal = nullptr);

}  // namespace parley::events
