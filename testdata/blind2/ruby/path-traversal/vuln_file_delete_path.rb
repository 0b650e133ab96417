class DraftsController < ApplicationController
  before_action :authenticate_user!

  def destroy
    dir = Rails.root.join("storage", "drafts")
    File.delete(dir.join(params[:id] + ".md")) # LABEL: CWE-22
    head :no_content
  rescue Errno::ENOENT
    head :not_found
  end
end
