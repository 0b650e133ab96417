# frozen_string_literal: true

class Article < ApplicationRecord
  belongs_to :author
  has_many :comments, dependent: :destroy

  validates :title, presence: true, length: { maximum: 200 }

  scope :published, -> { where.not(published_at: nil) }
  scope :titled_like, ->(term) { where("title ILIKE '%#{term}%'") } # LABEL: CWE-89
end
