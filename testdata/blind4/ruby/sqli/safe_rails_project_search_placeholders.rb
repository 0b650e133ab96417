class ProjectSearch
  attr_reader :filters

  def initialize(scope, filters)
    @scope = scope
    @filters = filters
  end

  def results
    scope = @scope
    scope = scope.where(owner_id: filters[:owner_id]) if filters[:owner_id].present?
    scope = scope.where("? = ANY(tags)", filters[:tag]) if filters[:tag].present?
    scope = scope.where("name ILIKE ?", "%#{ActiveRecord::Base.sanitize_sql_like(filters[:q])}%") if filters[:q].present?
    scope = scope.where(archived_at: nil) unless filters[:archived] == "1"
    scope.order(:name)
  end
end

class ProjectsController < ApplicationController
  def index
    @projects = ProjectSearch.new(current_account.projects, params.permit(:owner_id, :tag, :q, :archived)).results
  end
end
