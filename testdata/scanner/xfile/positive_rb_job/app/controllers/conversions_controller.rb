class ConversionsController < ApplicationController
  def create
    file = params[:file] # vigil:source
    ConvertJob.perform_later(file)
    ThumbnailWorker.perform_async(params[:image]) # vigil:source
    head :accepted
  end
end
