class ArticlesController < ApplicationController
  def index
    @articles = Article.where(archived: false).by_author(params[:author])
  end

  def recent
    @articles = Article.all.sorted_by(params[:sort])
  end
end
