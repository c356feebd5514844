// The coder wires the pipeline stages; it is the only file that knows their order:
// tokens -> sentences -> actors -> patterns -> events -> merge.
#include "parley/coder.h"

#include <algorithm>
#include <chrono>
#include <map>
#include <mutex>
#include <optional>

#include "discourse/actor_country.h"
#include "discourse/story_datelines.h"
#include "discourse/story_era.h"
#include "discourse/story_referents.h"
#include "events/assembler.h"
#include "events/event_finish.h"
#include "events/sentence_tree.h"
#include "events/story_countries.h"
#include "events/story_merger.h"
#include "lexicon/lexicon_data.h"
#include "lexicon/line_reader.h"
#include "match/actor_matcher.h"
#include "match/discards.h"
#include "match/pattern_matcher.h"
#include "syntax/parser.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"
#include "text/utf8.h"

namespace parley {

const char* ModalityName(Modality m) {
  switch (m) {
    case Modality::kAsserted:
      return "asserted";
    case Modality::kIntended:
      return "intended";
    case Modality::kHypothetical:
      return "hypothetical";
    case Modality::kNegated:
      return "negated";
  }
  return "asserted";
}

CodeStats& CodeStats::operator+=(const CodeStats& o) {
  stories += o.stories;
  sentences += o.sentences;
  events += o.events;
  invalid_utf8 += o.invalid_utf8;
  long_sentences += o.long_sentences;
  skipped_stories += o.skipped_stories;
  timed_out_stories += o.timed_out_stories;
  return *this;
}

namespace {

// Parser models by path, loaded once per process and shared by every coder.
Result<std::shared_ptr<const syntax::Model>> SharedModel(const std::string& path) {
  static std::mutex mu;
  static std::map<std::string, Result<std::shared_ptr<const syntax::Model>>> models;
  std::lock_guard<std::mutex> lock(mu);
  auto it = models.find(path);
  if (it == models.end()) it = models.emplace(path, syntax::Model::Load(path)).first;
  return it->second;
}

std::string ModelPath(const CodeOptions& options) {
  return options.syntax_model.empty() ? syntax::DefaultModelPath() : options.syntax_model;
}

}  // namespace

Status PrepareSyntax(const CodeOptions& options) {
  if (!options.use_syntax) return Status::Ok();
  auto model = SharedModel(ModelPath(options));
  return model.ok() ? Status::Ok() : model.status();
}

class CoderImpl {
 public:
  CoderImpl(std::shared_ptr<const Lexicon> lexicon, CodeOptions options)
      : lexicon_(std::move(lexicon)), lex_(lexicon_->data()), options_(std::move(options)) {
    if (options_.use_syntax) {
      auto model = SharedModel(ModelPath(options_));
      if (model.ok()) parser_.emplace(model.value());
    }
  }

  std::vector<Event> Code(const Story& story, CodeStats* stats) {
    std::vector<Event> events;
    ++stats->stories;
    using Clock = std::chrono::steady_clock;
    const bool timed = options_.story_deadline.count() > 0;
    const Clock::time_point deadline = timed ? Clock::now() + options_.story_deadline : Clock::time_point{};
    std::size_t body_end = std::min(story.body_end ? story.body_end : story.text.size(), story.text.size());
    std::size_t body_begin = std::min(story.body_begin, body_end);
    if (body_end - body_begin > options_.max_story_bytes) {
      ++stats->skipped_stories;
      return events;
    }
    const std::string& date_text = story.date.empty() ? options_.default_date : story.date;
    int date = date_text.empty() ? 0 : lexicon::ParseDate(date_text);
    if (date < 0) date = 0;

    tt_.Clear();
    text::Tokenize(story.text, body_begin, body_end, &tt_, &stats->invalid_utf8);
    lex_.vocab.FindTokens(&tt_);
    // Roles of people and parties are chosen by date; an undated story takes the era its
    // dated names agree on (the story and its events stay undated).
    actor_date_ = date;
    if (date == 0 && !(options_.context_rules_off & kRuleTime)) actor_date_ = discourse::EstimateStoryEra(lex_, tt_);
    sentences_.clear();
    text::SplitSentences(tt_, options_.max_sentence_tokens, &sentences_);
    countries_.Clear();
    std::string dateline_country =
        discourse::TrimDatelines(lex_, story.text, tt_, actor_date_, options_, &sentences_, &actors_);
    if (dateline_country.empty() && !story.dateline.empty())
      dateline_country =
          discourse::FieldDatelineCountry(lex_, story.dateline, actor_date_, options_, &dateline_tt_, &actors_);
    countries_.SetDateline(std::move(dateline_country));
    if (!story.title.empty()) {
      discourse::FindFieldActors(lex_, story.title, actor_date_, options_, &dateline_tt_, &actors_);
      countries_.Note(actors_, /*lead=*/true);
    }

    discards_.Find(lex_, tt_);
    if (discards_.StoryDiscarded()) return events;
    events::StoryContext ctx;
    referents_.Clear();
    for (std::size_t si = 0; si < sentences_.size(); ++si) {
      // The caller's time limit (the server's per-request deadline), between sentences.
      if (timed && Clock::now() > deadline) {
        ++stats->timed_out_stories;
        return {};
      }
      const text::SentenceSpan& s = sentences_[si];
      const match::SentenceView view{.lex = lex_,
                                     .options = options_,
                                     .tt = tt_,
                                     .span = s,
                                     .story_text = story.text,
                                     .story_date = date,
                                     .actor_date = actor_date_};
      ++stats->sentences;
      if (discards_.SentenceDiscarded(s.tok_begin, s.tok_end)) continue;
      if (s.cut) ++stats->long_sentences;
      match::FindActors(view, &actors_);
      if (!(options_.context_rules_off & kRuleCoreference)) referents_.Resolve(view, &actors_);
      countries_.Note(actors_, /*lead=*/si == 0);
      // A sentence without actors can only refer back to the story's last talks.
      if (actors_.mentions.empty() && ctx.last_talks.empty()) continue;
      match::MatchPatterns(view, actors_, &pattern_scratch_, &matches_);
      if (options_.explain) Explain(story, si, s);
      sentence_events_.clear();
      events::SentenceInput in{&actors_, &matches_};
      times_.clear();
      if (!matches_.empty()) {
        events::FindTimeExpressions(view, &times_);
        in.times = &times_;
      }
      if (parser_ && !matches_.empty()) {
        Parse(story.text, s);
        in.tree = &tree_;
      }
      events::AssembleEvents(view, in, &ctx, &sentence_events_);
      events::FinishEvents(view, story.id, date_text, static_cast<int>(si), &sentence_events_, &events);
    }
    // Actors still without a country take the story's; events that still have one
    // without are dropped unless asked for (both are the countries rule).
    if (!(options_.context_rules_off & kRuleCountries)) {
      countries_.Resolve(&events);
      if (!options_.keep_unresolved)
        std::erase_if(events, [](const Event& e) {
          return discourse::Unresolved(e.source.code) || discourse::Unresolved(e.target.code);
        });
    }
    if (options_.merge_mentions) events::MergeMentions(&events);
    stats->events += events.size();
    return events;
  }

