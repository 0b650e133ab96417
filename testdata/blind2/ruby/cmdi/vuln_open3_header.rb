require "open3"

class MediaController < ApplicationController
  before_action :authenticate_user!

  def probe
    source = request.headers["X-Media-Source"]
    out, status = Open3.capture2("ffprobe -v quiet -print_format json -show_format #{source}") # LABEL: CWE-78
    return head(:unprocessable_entity) unless status.success?

    render json: out
  end
end
