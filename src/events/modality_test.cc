#include "events/modality.h"

#include <gtest/gtest.h>

#include "lexicon/lexicon_data.h"
#include "test_util.h"

namespace parley {
namespace {

Modality ModalityOf(const std::string& sentence) {
  auto events = testing::CodeText(sentence);
  EXPECT_FALSE(events.empty()) << sentence;
  return events.empty() ? Modality::kAsserted : events[0].modality;
}

TEST(Modality, Asserted) { EXPECT_EQ(ModalityOf("Azerbaijan released 32 Armenian soldiers."), Modality::kAsserted); }
TEST(Modality, Intended) {
  EXPECT_EQ(ModalityOf("Azerbaijan will release 32 Armenian soldiers."), Modality::kIntended);
  EXPECT_EQ(ModalityOf("Azerbaijan agreed to release 32 Armenian soldiers."), Modality::kIntended);
}
// CAMEO has no future tense: an act the source commits to is coded as the intent to do
// it (03x; a threat 13x for coercion and force), a plain schedule keeps its act's code.
std::string CodeOf(const std::string& sentence) {
  auto events = testing::CodeText(sentence);
  EXPECT_FALSE(events.empty()) << sentence;
  return events.empty() ? "" : events[0].code;
}
TEST(Modality, CommittedActsTakeTheirIntentCode) {
  EXPECT_EQ(CodeOf("Armenia agreed to free two Azerbaijani servicemen."), "0353");
  EXPECT_EQ(CodeOf("Azerbaijan said it would release 32 Armenian soldiers."), "0353");
  EXPECT_NE(testing::FindEvent(testing::CodeText("Turkey is willing to negotiate with Greece."), "TUR", "GRC", "036"),
            nullptr);
  EXPECT_EQ(CodeOf("Hamas vowed to attack Israel."), "138");
  EXPECT_EQ(CodeOf("Obama is scheduled to visit Japan next week."), "042");
  EXPECT_EQ(CodeOf("Azerbaijan released 32 Armenian soldiers."), "0841");
  // An act that simply will happen keeps its code (intended), both ways for a meeting;
  // one its actor wants, agrees to or says it would do is an intent (03x); "will
  // attack" is a threat.
  EXPECT_EQ(CodeOf("Obama will visit Japan next week."), "042");
  EXPECT_EQ(CodeOf("Azerbaijan will release 32 Armenian soldiers, officials said."), "0841");
  EXPECT_EQ(ModalityOf("Azerbaijan will release 32 Armenian soldiers, officials said."), Modality::kIntended);
  EXPECT_EQ(CodeOf("Hamas will attack Israel."), "138");
  auto meet = testing::CodeText("Armenia and Azerbaijan will hold talks in Brussels next month.");
  EXPECT_NE(testing::FindEvent(meet, "ARM", "AZE", "046"), nullptr) << ::testing::PrintToString(testing::Triples(meet));
  EXPECT_NE(testing::FindEvent(meet, "AZE", "ARM", "046"), nullptr) << ::testing::PrintToString(testing::Triples(meet));
  EXPECT_EQ(CodeOf("Obama agreed to visit Japan next week."), "036");
}
// "will not hesitate to strike" commits to the strike (a threat); "did not hesitate"
// reports it; "hesitated to strike" did not strike.
TEST(Modality, NotHesitatingAffirms) {
  EXPECT_EQ(CodeOf("Israel will not hesitate to attack Iran."), "138");
  EXPECT_EQ(ModalityOf("Israel will not hesitate to attack Iran."), Modality::kIntended);
  EXPECT_EQ(ModalityOf("Israel did not hesitate to attack Iran."), Modality::kAsserted);
  EXPECT_EQ(ModalityOf("Israel hesitated to attack Iran."), Modality::kHypothetical);
  EXPECT_EQ(ModalityOf("Israel will not attack Iran."), Modality::kNegated);
}
// The month May is no modal: "the May 17th missile attack", "in May".
TEST(Modality, TheMonthMayIsNoModal) {
  EXPECT_EQ(ModalityOf("Iraq said the May 17th Iraqi missile attack on the U.S. frigate Stark was an error."),
            Modality::kAsserted);
  EXPECT_EQ(ModalityOf("Iran may attack Iraq."), Modality::kHypothetical);
}
// What a denied that-clause says did not happen; a reported one did.
TEST(Modality, DeniedThatClauseIsNegated) {
  EXPECT_EQ(ModalityOf("Officials denied that Britain had set a deadline for Japan to promise access."),
            Modality::kNegated);
  EXPECT_EQ(ModalityOf("Iran flatly denies that its forces attacked Iraqi troops."), Modality::kNegated);
  EXPECT_EQ(ModalityOf("Iraq said that Iranian forces attacked Iraqi troops."), Modality::kAsserted);
}
TEST(Modality, RefusingAFutureActIsARejection) {
  // "will not negotiate", "won't release": the source refuses (12x, asserted); a past
  // act not done ("did not release") and force not used stay negated.
  EXPECT_EQ(CodeOf("Greece will not negotiate with Turkey."), "125");
  EXPECT_EQ(CodeOf("Iran won't release the British sailors."), "1243");
  EXPECT_EQ(ModalityOf("Iran won't release the British sailors."), Modality::kAsserted);
  EXPECT_EQ(ModalityOf("Iran did not release the British sailors."), Modality::kNegated);
  EXPECT_EQ(ModalityOf("Russia would not attack Ukraine."), Modality::kNegated);
  auto one_way = testing::CodeText("Greece will not negotiate with Turkey.");
  EXPECT_EQ(testing::FindEvent(one_way, "TUR", "GRC", "125"), nullptr);
}

TEST(Modality, ReportedWouldAfterALongSubject) {
  EXPECT_EQ(ModalityOf("Ongpin said the International Finance Corp (IFC), a World Bank affiliate, would invest "
                       "12.5 mln dlrs in the Philippines."),
            Modality::kIntended);
  EXPECT_EQ(
      ModalityOf("The World Bank, a lender of last resort for many poor states, would invest in the Philippines."),
      Modality::kHypothetical);
}
TEST(Modality, Hypothetical) {
  EXPECT_EQ(ModalityOf("Azerbaijan could release 32 Armenian soldiers."), Modality::kHypothetical);
  EXPECT_EQ(ModalityOf("Armenia and Azerbaijan signing a peace agreement seems realistic."), Modality::kHypothetical);
  // Ability and obligation name no act: "Britain can offer", "Serbia must recognise".
  EXPECT_EQ(ModalityOf("Britain can offer aid to Saudi Arabia."), Modality::kHypothetical);
  EXPECT_EQ(ModalityOf("Japan cannot accept the U.S. demands."), Modality::kHypothetical);
}
TEST(Modality, Negated) {
  EXPECT_EQ(ModalityOf("Azerbaijan did not release Armenian soldiers."), Modality::kNegated);
  EXPECT_EQ(ModalityOf("Russia never attacked Georgia."), Modality::kNegated);
}

// DetectModality alone, with the project's word classes: `trigger` is the first token
// whose normalized form equals it; the sentence is the whole text.
Modality Direct(const std::string& sentence, std::string_view trigger) {
  const LexiconData& lex = testing::ProjectLexicon()->data();
  text::TokenizedText tt;
  text::Tokenize(sentence, 0, sentence.size(), &tt, nullptr);
  for (text::Token& t : tt.tokens) t.word = lex.vocab.Find(tt.Norm(t));
  text::SentenceSpan span{0, tt.tokens.size(), false};
  for (uint32_t i = 0; i < tt.tokens.size(); ++i)
    if (tt.Norm(i) == trigger) return events::DetectModality(lex, tt, span, i, i + 1, false);
  ADD_FAILURE() << "no " << trigger << " in " << sentence;
  return Modality::kAsserted;
}

constexpr auto kAsserted = Modality::kAsserted;
constexpr auto kHypothetical = Modality::kHypothetical;
constexpr auto kIntended = Modality::kIntended;
constexpr auto kNegated = Modality::kNegated;

TEST(Modality, Conditionals) {
  EXPECT_EQ(Direct("If Iran attacks the tanker, the United States will retaliate.", "retaliate"), kHypothetical);
  EXPECT_EQ(Direct("If Iran attacks the tanker, the United States will retaliate.", "attacks"), kHypothetical);
  EXPECT_EQ(Direct("The United States will retaliate if Iran attacks.", "retaliate"), kHypothetical);
  EXPECT_EQ(Direct("Armenia will free the soldiers unless Baku objects.", "free"), kHypothetical);
  EXPECT_EQ(Direct("British troops are on standby in case they need to help evacuate civilians.", "evacuate"),
            kHypothetical);
  EXPECT_EQ(Direct("Should the talks fail, Turkey will send troops.", "send"), kHypothetical);
  // A condition inside a relative clause leaves the main clause a fact.
  EXPECT_EQ(Direct("Iran, which vowed to respond if attacked, seized a British tanker.", "seized"), kAsserted);
  EXPECT_EQ(Direct("Iran seized a British tanker and said it would respond if attacked.", "seized"), kAsserted);
}

TEST(Modality, PurposesAndGoals) {
  EXPECT_EQ(Direct("Iran's main goal is to occupy Basra.", "occupy"), kHypothetical);
  EXPECT_EQ(Direct("Turkey sent troops in an effort to stop the fighting.", "stop"), kHypothetical);
  EXPECT_EQ(Direct("Jordan closed the border in order to halt smuggling.", "halt"), kHypothetical);
  EXPECT_EQ(Direct("Washington is seeking to isolate Tehran.", "isolate"), kHypothetical);
  EXPECT_EQ(Direct("Riyadh unveiled a plan to rebuild Yemen's ports.", "rebuild"), kHypothetical);
  EXPECT_EQ(Direct("The campaign aims to expel the militants from Mosul.", "expel"), kHypothetical);
}

TEST(Modality, Obligations) {
  EXPECT_EQ(Direct("Israel must release the prisoners, the envoy said.", "release"), kHypothetical);
  EXPECT_EQ(Direct("Iraq has to withdraw its troops from Kuwait.", "withdraw"), kHypothetical);
  EXPECT_EQ(Direct("The Security Council called on Iran to release the sailors.", "release"), kHypothetical);
  EXPECT_EQ(Direct("Washington wants Ankara to release the pastor.", "release"), kHypothetical);
  EXPECT_EQ(Direct("Ankara wants to release the pastor.", "release"), kIntended);
  EXPECT_EQ(Direct("Washington urged Ankara to halt the offensive.", "halt"), kHypothetical);
  EXPECT_EQ(Direct("Moscow told Kiev to withdraw its forces.", "withdraw"), kHypothetical);
}

TEST(Modality, Commitments) {
  EXPECT_EQ(Direct("Azerbaijan is to release 32 Armenian soldiers.", "release"), kIntended);
  EXPECT_EQ(Direct("Pompeo is set to visit Ankara.", "visit"), kIntended);
  EXPECT_EQ(Direct("Turkey plans to send troops to Libya.", "send"), kIntended);
  EXPECT_EQ(Direct("Russia pledged to supply weapons to Syria.", "supply"), kIntended);
  EXPECT_EQ(Direct("Zarif told reporters he plans to visit Baghdad.", "visit"), kIntended);
  EXPECT_EQ(Direct("Germany said it would send tanks to Ukraine.", "send"), kIntended);
  // ReportedWould: the far scan stops at "no"; the near one still reaches "said".
  EXPECT_EQ(Direct("Germany said no tanks delivered would stay in Ukraine.", "stay"), kIntended);
}

TEST(Modality, ChainsOfInfinitives) {
  EXPECT_EQ(Direct("arms that China could use to threaten its diplomatic rival Taiwan", "threaten"), kHypothetical);
  EXPECT_EQ(Direct("He said he would be happy to meet Mr Allawi.", "meet"), kHypothetical);
  EXPECT_EQ(Direct("Azerbaijan did not agree to release the soldiers.", "release"), kNegated);
  EXPECT_EQ(Direct("Azerbaijan agreed to release the soldiers.", "release"), kIntended);
}

TEST(Modality, Questions) {
  EXPECT_EQ(Direct("Did Iran attack the tanker?", "attack"), kHypothetical);
  EXPECT_EQ(Direct("\"Who attacked the tanker?\"", "attacked"), kHypothetical);
  EXPECT_EQ(Direct("Iran attacked the tanker.", "attacked"), kAsserted);
}

TEST(Modality, OnlyOneLeftOut) {
  EXPECT_EQ(Direct("Forty-nine states signed the charter, with Eritrea the only state unsigned.", "signed"), kNegated);
  EXPECT_EQ(Direct("Most members ratified the treaty, Eritrea being the only one yet to ratify it.", "ratified"),
            kNegated);
  EXPECT_EQ(Direct("Iran attacked the tanker, the only vessel not escorted.", "attacked"), kAsserted);
  EXPECT_EQ(Direct("Iran denied attacking the tanker.", "attacking"), kNegated);
}

// Every token as a trigger, at the edges of short sentences: no rule reads outside the
// sentence (run under PARLEY_SANITIZE to check).
TEST(Modality, EveryTokenOfShortSentences) {
  const LexiconData& lex = testing::ProjectLexicon()->data();
  for (const char* sentence : {"to", "set to go", "in case", "is to", "Should", "the only", "if ?", "\"?\"", "must",
                               "called on to", "would be happy to meet"}) {
    text::TokenizedText tt;
    std::string text = sentence;
    text::Tokenize(text, 0, text.size(), &tt, nullptr);
    for (text::Token& t : tt.tokens) t.word = lex.vocab.Find(tt.Norm(t));
    text::SentenceSpan span{0, tt.tokens.size(), false};
    for (uint32_t i = 0; i < tt.tokens.size(); ++i)
      for (uint32_t last = i + 1; last <= tt.tokens.size(); ++last)
        events::DetectModality(lex, tt, span, i, last, false);
  }
}

TEST(Modality, ReportedFactsStayAsserted) {
  EXPECT_EQ(Direct("Iraq said on Monday its forces killed 15,000 Iranian troops.", "killed"), kAsserted);
  EXPECT_EQ(Direct("In 2015, Saudi Arabia started supporting the government.", "supporting"), kAsserted);
}

}  // namespace
}  // namespace parley
