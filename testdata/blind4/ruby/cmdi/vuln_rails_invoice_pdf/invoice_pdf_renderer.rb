require "tempfile"

class InvoicePdfRenderer
  def initialize(invoice, paper:)
    @invoice = invoice
    @paper = paper
  end

  def render
    html = Tempfile.new(["invoice", ".html"])
    html.write(ApplicationController.render(template: "invoices/show", assigns: { invoice: @invoice }))
    html.close
    out = Rails.root.join("tmp", "invoice-#{@invoice.id}.pdf").to_s
    ok = system("wkhtmltopdf --quiet --page-size #{@paper} #{html.path} #{out}") # LABEL: CWE-78
    raise "pdf rendering failed" unless ok
    out
  end
end
