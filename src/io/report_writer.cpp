#include "chiso/io/report_writer.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <string_view>

#include "chiso/io/ranking_writer.h"
#include "io/csv_writer.h"
#include "io/group_analysis.h"
#include "io/html_report.h"
#include "io/report_document.h"
#include "io/report_phrases.h"

namespace chiso {
namespace {

// A band of at most this many units is named unit by unit in the band sentence, as published
// reports do ("xếp loại Xuất sắc có 03 đơn vị là …"); a larger one is only counted.
constexpr int kNamedBand = 3;

class Report {
 public:
  Report(const ReportPhrases& say, const Framework& framework, const ReportOptions& options)
      : say_(say), framework_(framework), options_(options) {
    document_.language = options.language;
  }

  void year(const RankedYear& year) {
    const LeagueTable& table = year.table;
    const std::vector<GroupSummary>& summaries = year.summaries;
    decimals_ = table.options.decimals;
    headline_ = table.options.headline;
    const std::string title = options_.title.empty() ? say_.default_title : options_.title;
    document_.heading(
        1, fmt::format(fmt::runtime(say_.year_title), fmt::arg("title", name_text(title)),
                       fmt::arg("year", table.year)));
    const size_t ranked =
        static_cast<size_t>(std::count_if(table.units.begin(), table.units.end(),
                                          [](const RankedUnit& unit) { return unit.is_ranked(); }));
    std::string text =
        fmt::format(fmt::runtime(table.groups.size() == 1 ? say_.ranked_one_group : say_.ranked),
                    fmt::arg("units", units(ranked)), fmt::arg("groups", table.groups.size()));
    // The previous ranking is named by its year, never by its file.
    if (!table.has_previous) {
      text += say_.not_compared;
    } else if (!table.previous_year) {
      text += say_.compared_unknown;
    } else {
      text += fmt::format(fmt::runtime(say_.compared_year), fmt::arg("year", *table.previous_year));
    }
    document_.paragraph(std::move(text));
    const std::vector<std::vector<const RankedUnit*>> members = units_by_group(table);
    for (size_t g = 0; g < table.groups.size(); ++g) {
      group(table, summaries[g], members[g]);
      charts(year, g, summaries[g], members[g]);
      if (g < year.analysis.losses.size()) {
        add_group_analysis(document_, year.analysis, g, framework_, options_.language, decimals_);
      }
    }
    if (table.has_previous) continuity(table);
    method(table);
  }

  ReportDocument take() { return std::move(document_); }

 private:
  std::string number(double value) const { return fixed(value, decimals_, say_.decimal_comma); }
  std::string percent_bp(int bp) const { return fixed(bp / 100.0, 2, say_.decimal_comma); }

  std::string group_name(const std::string& group) const {
    if (!group.empty()) return name_text(group);
    return options_.has_units_file ? say_.unlisted_units : say_.all_units;
  }

  void group(const LeagueTable& table, const GroupSummary& summary,
             const std::vector<const RankedUnit*>& members) {
    document_.heading(2, group_name(summary.group));
    const RankedUnit* best = nullptr;
    const RankedUnit* worst = nullptr;
    std::vector<std::string> left_out;
    for (const RankedUnit* member : members) {
      const RankedUnit& unit = *member;
      if (!unit.is_ranked()) {
        left_out.push_back(name_text(unit.unit));
        continue;
      }
      if (!best || unit.total.index() > best->total.index()) best = &unit;
      if (!worst || unit.total.index() < worst->total.index()) worst = &unit;
    }
    if (best != nullptr) {
      document_.paragraph(fmt::format(
          fmt::runtime(say_.group_summary), fmt::arg("units", units(summary.units)),
          fmt::arg("what", for_headline(say_.figure_name, headline_)),
          fmt::arg("mean", figure(summary.mean)), fmt::arg("median", figure(summary.median)),
          fmt::arg("max", figure(summary.max)), fmt::arg("max_unit", name_text(best->unit)),
          fmt::arg("min", figure(summary.min)), fmt::arg("min_unit", name_text(worst->unit))));
    }
    if (!left_out.empty()) {
      document_.paragraph(fmt::format(fmt::runtime(say_.not_ranked_sentence),
                                      fmt::arg("units", fmt::join(left_out, ", "))));
    }
    bands(summary, members);
    ranking(table, members);
    if (table.has_previous) changes(table, summary);
  }

  static bool has_bands(const GroupSummary& summary) {
    return !(summary.bands.size() == 1 && summary.bands[0].label.empty());
  }

