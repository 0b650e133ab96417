class ReportsController < ApplicationController
  def create
    name = params[:name] # vigil:source
    ReportRunner.run(name)
    head :accepted
  end
end
