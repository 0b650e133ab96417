class DownloadsController < ApplicationController
  before_action :authenticate_user!

  EXPORT_DIR = Rails.root.join("storage", "exports")

  def show
    name = File.basename(params[:name].to_s)
    name = "#{name}.csv" unless name.end_with?(".csv")
    path = EXPORT_DIR.join(name)
    return head(:not_found) unless path.file?

    send_file path, type: "text/csv"
  end
end
