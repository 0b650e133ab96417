class ProductsController < ApplicationController
  def index
    color = params[:color]
    color = "black" if color.blank?
    @products = Product.where(color: color).order(:name)
    render json: @products
  end

  def show
    render json: Product.find(params[:id])
  end
end
