// Writers of ranking.csv and fields.csv, whole or a table at a time.
#pragma once

#include <string>
#include <vector>

#include "chiso/framework.h"
#include "chiso/league.h"

namespace chiso {

/// How CSV outputs are written for the spreadsheet that will open them.
struct CsvStyle {
  bool bom = false;            // start with a UTF-8 byte-order mark (Excel)
  bool decimal_comma = false;  // "92,18" with ';' as the separator (Vietnamese locales)
};

/// `value` with `decimals` places, a decimal point (or comma), never "-0.00".
std::string fixed(double value, int decimals, bool decimal_comma = false);
/// fixed(), appended to `out`.
void append_fixed(std::string& out, double value, int decimals, bool decimal_comma = false);

/// ranking.csv: one row per unit of every table, in table order; the header is
/// year,group,rank,unit,points,max,index,band,previous_rank,rank_change,index_change,previous_band
/// then band_<set> for each further band set. `rank` is empty for a unit not ranked.
std::string ranking_csv(const std::vector<LeagueTable>& tables, const CsvStyle& style);

/// fields.csv: one row per unit and top-level field: year,group,unit,field,name,points,max,index.
std::string fields_csv(const std::vector<LeagueTable>& tables, const Framework& framework,
                       const CsvStyle& style);

/// The header rows alone, for a file written a table at a time: ranking.csv's names the band
/// sets of `first`, its first table.
std::string ranking_csv_header(const LeagueTable& first, const CsvStyle& style);
std::string fields_csv_header(const CsvStyle& style);

/// The rows `table` adds to ranking.csv or fields.csv made by the functions above, appended to
/// `csv`: so that a national run can write each year's rows and drop its table.
void append_ranking_rows(std::string& csv, const LeagueTable& table, const CsvStyle& style);
void append_fields_rows(std::string& csv, const LeagueTable& table, const Framework& framework,
                        const CsvStyle& style);

}  // namespace chiso
