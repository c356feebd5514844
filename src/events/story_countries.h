#pragma once
// The story's country, for actors that have none after their own sentence ("the
// ministry", "troops"): the one country its dateline names ("BAKU —"), else the first
// country its actors name (the title's, else the lead's). A dateline counts only when the story's actors
// name its country at least half as often as the first named one: wire hubs ("LONDON",
// "WASHINGTON") date stories about the Gulf war that mention Britain once ("received in
// London"; the dateline alone took "the Revolutionary Guards" to GBR). The first named beats the most named on the
// real-news sets (real_dev_politics F1 0.262 against 0.243): a story's later sentences
// name the other side more often than its subject. The coder shows it each sentence's
// actors in story order, then resolves the story's events.
#include <string>
#include <vector>

#include "match/actor_matcher.h"
#include "parley/event.h"

namespace parley::events {

class StoryCountries {
 public:
  void Clear();
  // The dateline's country ("" when it names none or several).
  void SetDateline(std::string country) { dateline_ = std::move(country); }
  // Notes the countries of a sentence's named actors.
  void Note(const match::SentenceActors& actors);
  // The dateline's country when actors name it at least half as often as the first
  // named country, else the first named; "" for none.
  std::string Main() const;
  // Gives each actor without a country ("---GOV") the main country, unless that would
  // make the event the country's own ("The government expressed appreciation for
  // China's assistance" with CHN the main country) or one party the other's double
  // (DEUGOV and DEUGOV).
  void Resolve(std::vector<Event>* events) const;

 private:
  std::string dateline_;
  std::string first_;           // the first country a named actor has
  int dateline_named_ = 0;       // mentions of named actors with the dateline's country
  int first_named_ = 0;          // and with the first named country
};

}  // namespace parley::events
