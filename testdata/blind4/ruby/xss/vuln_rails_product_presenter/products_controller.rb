class Vendor::ProductsController < Vendor::BaseController
  def update
    @product = current_vendor.products.find(params[:id])
    @product.update!(params.require(:product).permit(:name, :marketing_blurb, :price_cents))
    redirect_to product_path(@product)
  end

  def show
    product = Product.published.find(params[:id])
    @presenter = ProductPresenter.new(product, view_context)
  end
end
