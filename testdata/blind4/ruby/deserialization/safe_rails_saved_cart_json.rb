class CartsController < ApplicationController
  def show
    @cart = restore_cart || Cart.new
    @line_items = @cart.line_items
  end

  private

  def restore_cart
    raw = cookies.signed[:saved_cart]
    return nil if raw.blank?

    data = JSON.parse(raw)
    Cart.new(line_items: Array(data["items"]).map { |i| LineItem.new(sku: i["sku"].to_s, qty: i["qty"].to_i) })
  rescue JSON::ParserError
    nil
  end
end
