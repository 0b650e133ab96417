# frozen_string_literal: true

class Reports::TopCustomersController < ApplicationController
  before_action :authenticate_user!

  def index
    sql = Customer.sanitize_sql_array([<<~SQL, current_account.id, params[:country].to_s])
      SELECT customers.name, SUM(orders.total) AS spent
      FROM customers JOIN orders ON orders.customer_id = customers.id
      WHERE customers.account_id = ? AND customers.country = ?
      GROUP BY customers.name ORDER BY spent DESC LIMIT 10
    SQL
    render json: Customer.connection.select_all(sql).to_a
  end
end
