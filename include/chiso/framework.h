// The criteria tree (bộ tiêu chí): fields, criteria and sub-criteria with their maximum points.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "chiso/diagnostic.h"

namespace chiso {

/// How a node's children combine into the node's fraction of its maximum.
enum class Combine {
  kSum,       // points add up: the mean of the children weighted by their applicable maxima
  kWeighted,  // the mean of the children's fractions weighted by their `weight`
  kMean,      // the plain mean of the children's fractions
};

/// How a leaf's raw values become points.
enum class Normalise {
  kNone,    // the score is the points
  kMinMax,  // (value − low) ÷ (high − low) × max across the units of a year; low/high are the
            // goalposts when given, else the year's lowest and highest values
};

/// One row of a framework file, as written by the user.
struct CriterionRow {
  std::string id;
  std::string parent;  // empty for a top-level field
  std::string name;
  std::optional<double> max;         // required on leaves; on inner nodes optional
  std::string owner;                 // department responsible, may be empty
  std::vector<std::string> aliases;  // other headers that name it in a scores file
  std::optional<double> weight;      // weight among its siblings, for a weighted parent
  std::optional<Combine> combine;    // inner nodes: default kWeighted when the children have
                                     // weights, else kSum
  Normalise normalise = Normalise::kNone;
  int direction = 1;          // -1: lower values are better (normalised leaves)
  std::optional<double> low;  // fixed goalposts of a normalised leaf
  std::optional<double> high;
  Location where;         // the row's line; column of the id
  Location parent_where;  // column of the parent cell
  Location max_where;     // column of the max cell
  Location weight_where;  // column of the weight cell
};

/// A node of the validated tree.
struct Criterion {
  std::string id;
  std::string name;
  std::string owner;
  std::vector<std::string> aliases;  // other headers naming it in scores files (its name too)
  double max = 0;                    // leaves: as given; inner nodes: sum of the children
  int parent = -1;                   // node index, -1 for a field
  std::vector<int> children;         // node indices, in file order
  int field = -1;                    // index of the top-level field this node belongs to
  int leaf = -1;                     // position among the leaves, -1 for inner nodes
  int level = 1;                     // 1 for a field, its parent's level + 1 below it
  double weight = 1;                 // as given (not normalised); 1 when the siblings have none
  Combine combine = Combine::kSum;   // inner nodes
  Normalise normalise = Normalise::kNone;
  int direction = 1;
  std::optional<double> low;
  std::optional<double> high;
  Location where;  // the row that defined it

  bool is_leaf() const { return children.empty(); }
};

/// A validated criteria tree. Leaves and fields are kept in file order.
class Framework {
 public:
  /// Builds the tree, reporting every problem (duplicate id, unknown parent, cycle, leaf
  /// without a maximum, a summed inner maximum that is not the sum of its children, weights on
  /// some siblings only, empty framework) into `diagnostics`, and warning about weights that
  /// add up to nearly but not exactly 1 or 100. The result is only meaningful when no error
  /// was added.
  static Framework build(const std::vector<CriterionRow>& rows, Diagnostics& diagnostics);

  const std::vector<Criterion>& nodes() const { return nodes_; }
  const Criterion& node(int index) const { return nodes_[index]; }
  /// Node indices of the leaves, in file order; leaf position i is `leaves()[i]`.
  const std::vector<int>& leaves() const { return leaves_; }
  /// Node indices of the top-level fields, in file order.
  const std::vector<int>& fields() const { return fields_; }
  /// Field position (0-based, in file order) of each leaf position.
  const std::vector<int>& leaf_field() const { return leaf_field_; }
  /// Node index of the criterion with this id, if any.
  std::optional<int> find(std::string_view id) const;
  /// The total maximum: the sum of the fields' maxima.
  double max() const { return max_; }
  /// How the fields combine into the total: weighted when the fields carry weights.
  Combine root_combine() const { return root_combine_; }
  /// Node indices with every node after its children: the order to aggregate in.
  const std::vector<int>& bottom_up() const { return bottom_up_; }
  /// Whether any leaf is normalised across units.
  bool has_normalised_leaves() const;

 private:
  // The phases of build(), in order. NodeRows holds the row each node was built from.
  using NodeRows = std::vector<const CriterionRow*>;
  // The nodes, one per row; reports a duplicate id.
  NodeRows add_nodes(const std::vector<CriterionRow>& rows, Diagnostics& diagnostics);
  // Each node's parent and children; reports an unknown parent.
  void link_parents(const NodeRows& source, Diagnostics& diagnostics);
  // Reports each cycle of parents once.
  void report_cycles(const NodeRows& source, Diagnostics& diagnostics) const;
  // The fields and the leaves in file order; reports a leaf without a maximum.
  void find_fields_and_leaves(const NodeRows& source, Diagnostics& diagnostics);
  // The bottom-up order, and each node's field and level.
  void order_nodes();
  // How each inner node's children combine; reports bad weights, a normalised inner node and
  // equal goalposts.
  void choose_combines(const NodeRows& source, Diagnostics& diagnostics);
  // Each inner node's maximum and the total; reports a summed maximum that is not the sum.
  void add_up_maxima(const NodeRows& source, Diagnostics& diagnostics);

  std::vector<Criterion> nodes_;
  std::vector<int> leaves_;
  std::vector<int> fields_;
  std::vector<int> leaf_field_;
  // Transparent hashing: ids are looked up from string_views without building a string.
  struct IdHash {
    using is_transparent = void;
    size_t operator()(std::string_view id) const { return std::hash<std::string_view>{}(id); }
  };
  std::unordered_map<std::string, int, IdHash, std::equal_to<>> by_id_;
  std::vector<int> bottom_up_;
  Combine root_combine_ = Combine::kSum;
  double max_ = 0;
};

}  // namespace chiso
