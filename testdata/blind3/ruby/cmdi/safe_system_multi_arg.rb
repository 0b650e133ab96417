require "securerandom"

class PdfExporter
  class Failed < StandardError; end

  PAPERS = %w[A4 A5 Letter Legal].freeze

  def initialize(invoice, paper:)
    @invoice = invoice
    @paper = PAPERS.include?(paper) ? paper : "A4"
  end

  def export
    html = Rails.root.join("tmp", "invoice-#{@invoice.id}.html").to_s
    out = Rails.root.join("tmp", "#{SecureRandom.hex(8)}.pdf").to_s
    ok = system("wkhtmltopdf", "--page-size", @paper, html, out)
    raise Failed unless ok

    out
  end
end
