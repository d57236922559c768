// Reading what chiso scorecard needs: national tables of the indices (published tables, chiso's
// ranking.csv, one long table of several indices) and the method files of the indices.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "chiso/diagnostic.h"
#include "chiso/io/read_options.h"
#include "chiso/scorecard.h"

namespace chiso {

/// A national table on the command line: "[INDEX:][YEAR=]FILE".
struct NationalSource {
  std::string index_name;   // empty: the table has an index_name column
  std::optional<int> year;  // empty: the table has a year column
  std::string path;

  friend bool operator==(const NationalSource&, const NationalSource&) = default;
};

/// Parses "[INDEX:][YEAR=]FILE": INDEX is letters, digits, '_' and '-' before the first ':'
/// (PAR_INDEX, SIPAS, PAPI, PCI or any index with a method); YEAR= as for --scores.
NationalSource parse_national_source(const std::string& argument);

/// Reads a national table: a unit column and a rank or value column (or both), and where
/// present year, of, tier (band, nhóm), points and index_name columns. A value may end in '%'.
/// With an INDEX: prefix a table with an index_name column keeps that index's rows; with YEAR=
/// a table with a year column keeps that year's rows. Problems are added to `diagnostics`.
std::vector<NationalRow> read_national_table(const NationalSource& source,
                                             const ReadOptions& options, Diagnostics& diagnostics);

// The method files (src/io/scorecard_methods.cpp).

/// Reads an index's method file: `key,value` rows with the keys name, short_name, title_vi,
/// title_en, unit (percent or points), maximum, maximum_from_YEAR, decimals, tiers (none,
/// published or quartiles), tier_labels_vi, tier_labels_en ('|' between labels), source and
/// note. Throws InputError at the first problem.
NationalIndex read_index_method(const std::string& path);

/// The indices shipped in the folder `national` of the first method folder that has one
/// (method_directories()), sorted as PAR_INDEX, SIPAS, PAPI, PCI, then by name.
std::vector<NationalIndex> shipped_indices();

/// Gives every row's unit and every rename's names one spelling per unit_key (the first row's),
/// and returns the spelling of `wanted`: the unit with its unit_key, else with its loose_key
/// (diacritics not typed); empty when no unit matches.
std::string match_province(std::vector<NationalRow>& rows, std::vector<Rename>& renames,
                           const std::string& wanted);

}  // namespace chiso
