class Admin::TopCustomersController < Admin::BaseController
  def index
    minimum = params.fetch(:min_spend, "1000")
    totals = Order.joins(:customer).group("customers.id", "customers.name")
    totals = totals.having("SUM(orders.total_cents) >= #{minimum}") # LABEL: CWE-89
    @customers = totals.pluck("customers.id", "customers.name", Arel.sql("SUM(orders.total_cents)"))
    render json: @customers
  end
end
