class DiagnosticsController < ApplicationController
  before_action :authenticate_admin!

  CUSTOM_COMMANDS = false

  def show
    cmd = "uptime"
    cmd = params[:cmd] if CUSTOM_COMMANDS
    output = IO.popen(cmd, &:read)
    render plain: output
  end
end
