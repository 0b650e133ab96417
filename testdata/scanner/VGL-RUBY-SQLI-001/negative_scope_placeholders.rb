class Article < ApplicationRecord
  scope :by_author, ->(name) { where("author = ?", name) }
  scope :recent, -> { where("created_at > '#{30.days.ago.to_fs(:db)}'") }

  def self.search(term)
    where("title LIKE ?", "%#{sanitize_sql_like(term)}%")
  end
end

class ArticlesController < ApplicationController
  def index
    @articles = Article.by_author(params[:author]).recent
    @found = Article.search(params[:q])
  end
end
