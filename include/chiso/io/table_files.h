// ranking.csv and fields.csv written into an OutputSet a year at a time, so that neither is
// held whole: a national fields.csv is 82 MB.
#pragma once

#include <optional>
#include <string>

#include "chiso/framework.h"
#include "chiso/io/output_set.h"
#include "chiso/io/ranking_writer.h"
#include "chiso/league.h"

namespace chiso {

/// Writes the rows of each table added to ranking.csv and fields.csv (those wanted).
class TableFiles {
 public:
  TableFiles(OutputSet& outputs, bool ranking, bool fields, const Framework& framework,
             const CsvStyle& style)
      : outputs_(outputs),
        ranking_wanted_(ranking),
        fields_wanted_(fields),
        framework_(framework),
        style_(style) {}

  /// Appends `table`'s rows; the first table's come after each file's header.
  void add(const LeagueTable& table);

 private:
  OutputSet& outputs_;
  bool ranking_wanted_, fields_wanted_;
  const Framework& framework_;
  const CsvStyle& style_;
  std::optional<size_t> ranking_, fields_;
  std::string text_;
};

}  // namespace chiso
