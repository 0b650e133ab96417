# frozen_string_literal: true

require "open3"

class SafeReleaseNotesController < ApplicationController
  REF = /\A[\w.\-\/]{1,64}\z/

  def show
    from = params.fetch(:from, "v1.0.0")
    to = params.fetch(:to, "HEAD")
    return head(:bad_request) unless REF.match?(from) && REF.match?(to) && !from.start_with?("-") && !to.start_with?("-")

    out, _status = Open3.capture2("git", "-C", Rails.root.to_s, "log", "--oneline", "#{from}..#{to}")
    render plain: out
  end
end
