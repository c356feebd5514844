#include "discourse/non_actors.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace parley::discourse {
namespace {

using std::string_view;

template <size_t N>
bool In(const std::array<string_view, N>& a, string_view w) {
  return std::find(a.begin(), a.end(), w) != a.end();
}

// News outlets and platforms known by name: "told the BBC", "posted on Twitter".
constexpr std::array<string_view, 34> kOutlets = {
    "afp",      "anadolu", "arabiya",   "bbc",      "bloomberg", "cbs",     "cnn",    "facebook", "fars",
    "guardian", "haaretz", "instagram", "interfax", "irna",      "jazeera", "kcna",   "kyodo",    "msnbc",
    "nbc",      "nhk",     "reuters",   "ria",      "sana",      "spiegel", "tasnim", "tass",     "telegram",
    "tiktok",   "twitter", "wafa",      "weibo",    "xinhua",    "yonhap",  "youtube"};

// Head nouns that make the words before them a medium: "Syrian state television",
// "Israel Radio", "Iran's Fars news agency", "China Daily", "Press TV".
constexpr std::array<string_view, 12> kMediaNouns = {"broadcaster", "channel", "daily",  "media",
                                                     "newspaper",   "press",   "radio",  "television",
                                                     "tv",          "website", "agency", "network"};

// Words between a name and its media noun: "state", "-run", "official", "news".
constexpr std::array<string_view, 9> kMediaFillers = {"'s",       "state", "-",      "run",     "owned",
                                                      "official", "news",  "public", "national"};

// Verbs and nouns of meetings, whose "in X" is a venue: "gathered in Cairo", "talks in
// Geneva", "met in Vienna", "a summit in Sochi", "signed the accord in Paris". Not
// "held" or "session" alone: "held in Corcoran State Prison", "a majority in the Senate",
// "the Court of Session in Scotland".
constexpr std::array<string_view, 21> kMeetingWords = {
    "ceremony",  "conference", "convene", "convened", "forum", "gather", "gathered",
    "gathering", "meet",       "meeting", "meetings", "meets", "met",    "negotiations",
    "sign",      "signed",     "signing", "summit",   "talk",  "talks",  "consultations"};

// Words of talking about something: "discuss Syria", "talks on Syria".
constexpr std::array<string_view, 14> kDiscussWords = {
    "consultations", "conversation", "debate",      "dialogue", "discuss",      "discussed", "discusses",
    "discussing",    "discussion",   "discussions", "meeting",  "negotiations", "talk",      "talks"};
constexpr std::array<string_view, 6> kAboutPreps = {"about", "concerning", "on", "over", "regarding", "of"};
// "the situation in Syria", "the future of Libya": the topic sits behind these.
constexpr std::array<string_view, 9> kTopicFrames = {"situation", "crisis", "conflict", "war",     "developments",
                                                     "events",    "future", "issue",    "question"};

class View {
 public:
  View(const text::TokenizedText& tt, uint32_t begin, uint32_t end) : tt_(tt), begin_(begin), end_(end) {}
  // The word at i, or "" outside the sentence.
  string_view W(int64_t i) const { return i >= begin_ && i < end_ ? tt_.Norm(static_cast<size_t>(i)) : string_view(); }
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
  const text::TokenizedText& tt_;
  int64_t begin_, end_;
};

bool MediaLike(const View& v, uint32_t mb, uint32_t me) {
  for (uint32_t i = mb; i < me; ++i)
    if (In(kOutlets, v.W(i))) return true;
  for (uint32_t k = me, n = 0; n < 4; ++k, ++n) {
    string_view w = v.W(k);
    if (w == "agency" && v.W(k - 1) != "news") return false;  // "the Atomic Energy Agency"
    if (In(kMediaNouns, w)) return true;
    if (!(v.Name(k) || In(kMediaFillers, w))) return false;
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
  static constexpr std::array<string_view, 10> kBefore = {"told",    "tells", "telling", "on",        "via",
                                                          "through", "to",    "in",      "interview", "website"};
  if (In(kBefore, p)) return true;
  if (p == "with" && (pp == "interview" || pp == "speaking" || pp == "spoke")) return true;
  if (p == "by" && (pp == "quoted" || pp == "cited" || pp == "carried" || pp == "broadcast" || pp == "published" ||
                    pp == "aired" || pp == "reported"))
    return true;
  // After the medium and its head noun: "state media reported", "the BBC said".
  static constexpr std::array<string_view, 12> kAfter = {"reported", "reports", "reporting", "said",
                                                         "says",     "quoted",  "cited",     "broadcast",
                                                         "aired",    "showed",  "carried",   "published"};
  for (uint32_t k = me, n = 0; n < 6; ++k, ++n) {
    string_view w = v.W(k);
    if (In(kAfter, w)) return true;
    if (!(v.Name(k) || In(kMediaFillers, w) || In(kMediaNouns, w))) break;
  }
  return false;
}

// "gathered in Cairo", "talks in Geneva on Monday", "met at the Kremlin".
bool MeetingPlace(const View& v, uint32_t mb) {
  int64_t b = v.SkipArticlesBack(static_cast<int64_t>(mb) - 1);
  // "met in an elegant Moscow mansion": up to two lowercase modifiers may stand
  // between the article and the name.
  for (int n = 0; n < 2; ++n) {
    string_view w = v.W(b);
    static constexpr std::array<string_view, 12> kFunctionWords = {"of", "for", "to", "from", "with", "by",
                                                                   "on", "over", "and", "or", "that", "its"};
    if (w == "in" || w == "at" || w == "near" || w == "outside" || !v.Word(b) || v.Name(b) ||
        In(kFunctionWords, w))
      break;
    b = v.SkipArticlesBack(b - 1);
  }
  string_view p = v.W(b);
  if (p != "in" && p != "at" && p != "near" && p != "outside") return false;
  for (int64_t k = b - 1, n = 0; n < 6; --k, ++n) {
    string_view w = v.W(k);
    if (w.empty() || w == ";" || w == "\"") return false;
    if (In(kMeetingWords, w)) return true;
  }
  return false;
}

// "to discuss Libya-Turkey relations", "talks on Syria", "discussed the situation in
// Yemen", "a dialogue about the future of Libya". A partner ("talks with Iran") is not a
// topic.
bool Topic(const View& v, uint32_t mb) {
  int64_t b = v.SkipArticlesBack(v.SkipNameChainBack(static_cast<int64_t>(mb) - 1));
  string_view p = v.W(b);
  if ((p == "in" || p == "of") && In(kTopicFrames, v.W(b - 1))) {
    b = v.SkipArticlesBack(b - 2);
    p = v.W(b);
  }
  if (In(kDiscussWords, p) && p.starts_with("discuss") && !p.starts_with("discussion")) return true;
  if (!In(kAboutPreps, p) || p == "of") return false;
  // "talks on", "discussions about", "a debate over"; not "discussed the subject on
  // the Chinese network".
  return In(kDiscussWords, v.W(b - 1));
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
    case NonActorKind::kNone:
      break;
  }
  return "none";
}

NonActorKind Classify(const text::TokenizedText& tt, uint32_t sentence_begin, uint32_t sentence_end,
                      uint32_t mention_begin, uint32_t mention_end) {
  sentence_end = std::min<uint32_t>(sentence_end, static_cast<uint32_t>(tt.tokens.size()));
  if (mention_begin < sentence_begin || mention_end > sentence_end || mention_begin >= mention_end)
    return NonActorKind::kNone;
  View v(tt, sentence_begin, sentence_end);
  if (AccordingTo(v, mention_begin)) return NonActorKind::kMedium;
  if (MediaLike(v, mention_begin, mention_end) && CarriesWords(v, mention_begin, mention_end))
    return NonActorKind::kMedium;
  if (Topic(v, mention_begin)) return NonActorKind::kTopic;
  if (MeetingPlace(v, mention_begin)) return NonActorKind::kPlace;
  return NonActorKind::kNone;
}

}  // namespace parley::discourse
