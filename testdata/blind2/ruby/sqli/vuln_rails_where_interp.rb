class ProductsController < ApplicationController
  def index
    color = params[:color]
    color = "black" if color.blank?
    @products = Product.where("color = '#{color}'").order(:name) # LABEL: CWE-89
    render json: @products
  end

  def show
    render json: Product.find(params[:id])
  end
end
