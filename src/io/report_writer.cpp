#include "chiso/io/report_writer.h"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>

#include "chiso/io/analysis_writer.h"
#include "chiso/io/ranking_writer.h"
#include "io/csv_writer.h"
#include "io/markdown_text.h"
#include "io/report_phrases.h"

namespace chiso {
namespace {

using Out = std::back_insert_iterator<std::string>;

class Report {
 public:
  Report(const ReportPhrases& say, const Framework& framework, const ReportOptions& options)
      : say_(say), framework_(framework), options_(options) {}

  void year(const RankedYear& year) {
    const LeagueTable& table = year.table;
    const std::vector<GroupSummary>& summaries = year.summaries;
    decimals_ = table.options.decimals;
    headline_ = table.options.headline;
    const std::string title = options_.title.empty() ? say_.default_title : options_.title;
    fmt::format_to(
        out(), "# {}\n\n",
        fmt::format(fmt::runtime(say_.year_title), fmt::arg("title", markdown_text(title)),
                    fmt::arg("year", table.year)));
    const size_t ranked =
        static_cast<size_t>(std::count_if(table.units.begin(), table.units.end(),
                                          [](const RankedUnit& unit) { return unit.is_ranked(); }));
    fmt::format_to(out(),
                   fmt::runtime(table.groups.size() == 1 ? say_.ranked_one_group : say_.ranked),
                   fmt::arg("units", units(ranked)), fmt::arg("groups", table.groups.size()));
    if (!table.has_previous) {
      text_ += say_.not_compared;
    } else if (table.previous_given) {
      fmt::format_to(out(), fmt::runtime(say_.compared_file),
                     fmt::arg("file", markdown_code(options_.previous_source)));
    } else {
      fmt::format_to(out(), fmt::runtime(say_.compared_year),
                     fmt::arg("year", *table.previous_year));
    }
    text_ += "\n\n";
    const std::vector<std::vector<const RankedUnit*>> members = units_by_group(table);
    for (size_t g = 0; g < table.groups.size(); ++g) {
      group(table, summaries[g], members[g]);
      if (g < year.analysis.losses.size()) {
        text_ +=
            group_analysis_markdown(year.analysis, g, framework_, options_.language, decimals_);
      }
    }
    if (table.has_previous) continuity(table);
    method(table);
  }

  std::string take() { return std::move(text_); }

 private:
  Out out() { return std::back_inserter(text_); }
  std::string number(double value) const { return fixed(value, decimals_, say_.decimal_comma); }
  std::string percent_bp(int bp) const { return fixed(bp / 100.0, 2, say_.decimal_comma); }

  std::string group_name(const std::string& group) const {
    if (!group.empty()) return markdown_text(group);
    return options_.has_units_file ? say_.unlisted_units : say_.all_units;
  }

  void group(const LeagueTable& table, const GroupSummary& summary,
             const std::vector<const RankedUnit*>& members) {
    fmt::format_to(out(), "## {}\n\n", group_name(summary.group));
    const RankedUnit* best = nullptr;
    const RankedUnit* worst = nullptr;
    std::vector<std::string> left_out;
    for (const RankedUnit* member : members) {
      const RankedUnit& unit = *member;
      if (!unit.is_ranked()) {
        left_out.push_back(markdown_text(unit.unit));
        continue;
      }
      if (!best || unit.total.index() > best->total.index()) best = &unit;
      if (!worst || unit.total.index() < worst->total.index()) worst = &unit;
    }
    if (best != nullptr) {
      fmt::format_to(
          out(), fmt::runtime(say_.group_summary), fmt::arg("units", units(summary.units)),
          fmt::arg("what", for_headline(say_.figure_name, headline_)),
          fmt::arg("mean", figure(summary.mean)), fmt::arg("median", figure(summary.median)),
          fmt::arg("max", figure(summary.max)), fmt::arg("max_unit", markdown_text(best->unit)),
          fmt::arg("min", figure(summary.min)), fmt::arg("min_unit", markdown_text(worst->unit)));
      text_ += "\n\n";
    }
    if (!left_out.empty()) {
      fmt::format_to(out(), fmt::runtime(say_.not_ranked_sentence),
                     fmt::arg("units", fmt::join(left_out, ", ")));
      text_ += "\n\n";
    }
    bands(summary);
    ranking(table, members);
    if (table.has_previous) changes(table, summary);
  }

