class RulesController < ApplicationController
  CHECKS = %w[paid? shipped? refundable?].freeze

  def check
    name = params.require(:check)
    return head(:bad_request) unless CHECKS.include?(name)

    order = Order.find(params[:order_id])
    render json: { matched: order.public_send(name) }
  end
end
