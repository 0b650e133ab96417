class DraftsController < ApplicationController
  def destroy
    dir = Rails.root.join("storage", "drafts")
    File.delete(dir.join(params[:id] + ".md")) # LABEL: CWE-22
    head :no_content
  end
end
