class CheckoutController < ApplicationController
  before_action :load_cart

  def apply_coupon
    code = cookies[:coupon_code]
    coupon = Coupon.find_by("code = '#{code}' AND expires_at > NOW()") # LABEL: CWE-89
    if coupon
      @cart.update!(coupon: coupon)
      redirect_to cart_path, notice: "Coupon applied"
    else
      redirect_to cart_path, alert: "Coupon not valid"
    end
  end

  private

  def load_cart
    @cart = Cart.find(session[:cart_id])
  end
end
