// The event store: schema and migrations, idempotent ingest, cross-story deduplication
// with GDELT counts, queries and the dyad summary. SQLite always; the same tests run
// against a real PostgreSQL server when PARLEY_TEST_PG_URI names one (tests/store/pg.sh
// starts a throwaway server and sets it).
#include "store/sql_store.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <set>

#include "store/dyad_summary.h"
#include "test_util.h"

namespace parley {
namespace {

namespace fs = std::filesystem;

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("parley_store_test_" + std::to_string(::getpid()) + "_" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    if (const char* uri = std::getenv("PARLEY_TEST_PG_URI")) {
      pg_uri_ = uri;
      // A clean database for every test.
      auto conn = store::OpenPostgres(pg_uri_, false);
      conn->Exec("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
    }
    auto s = EventStore::Open(Location());
    ASSERT_TRUE(s.ok()) << s.status().message();
    store_ = std::move(s).value();
  }
  void TearDown() override {
    store_.reset();
    fs::remove_all(dir_);
  }
  static Story Example() {
    std::string path = testing::SourceDir() + "/examples/armenia_azerbaijan.txt";
    auto s = ParseTextStory(testing::ReadFile(path), "armenia_azerbaijan");
    EXPECT_TRUE(s.ok());
    return s.value();
  }
  static Story MakeStory(const std::string& id, const std::string& url, const std::string& text) {
    Story s;
    s.id = id, s.url = url, s.date = "2023-12-09", s.text = text;
    s.body_end = text.size();
    return s;
  }
  std::vector<Event> Code(const Story& s) {
    Coder coder(testing::ProjectLexicon());
    CodeStats stats;
    return coder.Code(s, &stats);
  }
  bool Add(const Story& s, IngestStats* stats) {
    auto r = store_->AddStory(s, Code(s), stats);
    EXPECT_TRUE(r.ok()) << r.status().message();
    return r.ok() && r.value();
  }
  const StoredEvent* Find(const std::vector<StoredEvent>& v, const std::string& src, const std::string& tgt,
                          const std::string& code) {
    for (const auto& e : v)
      if (e.source == src && e.target == tgt && e.code == code) return &e;
    return nullptr;
  }

  std::string Location() const { return pg_uri_.empty() ? (dir_ / "t.db").string() : pg_uri_; }
  bool postgres() const { return !pg_uri_.empty(); }

  fs::path dir_;
  std::string pg_uri_;
  std::unique_ptr<EventStore> store_;
};

std::unique_ptr<store::SqlConnection> Connect(const std::string& location) {
  return IsPostgresLocation(location) ? store::OpenPostgres(location, false) : store::OpenSqlite(location, false);
}

TEST_F(StoreTest, CreatesCurrentSchema) {
  auto v = store_->SchemaVersion();
  ASSERT_TRUE(v.ok());
  EXPECT_EQ(v.value(), store::kSchemaVersion);
  if (!postgres()) {
    EXPECT_TRUE(fs::exists(dir_ / "t.db-wal"));  // WAL mode
  }
  store_.reset();
  auto again = EventStore::Open(Location());  // reopening migrates nothing
  ASSERT_TRUE(again.ok()) << again.status().message();
  EXPECT_EQ(again.value()->SchemaVersion().value(), store::kSchemaVersion);
}

TEST_F(StoreTest, MigratesAVersion1Database) {
  // A database as parley 0.1 left it: schema version 1, one story, no story text.
  store_.reset();
  {
    auto conn = Connect(Location());
    conn->Exec("ALTER TABLE stories DROP COLUMN text");
    conn->Exec("ALTER TABLE mentions DROP COLUMN event_start");
    conn->Exec("ALTER TABLE mentions DROP COLUMN event_end");
    conn->Exec("DROP INDEX events_dyad_cover4");
    conn->Exec("DROP INDEX stories_date");
    conn->Exec("ALTER TABLE events DROP COLUMN historical");
    conn->Exec("ALTER TABLE mentions DROP COLUMN story_date");
    conn->Exec("ALTER TABLE mentions DROP COLUMN date_precision");
    for (const char* c : {"source_ref_start", "source_ref_end", "source_ref_text", "target_ref_start", "target_ref_end",
                          "target_ref_text"})
      conn->Exec(std::string("ALTER TABLE mentions DROP COLUMN ") + c);
    conn->Exec("CREATE INDEX events_dyad ON events(source, target, date)");
    if (postgres())  // version 6
      conn->Exec("DROP INDEX mentions_fts; ALTER TABLE mentions DROP COLUMN evidence_tsv; DROP INDEX stories_title_fts; "
                 "ALTER TABLE stories DROP COLUMN seq; DROP TABLE corrections;");
    else
      conn->Exec("DROP TRIGGER mentions_fts_insert; DROP TRIGGER mentions_fts_delete; DROP TRIGGER stories_fts_insert; "
                 "DROP TRIGGER stories_fts_delete; DROP TABLE mentions_fts; DROP TABLE stories_fts; "
                 "DROP TABLE corrections;");
    conn->Exec("DELETE FROM schema_version WHERE version > 1");
    conn->Exec(
        "INSERT INTO stories(id, date, text_hash, source_key, num_events) "
        "VALUES('old', '2023-01-02', 'abc', 'story:old', 0)");
  }
  auto ro = EventStore::Open(Location(), /*read_only=*/true);  // read-only cannot migrate
  ASSERT_FALSE(ro.ok());
  EXPECT_NE(ro.status().message().find("schema version 1 is older"), std::string::npos) << ro.status().message();
  auto s = EventStore::Open(Location());
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(s.value()->SchemaVersion().value(), store::kSchemaVersion);
  auto old = s.value()->Story("old");
  ASSERT_TRUE(old.ok() && old.value().has_value()) << old.status().message();
  EXPECT_EQ(old.value()->date, "2023-01-02");
  EXPECT_EQ(old.value()->text, "");
}

TEST_F(StoreTest, RefusesNewerSchema) {
  store_.reset();
  Connect(Location())->Prepare("INSERT INTO schema_version(version) VALUES(?1)")->Bind(1, std::int64_t{99}).Run();
  auto s = EventStore::Open(Location());
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find("schema version 99 is newer"), std::string::npos) << s.status().message();
}

TEST_F(StoreTest, ReadOnlyStoreReadsButNeverWrites) {
  IngestStats st;
  ASSERT_TRUE(Add(Example(), &st));
  auto ro = EventStore::Open(Location(), /*read_only=*/true);
  ASSERT_TRUE(ro.ok()) << ro.status().message();
  EXPECT_EQ(ro.value()->Counts().value().stories, 1);
  EXPECT_FALSE(ro.value()->BeginBatch().ok());
  auto added = ro.value()->AddStory(MakeStory("x", "", "Armenia met Azerbaijan."), {}, &st);
  EXPECT_FALSE(added.ok());
  if (!postgres()) {
    EXPECT_FALSE(EventStore::Open((dir_ / "missing.db").string(), true).ok());
  }
}

TEST_F(StoreTest, StoryTextActorsAndCounts) {
  IngestStats st;
  Story ex = Example();
  ASSERT_TRUE(Add(ex, &st));
  auto story = store_->Story(ex.id);
  ASSERT_TRUE(story.ok() && story.value().has_value());
  EXPECT_EQ(story.value()->text, ex.text);
  EXPECT_FALSE(store_->Story("no-such-story").value().has_value());
  auto actors = store_->Actors("arm", 10);
  ASSERT_TRUE(actors.ok()) << actors.status().message();
  ASSERT_FALSE(actors.value().empty());
  EXPECT_EQ(actors.value()[0].code.substr(0, 3), "ARM");  // code matches first
  for (const auto& a : actors.value()) EXPECT_GT(a.events, 0);
  auto by_name = store_->Actors("yerevan", 10);  // the news called Armenia "Yerevan"
  ASSERT_TRUE(by_name.ok());
  bool found = false;
  for (const auto& a : by_name.value()) found |= a.code == "ARM";
  EXPECT_TRUE(found);
  StoreCounts c = store_->Counts().value();
  EXPECT_EQ(c.stories, 1);
  EXPECT_EQ(static_cast<std::size_t>(c.mentions), st.mentions);
  // The change mark moves with every stored story (also one without events: its title
  // is searched, the overview counts it) and event mention, and only then.
  std::int64_t mark = store_->ChangeMark().value();
  EXPECT_GT(mark, 0);
  ASSERT_TRUE(Add(MakeStory("quiet", "", "Nothing happened today."), &st));
  EXPECT_GT(store_->ChangeMark().value(), mark);
  mark = store_->ChangeMark().value();
  EXPECT_FALSE(store_->AddStory(MakeStory("quiet", "", "Nothing happened today."), {}, &st).value());  // skipped
  EXPECT_EQ(store_->ChangeMark().value(), mark);
  ASSERT_TRUE(Add(MakeStory("loud", "", "Russia expelled two British diplomats."), &st));
  EXPECT_GT(store_->ChangeMark().value(), mark);
}

TEST_F(StoreTest, PagesNewestFirstWithAKeysetCursor) {
  IngestStats st;
  ASSERT_TRUE(Add(Example(), &st));
  ASSERT_TRUE(Add(MakeStory("later", "", "Azerbaijan will release 32 Armenian soldiers."), &st));
  auto all = store_->Events({});
  ASSERT_TRUE(all.ok());
  EventQuery q;
  q.newest_first = true;
  q.limit = 2;
  std::vector<std::int64_t> seen;
  for (int page = 0; page < 100; ++page) {
    auto ev = store_->Events(q);
    ASSERT_TRUE(ev.ok()) << ev.status().message();
    if (ev.value().empty()) break;
    EXPECT_LE(ev.value().size(), 2u);
    for (const auto& e : ev.value()) seen.push_back(e.event_id);
    q.after_date = ev.value().back().date, q.after_id = ev.value().back().event_id;
  }
  EXPECT_EQ(seen.size(), all.value().size());  // every event exactly once
  std::set<std::int64_t> unique(seen.begin(), seen.end());
  EXPECT_EQ(unique.size(), seen.size());
  EventQuery r;
  r.root = "03";  // the story's releases are commitments: intent to release (0353)
  r.quad_class = 1;
  auto intents = store_->Events(r);
  ASSERT_TRUE(intents.ok());
  ASSERT_FALSE(intents.value().empty());
  for (const auto& e : intents.value()) EXPECT_EQ(e.root, "03");
  const auto& m = intents.value()[0].mentions[0];
  EXPECT_LT(m.event_start, m.event_end);  // the event words are stored
  EXPECT_GE(m.event_start, m.evidence_start);
}

TEST_F(StoreTest, IngestIsIdempotentByIdUrlAndText) {
  IngestStats st;
  Story ex = Example();
  EXPECT_FALSE(store_->Contains(ex).value());
  ASSERT_TRUE(Add(ex, &st));
  EXPECT_TRUE(store_->Contains(ex).value());
  std::size_t mentions = st.mentions;
  EXPECT_GT(mentions, 3u);
  EXPECT_FALSE(Add(ex, &st));  // same id
  Story same_url = ex;
  same_url.id = "other-id";
  same_url.text += " ";
  EXPECT_FALSE(Add(same_url, &st));
  Story same_text = ex;
  same_text.id = "third-id";
  same_text.url = "https://other.example/x";
  EXPECT_FALSE(Add(same_text, &st));
  EXPECT_EQ(st.stories_new, 1u);
  EXPECT_EQ(st.stories_skipped, 3u);
  EXPECT_EQ(st.mentions, mentions);
  auto all = store_->Events({});
  ASSERT_TRUE(all.ok());
  for (const auto& e : all.value()) EXPECT_EQ(e.num_articles, 1) << e.source << " " << e.code;
}

TEST_F(StoreTest, SameEventFromAnotherStoryIsMerged) {
  IngestStats st;
  ASSERT_TRUE(Add(Example(), &st));
  std::string text = "Azerbaijan will release 32 Armenian soldiers, officials said.";
  ASSERT_TRUE(Add(MakeStory("second", "https://news.example.com/a", text), &st));
  EventQuery q;
  q.dyad_a = "AZE", q.dyad_b = "ARM", q.code = "0841";
  auto ev = store_->Events(q);
  ASSERT_TRUE(ev.ok()) << ev.status().message();
  const StoredEvent* e = Find(ev.value(), "AZE", "ARMMIL", "0841");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->num_articles, 2);
  EXPECT_EQ(e->num_mentions, 2);
  EXPECT_EQ(e->num_sources, 2);  // example.org and news.example.com
  ASSERT_EQ(e->mentions.size(), 2u);
  EXPECT_EQ(e->mentions[0].story_id, "armenia_azerbaijan");
  EXPECT_EQ(e->mentions[1].story_id, "second");
  EXPECT_EQ(e->mentions[1].url, "https://news.example.com/a");
  EXPECT_EQ(e->mentions[1].evidence_text, text);
  EXPECT_TRUE(e->mentions[0].has_quantity);
  EXPECT_EQ(e->mentions[0].quantity_value, 32);

