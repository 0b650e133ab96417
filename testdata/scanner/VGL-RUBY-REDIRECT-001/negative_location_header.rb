class SessionsController < ApplicationController
  def return_to
    response.headers["Location"] = dashboard_path
    head :found
  end

  def download
    response.headers["Content-Disposition"] = "attachment; filename=#{params[:name].to_i}.csv"
    response.headers["X-Request-Id"] = params[:rid]
    head :ok
  end
end
