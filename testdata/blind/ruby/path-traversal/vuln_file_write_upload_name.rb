# frozen_string_literal: true

class ImportsController < ApplicationController
  UPLOAD_DIR = Rails.root.join("tmp", "imports")

  def create
    upload = params.require(:file)
    target = File.join(UPLOAD_DIR, upload.original_filename)
    File.binwrite(target, upload.read) # LABEL: CWE-22
    ImportJob.perform_later(target)
    redirect_to imports_path, notice: "Queued"
  end
end
