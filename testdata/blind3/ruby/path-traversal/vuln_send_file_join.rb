class DownloadsController < ApplicationController
  before_action :authenticate_user!

  EXPORT_DIR = Rails.root.join("storage", "exports")

  def show
    name = params[:name]
    name = "#{name}.csv" unless name.end_with?(".csv")
    path = File.join(EXPORT_DIR, name)
    send_file path, type: "text/csv" # LABEL: CWE-22
  end

  def index
    @files = Dir.children(EXPORT_DIR).sort
  end
end