  void bands(const GroupSummary& summary, const std::vector<const RankedUnit*>& members) {
    if (!has_bands(summary)) return;  // no bands configured
    const BandColumns& columns = say_.band_columns;
    document_.heading(3, say_.bands_heading);
    Table table{{{columns.band}, {columns.units, Align::kRight}, {columns.share, Align::kRight}}};
    for (const BandCount& band : summary.bands) {
      const std::string label = band.label.empty() ? say_.no_band : name_text(band.label);
      table.rows.push_back({label, std::to_string(band.units), percent_bp(band.share_bp) + "%"});
    }
    document_.table(std::move(table));
    document_.paragraph(band_sentence(summary, members));
  }

  // "Xếp loại Xuất sắc có 03 đơn vị là A, B, C, chiếm 13,64%; xếp loại Tốt có 15 đơn vị, chiếm
  // 68,18%; không có đơn vị nào xếp loại Trung bình, Yếu.": the units of a band of at most
  // kNamedBand units are named, and the bands no unit is in are said so, together where they
  // follow one another.
  std::string band_sentence(const GroupSummary& summary,
                            const std::vector<const RankedUnit*>& members) const {
    std::vector<std::string> clauses;
    std::vector<std::string> empty;  // consecutive bands without a unit
    auto close_empty = [&] {
      if (empty.empty()) return;
      clauses.push_back(
          fmt::format(fmt::runtime(say_.band_none), fmt::arg("labels", fmt::join(empty, ", "))));
      empty.clear();
    };
    for (const BandCount& band : summary.bands) {
      const std::string label = name_text(band.label);
      if (band.units == 0) {
        if (!band.label.empty()) empty.push_back(label);
        continue;
      }
      close_empty();
      const std::string count =
          fmt::format(fmt::runtime(band.units == 1 ? say_.band_units_one : say_.band_units_many),
                      fmt::arg("n", band.units));
      const std::string share = percent_bp(band.share_bp);
      if (band.label.empty()) {
        clauses.push_back(fmt::format(fmt::runtime(say_.band_unrated), fmt::arg("units", count),
                                      fmt::arg("share", share)));
        continue;
      }
      if (band.units > kNamedBand) {
        clauses.push_back(fmt::format(fmt::runtime(say_.band_sentence), fmt::arg("label", label),
                                      fmt::arg("units", count), fmt::arg("share", share)));
        continue;
      }
      std::vector<std::string> names;
      for (const RankedUnit* unit : members) {
        if (unit->is_ranked() && unit->band == band.label) names.push_back(name_text(unit->unit));
      }
      clauses.push_back(fmt::format(
          fmt::runtime(say_.band_named), fmt::arg("label", label), fmt::arg("units", count),
          fmt::arg("names", fmt::join(names, ", ")), fmt::arg("share", share)));
    }
    close_empty();
    return sentence(clauses);
  }

  // What the group's charts show: its ranked units, its bands this year and last, and how it
  // achieved each field.
  void charts(const RankedYear& year, size_t g, const GroupSummary& summary,
              const std::vector<const RankedUnit*>& members) {
    const LeagueTable& table = year.table;
    GroupCharts charts;
    charts.group = group_name(summary.group);
    charts.year = table.year;
    charts.previous_year = table.previous_year;
    charts.has_previous = table.has_previous;
    charts.decimals = decimals_;
    for (const RankedUnit* unit : members) {
      if (!unit->is_ranked()) continue;
      charts.units.push_back({unit->unit, unit->rank, unit->index, unit->band, unit->previous_rank,
                              unit->previous_index});
    }
    if (has_bands(summary)) {
      std::map<std::string_view, int> previous;  // units of each band last year
      for (const RankedUnit* unit : members) {
        if (unit->previous_rank) ++previous[unit->previous_band];
      }
      for (const BandCount& band : summary.bands) {
        const auto found = previous.find(band.label);
        charts.bands.push_back(
            {band.label, band.units, found == previous.end() ? 0 : found->second});
      }
    }
    if (g < year.analysis.losses.size()) {
      for (const CriterionLoss& field : year.analysis.losses[g].fields) {
        const Criterion& node = framework_.node(field.node);
        charts.fields.push_back({node.id, node.name, field.achievement()});
      }
    }
    document_.add_charts(std::move(charts));
  }

