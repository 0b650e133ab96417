# frozen_string_literal: true

class SafeCustomersController < ApplicationController
  def index
    term = params[:q].to_s
    pattern = "%#{Customer.sanitize_sql_like(term)}%"
    @customers = Customer.where(active: true).where("company_name LIKE ?", pattern).limit(50)
    render json: @customers
  end
end
