require "base64"

class CartsController < ApplicationController
  def show
    @cart = restore_cart || Cart.new
    @line_items = @cart.line_items
  end

  private

  def restore_cart
    raw = cookies[:saved_cart]
    return nil if raw.blank?

    Marshal.load(Base64.urlsafe_decode64(raw)) # LABEL: CWE-502
  rescue ArgumentError
    nil
  end
end
