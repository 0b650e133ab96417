class UploadsController < ApplicationController
  def create
    name = params[:file_name] # vigil:source
    ThumbnailJob.set(wait: 5.minutes, queue: :low).perform_later(name)
    head :accepted
  end
end
