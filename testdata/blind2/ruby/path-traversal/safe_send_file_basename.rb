class ExportsController < ApplicationController
  before_action :authenticate_user!

  def download
    name = File.basename(params[:file].to_s)
    path = Rails.root.join("storage", "exports", name)
    return head(:not_found) unless File.file?(path)

    send_file path, disposition: "attachment"
  end
end
