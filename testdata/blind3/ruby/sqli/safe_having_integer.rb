class Review < ApplicationRecord
  belongs_to :product

  scope :published, -> { where(published: true) }

  def self.popular_products(min_reviews)
    published.group(:product_id).having("COUNT(*) >= #{Integer(min_reviews)}").count
  end
end

class PopularProductsController < ApplicationController
  def index
    threshold = params[:min].presence || "10"
    render json: Review.popular_products(threshold.to_i)
  end
end