  // A third story from a host already seen adds an article but not a source.
  ASSERT_TRUE(Add(MakeStory("third", "https://www.example.org/b", "Azerbaijan will release Armenian soldiers."), &st));
  ev = store_->Events(q);
  e = Find(ev.value(), "AZE", "ARMMIL", "0841");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->num_articles, 3);  // "will release": the same commitment (0353)
  EXPECT_EQ(e->num_sources, 2);
}

TEST_F(StoreTest, QueriesFilterByPrefixAndDate) {
  IngestStats st;
  ASSERT_TRUE(Add(Example(), &st));
  EventQuery q;
  q.actor = "ARM";
  auto ev = store_->Events(q);
  ASSERT_TRUE(ev.ok());
  EXPECT_FALSE(ev.value().empty());
  for (const auto& e : ev.value()) EXPECT_TRUE(e.source.starts_with("ARM") || e.target.starts_with("ARM"));
  q.from = "2023-12-10";
  EXPECT_TRUE(store_->Events(q).value().empty());
  q.from = "", q.to = "2023-12-09", q.limit = 1;
  EXPECT_EQ(store_->Events(q).value().size(), 1u);
}

TEST_F(StoreTest, FiltersByModality) {
  IngestStats st;
  ASSERT_TRUE(Add(Example(), &st));
  EventQuery q;
  q.modality = "asserted";
  auto asserted = store_->Events(q);
  ASSERT_TRUE(asserted.ok()) << asserted.status().message();
  EXPECT_FALSE(asserted.value().empty());
  for (const auto& e : asserted.value()) {
    bool any = false;
    for (const auto& m : e.mentions) any |= m.modality == "asserted";
    EXPECT_TRUE(any) << e.event_id;
  }
  q.modality = "no-such-modality";
  EXPECT_TRUE(store_->Events(q).value().empty());
}

