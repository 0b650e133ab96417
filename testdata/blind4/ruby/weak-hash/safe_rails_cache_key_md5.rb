require "digest"

class ReportCache
  def initialize(account, filters)
    @account = account
    @filters = filters
  end

  def key
    fingerprint = Digest::MD5.hexdigest(@filters.to_h.sort.to_json)
    "reports/#{@account.id}/#{fingerprint}"
  end

  def fetch(&block)
    Rails.cache.fetch(key, expires_in: 10.minutes, &block)
  end
end

class ReportsController < ApplicationController
  def show
    filters = params.permit(:from, :to, :group)
    cache = ReportCache.new(current_account, filters)
    render json: cache.fetch { SalesReport.new(current_account, filters).rows }
  end
end
