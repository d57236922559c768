// The criteria tree (bộ tiêu chí): fields, criteria and sub-criteria with their maximum points.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "chiso/diagnostic.h"

namespace chiso {

/// One row of a framework file, as written by the user.
struct CriterionRow {
  std::string id;
  std::string parent;              // empty for a top-level field
  std::string name;
  std::optional<double> max;       // required on leaves; on inner nodes optional
  std::string owner;               // department responsible, may be empty
  Location where;                  // the row's line; column of the id
  Location parent_where;           // column of the parent cell
  Location max_where;              // column of the max cell
};

/// A node of the validated tree.
struct Criterion {
  std::string id;
  std::string name;
  std::string owner;
  double max = 0;                  // leaves: as given; inner nodes: sum of the children
  int parent = -1;                 // node index, -1 for a field
  std::vector<int> children;       // node indices, in file order
  int field = -1;                  // index of the top-level field this node belongs to
  int leaf = -1;                   // position among the leaves, -1 for inner nodes
  Location where;                  // the row that defined it

  bool is_leaf() const { return children.empty(); }
};

/// A validated criteria tree. Leaves and fields are kept in file order.
class Framework {
 public:
  /// Builds the tree, reporting every problem (duplicate id, unknown parent, cycle, leaf
  /// without a maximum, inner maximum that is not the sum of its children, empty framework)
  /// into `diagnostics`. The result is only meaningful when no error was added.
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
  /// The total maximum: sum of all leaf maxima.
  double max() const { return max_; }

 private:
  std::vector<Criterion> nodes_;
  std::vector<int> leaves_;
  std::vector<int> fields_;
  std::vector<int> leaf_field_;
  std::unordered_map<std::string, int> by_id_;
  double max_ = 0;
};

}  // namespace chiso
