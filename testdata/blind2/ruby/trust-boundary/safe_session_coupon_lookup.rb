class CheckoutController < ApplicationController
  before_action :authenticate_user!

  def apply_coupon
    coupon = Coupon.active.find_by(code: params[:code])
    return redirect_to(checkout_path, alert: "Unknown code") unless coupon

    session[:discount_percent] = coupon.percent
    redirect_to checkout_path
  end
end
