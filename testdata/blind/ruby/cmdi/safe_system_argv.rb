# frozen_string_literal: true

class Admin::SafeDiagnosticsController < Admin::BaseController
  HOSTNAME = /\A[a-z0-9](?:[a-z0-9.-]{0,251}[a-z0-9])?\z/i

  def traceroute
    host = params[:host].presence || "example.com"
    return head(:bad_request) unless HOSTNAME.match?(host)

    # Several arguments: Ruby execs traceroute directly, no shell parses the host.
    out = IO.popen(["traceroute", "-m", "10", host], err: [:child, :out], &:read)
    render plain: out
  end
end
