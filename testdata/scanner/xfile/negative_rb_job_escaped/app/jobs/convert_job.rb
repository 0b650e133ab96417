class ConvertJob < ApplicationJob
  def perform(path)
    system("convert", path, "/srv/out/converted.pdf")
    `convert #{Shellwords.escape(path)} /srv/out/preview.pdf`
  end
end
