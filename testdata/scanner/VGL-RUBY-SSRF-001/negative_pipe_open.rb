class ExportsController < ApplicationController
  # A name that starts with "|" makes Kernel#open run a command: that is
  # command injection (VGL-RUBY-CMDI-001), not a request to a URL.
  def pdf
    cmd = "| wkhtmltopdf #{params[:page]} -"
    data = open(cmd).read
    send_data data, type: "application/pdf"
  end

  def zip
    Kernel.open("|zip -r - #{params[:dir]}") { |io| send_data io.read }
  end
end
