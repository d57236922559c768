// Readers of the small tables beside the scores: units and their groups, bands, exclusions,
// renames and an earlier ranking. Syntax errors throw InputError; every other problem is added
// to the Diagnostics given.
#pragma once

#include <string>
#include <vector>

#include "chiso/band.h"
#include "chiso/diagnostic.h"
#include "chiso/io/read_options.h"
#include "chiso/league.h"

namespace chiso {

/// Reads a units file (`unit,group`).
UnitGroups read_units(const std::string& path, const ReadOptions& options,
                      Diagnostics& diagnostics);

/// Reads a bands file (`[set,]group,label,min` or `quantile` instead of `min`).
BandScheme read_bands(const std::string& path, const ReadOptions& options,
                      Diagnostics& diagnostics);

/// Reads the units left out of the ranking (`unit[,year]`; no year = every year).
std::vector<Exclusion> read_exclusions(const std::string& path, const ReadOptions& options,
                                       Diagnostics& diagnostics);

/// Reads the renamed and merged units (`old,new[,year]`; several old names for one new name
/// make a merger; no year = every comparison).
std::vector<Rename> read_renames(const std::string& path, const ReadOptions& options,
                                 Diagnostics& diagnostics);

/// Reads an earlier ranking: chiso's ranking.csv or a published table with at least
/// `unit,rank` and optionally `year,group,index,band`.
std::vector<PreviousRow> read_previous(const std::string& path, const ReadOptions& options,
                                       Diagnostics& diagnostics);

}  // namespace chiso
