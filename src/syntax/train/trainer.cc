// Tagger and parser training: see trainer.h.
#include "syntax/train/trainer.h"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <map>
#include <random>

#include "syntax/evaluate.h"
#include "syntax/features.h"
#include "syntax/parser.h"
#include "syntax/train/averaged_perceptron.h"
#include "syntax/transition.h"

namespace parley::syntax {
namespace {

using Corpus = std::vector<ConlluSentence>;

// A deterministic Fisher-Yates shuffle (std::shuffle's algorithm is not specified).
std::vector<std::size_t> Shuffled(std::size_t n, std::mt19937* rng) {
  std::vector<std::size_t> order(n);
  for (std::size_t i = 0; i < n; ++i) order[i] = i;
  for (std::size_t i = n; i > 1; --i) std::swap(order[i - 1], order[(*rng)() % i]);
  return order;
}

std::vector<std::string_view> Forms(const ConlluSentence& s) { return {s.forms.begin(), s.forms.end()}; }

std::vector<std::pair<uint64_t, uint8_t>> BuildTagDict(const Corpus& train, const TrainOptions& o) {
  std::map<uint64_t, std::array<int, kNumUpos>> counts;
  std::vector<WordAtoms> atoms;
  for (const ConlluSentence& s : train) {
    ComputeAtoms(Forms(s), &atoms);
    for (std::size_t i = 0; i < atoms.size(); ++i) ++counts[atoms[i].form][static_cast<int>(s.upos[i])];
  }
  std::vector<std::pair<uint64_t, uint8_t>> dict;
  for (const auto& [hash, c] : counts) {
    int total = 0, best = 0;
    for (int t = 0; t < kNumUpos; ++t) {
      total += c[t];
      if (c[t] > c[best]) best = t;
    }
    if (total >= o.dict_min_count && c[best] >= o.dict_min_share * total) {
      dict.emplace_back(hash, static_cast<uint8_t>(best));
    }
  }
  return dict;  // std::map iterates in hash order: sorted
}

// Trains a tagger on the sentences of `train` whose index passes `use`.
void TrainTagger(const Corpus& train, const std::function<bool(std::size_t)>& use, const TrainOptions& o,
                 ModelData* m) {
  AveragedPerceptron ap(kNumUpos);
  std::mt19937 rng(o.seed);
  std::vector<WordAtoms> atoms;
  uint64_t feats[kMaxTaggerFeatures];
  for (int epoch = 0; epoch < o.tagger_epochs; ++epoch) {
    for (std::size_t si : Shuffled(train.size(), &rng)) {
      if (!use(si)) continue;
      const ConlluSentence& s = train[si];
      ComputeAtoms(Forms(s), &atoms);
      std::vector<int> tags(s.forms.size());
      std::vector<int8_t> dict(s.forms.size());
      for (std::size_t i = 0; i < tags.size(); ++i) dict[i] = static_cast<int8_t>(m->DictTag(atoms[i].form));
      for (std::size_t i = 0; i < tags.size(); ++i) {
        int guess = dict[i];
        if (guess < 0) {
          const int nf = TaggerFeatures(atoms, dict.data(), static_cast<int>(i), i > 0 ? tags[i - 1] : -1,
                                        i > 1 ? tags[i - 2] : -1, feats);
          float scores[kNumUpos] = {};
          ap.Score(feats, nf, scores);
          guess = static_cast<int>(std::max_element(scores, scores + kNumUpos) - scores);
          ap.Update(feats, nf, static_cast<int>(s.upos[i]), guess);
          ap.Tick();
        }
        tags[i] = guess;
      }
    }
  }
  ap.Freeze(o.prune, &m->tagger);
}

// The parser's training input: tags predicted by a tagger that did not see the sentence.
std::vector<std::vector<uint8_t>> PredictTrainTags(const Corpus& train, const ModelData& base, const TrainOptions& o,
                                                   const TrainLog& log) {
  std::vector<std::vector<uint8_t>> tags(train.size());
  const int folds = std::max(1, o.jackknife_folds);
  for (int f = 0; f < folds; ++f) {
    auto m = std::make_unique<ModelData>();
    m->tagdict = base.tagdict;
    if (o.jackknife_folds > 0) {
      TrainTagger(
          train, [&](std::size_t i) { return static_cast<int>(i % folds) != f; }, o, m.get());
    } else {
      m->tagger = base.tagger;
    }
    m->parser.Reserve(1, 3);
    m->parser.set_num_classes(3);
    Parser p(std::make_shared<Model>(std::move(m)));
    std::size_t ok = 0, total = 0;
    std::vector<Upos> out;
    for (std::size_t i = 0; i < train.size(); ++i) {
      if (o.jackknife_folds > 0 && static_cast<int>(i % folds) != f) continue;
      p.Tag(Forms(train[i]), &out);
      for (std::size_t k = 0; k < out.size(); ++k) {
        tags[i].push_back(static_cast<uint8_t>(out[k]));
        ok += out[k] == train[i].upos[k];
        ++total;
      }
    }
    if (log)
      log(fmt::format("jackknife fold {}/{}: UPOS on held-out train part {:.4f}", f + 1, folds,
                      total ? static_cast<double>(ok) / total : 0.0));
  }
  return tags;
}

struct ParserTrainer {
  const Corpus& train;
  const std::vector<std::vector<uint8_t>>& tags;
  const std::vector<std::vector<uint8_t>>& gold_labels;
  const TrainOptions& o;
  int num_labels;
  AveragedPerceptron ap;
  std::mt19937 rng;
  ParseState st;
  std::vector<WordAtoms> atoms;
  std::vector<int32_t> gold_heads;
  std::vector<int> costs;
  std::vector<float> scores;
  uint64_t feats[kMaxParserFeatures];

