# frozen_string_literal: true

class SafeAttachmentsController < ApplicationController
  def download
    name = File.basename(params[:filename].to_s)
    path = Rails.root.join("storage", "attachments", name)
    return head(:not_found) unless name.present? && !name.start_with?(".") && File.file?(path)

    send_file path, disposition: "attachment"
  end
end
