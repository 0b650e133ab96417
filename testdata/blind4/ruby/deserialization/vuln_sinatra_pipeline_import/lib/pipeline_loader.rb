require "yaml"

class PipelineLoader
  def initialize(source)
    @source = source
  end

  def load
    doc = YAML.unsafe_load(@source) # LABEL: CWE-502
    raise ArgumentError, "pipeline must be a mapping" unless doc.is_a?(Hash)

    doc
  end
end
