# frozen_string_literal: true

class InvoicesController < ApplicationController
  before_action :authenticate_user!

  def pdf
    invoice = current_user.invoices.find(params[:id])
    # The file name is built from the database id, never from the request text.
    send_file Rails.root.join("storage", "invoices", "#{invoice.id}.pdf"), type: "application/pdf"
  end
end
