class SortChoice
  COLUMNS = %w[name created_at].freeze

  def initialize(column)
    @column = COLUMNS.include?(column) ? column : "name"
  end

  def apply(scope)
    scope.order(@column)
  end
end

class ArticlesController < ApplicationController
  def index
    @articles = SortChoice.new(params[:sort]).apply(Article.all)
  end
end
