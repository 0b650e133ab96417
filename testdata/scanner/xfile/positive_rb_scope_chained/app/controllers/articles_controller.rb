class ArticlesController < ApplicationController
  def index
    author = params[:author] # vigil:source
    @articles = Article.where(archived: false).by_author(author)
  end

  def recent
    column = params[:sort] # vigil:source
    @articles = Article.published.sorted_by(column)
  end
end
