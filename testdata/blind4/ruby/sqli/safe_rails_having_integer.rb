class Admin::TopCustomersController < Admin::BaseController
  def index
    minimum = Integer(params.fetch(:min_spend, "1000"), 10)
    @customers = Order.joins(:customer)
                      .group("customers.id", "customers.name")
                      .having("SUM(orders.total_cents) >= #{minimum}")
                      .pluck("customers.id", "customers.name", Arel.sql("SUM(orders.total_cents)"))
    render json: @customers
  rescue ArgumentError
    head :bad_request
  end
end