  // The units renamed or merged (--renames) and those of the previous ranking no unit continues.
  void continuity(const LeagueTable& table) {
    std::vector<std::string> lines;
    for (const RankedUnit& unit : table.units) {
      if (unit.renamed_from.empty() && unit.formed_from.empty()) continue;
      if (unit.formed_from.empty()) {
        lines.push_back(fmt::format(fmt::runtime(say_.renamed_line),
                                    fmt::arg("unit", name_text(unit.unit)),
                                    fmt::arg("old", name_text(unit.renamed_from))));
      } else {
        std::vector<std::string> sources;
        for (const std::string& source : unit.formed_from) sources.push_back(name_text(source));
        lines.push_back(fmt::format(fmt::runtime(say_.merged_line),
                                    fmt::arg("unit", name_text(unit.unit)),
                                    fmt::arg("old", fmt::join(sources, ", "))));
      }
    }
    if (!lines.empty()) {
      document_.heading(2, say_.renamed_heading);
      document_.list(std::move(lines));
    }
    if (table.gone.empty()) return;
    document_.heading(2, say_.gone_heading);
    std::vector<std::string> gone_lines;
    for (const PreviousStanding& gone : table.gone) {
      gone_lines.push_back(fmt::format(
          fmt::runtime(say_.gone_line), fmt::arg("unit", name_text(gone.unit)),
          fmt::arg("rank", gone.rank), fmt::arg("previous", previous_name(table, say_))));
    }
    document_.list(std::move(gone_lines));
  }

  // The columns of the headline: points and maximum, the index, or the score alone.
  std::vector<TableColumn> ranking_columns(const LeagueTable& table) const {
    const std::string previous = previous_name(table, say_);
    const Headline headline = table.options.headline;
    const RankingColumns& named = say_.columns;
    std::vector<TableColumn> columns = {{named.number, Align::kRight},
                                        {named.rank, Align::kRight},
                                        {named.unit, Align::kLeft, true}};
    for (size_t f : options_.field_columns) {
      const Criterion& field = framework_.node(framework_.fields()[f]);
      columns.push_back({name_text(field.name.empty() ? field.id : field.name), Align::kRight});
    }
    if (headline != Headline::kScore)
      columns.insert(columns.end(),
                     {{named.points, Align::kRight}, {named.maximum, Align::kRight}});
    if (headline == Headline::kIndex) columns.push_back({named.index, Align::kRight});
    if (headline == Headline::kScore) columns.push_back({named.score, Align::kRight});
    if (table.has_bands) columns.push_back({named.band});
    if (table.has_previous) {
      columns.push_back(
          {fmt::format(fmt::runtime(named.previous_rank), fmt::arg("previous", previous)),
           Align::kRight});
      columns.push_back({named.change});
      const char* change = for_headline(say_.figure_change, headline);
      columns.push_back(
          {fmt::format(fmt::runtime(change), fmt::arg("previous", previous)), Align::kRight});
    }
    return columns;
  }

