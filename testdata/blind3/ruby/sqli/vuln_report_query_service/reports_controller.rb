class ReportsController < ApplicationController
  before_action :authenticate_user!

  def monthly
    region = params[:region].presence || "emea"
    query = MonthlyRevenueQuery.new(region: region, year: params[:year].to_i)
    @rows = query.call
    respond_to do |format|
      format.html
      format.json { render json: @rows }
    end
  end

  private

  def report_params
    params.permit(:region, :year)
  end
end
