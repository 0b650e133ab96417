# frozen_string_literal: true

class ArticlesController < ApplicationController
  def index
    term = params[:title]
    term = "" if term.nil?
    @articles = Article.published.titled_like(term).order(published_at: :desc).limit(20)
    render :index
  end
end
