#pragma once
// The JSON shapes of stored events, dyad rows and coded events, shared by
// `parley events --format json`, `parley dyad --format json` and the HTTP API
// (docs/API.md).
#include <functional>
#include <nlohmann/json.hpp>
#include <string>

#include "parley/event.h"
#include "parley/store.h"

namespace parley::server {

using Json = nlohmann::ordered_json;

// A stored event with its mentions; each mention has `parts` (evidence_parts.h). With
// its latest correction: `corrected` (false, or true) and `correction` (null, or
// CorrectionJson).
Json StoredEventJson(const StoredEvent& e);
// {correction_id, event_id, created_at, author, reason, wrong, code, source, target}:
// the corrected values, null where the machine's stand.
Json CorrectionJson(const Correction& c);
// The CAMEO name of a code, "" when unknown.
using CodeNameFn = std::function<std::string(const std::string&)>;
// Sets `name` of an event record (StoredEventJson, or a brief with `code`) and of its
// correction's code (`correction.name`, null when the code is not corrected).
void AddCodeNames(Json* event, const CodeNameFn& name);
// One dyad row: period, direction, events, quad [4] (also quad1..quad4),
// goldstein_sum/mean, top_codes — the one shape of `parley dyad --format json` and
// GET /api/dyad.
Json DyadRowJson(const DyadRow& r);
// A freshly coded event (as `parley code` prints it) with `parts`.
Json CodedEventJson(const Event& e);
// Serialises with invalid UTF-8 replaced, never throwing.
std::string Dump(const Json& j, int indent = -1);

}  // namespace parley::server
