#include "discourse/non_actors.h"

#include <algorithm>
#include <string_view>

namespace parley::discourse {
namespace {

using std::string_view;

class View {
 public:
  View(const LexiconData& lex, const text::TokenizedText& tt, uint32_t begin, uint32_t end)
      : lex_(lex), tt_(tt), begin_(begin), end_(end) {}
  // The word at i, or "" outside the sentence.
  string_view W(int64_t i) const { return i >= begin_ && i < end_ ? tt_.Norm(static_cast<size_t>(i)) : string_view(); }
  // True when the word at i is in one of the word lists `cls`; false outside the sentence.
  bool Is(int64_t i, uint64_t cls) const { return i >= begin_ && i < end_ && lex_.Is(tt_.tokens[i].word, cls); }
  bool Word(int64_t i) const { return i >= begin_ && i < end_ && tt_.tokens[i].Has(text::kWord); }
  bool Name(int64_t i) const {
    return i >= begin_ && i < end_ && tt_.tokens[i].Has(text::kCapitalized) && tt_.tokens[i].Has(text::kWord);
  }
  // Back over articles: "the", "a", "an".
  int64_t SkipArticlesBack(int64_t i) const {
    while (W(i) == "the" || W(i) == "a" || W(i) == "an") --i;
    return i;
  }
  // Back over the rest of a joined name: "Libya-" in "Libya-Turkey", "Armenia and" in
  // "Armenia and Azerbaijan", "Iran's".
  int64_t SkipNameChainBack(int64_t i) const {
    for (int n = 0; n < 6; ++n) {
      string_view w = W(i);
      if (!(Name(i) || w == "-" || w == "and" || w == "'s" || w == "/")) break;
      --i;
    }
    return i;
  }