TEST_F(StoreTest, ActorSearchFoldsUnicodeCase) {  // issue 20, D22
  IngestStats st;
  ASSERT_TRUE(Add(MakeStory("civ", "", "C\u00f4te d'Ivoire criticized France on Monday."), &st));
  for (const char* q : {"C\u00d4TE", "c\u00f4te", "C\u00f4te D'IVOIRE"}) {
    auto found = store_->Actors(q, 10);
    ASSERT_TRUE(found.ok()) << found.status().message();
    bool civ = false;
    for (const auto& a : found.value()) civ |= a.name.find("C\u00f4te") != std::string::npos;
    EXPECT_TRUE(civ) << q;
  }
}

TEST_F(StoreTest, DyadSummaryPerDay) {
  IngestStats st;
  ASSERT_TRUE(Add(Example(), &st));
  DyadQuery q;
  q.a = "ARM", q.b = "AZE";
  // The example's events of 2023-12-09 (its "on Thursday" events are dated 12-07).
  q.from = "2023-12-09", q.to = "2023-12-09";
  auto rows = store_->Dyad(q);
  ASSERT_TRUE(rows.ok()) << rows.status().message();
  ASSERT_EQ(rows.value().size(), 3u);
  const DyadRow& ab = rows.value()[0];
  const DyadRow& ba = rows.value()[1];
  const DyadRow& both = rows.value()[2];
  EXPECT_EQ(ab.period, "2023-12-09");
  EXPECT_EQ(ab.direction, "ARM->AZE");
  EXPECT_EQ(ba.direction, "AZE->ARM");
  EXPECT_EQ(both.direction, "both");
  EXPECT_GT(ab.events, 0);
  EXPECT_GT(ba.events, 0);
  EXPECT_EQ(both.events, ab.events + ba.events);
  EXPECT_EQ(both.quad[0] + both.quad[1] + both.quad[2] + both.quad[3], both.events);
  EXPECT_NEAR(both.goldstein_mean * both.events, both.goldstein_sum, 1e-9);
  EXPECT_LE(both.top_codes.size(), 3u);
  // Weeks and months are computed by the database: the same labels as PeriodOf.
  for (Period by : {Period::kWeek, Period::kMonth}) {
    q.by = by;
    auto r = store_->Dyad(q);
    ASSERT_TRUE(r.ok()) << r.status().message();
    ASSERT_EQ(r.value().size(), 3u);
    EXPECT_EQ(r.value()[2].period, store::PeriodOf("2023-12-09", by));
    EXPECT_EQ(r.value()[2].events, both.events);
    EXPECT_DOUBLE_EQ(r.value()[2].goldstein_sum, both.goldstein_sum);
  }
  // Dates outside every event: no rows.
  q.from = "2030-01-01", q.to = "";
  EXPECT_TRUE(store_->Dyad(q).value().empty());
}

