# frozen_string_literal: true

require "digest"

class ReportCache
  def fetch(filters)
    key = "reports/" + Digest::SHA1.hexdigest(filters.to_a.sort.to_s)
    Rails.cache.fetch(key, expires_in: 10.minutes) { yield }
  end
end
