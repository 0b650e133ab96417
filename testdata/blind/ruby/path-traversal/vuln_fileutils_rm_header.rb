# frozen_string_literal: true

require "fileutils"

class Api::CacheController < Api::BaseController
  CACHE_DIR = "/var/cache/app/renders"

  def destroy
    key = request.headers["X-Cache-Key"]
    return head(:bad_request) if key.blank?

    FileUtils.rm_f("#{CACHE_DIR}/#{key}") # LABEL: CWE-22
    head :no_content
  end
end
