class StatementsController < ApplicationController
  before_action :authenticate_user!
  rescue_from ActiveRecord::RecordNotFound, with: -> { head :not_found }

  def show
    account = cookies[:account_no]
    rows = Statement.where("account_no = ?", account.to_s).order(period: :desc)
    render json: rows
  end
end
