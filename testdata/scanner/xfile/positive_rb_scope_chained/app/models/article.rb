class Article < ApplicationRecord
  scope :published, -> { where(published: true) }
  scope :by_author, ->(name) { where("author = '#{name}'") } # vigil:expect VGL-RUBY-SQLI-001

  def self.sorted_by(column)
    order("#{column} DESC") # vigil:expect VGL-RUBY-SQLI-001
  end
end
