require "yaml"

class ImportsController < ApplicationController
  before_action :authenticate_user!

  def create
    upload = params.require(:file)
    config = ImportConfig.new(upload.read)
    render json: { steps: config.steps.size }
  end
end

class ImportConfig
  def initialize(text)
    @data = YAML.unsafe_load(text) # LABEL: CWE-502
  end

  def steps
    Array(@data["steps"])
  end
end
