class InvoicesController < ApplicationController
  before_action :authenticate_user!

  def pdf
    invoice = current_account.invoices.find(params[:id])
    paper = params[:paper].presence || "A4"
    renderer = InvoicePdfRenderer.new(invoice, paper: paper)
    send_file renderer.render, type: "application/pdf", disposition: "attachment"
  end
end
