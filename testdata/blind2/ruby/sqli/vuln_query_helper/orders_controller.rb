require_relative "order_query"

class OrdersController < ApplicationController
  def index
    status = request.headers["X-Order-Status"] || "open"
    render json: OrderQuery.new(status).run
  end
end
