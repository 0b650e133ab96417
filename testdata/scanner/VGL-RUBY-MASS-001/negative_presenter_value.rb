class ProfilesController < ApplicationController
  def show
    @card = ProfileCardPresenter.new(params[:name])
    @summary = Reports::TotalsQuery.new(params[:period])
    ExportService.new(params[:format]).call
  end
end
