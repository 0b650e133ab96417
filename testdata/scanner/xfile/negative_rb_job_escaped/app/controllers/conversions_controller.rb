class ConversionsController < ApplicationController
  def create
    ConvertJob.perform_later(params[:file])
    head :accepted
  end
end
