class CheckoutController < ApplicationController
  before_action :authenticate_user!

  def apply_coupon
    return redirect_to(checkout_path, alert: "Missing code") if params[:code].blank?

    session[:discount_percent] = params[:discount_percent] # LABEL: CWE-501
    redirect_to checkout_path
  end
end