TEST_F(StoreTest, WeeksStartOnMondayInTheDatabase) {
  IngestStats st;
  for (const char* d : {"2021-01-03", "2024-01-01", "2023-12-10"}) {  // a Sunday, a Monday, a Sunday
    Story s = MakeStory(std::string("w") + d, "", std::string("Armenia criticized Azerbaijan on ") + d + ".");
    s.date = d;
    ASSERT_TRUE(Add(s, &st));
  }
  DyadQuery q;
  q.a = "ARM", q.b = "AZE", q.by = Period::kWeek;
  std::set<std::string> periods;
  auto rows = store_->Dyad(q);
  ASSERT_TRUE(rows.ok()) << rows.status().message();
  for (const auto& r : rows.value()) periods.insert(r.period);
  EXPECT_EQ(periods, (std::set<std::string>{"2020-12-28", "2024-01-01", "2023-12-04"}));
}

// Filters (roots, QuadClasses, modalities, Goldstein range) select the same events in
// the events and the dyad queries; historical events are out unless asked; every dyad
// row carries the stories of its period.
TEST_F(StoreTest, FiltersHistoricalAndStoriesPerPeriod) {
  IngestStats st;
  ASSERT_TRUE(Add(Example(), &st));
  Story s2 = MakeStory("s2", "", "Armenian troops attacked Azerbaijani soldiers near the border.");
  s2.date = "2024-01-15";
  ASSERT_TRUE(Add(s2, &st));
  Story quiet = MakeStory("quiet", "", "The weather was fine.");  // a story with no event
  quiet.date = "2024-01-15";
  ASSERT_TRUE(Add(quiet, &st));
  EventQuery all;
  all.dyad_a = "ARM", all.dyad_b = "AZE";
  auto all_events = store_->Events(all);
  ASSERT_TRUE(all_events.ok()) << all_events.status().message();
  const std::vector<StoredEvent> every = all_events.value();
  ASSERT_FALSE(every.empty());
  for (const auto& f : std::vector<EventFilters>{{{"19"}, {}, {}, {}, {}},
                                                 {{}, {3, 4}, {}, {}, {}},
                                                 {{}, {}, {"intended"}, {}, {}},
                                                 {{}, {}, {}, -10.0, -2.0},
                                                 {{"04", "08"}, {1, 2}, {}, 0.0, 10.0}}) {
    EventQuery q = all;
    q.filters = f;
    auto got_r = store_->Events(q);
    ASSERT_TRUE(got_r.ok()) << got_r.status().message();
    const auto& got = got_r.value();
    std::size_t want = 0;
    for (const auto& e : every) {
      bool modality = f.modalities.empty();
      for (const auto& m : e.mentions) modality |= !f.modalities.empty() && m.modality == f.modalities[0];
      bool keep =
          (f.roots.empty() || std::find(f.roots.begin(), f.roots.end(), e.code.substr(0, 2)) != f.roots.end()) &&
          (f.quad_classes.empty() ||
           std::find(f.quad_classes.begin(), f.quad_classes.end(), e.quad_class) != f.quad_classes.end()) &&
          modality && (!f.goldstein_min || e.goldstein >= *f.goldstein_min - 1e-9) &&
          (!f.goldstein_max || e.goldstein <= *f.goldstein_max + 1e-9);
      want += keep;
    }
    EXPECT_EQ(got.size(), want);
    // The dyad counts the same events (none of the example's is historical).
    DyadQuery d;
    d.a = "ARM", d.b = "AZE", d.filters = f, d.include_historical = true;
    int counted = 0;
    auto rows = store_->Dyad(d);
    ASSERT_TRUE(rows.ok()) << rows.status().message();
    for (const auto& r : rows.value())
      if (r.direction == "both") counted += r.events;
    EXPECT_EQ(counted, static_cast<int>(want));
  }
  // Stories of the period: two on 2024-01-15 (one without events), one on 2023-12-09.
  DyadQuery d;
  d.a = "ARM", d.b = "AZE", d.by = Period::kMonth;
  auto months = store_->Dyad(d);
  ASSERT_TRUE(months.ok()) << months.status().message();
  ASSERT_FALSE(months.value().empty());
  for (const auto& r : months.value()) {
    if (r.period == "2024-01") {
      EXPECT_EQ(r.stories, 2);
    }
    if (r.period == "2023-12") {
      EXPECT_EQ(r.stories, 1);
    }
    if (r.stories) {
      EXPECT_NEAR(r.events_per_1000_stories, r.events * 1000.0 / r.stories, 1e-3);
    }
  }
  // A historical event: out of the events query only when asked.
  auto conn = Connect(Location());
  conn->Exec("UPDATE events SET historical = 1 WHERE date = '2024-01-15'");
  EventQuery h = all;
  h.include_historical = false;
  auto recent_r = store_->Events(h);
  ASSERT_TRUE(recent_r.ok());
  const auto& recent = recent_r.value();
  EXPECT_LT(recent.size(), every.size());
  for (const auto& e : recent) EXPECT_FALSE(e.historical);
  bool flagged = false;
  auto again = store_->Events(all);
  ASSERT_TRUE(again.ok());
  for (const auto& e : again.value()) flagged |= e.historical;
  EXPECT_TRUE(flagged);
}

