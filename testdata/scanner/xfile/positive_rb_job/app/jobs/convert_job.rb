class ConvertJob < ApplicationJob
  queue_as :default

  def perform(path)
    `convert #{path} /srv/out/converted.pdf` # vigil:expect VGL-RUBY-CMDI-001
  end
end
