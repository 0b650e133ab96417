# frozen_string_literal: true

class Admin::DiagnosticsController < Admin::BaseController
  before_action :require_admin!

  def traceroute
    host = params[:host].presence || "example.com"
    ok = system("traceroute -m 10 #{host} > tmp/traceroute.txt") # LABEL: CWE-78
    render plain: ok ? File.read("tmp/traceroute.txt") : "failed"
  end
end
