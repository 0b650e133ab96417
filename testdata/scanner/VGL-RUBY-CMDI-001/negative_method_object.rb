class ArchiveController < ApplicationController
  # A Method object of a harmless method; the shell method called with a
  # fixed command; a lambda's call.
  def extract
    formatter = method(:format_name)
    formatter.call(params[:name])
    runner = method(:system)
    runner.call("tar", "xzf", "/srv/archives/nightly.tgz")
    clean = ->(s) { s.strip }
    clean.call(params[:q])
  end

  private

  def format_name(n)
    n.to_s.titleize
  end
end
