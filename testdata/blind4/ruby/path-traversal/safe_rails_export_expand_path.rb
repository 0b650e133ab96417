class ExportsController < ApplicationController
  before_action :authenticate_user!

  EXPORT_DIR = Rails.root.join("storage", "exports").to_s

  def download
    account_dir = File.join(EXPORT_DIR, current_account.id.to_s)
    path = File.expand_path(params[:name].to_s, account_dir)
    return head(:bad_request) unless path.start_with?(account_dir + File::SEPARATOR)
    return head(:not_found) unless File.file?(path)

    send_file path, filename: File.basename(path), type: "text/csv"
  end
end
