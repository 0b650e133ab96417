class OrdersController < ApplicationController
  before_action :authenticate_user!

  def index
    scope = current_account.orders.includes(:customer)
    status = params[:status]
    status = "open" if status.blank?
    @orders = scope.where(status: status).order(created_at: :desc).page(params[:page])
    respond_to do |format|
      format.html
      format.json { render json: @orders.as_json(only: %i[id number total status]) }
    end
  end
end