TEST(DyadSummary, PeriodDays) {
  EXPECT_EQ(store::PeriodFirstDay("2024-02", Period::kMonth), "2024-02-01");
  EXPECT_EQ(store::PeriodLastDay("2024-02", Period::kMonth), "2024-02-29");
  EXPECT_EQ(store::PeriodLastDay("2023-12", Period::kMonth), "2023-12-31");
  EXPECT_EQ(store::PeriodLastDay("2023-12-25", Period::kWeek), "2023-12-31");
  EXPECT_EQ(store::PeriodLastDay("2023-12-09", Period::kDay), "2023-12-09");
}

TEST(DyadSummary, Periods) {
  EXPECT_EQ(store::PeriodOf("2023-12-09", Period::kDay), "2023-12-09");
  EXPECT_EQ(store::PeriodOf("2023-12-09", Period::kWeek), "2023-12-04");  // a Saturday
  EXPECT_EQ(store::PeriodOf("2023-12-04", Period::kWeek), "2023-12-04");
  EXPECT_EQ(store::PeriodOf("2024-01-01", Period::kWeek), "2024-01-01");
  EXPECT_EQ(store::PeriodOf("2021-01-03", Period::kWeek), "2020-12-28");
  EXPECT_EQ(store::PeriodOf("2023-12-09", Period::kMonth), "2023-12");
  EXPECT_EQ(store::PeriodOf("", Period::kMonth), "");
  EXPECT_EQ(store::PrefixEnd("ARM"), "ARN");
}

