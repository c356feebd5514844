#pragma once
// Time expressions in a sentence ("in 1997", "last November", "on Monday", "two years
// ago", "since 1997") and the date they give an event, relative to the story's date.
// Rules read normalized tokens only (no dictionary); pure functions, safe from any thread.
//
//   std::vector<TimeExpr> exprs;
//   FindTimeExpressions(v, &exprs);   // v: the sentence's match::SentenceView, story_date 20191209
//   if (const TimeExpr* t = EventTime(lex, tt, exprs, s.tok_begin, s.tok_end, anchor))
//     event.date = t->date;   // and Historical(t->date, 20191209) -> historical
//
// Dates are yyyymmdd ints; month or day is 00 when the text does not say it.
// Relative words need the story date: without one (0) they give date 0.
// Future: "next week", "tomorrow", "later this month", and a weekday or month named in a
// clause that speaks of the future ("will meet on Friday", "is due to visit in March",
// "hopes to meet Reagan in late April") or ending a span ("has until October 28")
// resolve forward and are marked `future`; a weekday or month otherwise is the last one
// on or before the story date ("said on Monday"; "on Monday" in a Monday story is that
// day). Any date after the story date is marked `future` ("in 2030"). "last November" is
// the most recent November before the story's month.
#include <cstdint>
#include <vector>

#include "lexicon/lexicon_data.h"
#include "match/sentence_view.h"
#include "text/tokenizer.h"

namespace parley::events {

struct TimeExpr {
  enum class Precision { kDay, kMonth, kYear };
  uint32_t tok_begin = 0;  // includes a leading preposition: "in 1997", "since 1997"
  uint32_t tok_end = 0;
  int date = 0;  // yyyymmdd; 0 when it cannot be placed (no story date)
  Precision precision = Precision::kDay;
  bool background = false;   // a span, not an event's time: "since 1997", "for decades",
                             // "until 2019", "from 1990"
  bool approximate = false;  // a day in "last week", a year in "the 1990s", "during World
                             // War II" (the middle of the range), "years ago"
  bool future = false;       // after the story date: "next week", "will meet on Friday"
  // The text gave no year ("on April 29") or no week ("on Friday"), and the expression
  // was placed in the past: an event that is announced for later takes the next one
  // (ForwardDate).
  enum class Implied { kNone, kYear, kWeek };
  Implied implied = Implied::kNone;
};

// The date of t for an event the actor commits to ("will visit ... on April 29" in a
// March story: April 29 of the story's year, not of the year before). t.date unless
// t's year or week was implied and placed before `story_date`.
int ForwardDate(const TimeExpr& t, int story_date);

// Appends the time expressions of the sentence to *out, in text order, placed by
// `v.story_date` (yyyymmdd, or 0 when unknown). Linear in the number of tokens.
void FindTimeExpressions(const match::SentenceView& v, std::vector<TimeExpr>* out);

// The expression that dates an event whose trigger is token `anchor` of the sentence
// [sentence_begin, sentence_end): the nearest one in the same clause, where relative and
// subordinate clauses ("which occupies ...", "since the two countries established ...",
// "after ... ,") are clauses of their own. nullptr when there is none. `exprs` as
// appended by FindTimeExpressions (others outside the sentence are ignored).
// Clause openers come from the lexicon's time-clause-opener words.
const TimeExpr* EventTime(const LexiconData& lex, const text::TokenizedText& tt, const std::vector<TimeExpr>& exprs,
                          uint32_t sentence_begin, uint32_t sentence_end, uint32_t anchor);

// True when an event dated `event_date` ended more than 30 days before `story_date`;
// a partial date counts by its last day ("2019" = 2019-12-31). False when either is 0.
bool Historical(int event_date, int story_date);

}  // namespace parley::events
