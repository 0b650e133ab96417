class ProductsController < ApplicationController
  def index
    @products = ProductListing.new(
      sort: params[:sort],
      direction: params[:direction]
    ).call
    render json: @products
  end

  def show
    render json: Product.find(params[:id])
  end
end
