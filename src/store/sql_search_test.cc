// EventStore::Search on hand-made stories: words (stemmed), phrases, prefixes, OR and
// NOT, the matched byte ranges, filters, order and paging, titles, and a version-5
// store whose rows are indexed when it migrates. SQLite always; PostgreSQL too under
// tests/store/pg.sh (PARLEY_TEST_PG_URI).
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "store/test_store.h"

namespace parley {
namespace {

using testing::Query;

class StoreSearchTest : public testing::StoreFixture {
 protected:
  void SetUp() override {
    StoreFixture::SetUp();
    AddStory("s1", "2024-01-10", "Armenia and Azerbaijan open peace talks",
             "Armenia and Azerbaijan held peace talks in Washington.", "ARM", "AZE", "043");
    AddStory("s2", "2024-01-12", "Border clashes", "Azerbaijani troops attacked Armenian positions near the border.",
             "AZEMIL", "ARMMIL", "190");
    AddStory("s3", "2024-01-15", "Talks resume", "Russia and Ukraine resumed negotiations in Istanbul after the talks.",
             "RUS", "UKR", "046");
    AddStory("s4", "2023-06-01", "", "Hamas rejected talks with Israel.", "PSE", "ISR", "120", "negated");
    AddStory("s5", "2024-02-01", "Peace talks planned for March", "Nothing happened here.", "", "", "");
  }

  SearchResult Find(const std::string& q, SearchQuery query = {}) {
    query.q = q;
    auto r = store_->Search(query);
    EXPECT_TRUE(r.ok()) << q << ": " << r.status().message();
    return r.ok() ? r.value() : SearchResult();
  }
  static std::vector<std::string> Stories(const SearchResult& r) {
    std::vector<std::string> out;
    for (const SentenceHit& h : r.sentences) out.push_back(h.event.mentions.at(0).story_id);
    return out;
  }
  static std::set<std::string> StorySet(const SearchResult& r) {
    auto v = Stories(r);
    return {v.begin(), v.end()};
  }
  static std::vector<std::string> Titles(const SearchResult& r) {
    std::vector<std::string> out;
    for (const TitleHit& h : r.titles) out.push_back(h.story_id);
    return out;
  }
  // The matched texts of the first sentence hit.
  static std::vector<std::string> Matched(const SearchResult& r) {
    std::vector<std::string> out;
    if (r.sentences.empty()) return out;
    const std::string& text = r.sentences[0].event.mentions.at(0).evidence_text;
    for (const TextMatch& m : r.sentences[0].matches) out.push_back(text.substr(m.start, m.end - m.start));
    return out;
  }
};

TEST_F(StoreSearchTest, FindsStemmedWordsPhrasesPrefixesOrAndNot) {
  SearchResult r = Find("talk");  // "talks" in three sentences
  EXPECT_EQ(StorySet(r), (std::set<std::string>{"s1", "s3", "s4"}));
  EXPECT_EQ(Find("attacks").sentences.size(), 1u);  // "attacked": the same stem
  r = Find("\"peace talks\"");
  EXPECT_EQ(Stories(r), (std::vector<std::string>{"s1"}));
  EXPECT_EQ(Matched(r), (std::vector<std::string>{"peace talks"}));
  r = Find("negot*");
  EXPECT_EQ(Stories(r), (std::vector<std::string>{"s3"}));
  EXPECT_EQ(Matched(r), (std::vector<std::string>{"negotiations"}));
  EXPECT_EQ(StorySet(Find("talks -Hamas")), (std::set<std::string>{"s1", "s3"}));
  EXPECT_EQ(StorySet(Find("truce OR negotiations")), (std::set<std::string>{"s3"}));
  EXPECT_EQ(StorySet(Find("Washington OR Istanbul talks")), (std::set<std::string>{"s1", "s3"}));
  EXPECT_TRUE(Find("Istanbul Washington").sentences.empty());
  EXPECT_EQ(StorySet(Find("NEAR")), (std::set<std::string>{"s2"}));  // FTS5's operators are words here
  auto bad = store_->Search(Query("\"open"));
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), StatusCode::kInvalidArgument);
}

// Whatever the parser accepts, the database runs: no syntax error can reach it (a 500).
TEST_F(StoreSearchTest, EveryAcceptedQueryRuns) {
  const char* queries[] = {
      R"("a" "b")", R"(a"b)", "talks*", "-a talks", "a OR b OR c", R"(talks -"peace talks")", R"("(" talks)",
      "a) OR (b", "col:talks", "x:* talks", "^talks", "talks^", "+talks", "NOT talks", "talks NOT", "AND",
      "a - b", "'talks'", "talks\\", "éléphant*", "日本*", "the", "NEAR(talks peace)", "{talks}", "talks;DROP",
      "$1 ?1 %", "a\tb", "\"\"talks", "OR-talks", "-OR talks", "talks -",
  };
  for (const char* q : queries) {
    if (!ParseTextQuery(q).ok()) continue;
    auto r = store_->Search(Query(q));
    EXPECT_TRUE(r.ok()) << q << ": " << r.status().message();
  }
}

