#pragma once
// The last step for a sentence's events: what the story, the sentence and the CAMEO
// table give every event the assembler made.
#include <string>
#include <vector>

#include "match/sentence_view.h"
#include "parley/event.h"

namespace parley::events {

// Moves the sentence's `events` to the end of *out, each with the story's id
// (`story_id`), the sentence's number, the story's date (`date_text` when
// `v.story_date` is set; it also dates an event the text gave no date, to the day), the
// country and agent of both actors, the code's root, quad class, Goldstein score and
// PLOVER type, and the sentence as evidence (its byte span and a valid UTF-8 copy).
void FinishEvents(const match::SentenceView& v, const std::string& story_id, const std::string& date_text, int sentence,
                  std::vector<Event>* events, std::vector<Event>* out);

}  // namespace parley::events