 private:
  const LexiconData& lex_;
  const text::TokenizedText& tt_;
  int64_t begin_, end_;
};

bool MediaLike(const View& v, uint32_t mb, uint32_t me) {
  // "Xinhua", "British Broadcasting Corporation" (not "the Atomic Energy Agency", "the
  // Haqqani network").
  for (uint32_t i = mb; i < me; ++i)
    if (v.Is(i, kOutlet) || (v.Is(i, kMediaNoun) && v.W(i) != "agency" && v.W(i) != "network")) return true;
  for (uint32_t k = me, n = 0; n < 4; ++k, ++n) {
    string_view w = v.W(k);
    if (w == "agency" && v.W(k - 1) != "news") return false;  // "the Atomic Energy Agency"
    if (v.Is(k, kMediaNoun)) return true;
    if (!(v.Name(k) || v.Is(k, kMediaFiller))) return false;
  }
  return false;
}

// "according to Reuters", "according to Iraq": whoever is cited carries the words.
bool AccordingTo(const View& v, uint32_t mb) {
  int64_t b = v.SkipArticlesBack(static_cast<int64_t>(mb) - 1);
  return v.W(b) == "to" && v.W(b - 1) == "according";
}

// A medium in a context that carries words: "told the BBC", "in an interview with CNN",
// "posted on Twitter", "quoted by Tass", "state media reported", "Israel Radio said".
bool CarriesWords(const View& v, uint32_t mb, uint32_t me) {
  int64_t b = v.SkipArticlesBack(static_cast<int64_t>(mb) - 1);
  string_view p = v.W(b), pp = v.W(b - 1);
  if (v.Is(b, kMediaBefore)) return true;
  if (p == "with" && (pp == "interview" || pp == "speaking" || pp == "spoke")) return true;
  if (p == "by" && (pp == "quoted" || pp == "cited" || pp == "carried" || pp == "broadcast" || pp == "published" ||
                    pp == "aired" || pp == "reported" || pp == "monitored"))
    return true;
  // After the medium and its head noun: "state media reported", "the BBC said".
  for (uint32_t k = me, n = 0; n < 6; ++k, ++n) {
    if (v.Is(k, kMediaAfter)) return true;
    if (!(v.Name(k) || v.Is(k, kMediaFiller | kMediaNoun))) break;
  }
  return false;
}

// "blocked a border crossing with France", "on the border with Pakistan": the
// country beyond a border is where, not whom.
bool BorderWith(const View& v, uint32_t mb) {
  const int64_t b = v.SkipArticlesBack(static_cast<int64_t>(mb) - 1);
  if (v.W(b) != "with") return false;
  const string_view n = v.W(b - 1);
  return n == "border" || n == "borders" || n == "frontier" || n == "crossing" || n == "crossings";
}

// "gathered in Cairo", "talks in Geneva on Monday", "met at the Kremlin".
bool MeetingPlace(const View& v, uint32_t mb) {
  int64_t b = v.SkipArticlesBack(static_cast<int64_t>(mb) - 1);
  // "met in an elegant Moscow mansion": up to two lowercase modifiers may stand
  // between the article and the name.
  for (int n = 0; n < 2; ++n) {
    string_view w = v.W(b);
    if (w == "in" || w == "at" || w == "near" || w == "outside" || !v.Word(b) || v.Name(b) || v.Is(b, kVenueStop))
      break;
    b = v.SkipArticlesBack(b - 1);
  }
  string_view p = v.W(b);
  if (p != "in" && p != "at" && p != "near" && p != "outside") return false;
  for (int64_t k = b - 1, n = 0; n < 6; --k, ++n) {
    string_view w = v.W(k);
    if (w.empty() || w == ";" || w == "\"") return false;
    if (v.Is(k, kMeetingWord)) return true;
  }
  return false;
}

// "to discuss Libya-Turkey relations", "talks on Syria", "discussed the situation in
// Yemen", "a dialogue about the future of Libya". A partner ("talks with Iran") is not a
// topic.
bool Topic(const View& v, uint32_t mb) {
  int64_t b = v.SkipArticlesBack(v.SkipNameChainBack(static_cast<int64_t>(mb) - 1));
  string_view p = v.W(b);
  if ((p == "in" || p == "of") && v.Is(b - 1, kTopicFrame)) {
    b = v.SkipArticlesBack(b - 2);
    p = v.W(b);
  }
  if (v.Is(b, kDiscussWord) && p.starts_with("discuss") && !p.starts_with("discussion")) return true;
  if (!v.Is(b, kAboutPrep)) return false;
  // "talks on", "discussions about", "a debate over"; not "discussed the subject on
  // the Chinese network".
  return v.Is(b - 1, kDiscussWord);
}

}  // namespace

const char* NonActorKindName(NonActorKind k) {
  switch (k) {
    case NonActorKind::kMedium:
      return "medium";
    case NonActorKind::kPlace:
      return "place";
    case NonActorKind::kTopic:
      return "topic";
    case NonActorKind::kBeyondBorder:
      return "beyond-border";
    case NonActorKind::kNone:
      break;
  }
  return "none";
}

NonActorKind Classify(const LexiconData& lex, const text::TokenizedText& tt, uint32_t sentence_begin,
                      uint32_t sentence_end, uint32_t mention_begin, uint32_t mention_end) {
  sentence_end = std::min<uint32_t>(sentence_end, static_cast<uint32_t>(tt.tokens.size()));
  if (mention_begin < sentence_begin || mention_end > sentence_end || mention_begin >= mention_end)
    return NonActorKind::kNone;
  View v(lex, tt, sentence_begin, sentence_end);
  if (AccordingTo(v, mention_begin)) return NonActorKind::kMedium;
  if (MediaLike(v, mention_begin, mention_end) && CarriesWords(v, mention_begin, mention_end))
    return NonActorKind::kMedium;
  if (Topic(v, mention_begin)) return NonActorKind::kTopic;
  // "the legality of the Iraq war", "the Ukraine crisis": a name that modifies a topic
  // frame names what is talked about, not a party ("the government issue" is no name).
  if (v.Name(mention_end - 1) && v.Is(mention_end, kTopicFrame)) return NonActorKind::kTopic;
  if (MeetingPlace(v, mention_begin)) return NonActorKind::kPlace;
  if (BorderWith(v, mention_begin)) return NonActorKind::kBeyondBorder;
  return NonActorKind::kNone;
}

}  // namespace parley::discourse