TEST(DyadSummary, TopCodesAndDirections) {
  DyadQuery q;
  q.a = "ARM", q.b = "AZE";
  std::vector<store::DyadGroup> ev = {{"2023-12-09", true, "010", 2, {2, 0, 0, 0}, 0},
                                      {"2023-12-09", false, "190", 1, {0, 0, 0, 1}, -100},
                                      {"2023-12-09", false, "0841", 1, {0, 1, 0, 0}, 70}};
  auto rows = store::SummarizeDyad(q, ev);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].events, 2);
  EXPECT_EQ(rows[1].events, 2);
  EXPECT_EQ(rows[1].quad[3], 1);
  EXPECT_DOUBLE_EQ(rows[1].goldstein_sum, -3);
  ASSERT_FALSE(rows[2].top_codes.empty());
  EXPECT_EQ(rows[2].top_codes[0], std::make_pair(std::string("010"), 2));
}

TEST(StoreHelpers, UrlHostAndHash) {
  EXPECT_EQ(store::UrlHost("https://WWW.Example.org:443/a?b"), "example.org");
  EXPECT_EQ(store::UrlHost("no url"), "");
  EXPECT_EQ(store::TextHash("").size(), 16u);
  EXPECT_NE(store::TextHash("a"), store::TextHash("b"));
}

TEST(QuerySyntax, ActorPrefixesAreUpperCasedAndCameoPrefixesAreDigits) {
  std::string code = "armgov";
  EXPECT_TRUE(NormaliseActorPrefix(&code));
  EXPECT_EQ(code, "ARMGOV");
  for (std::string bad : {"", "USA, JPN", "US$", "ABCDEFGHIJKLMNOP"}) EXPECT_FALSE(NormaliseActorPrefix(&bad)) << bad;
  EXPECT_TRUE(IsCameoCodePrefix("0841"));
  EXPECT_FALSE(IsCameoCodePrefix(""));
  EXPECT_FALSE(IsCameoCodePrefix("abc"));
  EXPECT_FALSE(IsCameoCodePrefix("08411"));
}

}  // namespace
}  // namespace parley
