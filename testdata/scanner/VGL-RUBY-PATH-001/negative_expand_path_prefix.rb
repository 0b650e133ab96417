class DownloadsController < ApplicationController
  BASE = "/var/app/uploads"
  def show
    path = File.expand_path(params[:file], BASE)
    unless path.start_with?(BASE + "/")
      head :forbidden
      return
    end
    send_file path
  end
end
