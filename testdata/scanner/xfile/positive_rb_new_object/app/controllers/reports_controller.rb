class ReportsController < ApplicationController
  def show
    name = params[:name] # vigil:source
    @rows = ReportQuery.new.rows_for(name)
  end
end
