#pragma once
// Event: one coded event record, the unit of parley's output.
#include <cstddef>
#include <optional>
#include <string>

namespace parley {

// How the story presents the event.
enum class Modality { kAsserted, kIntended, kHypothetical, kNegated };
const char* ModalityName(Modality m);

// A number attached to an event: "32 Armenian military personnel" -> {32, "persons"}.
struct Quantity {
  double value = 0;  // for "thousands of" a lower bound (1000)
  std::string unit;  // "persons", "USD", "EUR", ... or "" when unknown
  std::string text;  // the words it was read from
};

// A span of the story text: bytes [start, end) and a valid UTF-8 copy of them.
struct TextSpan {
  std::size_t start = 0;
  std::size_t end = 0;
  std::string text;
};

// One actor of an event, as coded.
struct Actor {
  std::string code;     // CAMEO actor code: ARMGOV, USA, IGOUNO, ---REB
  std::string country;  // first three letters when they name a country, else ""
  std::string agent;    // first agent code after the country (GOV, MIL), else ""
  std::string text;     // the words in the sentence that name the actor
  // When `text` only refers to the actor ("he", "Mr Brown", "the two countries"): the
  // mention it was resolved from, possibly in an earlier sentence. Empty otherwise.
  std::optional<TextSpan> ref;
};

// One event record. Source, target and code follow CAMEO; the rest is looked up in
// parley's CAMEO table. Evidence offsets are bytes of Story::text.
struct Event {
  std::string story_id;
  int sentence = 0;  // 0-based index of the sentence within the story
  // The day the event happened as far as the text says ("in 1997", "last November",
  // "on Monday"), else the story's date; YYYY-MM-DD, or "" when undated. A date known
  // to the month or year only is written with its first day and `date_precision` says so.
  std::string date;
  std::string story_date;      // the story's date, YYYY-MM-DD or ""
  std::string date_precision;  // "day", "month", "year", or "" when undated
  bool historical = false;     // dated by the text more than 30 days before the story
  Actor source;
  Actor target;
  std::string code;    // CAMEO event code, e.g. "0841"
  std::string root;    // first two digits
  int quad_class = 0;  // 1..4
  double goldstein = 0;
  std::string plover;  // PLOVER event type
  Modality modality = Modality::kAsserted;
  std::optional<Quantity> quantity;
  std::size_t evidence_begin = 0;  // sentence span, bytes into Story::text
  std::size_t evidence_end = 0;
  std::string evidence_text;    // valid UTF-8 copy of the span
  std::size_t event_begin = 0;  // the words that triggered the event
  std::size_t event_end = 0;
  int mentions = 1;  // repeated mentions merged within the story
};

}  // namespace parley
