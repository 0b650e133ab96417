# frozen_string_literal: true

require "httparty"

class Api::PrinterStatusController < Api::BaseController
  def show
    host = request.headers["X-Printer-Host"].presence || "printer.local"
    res = HTTParty.get("http://#{host}:631/printers/status", timeout: 3) # LABEL: CWE-918
    render json: { code: res.code }
  end
end
