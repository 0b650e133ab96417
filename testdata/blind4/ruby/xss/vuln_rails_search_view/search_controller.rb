class SearchController < ApplicationController
  def index
    @query = params[:q].to_s
    @results = Article.published.where("title ILIKE ?", "%#{Article.sanitize_sql_like(@query)}%").limit(20)
  end
end
