class DiscountRule
  attr_reader :order

  def initialize(order, expression)
    @order = order
    @expression = expression
  end

  def applies?
    instance_eval(@expression) # LABEL: CWE-95
  end
end

class Admin::DiscountsController < Admin::BaseController
  def test_rule
    order = Order.find(params[:order_id])
    rule = DiscountRule.new(order, params[:rule].to_s)
    render json: { applies: rule.applies? }
  end
end
