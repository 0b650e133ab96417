# frozen_string_literal: true

require "open3"

class ReleaseNotesController < ApplicationController
  def show
    from = params.fetch(:from, "v1.0.0")
    to = params.fetch(:to, "HEAD")
    out, _status = Open3.capture2("git -C #{Rails.root} log --oneline #{from}..#{to}") # LABEL: CWE-78
    render plain: out
  end
end
