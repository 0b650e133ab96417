require "erb"

class NotificationTemplate
  def initialize(source)
    @source = source
  end

  def render(vars)
    ERB.new(@source, trim_mode: "-").result_with_hash(vars) # LABEL: CWE-1336
  end
end
