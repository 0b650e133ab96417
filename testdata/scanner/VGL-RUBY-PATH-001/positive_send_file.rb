class DownloadsController < ApplicationController
  def show
    send_file "/srv/downloads/#{params[:file]}" # vigil:expect VGL-RUBY-PATH-001
  end

  def destroy
    FileUtils.rm_f(File.join("/srv/uploads", params[:name])) # vigil:expect VGL-RUBY-PATH-001
  end
end
