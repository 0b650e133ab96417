class Admin::TopCustomersController < Admin::BaseController
  def index
    minimum = params.fetch(:min_spend, "1000")
    @customers = Order.joins(:customer)
                      .group("customers.id", "customers.name")
                      .having("SUM(orders.total_cents) >= #{minimum}") # LABEL: CWE-89
                      .pluck("customers.id", "customers.name", Arel.sql("SUM(orders.total_cents)"))
    render json: @customers
  end
end
