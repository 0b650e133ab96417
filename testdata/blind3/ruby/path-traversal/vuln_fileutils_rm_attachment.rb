require "fileutils"

class AttachmentsController < ApplicationController
  before_action :authenticate_user!

  def destroy
    folder = Rails.root.join("storage", "attachments", current_user.id.to_s)
    target = folder.join(params[:filename])
    FileUtils.rm_f(target) # LABEL: CWE-22
    head :no_content
  end

  def index
    folder = Rails.root.join("storage", "attachments", current_user.id.to_s)
    render json: Dir.exist?(folder) ? Dir.children(folder) : []
  end
end
