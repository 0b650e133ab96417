class RulesController < ApplicationController
  def check
    rule = params.require(:rule)
    order = Order.find(params[:order_id])
    matched = order.instance_eval(rule) # LABEL: CWE-95
    render json: { matched: matched }
  end
end
