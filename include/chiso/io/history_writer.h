// Writers of chiso history: a Markdown report and a CSV table.
#pragma once

#include <string>

#include "chiso/compare.h"
#include "chiso/io/report_writer.h"

namespace chiso {

/// The Markdown history: per group, a unit × year table of rank and index, each unit's best and
/// worst year and its change from its first to its last year.
std::string history_markdown(const History& history, Language language, int decimals);

/// The history as CSV in the long layout, one row per unit and year it was ranked, in the
/// history's order; the header is year,rank,index,band,group,unit.
std::string history_csv(const History& history, int decimals);

}  // namespace chiso