TEST_F(StoreSearchTest, HitsCarryTheirEventMentionAndMatchedRanges) {
  SearchResult r = Find("attacked Armenian");
  ASSERT_EQ(r.sentences.size(), 1u);
  const SentenceHit& h = r.sentences[0];
  EXPECT_EQ(h.event.source, "AZEMIL");
  EXPECT_EQ(h.event.code, "190");
  EXPECT_EQ(h.event.date, "2024-01-12");
  ASSERT_EQ(h.event.mentions.size(), 1u);
  EXPECT_EQ(h.event.mentions[0].title, "Border clashes");
  EXPECT_EQ(Matched(r), (std::vector<std::string>{"attacked Armenian"}));
  EXPECT_EQ(h.matches[0].start, 19u);  // bytes of the evidence text
}

TEST_F(StoreSearchTest, FiltersOrderAndPages) {
  SearchQuery q;
  q.events.dyad_a = "ARM", q.events.dyad_b = "AZE";
  EXPECT_EQ(Stories(Find("talks", q)), (std::vector<std::string>{"s1"}));
  EXPECT_EQ(Titles(Find("talks", q)), (std::vector<std::string>{"s1"}));  // s5 has no ARM-AZE event
  q = {};
  q.events.from = "2024-01-11";
  q.newest_first = true;
  EXPECT_EQ(Stories(Find("talks", q)), (std::vector<std::string>{"s3"}));
  EXPECT_EQ(Titles(Find("talks", q)), (std::vector<std::string>{"s5", "s3"}));
  q = {};
  q.events.actor = "PSE";
  q.events.modality = "negated";
  EXPECT_EQ(Stories(Find("talks", q)), (std::vector<std::string>{"s4"}));
  q = {};
  q.newest_first = true;
  EXPECT_EQ(Stories(Find("talks", q)), (std::vector<std::string>{"s3", "s1", "s4"}));
  EXPECT_EQ(Titles(Find("talks", q)), (std::vector<std::string>{"s5", "s3", "s1"}));
  q.limit = 2;
  SearchResult first = Find("talks", q);
  EXPECT_EQ(Stories(first), (std::vector<std::string>{"s3", "s1"}));
  EXPECT_TRUE(first.more_sentences);
  EXPECT_TRUE(first.more_titles);
  q.offset = 2;
  SearchResult second = Find("talks", q);
  EXPECT_EQ(Stories(second), (std::vector<std::string>{"s4"}));
  EXPECT_FALSE(second.more_sentences);
  q = {};
  q.titles = false;
  EXPECT_TRUE(Find("talks", q).titles.empty());
}

TEST_F(StoreSearchTest, TitlesWithTheirMatches) {
  SearchResult r = Find("\"peace talks\"");
  std::vector<std::string> ids = Titles(r);
  std::sort(ids.begin(), ids.end());
  EXPECT_EQ(ids, (std::vector<std::string>{"s1", "s5"}));
  for (const TitleHit& h : r.titles) {
    ASSERT_EQ(h.matches.size(), 1u) << h.title;
    EXPECT_EQ(h.title.substr(h.matches[0].start, h.matches[0].end - h.matches[0].start),
              h.story_id == "s1" ? "peace talks" : "Peace talks");
    EXPECT_EQ(h.events, h.story_id == "s1" ? 1 : 0);
  }
  EXPECT_EQ(Titles(Find("clash")), (std::vector<std::string>{"s2"}));
}

TEST_F(StoreSearchTest, AVersion5StoreIsIndexedWhenItMigrates) {
  store_.reset();
  {
    auto conn = Connect();
    if (postgres()) {
      conn->Exec("DROP INDEX mentions_fts; ALTER TABLE mentions DROP COLUMN evidence_tsv; DROP INDEX stories_title_fts; "
                 "ALTER TABLE stories DROP COLUMN seq; DROP TABLE corrections;");
    } else {
      conn->Exec("DROP TRIGGER mentions_fts_insert; DROP TRIGGER mentions_fts_delete; DROP TRIGGER stories_fts_insert; "
                 "DROP TRIGGER stories_fts_delete; DROP TABLE mentions_fts; DROP TABLE stories_fts; "
                 "DROP TABLE corrections;");
    }
    conn->Exec("DELETE FROM schema_version WHERE version > 5");
  }
  auto ro = EventStore::Open(location_, /*read_only=*/true);
  ASSERT_FALSE(ro.ok());  // a reader cannot migrate
  auto s = EventStore::Open(location_);
  ASSERT_TRUE(s.ok()) << s.status().message();
  store_ = std::move(s).value();
  EXPECT_EQ(store_->SchemaVersion().value(), 6);
  EXPECT_EQ(StorySet(Find("talks")), (std::set<std::string>{"s1", "s3", "s4"}));
  EXPECT_EQ(Titles(Find("clashes")), (std::vector<std::string>{"s2"}));
  AddStory("s6", "2024-03-01", "Ceasefire agreed", "Armenia and Azerbaijan held more talks.", "ARM", "AZE", "043");
  EXPECT_EQ(StorySet(Find("talks")), (std::set<std::string>{"s1", "s3", "s4", "s6"}));  // and new rows too
  EXPECT_EQ(Titles(Find("ceasefire")), (std::vector<std::string>{"s6"}));
}

}  // namespace
}  // namespace parley
