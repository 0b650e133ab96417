class ProjectSearch
  attr_reader :filters

  def initialize(scope, filters)
    @scope = scope
    @filters = filters
  end

  def conditions
    parts = []
    parts << "owner_id = #{filters[:owner_id].to_i}" if filters[:owner_id].present?
    parts << "'#{filters[:tag]}' = ANY(tags)" if filters[:tag].present?
    parts << "archived_at IS NULL" unless filters[:archived] == "1"
    parts
  end

  def results
    return @scope.order(:name) if conditions.empty?

    @scope.where(conditions.join(" AND ")).order(:name) # LABEL: CWE-89
  end
end
