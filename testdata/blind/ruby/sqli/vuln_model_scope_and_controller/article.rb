# frozen_string_literal: true

class Article < ApplicationRecord
  belongs_to :author

  scope :published, -> { where.not(published_at: nil) }
  scope :titled_like, ->(term) { where("title ILIKE '%#{term}%'") } # LABEL: CWE-89
end
