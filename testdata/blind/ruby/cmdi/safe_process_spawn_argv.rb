# frozen_string_literal: true

class Admin::SafeTranscodesController < Admin::BaseController
  BITRATES = %w[1M 2M 4M 8M].freeze

  def create
    video = Video.find(params[:id])
    bitrate = BITRATES.include?(params[:bitrate]) ? params[:bitrate] : "2M"
    pid = Process.spawn("ffmpeg", "-y", "-i", video.source_path, "-b:v", bitrate, video.output_path)
    Process.detach(pid)
    head :accepted
  end
end
