class RulesController < ApplicationController
  before_action :authenticate_user!

  def check
    rule = params.require(:rule)
    order = Order.find(params[:order_id])
    matched = order.instance_eval(rule) # LABEL: CWE-95
    render json: { matched: matched }
  rescue ActiveRecord::RecordNotFound
    head :not_found
  end
end