  void bands(const GroupSummary& summary) {
    if (summary.bands.size() == 1 && summary.bands[0].label.empty()) return;  // no bands configured
    const BandColumns& columns = say_.band_columns;
    fmt::format_to(out(), "### {}\n\n| {} | {} | {} |\n|---|---:|---:|\n", say_.bands_heading,
                   columns.band, columns.units, columns.share);
    std::vector<std::string> sentences;
    for (const BandCount& band : summary.bands) {
      const std::string label = band.label.empty() ? say_.no_band : markdown_text(band.label);
      fmt::format_to(out(), "| {} | {} | {}% |\n", label, band.units, percent_bp(band.share_bp));
      if (band.units == 0) continue;
      sentences.push_back(fmt::format(fmt::runtime(say_.band_sentence), fmt::arg("label", label),
                                      fmt::arg("units", units(band.units)),
                                      fmt::arg("share", percent_bp(band.share_bp))));
    }
    fmt::format_to(out(), "\n{}{}.\n\n", say_.band_lead, fmt::join(sentences, "; "));
  }

  // The units renamed or merged (--renames) and those of the previous ranking no unit continues.
  void continuity(const LeagueTable& table) {
    bool heading = false;
    for (const RankedUnit& unit : table.units) {
      if (unit.renamed_from.empty() && unit.formed_from.empty()) continue;
      if (!heading) fmt::format_to(out(), "## {}\n\n", say_.renamed_heading);
      heading = true;
      text_ += "- ";
      if (unit.formed_from.empty()) {
        fmt::format_to(out(), fmt::runtime(say_.renamed_line),
                       fmt::arg("unit", markdown_text(unit.unit)),
                       fmt::arg("old", markdown_text(unit.renamed_from)));
      } else {
        std::vector<std::string> sources;
        for (const std::string& source : unit.formed_from) sources.push_back(markdown_text(source));
        fmt::format_to(out(), fmt::runtime(say_.merged_line),
                       fmt::arg("unit", markdown_text(unit.unit)),
                       fmt::arg("old", fmt::join(sources, ", ")));
      }
      text_ += '\n';
    }
    if (heading) text_ += '\n';
    if (table.gone.empty()) return;
    fmt::format_to(out(), "## {}\n\n", say_.gone_heading);
    for (const PreviousStanding& gone : table.gone) {
      fmt::format_to(
          out(), "- {}\n",
          fmt::format(fmt::runtime(say_.gone_line), fmt::arg("unit", markdown_text(gone.unit)),
                      fmt::arg("rank", gone.rank), fmt::arg("previous", previous_name(table))));
    }
    text_ += '\n';
  }

  std::string change_words(const RankedUnit& unit) const {
    std::optional<int> change = unit.rank_change();
    if (!change && !unit.formed_from.empty()) return say_.is_merged;
    if (!change) return say_.is_new;
    if (*change > 0) return fmt::format(fmt::runtime(say_.up), fmt::arg("n", *change));
    if (*change < 0) return fmt::format(fmt::runtime(say_.down), fmt::arg("n", -*change));
    return say_.same;
  }

  void ranking(const LeagueTable& table, const std::vector<const RankedUnit*>& members) {
    fmt::format_to(out(), "### {}\n\n", say_.table_heading);
    const std::string previous = previous_name(table);
    // The columns of the headline: points and maximum, the index, or the score alone.
    const Headline headline = table.options.headline;
    const RankingColumns& named = say_.columns;
    std::vector<std::pair<std::string, const char*>> columns = {{named.rank, "---:"},
                                                                {named.unit, "---"}};
    if (headline != Headline::kScore)
      columns.insert(columns.end(), {{named.points, "---:"}, {named.maximum, "---:"}});
    if (headline == Headline::kIndex) columns.push_back({named.index, "---:"});
    if (headline == Headline::kScore) columns.push_back({named.score, "---:"});
    if (table.has_bands) columns.push_back({named.band, "---"});
    if (table.has_previous) {
      columns.push_back(
          {fmt::format(fmt::runtime(named.previous_rank), fmt::arg("previous", previous)), "---:"});
      columns.push_back({named.change, "---"});
      const char* change = for_headline(say_.figure_change, headline);
      columns.push_back(
          {fmt::format(fmt::runtime(change), fmt::arg("previous", previous)), "---:"});
    }
    for (const auto& column : columns) fmt::format_to(out(), "| {} ", column.first);
    text_ += "|\n";
    for (const auto& column : columns) fmt::format_to(out(), "|{}", column.second);
    text_ += "|\n";
    for (const RankedUnit* member : members) {
      const RankedUnit& unit = *member;
      fmt::format_to(out(), "| {} | {} |", unit.is_ranked() ? std::to_string(unit.rank) : "—",
                     markdown_text(unit.unit));
      if (headline != Headline::kScore) {
        fmt::format_to(out(), " {} | {} |", number(unit.total.points), number(unit.total.max));
      }
      if (headline != Headline::kPoints) fmt::format_to(out(), " {} |", number(unit.index));
      if (table.has_bands) fmt::format_to(out(), " {} |", markdown_text(unit.band));
      if (table.has_previous) {
        // Points change for a points headline; otherwise the index's (a score is the index).
        std::optional<double> change =
            headline == Headline::kPoints ? unit.figure_change() : unit.index_change();
        fmt::format_to(out(), " {} | {} | {} |",
                       unit.previous_rank ? std::to_string(*unit.previous_rank) : "",
                       unit.is_ranked() ? change_words(unit) : say_.not_ranked,
                       change ? signed_number(*change) : "");
      }
      text_ += '\n';
    }
    text_ += '\n';
  }

