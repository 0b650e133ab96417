class CheckoutController < ApplicationController
  def apply_coupon
    session[:discount_percent] = params[:discount_percent] # LABEL: CWE-501
    redirect_to checkout_path
  end
end
