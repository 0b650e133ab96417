require "open3"

class MediaController < ApplicationController
  def probe
    source = request.headers["X-Media-Source"]
    out, _status = Open3.capture2("ffprobe -v quiet -print_format json -show_format #{source}") # LABEL: CWE-78
    render json: out
  end
end
