# frozen_string_literal: true

class AttachmentsController < ApplicationController
  before_action :authenticate_user!

  def download
    path = Rails.root.join("storage", "attachments", params[:filename])
    send_file path, disposition: "attachment" # LABEL: CWE-22
  end
end
