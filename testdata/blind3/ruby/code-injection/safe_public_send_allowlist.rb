class DiscountRule
  CHECKS = %w[first_order? over_hundred? has_gift_card?].freeze

  def initialize(order, check)
    @order = order
    @check = CHECKS.include?(check) ? check : "first_order?"
  end

  def applies?
    @order.public_send(@check)
  end
end

class Admin::DiscountsController < Admin::BaseController
  def test_rule
    order = Order.find(params[:order_id])
    render json: { applies: DiscountRule.new(order, params[:rule].to_s).applies? }
  end
end
