class Review < ApplicationRecord
  belongs_to :product

  scope :published, -> { where(published: true) }

  def self.popular_products(min_reviews)
    published.group(:product_id).having("COUNT(*) >= #{min_reviews}").count # LABEL: CWE-89
  end
end

class PopularProductsController < ApplicationController
  def index
    threshold = params[:min] || "10"
    counts = Review.popular_products(threshold)
    render json: counts
  end
end
