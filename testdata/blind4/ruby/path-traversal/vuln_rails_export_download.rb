class ExportsController < ApplicationController
  before_action :authenticate_user!

  EXPORT_DIR = Rails.root.join("storage", "exports")

  def index
    @exports = Dir.children(EXPORT_DIR.join(current_account.id.to_s)).sort
  end

  def download
    name = params[:name]
    path = EXPORT_DIR.join(current_account.id.to_s, name)
    return head(:not_found) unless File.file?(path)

    send_file path, filename: File.basename(name), type: "text/csv" # LABEL: CWE-22
  end
end
