# frozen_string_literal: true

class SafeSearchController < ApplicationController
  include ERB::Util

  def index
    query = params[:q].to_s
    count = Article.where("title LIKE ?", "%#{Article.sanitize_sql_like(query)}%").count
    render html: "<h2>#{count} results for #{html_escape(query)}</h2>".html_safe
  end
end