 private:
  // `--explain`: the sentence's actors and matched patterns, with the pattern's file and line.
  void Explain(const Story& story, std::size_t si, const text::SentenceSpan& s) const {
    SentenceTrace t;
    t.story_id = story.id;
    t.sentence = si;
    t.byte_begin = tt_.tokens[s.tok_begin].byte_begin;
    t.byte_end = tt_.tokens[s.tok_end - 1].byte_end;
    auto words = [&](uint32_t b, uint32_t e) {
      return text::ToValidUtf8(
          std::string_view(story.text)
              .substr(tt_.tokens[b].byte_begin, tt_.tokens[e - 1].byte_end - tt_.tokens[b].byte_begin));
    };
    for (const match::Mention& m : actors_.mentions)
      if (m.tok_end > m.tok_begin) t.actors.push_back(m.code + "=" + words(m.tok_begin, m.tok_end));
    for (const match::PatternMatch& m : matches_) {
      const lexicon::Pattern& p = lex_.patterns[m.pattern];
      std::string where = p.file < lex_.files.size() ? lex_.files[p.file] + ":" + std::to_string(p.line) : "";
      t.patterns.push_back(p.code + "@" + words(m.anchor, m.anchor + 1) + (where.empty() ? "" : " " + where));
    }
    options_.explain(t);
  }

  // Parses the sentence's tokens into tree_.
  void Parse(std::string_view text, const text::SentenceSpan& s) {
    forms_.clear();
    for (std::size_t i = s.tok_begin; i < s.tok_end; ++i) {
      const text::Token& t = tt_.tokens[i];
      forms_.push_back(text.substr(t.byte_begin, t.byte_end - t.byte_begin));
    }
    // Dictionary names are proper nouns whatever the tagger thinks ("Thatcher praised").
    names_.assign(forms_.size(), false);
    for (const match::Mention& m : actors_.mentions) {
      if (m.agent_only || m.ref_tok_begin >= 0) continue;
      for (uint32_t t = m.tok_begin; t < m.tok_end; ++t)
        if (t >= s.tok_begin && t < s.tok_end && tt_.tokens[t].Has(text::kCapitalized)) names_[t - s.tok_begin] = true;
    }
    // "amid", "despite": adpositions the parser's web-text training rarely saw.
    adpositions_.assign(forms_.size(), false);
    for (std::size_t i = s.tok_begin; i < s.tok_end; ++i)
      adpositions_[i - s.tok_begin] = lex_.Is(tt_.tokens[i].word, kAdposition);
    parser_->Parse(forms_, &words_, &names_, &adpositions_);
    tree_.Assign(static_cast<uint32_t>(s.tok_begin), words_);
  }

  std::shared_ptr<const Lexicon> lexicon_;
  const LexiconData& lex_;
  CodeOptions options_;
  // Scratch buffers reused across stories.
  text::TokenizedText tt_;
  text::TokenizedText dateline_tt_;  // a feed's dateline field, tokenized apart from the text
  std::vector<text::SentenceSpan> sentences_;
  match::SentenceActors actors_;
  std::vector<match::PatternMatch> matches_;
  match::PatternScratch pattern_scratch_;
  match::StoryDiscards discards_;  // the story's discard phrases
  std::vector<Event> sentence_events_;
  discourse::StoryReferents referents_;
  int actor_date_ = 0;       // the date that picks actors' roles: the story's, or its estimated era
  std::vector<bool> names_;  // words of the sentence inside a named actor (parser hint)
  std::vector<bool> adpositions_;  // words that are always adpositions (parser hint)
  std::vector<events::TimeExpr> times_;
  events::StoryCountries countries_;      // the dateline's and the most named country, for actors without one
  std::optional<syntax::Parser> parser_;  // none without syntax
  std::vector<std::string_view> forms_;
  std::vector<syntax::Word> words_;
  events::SentenceTree tree_;
};

Coder::Coder(std::shared_ptr<const Lexicon> lexicon, CodeOptions options)
    : impl_(std::make_unique<CoderImpl>(std::move(lexicon), std::move(options))) {}
Coder::~Coder() = default;
std::vector<Event> Coder::Code(const Story& story, CodeStats* stats) { return impl_->Code(story, stats); }

}  // namespace parley
