class ExportsController < ApplicationController
  before_action :authenticate_user!

  def download
    path = File.join(Rails.root, "storage", "exports", params[:file])
    return head(:not_found) unless File.exist?(path)

    send_file path, disposition: "attachment" # LABEL: CWE-22
  end
end
