require_relative "order_query"

class OrdersController < ApplicationController
  before_action :authenticate_user!

  def index
    status = request.headers["X-Order-Status"] || "open"
    render json: OrderQuery.new(status).run
  end
end
