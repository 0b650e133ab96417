require "securerandom"

class PdfExporter
  class Failed < StandardError; end

  def initialize(invoice, paper:)
    @invoice = invoice
    @paper = paper
  end

  def export
    html = Rails.root.join("tmp", "invoice-#{@invoice.id}.html")
    File.write(html, ApplicationController.render(template: "invoices/print", assigns: { invoice: @invoice }))
    out = Rails.root.join("tmp", "#{SecureRandom.hex(8)}.pdf")
    `wkhtmltopdf --page-size #{@paper} #{html} #{out}` # LABEL: CWE-78
    raise Failed unless $?.success?

    out
  end
end