  void Sentence(std::size_t si, int epoch) {
    const ConlluSentence& s = train[si];
    const int n = static_cast<int>(s.forms.size());
    ComputeAtoms(Forms(s), &atoms);
    gold_heads.assign(s.heads.begin(), s.heads.end());
    for (int& h : gold_heads) h = h < 0 ? n : h;
    st.Init(n);
    const int num_classes = 1 + 2 * num_labels;
    while (!st.Terminal()) {
      const int nf = ParserFeatures(atoms, tags[si].data(), st, feats);
      scores.assign(num_classes, 0.0f);
      ap.Score(feats, nf, scores.data());
      OracleCosts(st, gold_heads, gold_labels[si], num_labels, &costs);
      int pred = -1, best = -1;
      int min_cost = *std::min_element(costs.begin(), costs.end());
      for (int c = 0; c < num_classes; ++c) {
        if (costs[c] >= (1 << 20)) continue;  // invalid
        if (pred < 0 || scores[c] > scores[pred]) pred = c;
        if (costs[c] == min_cost && (best < 0 || scores[c] > scores[best])) best = c;
      }
      ap.Update(feats, nf, best, costs[pred] > min_cost ? pred : best);
      ap.Tick();
      const bool follow =
          costs[pred] == min_cost || (epoch >= 1 && static_cast<float>(rng() % 10000) < o.explore * 10000);
      st.Apply(follow ? pred : best);
    }
  }
};

}  // namespace

std::unique_ptr<ModelData> TrainModel(const Corpus& train, const Corpus& dev, const TrainOptions& o,
                                      const TrainLog& log) {
  auto m = std::make_unique<ModelData>();
  m->tagdict = BuildTagDict(train, o);
  TrainTagger(
      train, [](std::size_t) { return true; }, o, m.get());
  if (log) {
    auto copy = std::make_unique<ModelData>(*m);
    copy->parser.Reserve(1, 3);
    Parser p(std::make_shared<Model>(std::move(copy)));
    std::size_t ok = 0, total = 0;
    std::vector<Upos> out;
    for (const ConlluSentence& s : dev) {
      p.Tag(Forms(s), &out);
      for (std::size_t k = 0; k < out.size(); ++k, ++total) ok += out[k] == s.upos[k];
    }
    log(fmt::format("tagger: {} features, tag dictionary {} words, dev UPOS {:.4f}", m->tagger.num_features(),
                    m->tagdict.size(), total ? static_cast<double>(ok) / total : 0.0));
  }
  if (o.parser_epochs <= 0) return m;  // tagger experiments
  auto tags = PredictTrainTags(train, *m, o, log);
  // Labels: every relation in train, in DeprelId order.
  std::map<uint8_t, std::string> seen;
  for (const ConlluSentence& s : train) {
    for (std::size_t i = 0; i < s.deprels.size(); ++i) seen.emplace(s.deprels[i], s.deprel_names[i]);
  }
  std::map<uint8_t, uint8_t> index;
  for (const auto& [id, name] : seen) {
    index[id] = static_cast<uint8_t>(m->labels.size());
    m->labels.push_back(id);
    m->label_names.push_back(name);
  }
  std::vector<std::vector<uint8_t>> gold_labels(train.size());
  for (std::size_t i = 0; i < train.size(); ++i) {
    for (uint8_t d : train[i].deprels) gold_labels[i].push_back(index[d]);
    gold_labels[i].push_back(0);  // ROOT
  }
  const int num_labels = static_cast<int>(m->labels.size());
  ParserTrainer t{
      train, tags, gold_labels, o,  num_labels, AveragedPerceptron(1 + 2 * num_labels), std::mt19937(o.seed + 1), {},
      {},    {},   {},          {}, {}};
  WeightTable best_table;
  double best_las = -1;
  int best_epoch = 0;
  for (int epoch = 0; epoch < o.parser_epochs; ++epoch) {
    auto t0 = std::chrono::steady_clock::now();
    for (std::size_t si : Shuffled(train.size(), &t.rng)) t.Sentence(si, epoch);
    t.ap.Freeze(o.prune, &m->parser);
    auto copy = std::make_unique<ModelData>(*m);
    Parser p(std::make_shared<Model>(std::move(copy)));
    EvalScores s = Evaluate(&p, dev);
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (log)
      log(fmt::format("parser epoch {}: dev UPOS {:.4f} UAS {:.4f} LAS {:.4f} ({} features, {:.1f} s)", epoch + 1,
                      s.Upos(), s.Uas(), s.Las(), m->parser.num_features(), secs));
    if (s.Las() > best_las) {
      best_las = s.Las();
      best_epoch = epoch + 1;
      best_table = m->parser;
    }
  }
  m->parser = best_table.Pruned(o.min_weight);
  m->tagger = m->tagger.Pruned(o.min_weight);
  m->info = fmt::format(
      "{} training sentences; seed {}; tagger epochs {}; parser epoch {} of {} (best dev LAS {:.4f}); "
      "jackknife folds {}; explore {}; prune {}; min weight {}",
      train.size(), o.seed, o.tagger_epochs, best_epoch, o.parser_epochs, best_las, o.jackknife_folds, o.explore,
      o.prune, o.min_weight);
  return m;
}

}  // namespace parley::syntax
