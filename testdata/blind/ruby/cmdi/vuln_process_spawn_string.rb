# frozen_string_literal: true

class Admin::TranscodesController < Admin::BaseController
  def create
    video = Video.find(params[:id])
    bitrate = params.fetch(:bitrate, "2M")
    pid = Process.spawn("ffmpeg -y -i #{video.source_path} -b:v #{bitrate} #{video.output_path}") # LABEL: CWE-78
    Process.detach(pid)
    head :accepted
  end
end
