#include "events/event_time.h"

#include <gtest/gtest.h>

#include <string>

#include "lexicon/lexicon_data.h"
#include "test_util.h"

namespace parley::events {
namespace {

using P = TimeExpr::Precision;
constexpr int kThu = 20191212;  // a Thursday
constexpr int kMon = 20191209;  // a Monday

struct Found {
  std::string text;
  text::TokenizedText tt;
  std::vector<TimeExpr> exprs;
  uint32_t Token(std::string_view w) const {
    for (uint32_t i = 0; i < tt.tokens.size(); ++i)
      if (tt.Norm(i) == w) return i;
    ADD_FAILURE() << "no token " << w;
    return 0;
  }
  std::string Words(const TimeExpr& e) const {
    return text.substr(tt.tokens[e.tok_begin].byte_begin,
                       tt.tokens[e.tok_end - 1].byte_end - tt.tokens[e.tok_begin].byte_begin);
  }
  // The date EventTime gives the event at `trigger`, or -1 when none.
  int DateOf(std::string_view trigger) const {
    const TimeExpr* e = EventTime(testing::ProjectLexicon()->data(), tt, exprs, 0,
                                  static_cast<uint32_t>(tt.tokens.size()), Token(trigger));
    return e ? e->date : -1;
  }
};

Found Find(const std::string& s, int story = kThu) {
  Found f;
  f.text = s;
  text::Tokenize(f.text, 0, f.text.size(), &f.tt, nullptr);
  for (text::Token& t : f.tt.tokens) t.word = testing::ProjectLexicon()->data().vocab.Find(f.tt.Norm(t));
  const CodeOptions options;
  const text::SentenceSpan span{0, f.tt.tokens.size(), false};
  const match::SentenceView v{.lex = testing::ProjectLexicon()->data(),
                              .options = options,
                              .tt = f.tt,
                              .span = span,
                              .story_text = f.text,
                              .story_date = story,
                              .actor_date = story};
  FindTimeExpressions(v, &f.exprs);
  return f;
}

// The only expression in `s`.
TimeExpr One(const std::string& s, int story = kThu) {
  Found f = Find(s, story);
  EXPECT_EQ(f.exprs.size(), 1u) << s;
  return f.exprs.empty() ? TimeExpr{} : f.exprs[0];
}

TEST(EventTime, Years) {
  Found f = Find("In 2015, Saudi Arabia started supporting the government of Yemen.");
  ASSERT_EQ(f.exprs.size(), 1u);
  EXPECT_EQ(f.Words(f.exprs[0]), "In 2015");
  EXPECT_EQ(f.exprs[0].date, 20150000);
  EXPECT_EQ(f.exprs[0].precision, P::kYear);
  EXPECT_EQ(f.DateOf("started"), 20150000);
  Found g = Find("The British relinquished control of Hong Kong to China in 1997.");
  EXPECT_EQ(g.DateOf("relinquished"), 19970000);
  EXPECT_EQ(One("Growth slowed in early 2019, the bank said.").date, 20190000);
  // A year as a modifier dates nothing: "the 1997 agreement".
  EXPECT_TRUE(Find("Both sides honoured the 1997 agreement.").exprs.empty());
}

TEST(EventTime, MonthsAndDays) {
  EXPECT_EQ(One("Talks resumed in March.").date, 20190300);
  EXPECT_EQ(One("Talks resumed in March 2018.").date, 20180300);
  TimeExpr d = One("The ceasefire began on October 8.");
  EXPECT_EQ(d.date, 20191008);
  EXPECT_EQ(d.precision, P::kDay);
  EXPECT_EQ(One("The ceasefire began on 8 October.").date, 20191008);
  EXPECT_EQ(One("Turkey launched the offensive on October 9, 2019.").date, 20191009);
  EXPECT_EQ(One("The vote took place on Dec. 20.").date, 20181220);  // after the story date: last year
  EXPECT_EQ(One("The group was run by one woman until March this year.", 20200706).date, 20200300);
  EXPECT_EQ(One("Protests began in June last year.").date, 20180600);
  // "may" and "march" as words are not months.
  EXPECT_TRUE(Find("Iran may march on the capital.").exprs.empty());
  EXPECT_TRUE(Find("Jan Kubis said the talks failed.").exprs.empty());
}

TEST(EventTime, RelativeToStoryDate) {
  // "last November": the most recent November before the story's month.
  EXPECT_EQ(One("the two countries established diplomatic relations last November", 20200310).date, 20191100);
  EXPECT_EQ(One("the two countries established diplomatic relations last November").date, 20191100);
  EXPECT_EQ(One("the two countries established diplomatic relations last December").date, 20181200);
  EXPECT_EQ(One("Iran seized the tanker last year.").date, 20180000);
  EXPECT_EQ(One("Iran seized the tanker last month.").date, 20191100);
  TimeExpr w = One("Iran seized the tanker last week.");
  EXPECT_EQ(w.date, 20191205);
  EXPECT_TRUE(w.approximate);
  EXPECT_EQ(One("Iran seized the tanker yesterday.").date, 20191211);
  EXPECT_EQ(One("Iran seized the tanker today.").date, kThu);
  TimeExpr m = One("Iran seized a tanker earlier this month.");
  EXPECT_EQ(m.date, 20191200);
  EXPECT_EQ(m.precision, P::kMonth);
  EXPECT_EQ(One("Iran seized a tanker earlier this year.").date, 20190000);
  EXPECT_EQ(One("Iraq invaded Kuwait two years ago.").date, 20170000);
  EXPECT_EQ(One("Police arrested him three days ago.").date, 20191209);
  EXPECT_EQ(One("Police arrested him last Monday.").date, 20191209);
  EXPECT_EQ(One("Police arrested him last Monday.", kMon).date, 20191202);
  EXPECT_EQ(One("Iran seized the tanker last week.", 0).date, 0);  // no story date
}

TEST(EventTime, Weekdays) {
  // "on Monday" is the last Monday on or before the story date.
  EXPECT_EQ(One("Iraq said on Monday its forces killed 15,000 Iranian troops.").date, 20191209);
  EXPECT_EQ(One("Iraq said on Monday its forces killed 15,000 Iranian troops.", kMon).date, kMon);
  EXPECT_EQ(One("Egypt's foreign minister said Tuesday that talks had failed.").date, 20191210);
  EXPECT_EQ(One("Thursday's attack killed three soldiers.").date, kThu);
  // In a future clause: the next one.
  TimeExpr f = One("The ministers will meet on Monday in Geneva.");
  EXPECT_EQ(f.date, 20191216);
  EXPECT_TRUE(f.future);
  TimeExpr g = One("On Saturday, the two leaders will sign the accord.");
  EXPECT_EQ(g.date, 20191214);
  EXPECT_TRUE(g.future);
  TimeExpr h = One("The envoy is due to arrive in Kabul on Friday.");
  EXPECT_EQ(h.date, 20191213);
  // A report about the future is still dated when it was said.
  EXPECT_FALSE(One("Iran said on Monday it will enrich more uranium.").future);
}

TEST(EventTime, FutureExpressions) {
  EXPECT_TRUE(One("Pompeo will visit Ankara next week.").future);
  EXPECT_TRUE(One("The two presidents meet tomorrow.").future);
  EXPECT_TRUE(One("Elections are planned for later this year.").future);
  EXPECT_TRUE(One("Britain will leave the union in 2020.").future);
  TimeExpr m = One("The summit will be held in March.");
  EXPECT_TRUE(m.future);
  EXPECT_EQ(m.date, 20200300);
}

TEST(EventTime, HistoricalEras) {
  TimeExpr w = One("The city was bombed during World War II.");
  EXPECT_EQ(w.date, 19420000);
  EXPECT_TRUE(w.approximate);
  EXPECT_EQ(One("Japan occupied the islands in the Second World War.").date, 19420000);
  EXPECT_EQ(One("Japan occupied the islands during the First World War.").date, 19160000);
  TimeExpr d = One("Relations were frozen in the 1990s.");
  EXPECT_EQ(d.date, 19950000);
  EXPECT_TRUE(d.approximate);
}

TEST(EventTime, Background) {
  TimeExpr s = One("Turkey has occupied northern Cyprus since 1974.");
  EXPECT_TRUE(s.background);
  EXPECT_EQ(s.date, 19740000);
  EXPECT_TRUE(One("The two countries have been at odds for decades.").background);
  EXPECT_TRUE(One("Trade has grown for the past five years.").background);
  EXPECT_TRUE(One("Relations have improved in recent years.").background);
  EXPECT_TRUE(One("The sanctions stay until 2021.").background);
  // The end of a span without a year lies ahead.
  TimeExpr u = One("The governor has until October 28 to name a successor.", 20191018);
  EXPECT_TRUE(u.background);
  EXPECT_EQ(u.date, 20191028);
}

TEST(EventTime, ClauseDecidesWhichExpression) {
  Found f = Find(
      "Trade has grown since the two countries established diplomatic relations "
      "last November, officials said on Tuesday.");
  EXPECT_EQ(f.DateOf("established"), 20191100);
  EXPECT_EQ(f.DateOf("grown"), 20191210);  // the main clause: when it was said
  Found g = Find("Turkey, which invaded Cyprus in 1974, said on Monday it would send ships.");
  EXPECT_EQ(g.DateOf("invaded"), 19740000);
  EXPECT_EQ(g.DateOf("send"), 20191209);
  Found h = Find("Iraq said its forces killed 1,269 Libyan soldiers.");
  EXPECT_EQ(h.DateOf("killed"), -1);
}

TEST(EventTime, HistoricalIsMoreThan30DaysBefore) {
  EXPECT_TRUE(Historical(19970000, kThu));
  EXPECT_TRUE(Historical(20191030, kThu));
  EXPECT_TRUE(Historical(20191111, kThu));  // 31 days
  EXPECT_FALSE(Historical(20191112, kThu));
  EXPECT_FALSE(Historical(20191100, kThu));  // November counts by its last day
  EXPECT_FALSE(Historical(20190000, 20200110));
  EXPECT_TRUE(Historical(20180000, 20200110));
  EXPECT_FALSE(Historical(0, kThu));
  EXPECT_FALSE(Historical(19970000, 0));
}

TEST(EventTime, LinearOnALongSentence) {
  std::string s;
  for (int i = 0; i < 2000; ++i) s += "Iran said on Monday in 2015 that last week yesterday ";
  Found f = Find(s);
  EXPECT_EQ(f.exprs.size(), 8000u);
}

}  // namespace
}  // namespace parley::events

