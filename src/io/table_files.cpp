#include "chiso/io/table_files.h"

namespace chiso {

void TableFiles::add(const LeagueTable& table) {
  const auto write = [&](std::optional<size_t>& file, const char* name, auto header, auto rows) {
    text_.clear();
    if (!file) {
      file = outputs_.start(name);
      text_ = header();
    }
    rows(text_);
    outputs_.append(*file, text_);
  };
  if (ranking_wanted_) {
    write(
        ranking_, "ranking.csv", [&] { return ranking_csv_header(table, style_); },
        [&](std::string& out) { append_ranking_rows(out, table, style_); });
  }
  if (fields_wanted_) {
    write(
        fields_, "fields.csv", [&] { return fields_csv_header(style_); },
        [&](std::string& out) { append_fields_rows(out, table, framework_, style_); });
  }
}

}  // namespace chiso
