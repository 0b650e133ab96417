class ExportsController < ApplicationController
  before_action :authenticate_user!

  def create
    invoice = current_user.invoices.find(params[:invoice_id])
    exporter = PdfExporter.new(invoice, paper: params[:paper] || "A4")
    path = exporter.export
    send_file path, type: "application/pdf", disposition: "attachment"
  rescue PdfExporter::Failed
    redirect_to invoice_path(invoice), alert: "Export failed"
  end

  private

  def export_params
    params.permit(:invoice_id, :paper)
  end
end
