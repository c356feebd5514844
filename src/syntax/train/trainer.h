#pragma once
// Trains the tagger and the parser from CoNLL-U sentences, deterministically: a fixed
// seed drives every shuffle and exploration choice, and training is single-threaded.
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "syntax/conllu.h"
#include "syntax/model_data.h"

namespace parley::syntax {

struct TrainOptions {
  int tagger_epochs = 8;         // Default: 8
  int parser_epochs = 15;        // Default: 15; the epoch with the best dev LAS is kept
  int jackknife_folds = 4;       // parser trains on tags predicted by taggers that did not
                                 // see the sentence; 0 = tag train with the final tagger
  uint32_t seed = 1;             // Default: 1
  float explore = 0.9f;          // probability of following a wrong prediction (from epoch 2)
  float prune = 0.05f;           // averaged weights below this are dropped
  int min_weight = 0;            // then quantised weights below this (of 32767) are dropped
                                 // from the chosen tables (WeightTable::Pruned)
  int dict_min_count = 20;       // tag dictionary: a form seen this often ...
  double dict_min_share = 0.97;  // ... with one tag this share of the time
};

// Progress lines ("tagger epoch 3: ...") go to `log` (may be empty).
using TrainLog = std::function<void(const std::string&)>;

// Trains both stages on `train`, choosing the parser epoch by LAS on `dev`.
std::unique_ptr<ModelData> TrainModel(const std::vector<ConlluSentence>& train, const std::vector<ConlluSentence>& dev,
                                      const TrainOptions& options, const TrainLog& log);

}  // namespace parley::syntax