  void ranking(const LeagueTable& table, const std::vector<const RankedUnit*>& members) {
    document_.heading(3, say_.table_heading);
    const Headline headline = table.options.headline;
    Table rows{ranking_columns(table)};
    size_t row_number = 0;
    for (const RankedUnit* member : members) {
      const RankedUnit& unit = *member;
      std::vector<std::string> row = {std::to_string(++row_number),
                                      unit.is_ranked() ? std::to_string(unit.rank) : "—",
                                      name_text(unit.unit)};
      for (size_t f : options_.field_columns) {
        row.push_back(f < unit.fields.size() ? number(unit.fields[f].points) : "");
      }
      if (headline != Headline::kScore) {
        row.push_back(number(unit.total.points));
        row.push_back(number(unit.total.max));
      }
      if (headline != Headline::kPoints) row.push_back(number(unit.index));
      if (table.has_bands) row.push_back(name_text(unit.band));
      if (table.has_previous) {
        // Points change for a points headline; otherwise the index's (a score is the index).
        std::optional<double> change =
            headline == Headline::kPoints ? unit.figure_change() : unit.index_change();
        row.push_back(unit.previous_rank ? std::to_string(*unit.previous_rank) : "");
        row.push_back(unit.is_ranked() ? change_words(unit, say_) : say_.not_ranked);
        row.push_back(change ? signed_number(*change) : "");
      }
      rows.rows.push_back(std::move(row));
    }
    document_.table(std::move(rows));
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

  std::string signed_number(double value) const {
    std::string text = number(value);
    return text[0] == '-' || text.find_first_not_of("0.,") == std::string::npos ? text : "+" + text;
  }

  void changes(const LeagueTable& table, const GroupSummary& summary) {
    document_.heading(3, fmt::format(fmt::runtime(say_.changes_heading),
                                     fmt::arg("previous", previous_name(table, say_))));
    // "7 đơn vị tăng bậc, không có đơn vị nào giảm bậc, 5 đơn vị giữ nguyên thứ hạng.": no
    // count of zero; units that held their rank or are new only when there are some.
    std::vector<std::string> clauses;
    auto clause = [&](int count, const char* some, const char* none) {
      if (count > 0) {
        clauses.push_back(
            fmt::format(fmt::runtime(some), fmt::arg("units", units(static_cast<size_t>(count)))));
      } else if (none != nullptr) {
        clauses.push_back(none);
      }
    };
    clause(summary.climbed, say_.climbed_some, say_.climbed_none);
    clause(summary.fell, say_.fell_some, say_.fell_none);
    clause(summary.held, say_.held_some, nullptr);
    clause(summary.new_units, say_.new_some, nullptr);
    document_.paragraph(sentence(clauses));
    if (summary.merged > 0) {
      document_.paragraph(fmt::format(fmt::runtime(say_.changes_merged),
                                      fmt::arg("merged", units(summary.merged)),
                                      fmt::arg("previous", previous_name(table, say_))));
    }
    // A list of none was said by the counts.
    moves(summary.climbers, say_.climbers, say_.move_up);
    moves(summary.fallers, say_.fallers, say_.move_down);
  }

  // `clauses` as one sentence: joined by "; " when a clause holds a comma, else by ", ", the
  // first letter capitalised, ending with a full stop.
  static std::string sentence(const std::vector<std::string>& clauses) {
    const bool commas = std::any_of(clauses.begin(), clauses.end(), [](const std::string& text) {
      return text.find(',') != std::string::npos;
    });
    std::string text = fmt::format("{}.", fmt::join(clauses, commas ? "; " : ", "));
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z')
      text[0] = static_cast<char>(text[0] - 'a' + 'A');
    return text;
  }

  void moves(const std::vector<Move>& list, const char* heading, const char* line) {
    if (list.empty()) return;
    document_.paragraph(heading);
    std::vector<std::string> items;
    for (const Move& move : list) {
      const int places = std::abs(move.change);
      const std::string change = fmt::format(
          fmt::runtime(places == 1 ? say_.places_one : say_.places_many), fmt::arg("n", places));
      items.push_back(fmt::format(fmt::runtime(line), fmt::arg("unit", name_text(move.unit)),
                                  fmt::arg("change", change), fmt::arg("from", move.previous_rank),
                                  fmt::arg("to", move.rank)));
    }
    document_.list(std::move(items));
  }

  void method(const LeagueTable& table) {
    document_.heading(2, say_.method_heading);
    std::vector<std::string> items;
    items.push_back(
        fmt::format(fmt::runtime(say_.method_index), fmt::arg("not_applicable", code_text("n/a"))));
    const std::string basis =
        table.options.basis == RankBasis::kRounded
            ? fmt::format(fmt::runtime(say_.basis_rounded), fmt::arg("decimals", decimals_))
            : say_.basis_exact;
    const char* ties = table.options.ties == TieRule::kCompetition ? say_.ties_competition
                       : table.options.ties == TieRule::kDense     ? say_.ties_dense
                                                                   : say_.ties_ordinal;
    items.push_back(fmt::format(fmt::runtime(say_.method_rank), fmt::arg("basis", basis),
                                fmt::arg("ties", ties)));
    if (table.has_previous) items.push_back(say_.method_change);
    items.push_back(say_.method_shares);
    items.push_back(say_.method_mean);
    document_.list(std::move(items));
  }

  const ReportPhrases& say_;
  const Framework& framework_;
  const ReportOptions& options_;
  int decimals_ = 2;
  Headline headline_ = Headline::kIndex;
  ReportDocument document_;
};

ReportDocument report_document(const std::vector<RankedYear>& years, const Framework& framework,
                               const ReportOptions& options) {
  Report report(report_phrases(options.language), framework, options);
  for (const RankedYear& year : years) report.year(year);
  ReportDocument document = report.take();
  if (!years.empty()) {
    // The page's title: "Chỉ số cải cách hành chính năm 2022", or "… năm 2020–2022" for a
    // report of several years (--year all).
    const ReportPhrases& say = report_phrases(options.language);
    const int first = years.front().table.year;
    const int last = years.back().table.year;
    const std::string span =
        first == last ? std::to_string(first) : fmt::format("{}–{}", first, last);
    document.title = fmt::format(
        fmt::runtime(say.year_title),
        fmt::arg("title", name_text(options.title.empty() ? say.default_title : options.title)),
        fmt::arg("year", span));
  }
  return document;
}

}  // namespace

std::vector<size_t> default_field_columns(const Framework& framework) {
  std::vector<size_t> columns;
  if (framework.fields().size() > kMostFieldColumns) return columns;
  for (size_t f = 0; f < framework.fields().size(); ++f) columns.push_back(f);
  return columns;
}

std::string markdown_report(const std::vector<RankedYear>& years, const Framework& framework,
                            const ReportOptions& options) {
  return markdown_document(report_document(years, framework, options));
}

ReportTexts report_texts(const std::vector<RankedYear>& years, const Framework& framework,
                         const ReportOptions& options, bool markdown, bool html) {
  const ReportDocument document = report_document(years, framework, options);
  ReportTexts texts;
  if (markdown) texts.markdown = markdown_document(document);
  if (html) texts.html = html_document(document);
  return texts;
}

}  // namespace chiso
