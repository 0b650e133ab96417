class DownloadsController < ApplicationController
  def show
    name = File.basename(params[:file])
    send_file File.join("/srv/downloads", name)
  end
end
