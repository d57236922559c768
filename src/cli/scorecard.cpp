// chiso scorecard: one province's national indices (PAR INDEX, SIPAS, PAPI, PCI or any index
// with a method file) across the years, from the national tables: a table index × year and the
// paragraph of the latest year as the provinces' articles write it, in Markdown and HTML (with a
// chart of each index's rank over the years), or CSV.
#include "chiso/scorecard.h"

#include <fmt/format.h>

#include <map>
#include <memory>
#include <set>

#include "chiso/io/output_set.h"
#include "chiso/io/scorecard_reader.h"
#include "chiso/io/scorecard_writer.h"
#include "chiso/io/tables_reader.h"
#include "chiso/io/text.h"
#include "chiso/message.h"
#include "chiso/suggest.h"
#include "cli/command.h"
#include "cli/options.h"

namespace chiso::cli {
namespace {

struct ScorecardArguments {
  std::string province;
  std::vector<std::string> tables;
  std::string renames;
  std::vector<std::string> index_methods;
  std::string lang = "vi";
  std::string format = "md";
  std::string out;
};

// The shipped indices, with those of --index-method added (or put in place of a shipped one of
// the same name).
std::vector<NationalIndex> known_indices(const ScorecardArguments& arguments) {
  std::vector<NationalIndex> indices = shipped_indices();
  for (const std::string& path : arguments.index_methods) {
    NationalIndex index = read_index_method(path);
    std::erase_if(indices, [&](const NationalIndex& each) { return each.name == index.name; });
    indices.push_back(std::move(index));
  }
  return indices;
}

std::string index_names(const std::vector<NationalIndex>& indices) {
  std::vector<std::string> names;
  for (const NationalIndex& index : indices) names.push_back(index.name);
  return fmt::format("{}", fmt::join(names, ", "));
}

// Every table's rows. An index without a method is an error once per file; an index and year
// given by two files is an error too.
std::vector<NationalRow> read_tables(const ScorecardArguments& arguments,
                                     const std::vector<NationalIndex>& indices,
                                     Diagnostics& diagnostics) {
  std::vector<NationalRow> all;
  // (index, year) -> the argument and file that gave it
  std::map<std::pair<std::string, int>, std::pair<size_t, std::string>> file_of;
  for (size_t file = 0; file < arguments.tables.size(); ++file) {
    const NationalSource source = parse_national_source(arguments.tables[file]);
    std::vector<NationalRow> rows = read_national_table(source, ReadOptions{}, diagnostics);
    std::set<std::string> unknown;
    std::set<std::pair<std::string, int>> seen;
    for (NationalRow& row : rows) {
      if (find_index(indices, row.index_name) == nullptr) {
        if (unknown.insert(row.index_name).second) {
          diagnostics.error(row.where, tr("unknown index '{}'; the indices known are {} (name "
                                          "another with --index-method FILE)",
                                          row.index_name, index_names(indices)));
        }
        continue;
      }
      const auto key = std::make_pair(row.index_name, row.year);
      if (seen.insert(key).second) {
        auto [other, inserted] = file_of.emplace(key, std::make_pair(file, source.path));
        if (!inserted) {
          diagnostics.error(row.where, tr("{} {} is also in '{}'; give each index and year once",
                                          row.index_name, row.year, other->second.second));
        }
      }
      if (file_of.at(key).first == file) all.push_back(std::move(row));
    }
  }
  return all;
}

int unknown_province(const std::vector<NationalRow>& rows, const std::string& wanted) {
  std::vector<std::string> keys;
  std::map<std::string, std::string> name_of;
  for (const NationalRow& row : rows) {
    keys.push_back(loose_key(row.unit));
    name_of.emplace(keys.back(), row.unit);
  }
  const std::string closest = closest_match(loose_key(wanted), keys);
  const std::string message = closest.empty()
                                  ? tr("province '{}' is in none of the tables", wanted)
                                  : tr("province '{}' is in none of the tables; did you mean '{}'?",
                                       wanted, name_of.at(closest));
  fmt::print(stderr, "chiso: {}: {}\n", tr("error"), message);
  return kExitInvalidInput;
}

// The scorecard in --format on standard output, or every form of it into --out.
void write(const ScorecardArguments& arguments, const Scorecard& card,
           const std::vector<NationalIndex>& indices) {
  const Language language = language_of(arguments.lang);
  if (arguments.out.empty()) {
    fmt::print("{}", arguments.format == "csv" ? scorecard_csv(card, indices)
                     : arguments.format == "html"
                         ? scorecard_texts(card, indices, language, false, true).html
                         : scorecard_markdown(card, indices, language));
    return;
  }
  OutputSet outputs = output_folder(arguments.out);
  ReportTexts texts = scorecard_texts(card, indices, language, true, true);
  outputs.add("scorecard.md", std::move(texts.markdown));
  outputs.add("scorecard.html", std::move(texts.html));
  outputs.add("scorecard.csv", scorecard_csv(card, indices));
  outputs.commit();
}

int run(const ScorecardArguments& arguments) {
  const std::vector<NationalIndex> indices = known_indices(arguments);
  Diagnostics diagnostics;
  std::vector<NationalRow> rows = read_tables(arguments, indices, diagnostics);
  std::vector<Rename> renames;
  if (!arguments.renames.empty())
    renames = read_renames(arguments.renames, ReadOptions{}, diagnostics);
  if (diagnostics.has_errors()) {
    print_diagnostics(diagnostics);
    return kExitInvalidInput;
  }
  const std::string province = match_province(rows, renames, arguments.province);
  if (province.empty()) {
    print_diagnostics(diagnostics);
    return unknown_province(rows, arguments.province);
  }
  const Scorecard card = make_scorecard(province, rows, indices, renames, diagnostics);
  print_diagnostics(diagnostics);
  if (diagnostics.has_errors()) return kExitInvalidInput;
  if (card.entries.empty()) {
    fmt::print(stderr, "chiso: {}: {}\n", tr("error"),
               tr("province '{}' is in none of the tables", arguments.province));
    return kExitInvalidInput;
  }
  write(arguments, card, indices);
  return kExitOk;
}

}  // namespace

Command add_scorecard(CLI::App& app) {
  auto arguments = std::make_shared<ScorecardArguments>();
  CLI::App* command = app.add_subcommand(
      "scorecard",
      wrap("One province's national indices across the years, from the national tables of PAR "
           "INDEX, SIPAS, PAPI and PCI (or any index with a method file): a table index × year "
           "of rank, out of how many, value and tier, and the paragraph of each index's latest "
           "year as the provinces' articles write it, with the change of rank and value from "
           "the previous year present. Prints Markdown, or HTML or CSV with --format; --out "
           "writes all three."));
  command
      ->add_option(
          "TABLE", arguments->tables,
          wrap("National tables, written [INDEX:][YEAR=]FILE: INDEX names the index of a table "
               "without an index_name column (PAR_INDEX, SIPAS, PAPI, PCI, or an index of "
               "--index-method), YEAR= the year of a table without a year column. A table has a "
               "unit column and a rank or value column (both where published), and may have "
               "year, of, tier (band, nhóm), group and index_name columns: a published table, "
               "chiso's ranking.csv, or one long table index_name,year,unit,value,rank of "
               "several indices and years; .csv, .xlsx or .ods. The published rank wins over "
               "the rank of the values (competition rule). Each index and year may come from one "
               "file only"))
      ->type_name("[INDEX:][YEAR=]FILE")
      ->required();
  command
      ->add_option("--province", arguments->province,
                   wrap("The province, as the tables name it (case, spaces and diacritics "
                        "need not match)"))
      ->type_name("NAME")
      ->required();
  command
      ->add_option(
          "--renames", arguments->renames,
          wrap(
              "Renamed and merged provinces: old,new[,year]. Several old names for one new name "
              "make a merger (the 2025 reorganisation, with year 2025): the merged province has no "
              "rank change against a year of the old map, and the text gives the old provinces' "
              "ranks out of 63 beside its rank out of 34; no rank change is given for any "
              "province across that year"))
      ->type_name("FILE");
  command
      ->add_option(
          "--index-method", arguments->index_methods,
          wrap("A method file for an index not shipped (or in place of a shipped one of the same "
               "name): key,value rows name, short_name, title_vi, title_en, unit (percent or "
               "points), maximum, maximum_from_YEAR, decimals, tiers (none, published or "
               "quartiles), tier_labels_vi, tier_labels_en, source, note. The shipped ones are in "
               "methods/national. Repeat for several"))
      ->type_name("FILE")
      ->allow_extra_args(false);
  command
      ->add_option("--format", arguments->format,
                   wrap("What standard output gets without --out: md, the Markdown scorecard; "
                        "html, the scorecard as a self-contained web page with a chart of each "
                        "index's rank over the years; csv, one row per index and year, with the "
                        "columns index_name, year, value, scale, rank, of, rank_change, "
                        "value_change, tier, unit (the province, last as names hold commas)"))
      ->check(CLI::IsMember({"md", "csv", "html"}))
      ->capture_default_str();
  add_lang_option(*command, arguments->lang, "the Markdown and HTML scorecard");
  command
      ->add_option("--out", arguments->out,
                   wrap("Folder to write scorecard.md, scorecard.html and scorecard.csv into "
                        "(created if missing; its chiso files are replaced all at once), whatever "
                        "--format says; without it the scorecard goes to standard output"))
      ->type_name("DIR")
      ->check(folder_given());
  return {command, [arguments] { return run(*arguments); }};
}

}  // namespace chiso::cli
