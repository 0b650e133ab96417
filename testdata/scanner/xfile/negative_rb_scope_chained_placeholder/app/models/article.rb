class Article < ApplicationRecord
  scope :by_author, ->(name) { where("author = ?", name) }

  def self.sorted_by(column)
    order(column == "title" ? "title DESC" : "created_at DESC")
  end
end
