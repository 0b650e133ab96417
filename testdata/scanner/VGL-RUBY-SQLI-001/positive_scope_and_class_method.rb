class Article < ApplicationRecord
  scope :by_author, ->(name) { where("author = '#{name}'") } # vigil:expect VGL-RUBY-SQLI-001

  def self.search(term)
    where("title LIKE '%#{term}%'") # vigil:expect VGL-RUBY-SQLI-001
  end
end

class ArticlesController < ApplicationController
  def index
    @articles = Article.by_author(params[:author])
    @found = Article.search(params[:q])
  end
end
