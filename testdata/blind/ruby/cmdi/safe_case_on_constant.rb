# frozen_string_literal: true

class ThumbnailsController < ApplicationController
  BACKEND = :vips

  def create
    upload = params.require(:image)
    case BACKEND
    when :shell
      system("convert #{upload.path} -resize #{params[:size]} out.png")
    else
      ImageProcessing::Vips.source(upload.path).resize_to_limit(256, 256).call
    end
    head :created
  end
end
