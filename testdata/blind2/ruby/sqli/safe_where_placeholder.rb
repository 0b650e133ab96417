class StatementsController < ApplicationController
  def show
    account = cookies[:account_no]
    rows = Statement.where("account_no = ?", account.to_s).order(period: :desc)
    render json: rows
  end
end
