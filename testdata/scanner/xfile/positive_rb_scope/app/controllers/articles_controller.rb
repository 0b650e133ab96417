class ArticlesController < ApplicationController
  def index
    author = params[:author] # vigil:source
    @articles = Article.by_author(author)
  end
end
