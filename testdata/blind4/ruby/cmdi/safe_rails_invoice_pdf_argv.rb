require "tempfile"

class InvoicePdfRenderer
  PAPER_SIZES = %w[A4 A5 Letter Legal].freeze

  def initialize(invoice, paper:)
    @invoice = invoice
    @paper = PAPER_SIZES.include?(paper) ? paper : "A4"
  end

  def render
    html = Tempfile.new(["invoice", ".html"])
    html.write(ApplicationController.render(template: "invoices/show", assigns: { invoice: @invoice }))
    html.close
    out = Rails.root.join("tmp", "invoice-#{@invoice.id}.pdf").to_s
    ok = system("wkhtmltopdf", "--quiet", "--page-size", @paper, html.path, out)
    raise "pdf rendering failed" unless ok
    out
  end
end

class InvoicesController < ApplicationController
  def pdf
    invoice = current_account.invoices.find(params[:id])
    send_file InvoicePdfRenderer.new(invoice, paper: params[:paper]).render, type: "application/pdf"
  end
end
