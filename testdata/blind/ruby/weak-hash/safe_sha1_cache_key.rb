# frozen_string_literal: true

require "digest"

# Caches a report per account; the digest only shortens the filter list into a key.
class ReportCache
  def initialize(account)
    @account = account
  end

  def fetch(filters, &block)
    key = "reports/#{@account.id}/" + Digest::SHA1.hexdigest(filters.to_a.sort.to_s)
    Rails.cache.fetch(key, expires_in: 10.minutes, &block)
  end
end