  // A headline figure with its unit: "87,83%", "48,81 điểm", "65.23".
  std::string figure(double value) const {
    return number(value) + for_headline(say_.figure_suffix, headline_);
  }

  // "22 units", "1 unit"; Vietnamese has no plural: "22 đơn vị".
  std::string units(size_t count) const {
    return fmt::format(fmt::runtime(count == 1 ? say_.units_one : say_.units_many),
                       fmt::arg("n", count));
  }

  std::string previous_name(const LeagueTable& table) const {
    if (!table.previous_year) return say_.previous_unknown;
    return fmt::format(fmt::runtime(say_.previous_year), fmt::arg("year", *table.previous_year));
  }

  std::string signed_number(double value) const {
    std::string text = number(value);
    return text[0] == '-' || text.find_first_not_of("0.,") == std::string::npos ? text : "+" + text;
  }

  void changes(const LeagueTable& table, const GroupSummary& summary) {
    fmt::format_to(out(), "### {}\n\n",
                   fmt::format(fmt::runtime(say_.changes_heading),
                               fmt::arg("previous", previous_name(table))));
    fmt::format_to(out(), fmt::runtime(say_.changes_counts),
                   fmt::arg("climbed", units(summary.climbed)), fmt::arg("fell", summary.fell),
                   fmt::arg("held", summary.held), fmt::arg("new_units", summary.new_units));
    text_ += "\n\n";
    if (summary.merged > 0) {
      fmt::format_to(out(), fmt::runtime(say_.changes_merged),
                     fmt::arg("merged", units(summary.merged)),
                     fmt::arg("previous", previous_name(table)));
      text_ += "\n\n";
    }
    moves(summary.climbers, say_.climbers, say_.move_up, say_.no_climbers);
    moves(summary.fallers, say_.fallers, say_.move_down, say_.no_fallers);
  }

  void moves(const std::vector<Move>& list, const char* heading, const char* line,
             const char* none) {
    if (list.empty()) {
      fmt::format_to(out(), "{}\n\n", none);
      return;
    }
    fmt::format_to(out(), "{}\n\n", heading);
    for (const Move& move : list) {
      const int places = std::abs(move.change);
      const std::string change = fmt::format(
          fmt::runtime(places == 1 ? say_.places_one : say_.places_many), fmt::arg("n", places));
      fmt::format_to(out(), "- {}\n",
                     fmt::format(fmt::runtime(line), fmt::arg("unit", markdown_text(move.unit)),
                                 fmt::arg("change", change), fmt::arg("from", move.previous_rank),
                                 fmt::arg("to", move.rank)));
    }
    text_ += '\n';
  }

  void method(const LeagueTable& table) {
    fmt::format_to(out(), "## {}\n\n", say_.method_heading);
    fmt::format_to(out(), "- {}\n",
                   fmt::format(fmt::runtime(say_.method_index),
                               fmt::arg("not_applicable", markdown_code("n/a"))));
    const std::string basis =
        table.options.basis == RankBasis::kRounded
            ? fmt::format(fmt::runtime(say_.basis_rounded), fmt::arg("decimals", decimals_))
            : say_.basis_exact;
    const char* ties = table.options.ties == TieRule::kCompetition ? say_.ties_competition
                       : table.options.ties == TieRule::kDense     ? say_.ties_dense
                                                                   : say_.ties_ordinal;
    fmt::format_to(out(), "- {}\n",
                   fmt::format(fmt::runtime(say_.method_rank), fmt::arg("basis", basis),
                               fmt::arg("ties", ties)));
    if (table.has_previous) fmt::format_to(out(), "- {}\n", say_.method_change);
    fmt::format_to(out(), "- {}\n- {}\n", say_.method_shares, say_.method_mean);
    text_ += '\n';
  }

  const ReportPhrases& say_;
  const Framework& framework_;
  const ReportOptions& options_;
  int decimals_ = 2;
  Headline headline_ = Headline::kIndex;
  std::string text_;
};

}  // namespace

std::string markdown_report(const std::vector<RankedYear>& years, const Framework& framework,
                            const ReportOptions& options) {
  Report report(report_phrases(options.language), framework, options);
  for (const RankedYear& year : years) report.year(year);
  std::string text = report.take();
  while (text.size() >= 2 && text[text.size() - 1] == '\n' && text[text.size() - 2] == '\n')
    text.pop_back();
  return text;
}

}  // namespace chiso
