class StatementsController < ApplicationController
  before_action :authenticate_user!
  rescue_from ActiveRecord::RecordNotFound, with: -> { head :not_found }

  def show
    account = cookies[:account_no]
    rows = Statement.find_by_sql("SELECT * FROM statements WHERE account_no = '" + account.to_s + "' ORDER BY period DESC") # LABEL: CWE-89
    render json: rows
  end
end
