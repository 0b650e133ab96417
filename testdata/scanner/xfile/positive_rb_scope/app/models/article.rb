class Article < ApplicationRecord
  scope :by_author, ->(name) { where("author = '#{name}'") } # vigil:expect VGL-RUBY-SQLI-001
end
