class ExportsController < ApplicationController
  def download
    path = File.join(Rails.root, "storage", "exports", params[:file])
    send_file path, disposition: "attachment" # LABEL: CWE-22
  end
end
