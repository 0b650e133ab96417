require "shellwords"

class Pinger
  def target(host)
    Shellwords.escape(host)
  end
end
