// End-to-end behaviour of the coder on single sentences, one linguistic feature each.
#include "parley/coder.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "test_util.h"

namespace parley {
namespace {

using testing::CodeText;
using testing::FindEvent;
using testing::Triples;

TEST(Coder, MutualEventAtAPlaceOfOneSideIsBetweenTheSides) {
  // The city belongs to one side of the compound subject: it is where they fought.
  auto ev = CodeText("Ukraine's army and Russian forces fought for control of Bakhmut on Monday.");
  EXPECT_NE(FindEvent(ev, "RUSMIL", "UKRMIL", "19"), nullptr) << ::testing::PrintToString(Triples(ev));
  EXPECT_NE(FindEvent(ev, "UKRMIL", "RUSMIL", "19"), nullptr);
  for (const Event& e : ev) EXPECT_NE(e.target.code, "UKR") << ::testing::PrintToString(Triples(ev));
  auto ev2 = CodeText("Greek and Italian navy ships began joint drills near the Italian port of Taranto.");
  EXPECT_NE(FindEvent(ev2, "GRCMIL", "ITAMIL", "06"), nullptr) << ::testing::PrintToString(Triples(ev2));
  for (const Event& e : ev2) EXPECT_NE(e.target.code, "ITA") << ::testing::PrintToString(Triples(ev2));
}

TEST(Coder, AgentBeforeAPrepositionStaysATarget) {
  auto ev = CodeText("Kenya's president threatened a crackdown on opposition protesters ahead of the vote.");
  EXPECT_NE(FindEvent(ev, "KENGOV", "KENOPP", "13"), nullptr) << ::testing::PrintToString(Triples(ev));
}

TEST(Coder, SupportersOfANamedActorAtSentenceStart) {
  auto ev = CodeText("Supporters of Kenya's opposition rioted against the government on Friday.");
  EXPECT_NE(FindEvent(ev, "KENOPP", "", "14"), nullptr) << ::testing::PrintToString(Triples(ev));
}

TEST(Coder, ProCountryProtestersAreOfTheStatesCountry) {
  auto ev = CodeText("Kenyan police fired tear gas at pro-Russia demonstrators in Nairobi on Sunday.");
  EXPECT_NE(FindEvent(ev, "KENCOP", "KENOPP", "17"), nullptr) << ::testing::PrintToString(Triples(ev));
  for (const Event& e : ev) EXPECT_NE(e.target.code, "RUS") << ::testing::PrintToString(Triples(ev));
}

TEST(Coder, TitleWordBeforeANamedPersonKeepsThePersonsRole) {
  auto ev = CodeText("Azerbaijani troops shelled Armenian reformist Nikol Pashinyan near the border.");
  EXPECT_NE(FindEvent(ev, "AZEMIL", "ARMGOV", "19"), nullptr) << ::testing::PrintToString(Triples(ev));
}

TEST(Coder, SimpleTransitiveVerb) {
  auto ev = CodeText("Iran criticized Israel on Monday.");
  EXPECT_NE(FindEvent(ev, "IRN", "ISR", "11"), nullptr) << ::testing::PrintToString(Triples(ev));
}

TEST(Coder, PassiveVoiceSwapsRoles) {
  auto ev = CodeText("Georgia was attacked by Russia.");
  EXPECT_NE(FindEvent(ev, "RUS", "GEO", "19"), nullptr) << ::testing::PrintToString(Triples(ev));
  EXPECT_EQ(FindEvent(ev, "GEO", "RUS", ""), nullptr);
}

TEST(Coder, AttributionCodesTheReportedEvent) {
  auto ev = CodeText("Ukraine said Russia attacked Georgia.");
  EXPECT_NE(FindEvent(ev, "RUS", "GEO", "19"), nullptr) << ::testing::PrintToString(Triples(ev));
  EXPECT_EQ(FindEvent(ev, "UKR", "GEO", "19"), nullptr);
}

TEST(Coder, ReciprocalEventsBothWays) {
  auto ev = CodeText("India and Pakistan exchanged fire on Tuesday.");
  EXPECT_NE(FindEvent(ev, "IND", "PAK", "19"), nullptr) << ::testing::PrintToString(Triples(ev));
  EXPECT_NE(FindEvent(ev, "PAK", "IND", "19"), nullptr);
  auto talks = CodeText("China held talks with Japan.");
  EXPECT_NE(FindEvent(talks, "CHN", "JPN", "04"), nullptr) << ::testing::PrintToString(Triples(talks));
  EXPECT_NE(FindEvent(talks, "JPN", "CHN", "04"), nullptr);
}

TEST(Coder, CompoundActors) {
  auto ev = CodeText("France and Germany condemned Iran.");
  EXPECT_NE(FindEvent(ev, "FRA", "IRN", "11"), nullptr) << ::testing::PrintToString(Triples(ev));
  EXPECT_NE(FindEvent(ev, "DEU", "IRN", "11"), nullptr);
}

TEST(Coder, ConjoinedVerbSharesTheSubject) {
  auto ev = CodeText("France condemned the attack by Russian soldiers and promised aid to Ukraine.");
  EXPECT_NE(FindEvent(ev, "FRA", "UKR", "03"), nullptr) << ::testing::PrintToString(Triples(ev));
  EXPECT_EQ(FindEvent(ev, "RUSMIL", "UKR", ""), nullptr);
}

TEST(Coder, CompoundWithModifiersAndSharedAgents) {
  auto ev = CodeText("France and the once powerful Germany condemned Iran.");
  EXPECT_NE(FindEvent(ev, "FRA", "IRN", "11"), nullptr) << ::testing::PrintToString(Triples(ev));
  EXPECT_NE(FindEvent(ev, "DEU", "IRN", "11"), nullptr);
  auto in = CodeText("Lawmakers in France and Germany condemned Iran.");
  EXPECT_NE(FindEvent(in, "FRALEG", "IRN", "11"), nullptr) << ::testing::PrintToString(Triples(in));
  EXPECT_NE(FindEvent(in, "DEULEG", "IRN", "11"), nullptr);
}

TEST(Coder, VerbWordUsedAsNounBelongsToTheMainEvent) {
  // "the brutal slaying of ..." after a determiner is a noun, the object of "issued".
  auto ev = CodeText(
      "A court in France has issued arrest warrants for two Russian men sought in the brutal slaying of two "
      "Ukrainian soldiers.");
  EXPECT_NE(FindEvent(ev, "FRAJUD", "RUS", "173"), nullptr) << ::testing::PrintToString(Triples(ev));
  EXPECT_EQ(FindEvent(ev, "RUS", "UKRMIL", ""), nullptr) << ::testing::PrintToString(Triples(ev));
}

TEST(Coder, ReportedWouldIsAnIntention) {
  auto ev = CodeText("Azerbaijan said it would release 32 Armenian soldiers.");
  ASSERT_FALSE(ev.empty());
  EXPECT_EQ(ev[0].modality, Modality::kIntended);
  auto hyp = CodeText("Azerbaijan would release 32 Armenian soldiers.");
  ASSERT_FALSE(hyp.empty());
  EXPECT_EQ(hyp[0].modality, Modality::kHypothetical);
}

TEST(Coder, EventNounTakesTheModalityOfItsVerb) {
  auto ev = CodeText("US House Speaker Nancy Pelosi said she would be launching an inquiry into Iran.");
  ASSERT_FALSE(ev.empty()) << ::testing::PrintToString(Triples(ev));
  EXPECT_NE(ev[0].modality, Modality::kAsserted);
}

TEST(Coder, CooperationWithNoPartnerIsNoEvent) {
  // Meeting, praise or a deal needs a partner; a protest does not.
  EXPECT_TRUE(CodeText("The Iranian Foreign Minister met on Monday.").empty());
  auto protest = CodeText("Kenyan opposition supporters protested on Monday.");
  ASSERT_EQ(protest.size(), 1u) << ::testing::PrintToString(Triples(protest));
  EXPECT_TRUE(protest[0].target.code.empty());
}

TEST(Coder, PronounForTheCompoundSubjectIsNeverItsMembersTarget) {
  auto ev = CodeText("Obama and Putin said they will attack Iraq.");
  EXPECT_EQ(FindEvent(ev, "USA", "RUS", ""), nullptr) << ::testing::PrintToString(Triples(ev));
  EXPECT_EQ(FindEvent(ev, "RUS", "USA", ""), nullptr);
}

TEST(Coder, CommaClosedRelativeClauseOrAppositionIsNoSubject) {
  // The parser often hangs the main verb off the relative clause here; word positions
  // skip the inserted clause.
  auto ev = CodeText("Russia, which has long backed the Syrian government, condemned Israel on Saturday.");
  EXPECT_NE(FindEvent(ev, "RUS", "ISR", "11"), nullptr) << ::testing::PrintToString(Triples(ev));
  EXPECT_EQ(FindEvent(ev, "SYR", "ISR", ""), nullptr);
  auto appos = CodeText("Turkey, which occupies northern Cyprus, criticised Greece on Sunday.");
  EXPECT_NE(FindEvent(appos, "TUR", "GRC", "11"), nullptr) << ::testing::PrintToString(Triples(appos));
}

TEST(Coder, AttackNounModifierIsTheAgentOfAPassive) {
  // "killed in a Russian air strike": the attack's actor acts; the adjective is no place.
  auto ev = CodeText("Eight Syrians were killed in a Russian air strike on Friday.");
  EXPECT_NE(FindEvent(ev, "RUS", "SYR", "19"), nullptr) << ::testing::PrintToString(Triples(ev));
  // The victims' country comes from the place ("in the east of the Gaza Strip"), not the attacker.
  auto gaza =
      CodeText("Four children were killed in Israeli tank shelling in the east of the Gaza Strip, medics said.");
  EXPECT_NE(FindEvent(gaza, "ISR", "PSE", "19"), nullptr) << ::testing::PrintToString(Triples(gaza));
  EXPECT_EQ(FindEvent(gaza, "ISR", "ISR", ""), nullptr) << ::testing::PrintToString(Triples(gaza));
}

TEST(Coder, CompoundSubjectActsOnNoOneOrOnTheProtestHost) {
  auto ev = CodeText("Britain and France condemned the attack.");
  EXPECT_NE(FindEvent(ev, "GBR", "", "11"), nullptr) << ::testing::PrintToString(Triples(ev));
  EXPECT_NE(FindEvent(ev, "FRA", "", "11"), nullptr) << ::testing::PrintToString(Triples(ev));
  auto protest = CodeText("US and British activists staged a protest in Beijing on Wednesday.");
  EXPECT_NE(FindEvent(protest, "GBR", "CHN", "14"), nullptr) << ::testing::PrintToString(Triples(protest));
  auto home = CodeText("Spanish farmers protested in Madrid on Monday.");
  EXPECT_EQ(FindEvent(home, "ESP", "ESP", "14"), nullptr) << ::testing::PrintToString(Triples(home));
}

TEST(Coder, ParticipleWithItsOwnByIsNoPassive) {
  // "angered|outraged by +": the pattern reads the by-phrase as the target; the subject acts.
  auto ev = CodeText("China was angered by the U.S. decision.");
  EXPECT_NE(FindEvent(ev, "CHN", "USA", "11"), nullptr) << ::testing::PrintToString(Triples(ev));
  EXPECT_EQ(FindEvent(ev, "USA", "CHN", ""), nullptr) << ::testing::PrintToString(Triples(ev));
}

TEST(Coder, PassiveAgentWithNoActorPatientActsOnNoOne) {
  auto ev = CodeText("The prisoners were released by Russia on Monday.");
  ASSERT_NE(FindEvent(ev, "RUS", "", "08"), nullptr) << ::testing::PrintToString(Triples(ev));
}

TEST(Coder, SentenceInitialNameIsAProperNounForTheParser) {
  // The EWT tagger reads a sentence-initial surname as a determiner; a dictionary name
  // is a proper noun, so "praised" stays the verb.
  auto ev = CodeText("Thatcher praised Gorbachev.", "1987-05-01");
  EXPECT_NE(FindEvent(ev, "GBR", "SUN", "051"), nullptr) << ::testing::PrintToString(Triples(ev));
}

TEST(Coder, RegularFormsOfVerbsWithArchaicExceptions) {
  // WordNet lists only "addrest", "wrought", "co-ordinated": the regular forms count too.
  EXPECT_NE(FindEvent(CodeText("France coordinated with Germany on sanctions."), "FRA", "DEU", "06"), nullptr);
  EXPECT_NE(FindEvent(CodeText("Japan worked with China on the trade dispute."), "JPN", "CHN", "06"), nullptr);
}

TEST(Coder, PairReferenceAcrossSentences) {
  auto ev = CodeText("Armenia and Azerbaijan met in Prague. The two countries signed a peace agreement.");
  EXPECT_NE(FindEvent(ev, "ARM", "AZE", "057"), nullptr) << ::testing::PrintToString(Triples(ev));
  EXPECT_NE(FindEvent(ev, "AZE", "ARM", "057"), nullptr);
}

TEST(Coder, EvidenceOffsetsPointAtTheSentence) {
  std::string text = "First sentence here. Iran criticized Israel.";
  auto ev = CodeText(text);
  ASSERT_FALSE(ev.empty());
  EXPECT_EQ(text.substr(ev[0].evidence_begin, ev[0].evidence_end - ev[0].evidence_begin), "Iran criticized Israel.");
  EXPECT_EQ(ev[0].evidence_text, "Iran criticized Israel.");
  EXPECT_EQ(ev[0].sentence, 1);
}

TEST(Coder, RepeatedMentionsMerge) {
  auto ev = CodeText("Iran criticized Israel. Later, Iran criticized Israel again.");
  ASSERT_EQ(ev.size(), 1u) << ::testing::PrintToString(Triples(ev));
  EXPECT_EQ(ev[0].mentions, 2);
}

TEST(Coder, CameoFieldsComeFromTheTable) {
  auto ev = CodeText("Iran criticized Israel.");
  ASSERT_FALSE(ev.empty());
  EXPECT_EQ(ev[0].root, "11");
  EXPECT_EQ(ev[0].quad_class, 3);
  EXPECT_LT(ev[0].goldstein, 0);
  EXPECT_FALSE(ev[0].plover.empty());
  EXPECT_EQ(ev[0].source.country, "IRN");
}

TEST(Coder, DomesticAgentTakesTheCountryOfTheOtherParty) {
  // Police of a country acting on protesters: both are of that country.
  auto ev = CodeText("Bolivian police detained protesters on Friday.");
  EXPECT_NE(FindEvent(ev, "BOLCOP", "BOLOPP", "17"), nullptr) << ::testing::PrintToString(Triples(ev));
  auto rev = CodeText("Thousands of Kenyan protesters rallied against the government.");
  EXPECT_NE(FindEvent(rev, "KENOPP", "KENGOV", "14"), nullptr) << ::testing::PrintToString(Triples(rev));
  // Across states, or with a bare country, the agent keeps no country; such an event
  // is left out unless unresolved actors are asked for.
  auto foreign = CodeText("The government praised Japan on Monday.");
  EXPECT_EQ(FindEvent(foreign, "---GOV", "JPN", "05"), nullptr) << ::testing::PrintToString(Triples(foreign));
  CodeOptions keep;
  keep.keep_unresolved = true;
  foreign = CodeText("The government praised Japan on Monday.", "2023-12-09", keep);
  EXPECT_NE(FindEvent(foreign, "---GOV", "JPN", "05"), nullptr) << ::testing::PrintToString(Triples(foreign));
}

TEST(Coder, StateActsOnItsOwnOpposition) {
  auto ev = CodeText("Venezuela arrested dozens of Venezuelan opposition activists.");
  EXPECT_NE(FindEvent(ev, "VEN", "VENOPP", "17"), nullptr) << ::testing::PrintToString(Triples(ev));
  // A state and its own government are one actor.
  auto self = CodeText("Russia criticized the Russian government.");
  EXPECT_TRUE(self.empty()) << ::testing::PrintToString(Triples(self));
}

TEST(Coder, AgentWordModifyingTheEventNounIsNoParty) {
  auto ev = CodeText("China and Russia held joint military drills on Monday.");
  EXPECT_NE(FindEvent(ev, "CHN", "RUS", "06"), nullptr) << ::testing::PrintToString(Triples(ev));
  EXPECT_NE(FindEvent(ev, "RUS", "CHN", "06"), nullptr) << ::testing::PrintToString(Triples(ev));
  EXPECT_EQ(FindEvent(ev, "CHN", "---MIL", ""), nullptr) << ::testing::PrintToString(Triples(ev));
}

TEST(Coder, VerbWordAfterAPrepositionIsANoun) {
  // "in protest against" is the reason of the boycott, not a second event.
  auto ev = CodeText("Hungarian opposition parties boycotted the vote in protest against the government.");
  EXPECT_NE(FindEvent(ev, "HUNOPP", "HUNGOV", "14"), nullptr) << ::testing::PrintToString(Triples(ev));
  EXPECT_EQ(FindEvent(ev, "HUNOPP", "HUNGOV", "140"), nullptr) << ::testing::PrintToString(Triples(ev));
}

TEST(Coder, ThatClauseOfADemandIsNotCoded) {
  auto ev = CodeText("Ukraine demanded that Russia withdraw its troops from Crimea.");
  EXPECT_NE(FindEvent(ev, "UKR", "RUS", "10"), nullptr) << ::testing::PrintToString(Triples(ev));
  EXPECT_EQ(ev.size(), 1u) << ::testing::PrintToString(Triples(ev));
  // A reported event is coded: "said" is no demand.
  auto said = CodeText("Ukraine said that Russia attacked Georgia.");
  EXPECT_NE(FindEvent(said, "RUS", "GEO", "19"), nullptr) << ::testing::PrintToString(Triples(said));
}

TEST(Coder, PossessiveAgentIsAnActor) {
  auto ev = CodeText("Kenyan protesters rallied against the government's tax plan.");
  EXPECT_NE(FindEvent(ev, "KENOPP", "KENGOV", "14"), nullptr) << ::testing::PrintToString(Triples(ev));
}

TEST(Coder, PatternWordsInsideTheSubjectLeaveItTheSource) {
  // `warplanes {strike}`: the weapon ends the subject "Japanese warplanes".
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("parley_coder_test_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::copy(testing::SourceDir() + "/data", dir, fs::copy_options::recursive);
  {
    std::ofstream extra(dir / "verbs" / "zz_weapons.txt");
    extra << "195\twarplanes|jets {strike}\n";
  }
  std::vector<Diagnostic> diags;
  auto lex = Lexicon::Load(dir.string(), &diags);
  fs::remove_all(dir);
  ASSERT_TRUE(lex.ok());
  Story s;
  s.id = "t";
  s.date = "2023-12-09";
  s.text = "Japanese warplanes struck Chinese positions on Monday.";
  s.body_end = s.text.size();
  Coder coder(lex.value());
  CodeStats stats;
  auto ev = coder.Code(s, &stats);
  EXPECT_NE(FindEvent(ev, "JPNMIL", "CHN", "195"), nullptr) << ::testing::PrintToString(Triples(ev));
}

TEST(Coder, LongInputIsLinear) {
  std::string text;
  for (int i = 0; i < 100000; ++i) text += "Iran and ";
  text += "Iraq.";
  CodeStats stats;
  Story s;
  s.text = text;
  s.body_end = text.size();
  Coder coder(testing::ProjectLexicon());
  auto ev = coder.Code(s, &stats);
  EXPECT_GT(stats.long_sentences, 0u);
  EXPECT_LE(ev.size(), stats.sentences * CodeOptions{}.max_events_per_sentence);
}

}  // namespace
}  // namespace parley
