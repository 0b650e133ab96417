# frozen_string_literal: true

class SearchController < ApplicationController
  layout "application"

  def index
    query = params[:q].to_s
    results = Article.where("title LIKE ?", "%#{query}%").limit(20)
    render html: "<h2>#{results.size} results for #{query}</h2>".html_safe # LABEL: CWE-79
  end
end
