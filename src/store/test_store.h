#pragma once
// A fresh event store for a store test, SQLite in a temporary folder, or the
// PostgreSQL server PARLEY_TEST_PG_URI names (tests/store/pg.sh), emptied first; and
// hand-made stories of one event each, so that tests know every sentence and title.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "parley/store.h"
#include "store/sql_connection.h"

namespace parley::testing {

// A search for q with every other field at its default.
inline SearchQuery Query(const std::string& q) {
  SearchQuery s;
  s.q = q;
  return s;
}

class StoreFixture : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("parley_store_fixture_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    location_ = (dir_ / "t.db").string();
    if (const char* uri = std::getenv("PARLEY_TEST_PG_URI")) {
      location_ = uri;
      store::OpenPostgres(location_, false)->Exec("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
    }
    auto s = EventStore::Open(location_);
    ASSERT_TRUE(s.ok()) << s.status().message();
    store_ = std::move(s).value();
  }
  void TearDown() override {
    store_.reset();
    std::filesystem::remove_all(dir_);
  }
  bool postgres() const { return location_.starts_with("postgres"); }
  std::unique_ptr<store::SqlConnection> Connect() const {
    return postgres() ? store::OpenPostgres(location_, false) : store::OpenSqlite(location_, false);
  }

  // Stores a story `id` whose text is `sentence` and whose one event (source, target,
  // code) is read from it; returns the story as stored.
  Story AddStory(const std::string& id, const std::string& date, const std::string& title,
                 const std::string& sentence, const std::string& source, const std::string& target,
                 const std::string& code, const std::string& modality = "asserted") {
    Story story;
    story.id = id, story.date = date, story.title = title, story.text = sentence;
    story.body_end = sentence.size();
    std::vector<Event> events;
    if (!code.empty()) {
      Event e;
      e.date = date, e.story_date = date;
      e.source.code = source, e.target.code = target;
      e.source.text = source, e.target.text = target;
      e.code = code, e.root = code.substr(0, 2), e.quad_class = code < "06" ? 1 : 4;
      e.goldstein = code < "06" ? 3 : -9;
      e.plover = "TEST";
      e.modality = modality == "negated" ? Modality::kNegated : Modality::kAsserted;
      e.evidence_text = sentence, e.evidence_end = sentence.size();
      events.push_back(e);
    }
    IngestStats stats;
    auto r = store_->AddStory(story, events, &stats);
    EXPECT_TRUE(r.ok() && r.value()) << (r.ok() ? "skipped" : r.status().message());
    return story;
  }

  std::filesystem::path dir_;
  std::string location_;
  std::unique_ptr<EventStore> store_;
};

}  // namespace parley::testing