namespace parley::events {
namespace {

// A date placed in the past only because the text gave no year or week moves forward
// for an act announced for later; explicit dates never move.
TEST(EventTime, ForwardDateForAnnouncedActs) {
  Found far = Find("The prime minister will make an official visit to the United States on April 29.", 19870326);
  ASSERT_EQ(far.exprs.size(), 1u);
  EXPECT_EQ(far.exprs[0].date, 19860429);  // no future word within reach: the last April 29
  EXPECT_EQ(ForwardDate(far.exprs[0], 19870326), 19870429);
  Found year = Find("The minister visited Japan on April 29, 1986.", 19870326);
  ASSERT_EQ(year.exprs.size(), 1u);
  EXPECT_EQ(ForwardDate(year.exprs[0], 19870326), 19860429);
  Found week = Find("Officials from both countries have agreed that the delegation should arrive on Monday.", kThu);
  ASSERT_EQ(week.exprs.size(), 1u);
  EXPECT_EQ(week.exprs[0].date, 20191209);
  EXPECT_EQ(ForwardDate(week.exprs[0], kThu), 20191216);
  Found dec = Find("Officials from both countries have agreed that the delegation should arrive on Monday.", 20191226);
  EXPECT_EQ(ForwardDate(dec.exprs[0], 20191226), 20191230);
}

}  // namespace
}  // namespace parley::events
